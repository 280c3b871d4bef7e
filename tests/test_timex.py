"""Temporal expressions normalised against a publication date (a Thursday)."""
import datetime as dt

import pytest

from build_scripts.extract.timex import find_timexes

DCT = dt.date(2023, 3, 23)


def values(text, future=False):
    return [(t.text, t.type, t.value) for t in find_timexes(text, DCT, (lambda _char, _strict=False: True) if future else None)]


@pytest.mark.parametrize("text, expected", [
    ("on March 13", ("March 13", "DATE", "2023-03-13")),
    ("on December 31", ("December 31", "DATE", "2022-12-31")),
    ("in April 2024", ("April 2024", "DATE", "2024-04")),
    ("on 4 June 2019", ("4 June 2019", "DATE", "2019-06-04")),
    ("in 2014", ("2014", "DATE", "2014")),
    ("since 1998", ("1998", "DATE", "1998")),
    ("yesterday", ("yesterday", "DATE", "2023-03-22")),
    ("earlier this month", ("earlier this month", "DATE", "2023-03")),
    ("last year", ("last year", "DATE", "2022")),
    ("next month", ("next month", "DATE", "2023-04")),
    ("last June", ("last June", "DATE", "2022-06")),
    ("for 48 hours", ("48 hours", "DURATION", "PT48H")),
    ("a two-year war", ("two-year", "DURATION", "P2Y")),
    ("every week", ("every week", "SET", "P1W")),
])
def test_values(text, expected):
    assert values(text)[0] == expected


def test_weekdays_past_and_future():
    assert values("talks ended on Wednesday") == [("Wednesday", "DATE", "2023-03-22")]
    assert values("talks ended on Thursday") == [("Thursday", "DATE", "2023-03-23")]
    assert values("voting opens on Monday", future=True) == [("Monday", "DATE", "2023-03-27")]


def test_numbers_that_are_not_years():
    assert values("about 2000 people and 1999 percent") == []
