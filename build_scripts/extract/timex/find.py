"""Temporal expressions: find them in text and normalise them against the publication date.

Values follow TIMEX3 (2025-10-07, 2025-10, 2025, P2Y, PRESENT_REF). When the publication date is
unknown, a date is kept as an offset so the timeline can say "two years before this report".
The rules (rules.py) find and normalise each expression; this module walks a text and keeps
what an article has said so far, the anchor of 'the next day' and 'three weeks later'.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from .checks import is_on_results
from .context import TimexContext
from .rules import find_spans, rule_named
from .vocabulary import Tense, words_of

__all__ = ["Normalised", "Timex", "TimexType", "find_timexes", "normalise"]


class TimexType(StrEnum):
    """TIMEX3's types; a str, so the TimeML export and JSON write them as they are."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Normalised(NamedTuple):
    """What a rule's normaliser says of one expression. The normalisers return plain 4-tuples;
    this is where they are read, and the type checked against TIMEX3's."""

    type: TimexType
    value: str | None
    offset: tuple[int, str] | None
    approximate: bool

    @classmethod
    def of(cls, found: tuple) -> Normalised:
        type_, value, offset, approximate = found
        return cls(TimexType(type_), value, offset, bool(approximate))


_NOTHING = Normalised(TimexType.DATE, None, None, False)


@dataclass(frozen=True, kw_only=True)
class Timex:
    start: int
    end: int
    text: str
    kind: str  # the name of the rule that found it
    type: TimexType
    value: str | None  # TIMEX3 value against the reference date; None when it needs one and has none
    offset: tuple[int, str] | None = None  # (amount, unit) relative to the reference, for "N years ago"
    approximate: bool = False
    modified: bool = False  # the quantity is a bound or a guess: "more than 150 days", "nearly two years"


def normalise(text: str, kind: str, dct: dt.date | None, tense: Tense = Tense.PAST) -> Normalised:
    """(type, value, offset, approximate) of one expression found by the rule named `kind`,
    against the report's date alone."""
    t = _ROUGHLY.sub("", text.lower().strip())  # "the next year or so": the value of "the next year"
    normaliser = rule_named(kind).normalise
    if normaliser is None:
        return _NOTHING
    return Normalised.of(normaliser(text, t, words_of(t), dct, tense))


_POINTS = frozenset({"clock", "clock_day", "md", "dm", "period_edge"})
_COMPARED_BEFORE = re.compile(r"(?:%|\d|\bpercent|\bpoints?)\s*$", re.IGNORECASE)
_AROUND_BEFORE = re.compile(r"\baround\s+$", re.IGNORECASE)
_ROUGHLY = re.compile(r"\s+or\s+so\b")
_RATE_BEFORE = re.compile(r"(?:percent|%|\d|million|billion|thousand|dollars|euros|pounds)\s+$", re.IGNORECASE)
# TIMEX3 extents include a quantity's modifier ("nearly two years", mod APPROX); "over" and
# "under" only before a number, where they cannot be the preposition of "over the past year"
_MODIFIER_BEFORE = re.compile(
    r"\b(?:nearly|almost|about|around|approximately|roughly|some|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|well\s+over|over|under)\s+$",
    re.IGNORECASE,
)
_QUANTIFIED = frozenset({"duration", "ago", "half_duration", "second_duration", "vague_duration"})
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_YEAR_BEFORE = re.compile(r"(?:a|one) year (?:ago|earlier)|the year-(?:earlier|ago) (?:quarter|period)")
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_FIXED_YEAR_KINDS = frozenset({"md", "dm", "weekday_part", "rel_weekday", "deictic"})


def find_timexes(text: str, dct: dt.date | None, tense_at=None, context: TimexContext | None = None) -> list[Timex]:
    """Every temporal expression of a text; tense_at(start, strict) says how its clause is told, a
    Tense (strict: only an explicit marker makes it future, not a present tense); without it every
    clause reads as past, as most of a report is. Expressions anchored on
    an earlier date ('the next day', 'three weeks later', 'later that year') resolve from the
    last date the text gave, not from the publication date; pass one context per article."""
    context = context if context is not None else TimexContext()
    out = []
    for start, end, kind in find_spans(text):
        rule = rule_named(kind)
        if rule.normalise is None or (rule.accept is not None and not rule.accept(text, start, end)):
            continue
        if kind == "quarter_ref" and context.quarter is None and not is_on_results(text, start, end):
            continue  # "the quarter" is a period only in a report on one ("through the quarter" of a town)
        timex = _read(text, start, end, kind, context, dct, tense_at)
        _remember(timex, context)
        out.append(timex)
    return out


