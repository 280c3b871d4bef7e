"""What one article has said so far, and how the expressions that depend on it read: 'the
next day' and 'three weeks later' from the last date given, a time of day on the last day named,
'the quarter' as the quarter spoken of, 'the first day' of the episode told. Each reading belongs
to a rule of the table (rules.py, `in_context`) and returns None where the text gives it nothing
to go on, so the rule's own normaliser reads the expression against the report's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .relative import anchored, weekday_from
from .vocabulary import ANCHORED_WORDS, named_month, words_of

__all__ = [
    "Reading",
    "TimexContext",
    "ago_in_context",
    "clock_in_context",
    "first_day_in_context",
    "from_anchor",
    "month_of_that_year_in_context",
    "quarter_in_context",
    "rel_unit_in_context",
    "rel_weekday_in_context",
]


@dataclass
class TimexContext:
    """What one article has said so far: the last calendar date (the anchor of 'the next day',
    'three weeks later') and the year of each month-day it gave ('August 9' again later)."""

    anchor: str | None = None
    years_of_days: dict[str, str] = field(default_factory=dict)
    days: list[str] = field(default_factory=list)  # every day-precision date so far, in text order
    quarter: str | None = None  # the quarter the text speaks of, until it names a day or a month

    def first_day(self) -> str | None:
        """'the first day': the earliest day of the episode the text is telling, taken as the
        days named within a month before the latest one."""
        if not self.days:
            return None
        latest = dt.date.fromisoformat(self.days[-1])
        return min(d for d in self.days if (latest - dt.date.fromisoformat(d)).days <= 31)


# (type, value, offset, approximate), or None: nothing in the context to read it by
Reading = Callable[[str, TimexContext, dt.date | None], tuple | None]


def _anchor(context: TimexContext, dct: dt.date | None) -> str | None:
    return context.anchor or (dct.isoformat() if dct else None)


def clock_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple:
    """A time of day: on the last day the text named, else the report's day."""
    day = context.anchor if context.anchor and len(context.anchor) == 10 else (dct.isoformat() if dct else None)
    return anchored(surface, "clock", day)


def quarter_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple | None:
    """'the quarter', 'the latest quarter': the quarter the text named ('the current quarter' is the report's)."""
    if "current" in surface.lower() or context.quarter is None:
        return None  # the report's own quarter, or the one it reports on (dates.normalise_quarter_ref)
    return "DATE", context.quarter, None, False


def month_of_that_year_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple | None:
    """'October of that year': the month in the year the text last gave ('took office in January
    2009 and peaked in October of that year'), not one guessed from the report's date."""
    if not context.anchor:
        return None
    return "DATE", f"{context.anchor[:4]}-{named_month(words_of(surface.lower())):02d}", None, False


def first_day_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple:
    return "DATE", context.first_day(), None, False


def from_anchor(kind: str) -> Reading:
    """'later that day', 'the next day': from the last date the text gave, else the report's."""
    return lambda surface, context, dct: anchored(surface, kind, _anchor(context, dct))


def ago_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple | None:
    """'three weeks later', 'a year earlier': from the last date the text gave ('three weeks
    ago' counts from the report's day)."""
    if surface.lower().split()[-1] not in ANCHORED_WORDS:
        return None
    return anchored(surface, "ago", _anchor(context, dct))


def rel_unit_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple | None:
    """'the following week', 'the same month' after a date the text gave (not a season's or a
    quarter's: 'the following spring' names its own)."""
    lowered = surface.lower()
    if (
        not context.anchor
        or not re.search(r"\b(?:following|previous|same)\b", lowered)
        or re.search(r"spring|summer|autumn|fall|winter|weekend|quarter", lowered)
    ):
        return None
    return anchored(surface, "anaphoric" if "same" in lowered else "next_day", context.anchor)


def rel_weekday_in_context(surface: str, context: TimexContext, dct: dt.date | None) -> tuple | None:
    """'the following Monday' after a day the text gave."""
    lowered = surface.lower()
    if not ("following" in lowered or "previous" in lowered) or not context.anchor or len(context.anchor) != 10:
        return None
    return weekday_from(surface, dt.date.fromisoformat(context.anchor))
