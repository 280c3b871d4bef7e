"""Normalisers of expressions that count from a point: the report's day ('yesterday', 'last
week', 'on Friday', 'three years ago') or a date the text gave before ('the next day', 'two
weeks later'), and times of day."""

from __future__ import annotations

import datetime as dt
import re

from .calendar import as_date, precision_value, quarter_of, shift
from .dates import normalise_md
from .vocabulary import (
    ANCHORED_WORDS,
    BACKWARD_WORDS,
    CALENDAR_UNITS,
    CLOCK,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    Tense,
    leading_amount,
    number,
    words_of,
)

__all__ = [
    "anchored",
    "clock_value",
    "normalise_ago",
    "normalise_anaphoric",
    "normalise_clock",
    "normalise_clock_day",
    "normalise_deictic",
    "normalise_first_day",
    "normalise_next_day",
    "normalise_present",
    "normalise_ref",
    "normalise_rel_unit",
    "normalise_the_period",
    "normalise_weekday_part",
    "normalise_weekend",
    "weekday_from",
]


def normalise_deictic(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    words = [w for w in words if w not in ("early", "late")]  # "late yesterday": that day
    delta = {"yesterday": -1, "tomorrow": 1}.get(words[0], 0)
    if words[:2] == ["last", "night"]:
        delta = -1
    if dct is None:
        return "DATE", None, (delta, "D"), False
    return "DATE", (dct + dt.timedelta(days=delta)).isoformat(), (delta, "D"), False


def normalise_weekday_part(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    forward = tense is Tense.FUTURE or "next" in words or "coming" in words or "following" in words
    if "last" in words or "previous" in words:
        forward = False
    if dct is None:
        return "DATE", None, None, False
    if forward:  # the next such day; the day itself when it is today ("travels on Thursday")
        delta = (weekday - dct.weekday()) % 7 or (7 if "next" in words else 0)
    else:
        delta = -((dct.weekday() - weekday) % 7)
    return "DATE", (dct + dt.timedelta(days=delta)).isoformat(), None, False


def normalise_rel_unit(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    unit_word = words[-1]
    step = -1 if {"last", "past", "previous"} & set(words) else 1 if {"next", "coming", "following"} & set(words) else 0
    if unit_word in SEASONS:
        if dct is None:
            return "DATE", None, None, False
        year = dct.year + (1 if step > 0 else -1 if step < 0 else 0)
        return "DATE", f"{year:04d}-{SEASONS[unit_word]}", None, False
    unit = {"week": "W", "month": "M", "year": "Y", "weekend": "W", "quarter": "Q"}[unit_word]
    if dct is None:
        return "DATE", None, (step, unit), False
    if unit == "Q":
        return "DATE", quarter_of(dct, step), None, False
    value = precision_value(shift(dct, step, unit), unit)
    return "DATE", value, (step, unit), False


def normalise_weekend(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    if dct is None:
        return "DATE", None, None, False
    step = 1 if "next" in words else 0 if "this" in words and tense is Tense.FUTURE else -1 if dct.weekday() < 5 else 0
    saturday = dct + dt.timedelta(days=(5 - dct.weekday()) % 7 + 7 * step - (7 if step < 0 else 0))
    if step < 0:
        saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7)
    return "DATE", f"{saturday.isocalendar()[0]:04d}-W{saturday.isocalendar()[1]:02d}-WE", None, False


def normalise_ago(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    if re.sub(r"s$", "", words[0]) in UNITS:  # "years ago": some time before
        return "DATE", "PAST_REF" if words[-1] in BACKWARD_WORDS - {"since"} else "FUTURE_REF", None, True
    amount = leading_amount(words) if words[0] not in ("a",) or words[1] not in ("few", "couple") else None
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    direction = -1 if words[-1] in BACKWARD_WORDS else 1
    if amount is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None, True
    if dct is None or words[-1] in ANCHORED_WORDS:
        return "DATE", None, (direction * amount, unit), words[-1] == "since"
    day = shift(dct, direction * amount, unit)
    return (
        "DATE",
        precision_value(day, "M" if unit in ("Y", "DE") and words[-1] == "since" else unit),
        (direction * amount, unit),
        words[-1] == "since",
    )


def normalise_present(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", "PRESENT_REF", None, False


def normalise_ref(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", "FUTURE_REF" if "future" in words or "term" in words else "PAST_REF", None, False


def normalise_clock_day(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'10 a.m. Tuesday', 'Tuesday at 10 a.m.', '5 p.m. EST Nov. 9': the clock time on that day."""
    clock = re.search(CLOCK, t)
    clock_words = words_of(clock.group()) if clock else words
    weekday = next((w for w in words if w in WEEKDAYS), None)
    if weekday is None:  # a month and its day
        day_part = t[clock.end() :] if clock else t
        _, day, _, _ = normalise_md(day_part, day_part, words_of(day_part), dct, tense)
    else:
        _, day, _, _ = normalise_weekday_part(
            text, weekday, [w for w in words if w in (weekday, "last", "next")], dct, tense
        )
    return "TIME", clock_value([w for w in clock_words if w != weekday], day), None, False


def anchored(surface: str, kind: str, anchor: str | None) -> tuple[str, str | None, tuple | None, bool]:
    """Expressions whose date comes from an anchor date."""
    words = words_of(surface.lower())
    if kind == "clock":
        return "TIME", clock_value(words, anchor), None, False
    if anchor is None:
        return "DATE", None, None, False
    if kind == "first_day":
        return "DATE", anchor if len(anchor) == 10 else None, None, False
    if kind == "anaphoric":
        unit = words[-1]
        keep = _GRANULARITY.get(unit, 10)
        if unit == "week":
            return "DATE", anchor[:7], None, False
        return "DATE", anchor[:keep] if len(anchor) >= keep else None, None, False
    if kind == "next_day":
        step = -1 if ("previous" in words or "before" in words) else 1
        unit = {"week": "W", "month": "M", "year": "Y"}.get(next((w for w in words if w in _GRANULARITY), "day"), "D")
        base, precision = as_date(anchor)
        if _COARSENESS[precision] > _COARSENESS["D" if unit == "W" else unit]:
            return "DATE", None, None, False  # "the next day" after "in May": no day to count from
        return "DATE", precision_value(shift(base, step, unit), "M" if unit == "W" else unit), (step, unit), False
    amount = number(words[0]) if words[0] not in ("a", "an") else 1
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    if amount is None or unit not in CALENDAR_UNITS:
        return "DATE", None, None, False
    direction = 1 if words[-1] in ("later", "after") else -1
    base, precision = as_date(anchor)
    day = shift(base, direction * amount, unit)
    # precision: the anchor's, coarsened when the step is finer than it (May + 3 weeks: the year),
    # and the step's own when it is coarser (a day or a month + a year: the year, as TimeML writes it)
    order = {"D": 0, "W": 1, "M": 2, "Y": 3, "DE": 3}
    result = {"D": "D", "M": "M", "Y": "Y"}[precision]
    if order[unit] < order[precision]:
        result = {"D": "D", "M": "Y", "Y": "Y"}[precision]
    elif order[unit] > order[precision] and unit != "W":
        result = "Y" if unit in ("Y", "DE") else "M"
    return "DATE", precision_value(day, result), (direction * amount, unit), False


_CLOCK_NUMBERS = frozenset(w for w in NUMBER_WORDS if w not in ("a", "an") and NUMBER_WORDS[w] is not None)


def clock_value(words: list[str], anchor: str | None) -> str | None:
    if anchor is None or len(anchor) < 10:
        return None
    if "noon" in words or "midday" in words:
        hour, minute = 12, 0
    elif "midnight" in words:
        hour, minute = 24, 0
    else:
        numbers = [int(w) if w.isdigit() else NUMBER_WORDS[w] or 0 for w in words if w.isdigit() or w in _CLOCK_NUMBERS]
        hour, minute = (numbers + [0])[:2]
        after_noon = "p" in words or "pm" in words or any(PARTS_OF_DAY.get(w) in ("AF", "EV") for w in words)
        if after_noon and hour < 12:
            hour += 12
        if ("a" in words or "am" in words) and hour == 12:
            hour = 0
    return f"{anchor[:10]}T{hour:02d}:{minute:02d}"


def weekday_from(surface: str, anchor: dt.date) -> tuple[str, str | None, tuple | None, bool]:
    """'the following Monday' after a given day: the next Monday after it."""
    words = re.findall(r"[a-z]+", surface.lower())
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    if "previous" in words:
        delta = -((anchor.weekday() - weekday) % 7 or 7)
    else:
        delta = (weekday - anchor.weekday()) % 7 or 7
    return "DATE", (anchor + dt.timedelta(days=delta)).isoformat(), None, False


_COARSENESS = {"D": 0, "M": 1, "Y": 2}
_GRANULARITY = {"day": 10, "morning": 10, "evening": 10, "night": 10, "week": 7, "month": 7, "year": 4}


# Rules dated from what the text said before ('the next day' after 'March 1'): timex.find
# re-anchors them on the article's last date; alone, they count from the report's day.
def normalise_anaphoric(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return anchored(text, "anaphoric", dct.isoformat() if dct else None)


def normalise_the_period(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the year', 'the week' with no other date: the report's."""
    return "DATE", precision_value(dct, "W" if words[-1] == "week" else "Y") if dct else None, None, False


def normalise_next_day(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return anchored(text, "next_day", dct.isoformat() if dct else None)


def normalise_first_day(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", dct.isoformat() if dct else None, None, False


def normalise_clock(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return anchored(text, "clock", dct.isoformat() if dct else None)