def _read(text: str, start: int, end: int, kind: str, context: TimexContext, dct: dt.date | None, tense_at) -> Timex:
    surface = text[start:end]
    lowered = surface.lower()
    # a day of the calendar is ahead only where the clause says so: "Labor Day is barely over" is
    # this year's; a weekday is ahead in a present of schedule ("voting opens on Monday")
    strict = kind in ("month", "month_rel", "md", "dm", "holiday")
    tense = tense_at(start, strict) if tense_at else Tense.PAST
    try:
        found = _normalised(surface, kind, context, dct, tense)
    except (OverflowError, ValueError):  # "9,000 years ago": a day before year 1 has no date
        found = _NOTHING
    type_, value, offset, approx = Normalised.of(found)
    if context.quarter and (
        _YEAR_BEFORE.fullmatch(lowered) or (kind == "year_earlier" and not _QUARTER.fullmatch(value or ""))
    ):
        # "profit rose from $2 million a year ago": in a report on a quarter, the same quarter
        # a year before (TimeML annotates the quarter, not the year); the story's quarter stays
        value = f"{int(context.quarter[:4]) - 1:04d}{context.quarter[4:]}"
    if kind in ("md", "dm") and value and value[5:] in context.years_of_days:
        value = f"{context.years_of_days[value[5:]]}-{value[5:]}"  # the same day named again
    if (
        kind == "duration"
        and _RATE_BEFORE.search(text[max(0, start - 12) : start])
        and lowered.split()[0] in ("a", "an")
    ):
        type_ = TimexType.SET  # "5 percent a year": a rate, each year
    unmodified = start
    start = _with_modifier(text, start, kind)
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        type=type_,
        value=value,
        offset=offset,
        approximate=approx,
        modified=start < unmodified,
    )


def _remember(timex: Timex, context: TimexContext) -> None:
    """What later expressions read: the last date, the days named, the quarter spoken of."""
    value = timex.value
    if timex.type != "DATE" or not value:
        return
    if _QUARTER.fullmatch(value):
        if not _YEAR_BEFORE.fullmatch(timex.text.lower()) and timex.kind != "year_earlier":
            context.quarter = value  # a year-ago quarter is compared with, not spoken of
    elif len(value) >= 7 and value[:4].isdigit() and value[4] == "-":
        context.quarter = None
    if _CALENDAR_VALUE.fullmatch(value):
        context.anchor = value
        if len(value) == 10:
            context.days.append(value)
            if timex.kind not in _FIXED_YEAR_KINDS:
                context.years_of_days[value[5:]] = value[:4]


def _with_modifier(text: str, start: int, kind: str) -> int:
    if kind in _POINTS:
        # "around 7:15 p.m.", "around Nov. 1", "around year end" (TempEval train: 3 of 3; an
        # "about" before a point, 0 of 1); not before a weekday ("get around Wednesday's ruling")
        around = _AROUND_BEFORE.search(text, max(0, start - 8), start)
        return around.start() if around else start
    if kind not in _QUANTIFIED:
        return start
    modifier = _MODIFIER_BEFORE.search(text, max(0, start - 25), start)
    if modifier is None:
        return start
    if modifier.group().split()[0].lower() in ("over", "under", "some") and not re.match(
        r"\d|[a-z]+\b(?<!the)", text[start:]
    ):
        return start
    if _COMPARED_BEFORE.search(text, max(0, modifier.start() - 12), modifier.start()):
        return start  # "4% more than a year earlier": the comparison is the figure's, not the time's
    return modifier.start()


def _normalised(surface: str, kind: str, context: TimexContext, dct: dt.date | None, tense: Tense) -> tuple:
    """(type, value, offset, approximate) of one expression: read against what came before it
    where its rule says how, else against the report's date alone."""
    in_context = rule_named(kind).in_context
    found = in_context(surface, context, dct) if in_context is not None else None
    return found if found is not None else normalise(surface, kind, dct, tense)
