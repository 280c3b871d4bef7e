"""Holidays: one table drives both recognition (the pattern) and the date. A holiday whose date
this calendar cannot compute (a lunar one, or one each country keeps on its own day) is still
recognised, and gets no date rather than another holiday's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .calendar import easter, nth_weekday
from .vocabulary import YEAR, Tense, months_still_coming

__all__ = ["HOLIDAYS", "HOLIDAY_PATTERN", "Holiday", "holiday_named", "holiday_value"]


@dataclass(frozen=True)
class Holiday:
    name: str
    pattern: str  # the names it goes by, a regular expression matched case-insensitively
    date: Callable[[int], dt.date] | None  # its day in a given year; None when no calendar here knows it


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _easter_plus(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    return lambda year: nth_weekday(year, month, weekday, n)


HOLIDAYS: tuple[Holiday, ...] = (
    Holiday("New Year's Eve", r"New\s+Year'?s\s+Eve", _fixed(12, 31)),
    Holiday("New Year's Day", r"New\s+Year'?s(?:\s+Day)?", _fixed(1, 1)),
    Holiday("Christmas Eve", r"Christmas\s+Eve", _fixed(12, 24)),
    Holiday("Christmas", r"Christmas(?:\s+Day)?", _fixed(12, 25)),
    Holiday("Boxing Day", r"Boxing\s+Day", _fixed(12, 26)),
    Holiday("Valentine's Day", r"(?:St\.?\s+)?Valentine'?s\s+Day", _fixed(2, 14)),
    Holiday("St Patrick's Day", r"St\.?\s+Patrick'?s\s+Day", _fixed(3, 17)),
    Holiday("May Day", r"May\s+Day", _fixed(5, 1)),
    Holiday("Juneteenth", r"Juneteenth", _fixed(6, 19)),
    Holiday("Bastille Day", r"Bastille\s+Day", _fixed(7, 14)),
    Holiday("Halloween", r"Hallowe'?en", _fixed(10, 31)),
    Holiday("Armistice Day", r"Armistice\s+Day|Remembrance\s+Day|Veterans'?\s+Day", _fixed(11, 11)),
    Holiday("Easter", r"Easter(?:\s+Sunday)?", _easter_plus(0)),
    Holiday("Easter Monday", r"Easter\s+Monday", _easter_plus(1)),
    Holiday("Good Friday", r"Good\s+Friday", _easter_plus(-2)),
    Holiday("Maundy Thursday", r"Maundy\s+Thursday", _easter_plus(-3)),
    Holiday("Palm Sunday", r"Palm\s+Sunday", _easter_plus(-7)),
    Holiday("Ash Wednesday", r"Ash\s+Wednesday", _easter_plus(-46)),
    Holiday("Pentecost", r"Pentecost|Whit\s+Sunday", _easter_plus(49)),
    # United States federal days, by their American names
    Holiday("Martin Luther King Day", r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day", _nth(1, 0, 3)),
    Holiday("Presidents' Day", r"Presidents'?\s+Day", _nth(2, 0, 3)),
    Holiday("Memorial Day", r"Memorial\s+Day", _nth(5, 0, -1)),
    Holiday("Labor Day", r"Labor\s+Day", _nth(9, 0, 1)),
    Holiday("Columbus Day", r"Columbus\s+Day", _nth(10, 0, 2)),
    Holiday("Thanksgiving", r"Thanksgiving(?:\s+Day)?", _nth(11, 3, 4)),
    Holiday("Election Day", r"Election\s+Day", lambda year: nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)),
    # each country keeps its own: recognised, not dated
    Holiday("Independence Day", r"Independence\s+Day", None),
    Holiday("Labour Day", r"Labour\s+Day", None),
    Holiday("Mother's Day", r"Mother'?s\s+Day", None),
    # lunar and lunisolar calendars this module does not compute
    Holiday("Ramadan", r"Ramadan", None),
    Holiday("Eid", r"Eid(?:\s+al-(?:Fitr|Adha))?", None),
    Holiday("Passover", r"Passover", None),
    Holiday("Yom Kippur", r"Yom\s+Kippur", None),
    Holiday("Rosh Hashanah", r"Rosh\s+Hashanah", None),
    Holiday("Hanukkah", r"Hanukkah|Chanukah", None),
    Holiday("Diwali", r"Diwali", None),
    Holiday("Lunar New Year", r"Lunar\s+New\s+Year|Chinese\s+New\s+Year", None),
)


def _required_words(pattern: str) -> int:
    """How many words a name pattern needs at least: 'Christmas(?:\\s+Day)?' one, 'Christmas\\s+Eve' two."""
    return re.sub(r"\(\?:[^()]*\)\?", "", pattern).count(r"\s+") + 1


# a regular expression takes the first alternative that matches, not the longest: names that
# need more words go first, so "Christmas Eve" is not read as "Christmas", nor "Easter Monday" as "Easter"
_NAMES = "|".join(h.pattern for h in sorted(HOLIDAYS, key=lambda h: (-_required_words(h.pattern), -len(h.pattern))))
HOLIDAY_PATTERN = rf"\b(?:(?:last|next|this)\s+)?(?:{_NAMES})(?:\s+{YEAR})?\b"
_COMPILED = [(h, re.compile(h.pattern, re.IGNORECASE)) for h in HOLIDAYS]


def holiday_named(name: str) -> Holiday | None:
    """The table's entry for a name as written ('Christmas Day', 'Valentines Day')."""
    name = " ".join(name.split())
    return next((h for h, rx in _COMPILED if rx.fullmatch(name)), None)


def holiday_value(surface: str, dct: dt.date | None, tense: Tense) -> str | None:
    """The day a holiday names: in the year given, else the nearest one before the report (after
    it when the clause looks ahead or says 'next', or when its month is still coming, as a month's
    would be: 'between now and Election Day'); None when the table cannot date it."""
    words = surface.split()
    direction = words[0].lower() if words[0].lower() in ("last", "next", "this") else None
    year = int(words[-1]) if re.fullmatch(YEAR, words[-1]) else None
    name = " ".join(words[1 if direction else 0 : len(words) - (1 if year else 0)])
    holiday = holiday_named(name)
    if holiday is None or holiday.date is None:
        return None
    if year is not None:
        return holiday.date(year).isoformat()
    if dct is None:
        return None
    this_year = holiday.date(dct.year)
    if direction == "this":
        return this_year.isoformat()
    coming = this_year if this_year > dct else holiday.date(dct.year + 1)
    months_ahead = (coming.year - dct.year) * 12 + coming.month - dct.month
    if direction is None and months_ahead <= months_still_coming(tense):
        return coming.isoformat()  # as with months: a past tense cannot reach a day not yet come
    if direction == "next" or (tense is Tense.FUTURE and direction is None):
        return (
            this_year if this_year > dct or (this_year == dct and direction is None) else holiday.date(dct.year + 1)
        ).isoformat()
    if direction == "last":
        return (this_year if this_year < dct else holiday.date(dct.year - 1)).isoformat()
    return (this_year if this_year <= dct else holiday.date(dct.year - 1)).isoformat()
