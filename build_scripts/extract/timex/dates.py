"""Normalisers of calendar dates: a day, month, season, quarter, year, decade or century named
outright ('March 3, 2023', 'fiscal 2024', 'the 1990s'), or named without its year ('March 3',
'in April'), which the report's date completes. Each takes (text, lowered, words, dct, tense)
and returns (type, value, offset, approximate)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .calendar import last_ended_quarter, precision_value, quarter_of, shift
from .holidays import holiday_value
from .vocabulary import ORDINALS, SEASONS, UNITS, Tense, month_of, months_still_coming, named_month, spoken_year

__all__ = [
    "is_coming_month",
    "normalise_century",
    "normalise_decade",
    "normalise_edge_of",
    "normalise_fiscal",
    "normalise_fiscal_year",
    "normalise_half_year",
    "normalise_holiday",
    "normalise_iso",
    "normalise_md",
    "normalise_md_year_rel",
    "normalise_mdy",
    "normalise_month_rel",
    "normalise_my",
    "normalise_numeric",
    "normalise_part_year",
    "normalise_period_edge",
    "normalise_quarter",
    "normalise_quarter_ref",
    "normalise_season",
    "normalise_season_year",
    "normalise_spoken_year",
    "normalise_this_century",
    "normalise_year",
    "normalise_year_earlier",
    "normalise_year_period",
]


def normalise_iso(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", t, None, False


def normalise_numeric(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    month, day, year = (int(n) for n in re.findall(r"\d+", t))
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def normalise_mdy(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    month = named_month(words)
    nums = [int(w) for w in words if w.isdigit()]
    day, year = (nums[0], nums[-1])
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def _month_day(words: list[str]) -> tuple[int, int]:
    """The month and the day an expression names: 'June 4', '4 June', 'June 4 last year'."""
    return named_month(words), next(int(w) for w in words if w.isdigit())


def normalise_md_year_rel(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    month, day = _month_day(words)
    if dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, False
    year = dct.year - 1 if "last" in words else dct.year + 1 if "next" in words else dct.year
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def normalise_md(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    month, day = _month_day(words)
    if dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, False
    year = dct.year
    candidate = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if is_coming_month(month, dct, tense):
        year += month < dct.month  # "Jan. 2" in a November report: the coming one, as with months
    elif tense is not Tense.FUTURE and candidate > dct + dt.timedelta(days=60):
        year -= 1  # "December 31" in a January report is last December
    elif tense is Tense.FUTURE and candidate < dct - dt.timedelta(days=60):
        year += 1
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def is_coming_month(month: int, dct: dt.date, tense: Tense) -> bool:
    """Does 'in January', 'on Jan. 2' name the coming one, not last year's (months_still_coming)?"""
    return 1 <= (month - dct.month) % 12 <= months_still_coming(tense)


