"""Normalisers of lengths and recurrences: durations ('three years', 'the past 24 hours', 'a
year and a half') and sets ('every Sunday', 'twice a week', 'annually')."""

from __future__ import annotations

import datetime as dt
import re

from .vocabulary import PARTS_OF_DAY, UNITS, WEEKDAYS, Tense, leading_amount, number

__all__ = [
    "normalise_duration",
    "normalise_half_duration",
    "normalise_ordinal_day",
    "normalise_past_span",
    "normalise_quarter_duration",
    "normalise_second_duration",
    "normalise_set",
    "normalise_set_rate",
    "normalise_the_duration",
    "normalise_vague_duration",
]


def normalise_vague_duration(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    # "decades": in years, as TimeML corpora write "a decade" (P10Y)
    units = {
        "years": "Y",
        "months": "M",
        "weeks": "W",
        "decades": "Y",
        "centuries": "C",
        "quarters": "Q",
        "days": "D",
        "hours": "TH",
        "minutes": "TM",
    }
    unit = units[next(w for w in words if w in units)]
    return (
        "DURATION",
        f"P{'T' if unit.startswith('T') else ''}X{unit[-1] if unit.startswith('T') else unit}",
        None,
        False,
    )


def normalise_duration(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    amount = None if {"few", "several"} & set(words) else 2 if "couple" in words else leading_amount(words)
    if words[0] in UNITS:  # "year-long": one of them
        amount = 1
    unit_word = re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))
    return "DURATION", _period(amount, UNITS[unit_word]), None, False


def _period(amount: int | None, unit: str) -> str:
    """An amount of a unit as TIMEX3 writes it: P3D, PT15M, P20Y for two decades; PXW for some weeks."""
    label = "M" if unit == "MIN" else unit
    if unit in ("DE", "CE") and amount is not None:
        amount, label = amount * (10 if unit == "DE" else 100), "Y"
    return f"P{'T' if unit in ('H', 'MIN', 'S') else ''}{amount if amount is not None else 'X'}{label}"


def normalise_the_duration(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the nine months', 'the year-earlier nine months': the duration after the article."""
    count = next(
        i for i, w in enumerate(words) if w in ("several", "few") or (number(w) is not None and w not in ("a", "an"))
    )
    return normalise_duration(text, t, words[count:], dct, tense)


# half of each unit in the next one down, as TimeBank writes "2 1/2 years" (P2Y6M), "5 1/2 hours"
# (PT5H30M) and "a minute and a half" (PT1M30S); a week or a month has no exact half, so a fraction
_HALF_OF = {"Y": "6M", "D": "T12H", "H": "30M", "MIN": "30S"}


def normalise_half_duration(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'two and a half years', '2 1/2 years' P2Y6M; 'half an hour' PT30M, 'half a decade' P5Y."""
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    whole = number(words[0]) if "and" in words or "1/2" in t else 0  # "a half-century": half of one
    if whole is None:
        return "DURATION", f"P{'T' if unit in ('H', 'MIN') else ''}X{unit}", None, False
    if unit in ("DE", "CE"):
        return "DURATION", f"P{int((whole + 0.5) * (10 if unit == 'DE' else 100))}Y", None, False
    clock = unit in ("H", "MIN")
    label = "M" if unit == "MIN" else unit
    amount = f"{whole}{label}" if whole else ""
    if unit in _HALF_OF:
        return "DURATION", f"P{'T' if clock else ''}{amount}{_HALF_OF[unit]}", None, False
    return "DURATION", f"P{whole}.5{label}", None, False


def normalise_quarter_duration(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'a quarter of a century' P25Y, 'three quarters of an hour' PT45M."""
    quarters = 3 if words[0] == "three" else 1
    if words[-1] == "century":
        return "DURATION", f"P{25 * quarters}Y", None, False
    return "DURATION", f"PT{15 * quarters}M", None, False


def normalise_second_duration(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DURATION", f"PT{number(words[0])}S", None, False


def normalise_past_span(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    counted = next((number(w) for w in words if number(w) is not None and w not in ("a", "an")), 1)
    # "the next several days", "the first hours": some number of them
    some = bool({"few", "several", "many"} & set(words)) or (
        words[-1].endswith("s") and counted == 1 and "first" in words
    )
    unit_word = re.sub(r"s$", "", words[-1])
    if unit_word == "decade" and some:
        return "DURATION", "PXY", None, False  # "the past few decades", in years as TimeML corpora write it
    return "DURATION", _period(None if some else counted, UNITS[unit_word]), None, False


def normalise_set(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    weekday = next((w.rstrip("s") for w in words if w.rstrip("s") in WEEKDAYS), None)
    if weekday:  # "every Sunday", "on Sundays", "Tuesday nights": that day (and part) of any week
        part = next((PARTS_OF_DAY[w.rstrip("s")] for w in words if w.rstrip("s") in PARTS_OF_DAY), None)
        return "SET", f"XXXX-WXX-{WEEKDAYS[weekday] + 1}{f'T{part}' if part else ''}", None, False
    adverb = {
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "quarterly": "P3M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
    }.get(words[-1])
    if adverb:
        return "SET", adverb, None, False
    if words[-1] in PARTS_OF_DAY:  # "every night": that part of any day
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[words[-1]]}", None, False
    unit = UNITS.get(words[-1].rstrip("s"), "W")
    every = 2 if "other" in words else (leading_amount(words[1:]) or 1)  # "every other week", "every four years"
    return "SET", _period(every, unit), None, False


def normalise_set_rate(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "TH"}[words[-1]]
    return "SET", "PT1H" if unit == "TH" else f"P1{unit}", None, False


def normalise_ordinal_day(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", None, None, False
