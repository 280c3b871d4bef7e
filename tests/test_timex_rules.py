"""The rule table's worked examples, run as written, and the holiday table's promises."""
import datetime as dt
import re

import pytest

from build_scripts.extract.timex import Tense, find_timexes
from build_scripts.extract.timex.holidays import HOLIDAY_PATTERN, HOLIDAYS, holiday_named, holiday_value
from build_scripts.extract.timex.rules import EXAMPLE_DCT, RULES, find_spans

EXAMPLES = [(rule.name, example) for rule in RULES for example in rule.examples]


def test_every_rule_has_a_worked_example_and_a_name_of_its_own():
    assert all(rule.examples for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[f"{n}: {e.sentence}" for n, e in EXAMPLES])
def test_worked_example(name, example):
    found = {t.text: t for t in find_timexes(example.sentence, EXAMPLE_DCT, lambda _char, _strict=False: example.tense)}
    if example.type is None:  # the rule claims the span so that nothing else reads it as a date
        assert example.span in [example.sentence[s:e] for s, e, n in find_spans(example.sentence) if n == name]
        assert not any(example.span in text for text in found)
        return
    assert example.span in found, f"{name} found {sorted(found)}"
    timex = found[example.span]
    assert (timex.kind, timex.type, timex.value) == (name, example.type, example.value)


@pytest.mark.parametrize("holiday", HOLIDAYS, ids=[h.name for h in HOLIDAYS])
def test_each_holiday_is_recognised_by_its_name_and_dated_by_its_own_entry(holiday):
    sentence = f"The talks paused on {holiday.name} 2021."
    match = re.search(HOLIDAY_PATTERN, sentence, re.I)
    assert match and match.group() == f"{holiday.name} 2021"
    assert holiday_named(holiday.name) is holiday
    value = holiday_value(match.group(), EXAMPLE_DCT, Tense.PAST)
    assert value == (holiday.date(2021).isoformat() if holiday.date else None)


def test_a_holiday_the_calendar_cannot_date_gets_no_date_not_another_holidays():
    found = find_timexes("Fighting paused over Eid al-Adha and resumed after Independence Day.", EXAMPLE_DCT)
    assert [(t.text, t.value) for t in found] == [("Eid al-Adha", None), ("Independence Day", None)]


def test_holidays_by_direction_and_by_nearness():
    report = dt.date(2023, 11, 1)  # a Wednesday, three weeks before Thanksgiving
    assert holiday_value("last Christmas", report, Tense.PAST) == "2022-12-25"
    assert holiday_value("next Easter", report, Tense.PAST) == "2024-03-31"
    assert holiday_value("Thanksgiving", report, Tense.PAST) == "2023-11-23"  # weeks ahead: the coming one
    assert holiday_value("Easter", report, Tense.PAST) == "2023-04-09"  # months back
    assert holiday_value("Good Friday 2024", report, Tense.PAST) == "2024-03-29"
    assert holiday_value("Election Day 2020", report, Tense.PAST) == "2020-11-03"


def test_a_month_or_a_day_just_ahead_of_the_report_is_the_coming_one():
    report = dt.date(2023, 11, 2)
    found = {t.text: t.value for t in find_timexes("Sales fell in December and in January, and on Jan. 2 and in April.", report)}
    assert found == {"December": "2023-12", "January": "2024-01", "Jan. 2": "2024-01-02", "April": "2023-04"}