def normalise_my(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    month = named_month(words)
    return "DATE", f"{int(words[-1]):04d}-{month:02d}", None, False


def normalise_spoken_year(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'nineteen ninety-six' 1996, 'January nineteen ninety-seven' 1997-01, 'the winter of nineteen ninety-four' 1994-WI."""
    year = spoken_year(words)
    if year is None:
        return "DATE", None, None, False
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    month = month_of(words[:1]) if not season else None
    return "DATE", f"{year:04d}" + (f"-{season}" if season else f"-{month:02d}" if month else ""), None, False


def normalise_season_year(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", f"{int(words[-1]):04d}-{SEASONS[words[0]]}", None, False


def normalise_season(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the summer': this year's, or last year's when it has not come yet and the clause is past
    (not so in a clause told in no past: 'could stretch into the spring', 'to unite in the summer')."""
    if dct is None:
        return "DATE", None, None, False
    year = dct.year + (1 if words[0] == "next" else -1 if words[0] == "last" else 0)
    if words[0] in ("the", "in") and tense is Tense.PAST and _SEASON_STARTS[words[-1]] > dct.month:
        year -= 1
    return "DATE", f"{year:04d}-{SEASONS[words[-1]]}", None, False


_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the month each begins in


def normalise_year(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", t, None, False


def normalise_decade(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    digits = re.sub(r"\D", "", t)
    if len(digits) == 4:
        return "DATE", digits[:3], None, False
    if len(digits) == 2:  # "the '90s"
        return "DATE", "19" + digits[0], None, False
    word = next(w for w in words if w.endswith("ties"))
    tens = {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }[word]
    return "DATE", f"19{tens}", None, False


def normalise_part_year(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", re.sub(r"\D", "", t)[-4:], None, False


def normalise_month_rel(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    month = named_month(words)
    if dct is None:
        return "DATE", f"XXXX-{month:02d}", None, False
    if "last" in words:
        year = dct.year - 1 if month >= dct.month or "year" in words else dct.year
    elif "next" in words:
        year = dct.year + 1 if month <= dct.month or "year" in words else dct.year
    elif "this" in words:
        year = dct.year
    elif tense is Tense.FUTURE or is_coming_month(month, dct, tense):
        year = dct.year if month >= dct.month else dct.year + 1
    else:
        year = dct.year if month <= dct.month else dct.year - 1  # the most recent such month
    return "DATE", f"{year:04d}-{month:02d}", None, False


def normalise_fiscal(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", re.findall(r"\d{4}", t)[0], None, False


def normalise_fiscal_year(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'this fiscal year' the report's year; 'last' and 'the latest' (the one whose results are
    in) the year before; 'next' the year after."""
    if dct is None:
        return "DATE", None, None, False
    step = -1 if {"last", "latest", "previous"} & set(words) else 1 if {"next", "coming"} & set(words) else 0
    return "DATE", f"{dct.year + step:04d}", (step, "Y"), False


def normalise_edge_of(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the end of November', 'the beginning of 1990': the month or year whose edge it is."""
    tail = words[words.index("of") + 1 :]
    if tail[0].isdigit():
        return "DATE", tail[0], None, False
    if len(tail) > 1:
        return normalise_my(text, t, tail, dct, tense)
    return normalise_month_rel(text, t, tail, dct, tense)


def normalise_year_period(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the 1988 third quarter' 1988-Q3, 'this year's second quarter', 'the 1989 period' 1989."""
    years = [int(w) for w in words if w.isdigit()]
    if years:
        year = years[0]
    elif dct is None:
        return "DATE", None, None, False
    else:
        year = dct.year - 1 if "last" in words else dct.year + 1 if "next" in words else dct.year
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    return "DATE", f"{year:04d}" + (f"-Q{number}" if number else ""), None, False


def normalise_year_earlier(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'year-earlier', 'the year-ago third quarter': last year, or its quarter when one is named
    (a quarter the story names earlier is applied by timex.find_timexes)."""
    if dct is None:
        return "DATE", None, (-1, "Y"), False
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    if number is not None and "quarter" in words:
        return "DATE", f"{dct.year - 1:04d}-Q{number}", None, False
    if "quarter" in words:  # "the year-ago quarter" in a report on results: the last quarter that ended, a year back
        return "DATE", quarter_of(dct, -5), None, False
    return "DATE", f"{dct.year - 1:04d}", (-1, "Y"), False


def normalise_quarter(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    written = re.search(r"q([1-4])", t)
    if number is None and written:
        number = int(written.group(1))
    if dct is None and not years:
        return "DATE", None, None, False
    if number is None:  # "the last quarter": the one before the current one
        return "DATE", last_ended_quarter(dct) if dct else None, None, False
    if years:
        year = years[0]
    elif dct is not None:
        year = dct.year
        if tense is not Tense.FUTURE and number > (dct.month - 1) // 3 + 1:
            year -= 1  # "the fourth quarter" in a March report: last year's
    return "DATE", f"{year:04d}-Q{number}", None, False


def normalise_half_year(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    half = "H1" if "first" in words else "H2"
    years = [w for w in words if w.isdigit()]
    if years:
        return "DATE", f"{years[0]}-{half}", None, False
    if dct is None:
        return "DATE", None, None, False
    year = dct.year - 1 if "last" in words else dct.year + 1 if "next" in words else dct.year
    return "DATE", f"{year:04d}-{half}", None, False


_SPELLED_CENTURIES = {"nineteenth": 19, "twentieth": 20, "twenty": 21}


def normalise_century(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    number = (
        int(re.sub(r"\D", "", t))
        if re.search(r"\d", t)
        else next(_SPELLED_CENTURIES[w] for w in words if w in _SPELLED_CENTURIES)
    )
    return "DATE", f"{number - 1:02d}", None, False


def normalise_this_century(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    if dct is None:
        return "DATE", None, None, False
    step = -1 if {"last", "previous"} & set(words) else 1 if "next" in words else 0
    return "DATE", f"{dct.year // 100 + step:02d}", None, False


def normalise_holiday(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    return "DATE", holiday_value(text, dct, tense), None, False


def normalise_period_edge(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the end of the year', 'the turn of the century', 'year-end': the period the edge is of."""
    unit = next(w for w in reversed(words) if w in UNITS)
    if dct is None:
        return "DATE", None, None, False
    step = -1 if "last" in words else 1 if "next" in words else 0
    if unit == "year":
        return "DATE", f"{dct.year + step:04d}", None, False
    if unit == "month":
        return "DATE", precision_value(shift(dct, step, "M"), "M"), None, False
    if unit == "decade":
        return "DATE", f"{dct.year // 10:03d}", None, False
    if unit == "century":
        return "DATE", f"{dct.year // 100:02d}", None, False
    return "DATE", precision_value(shift(dct, step, "W"), "W"), None, False


def normalise_quarter_ref(text: str, t: str, words: list[str], dct: dt.date | None, tense: Tense):
    """'the quarter', 'the latest quarter' in a report on results that named none: the last
    quarter ended (the one named is read in context); 'the current quarter' is the report's own."""
    if dct is None:
        return "DATE", None, None, False
    return "DATE", quarter_of(dct) if "current" in words else last_ended_quarter(dct), None, False
