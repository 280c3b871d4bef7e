"""Calendar values of temporal expressions (TIMEX3): each pattern's normaliser, calendar
arithmetic, holidays, and the expressions anchored on an earlier date."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .timex_calendar import _holiday_value, as_date, precision_value, shift
from .timex_patterns import MONTHS, ORDINALS, UNITS, WEEKDAYS, _month, _number, spoken_year, words_of


def _normalise_iso(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", t, None, False


def _normalise_mdy(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    month = next(_month(w) for w in words if w in MONTHS or w[:3] in MONTHS)
    nums = [int(w) for w in words if w.isdigit()]
    day, year = (nums[0], nums[-1])
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def _normalise_md_year_rel(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    month = next(_month(w) for w in words if (w in MONTHS or w[:3] in MONTHS))
    day = next(int(w) for w in words if w.isdigit())
    if dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, False
    year = dct.year - 1 if "last" in words else dct.year + 1 if "next" in words else dct.year
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def _normalise_md(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    month = next(_month(w) for w in words if (w in MONTHS or w[:3] in MONTHS) and w not in WEEKDAYS)
    day = next(int(w) for w in words if w.isdigit())
    if dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, False
    year = dct.year
    candidate = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if not future and candidate > dct + dt.timedelta(days=60):
        year -= 1  # "December 31" in a January report is last December
    elif candidate < dct - dt.timedelta(days=60) and (future or _next_year_soon(candidate, dct)):
        year += 1  # "Jan. 2" in a November report: the coming one, as with months
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def _next_year_soon(candidate: dt.date, dct: dt.date) -> bool:
    """Does the same day next year fall within two months after the report?"""
    try:
        return candidate.replace(year=candidate.year + 1) <= dct + dt.timedelta(days=61)
    except ValueError:  # February 29
        return False


def _normalise_my(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    month = next(_month(w) for w in words if w in MONTHS or w[:3] in MONTHS)
    return "DATE", f"{int(words[-1]):04d}-{month:02d}", None, False


def _normalise_spoken_year(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'nineteen ninety-six' 1996, 'January nineteen ninety-seven' 1997-01, 'the winter of nineteen ninety-four' 1994-WI."""
    year = spoken_year(words)
    if year is None:
        return "DATE", None, None, False
    season = next((_SEASONS[w] for w in words if w in _SEASONS), None)
    month = next((_month(w) for w in words[:1] if w in MONTHS or w[:3] in MONTHS), None) if not season else None
    return "DATE", f"{year:04d}" + (f"-{season}" if season else f"-{month:02d}" if month else ""), None, False


_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _normalise_season_year(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    season = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[words[0]]
    return "DATE", f"{int(words[-1]):04d}-{season}", None, False


def _normalise_year(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", t, None, False


def _normalise_decade(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    digits = re.sub(r"\D", "", t)
    if len(digits) == 4:
        return "DATE", digits[:3], None, False
    if len(digits) == 2:  # "the '90s"
        return "DATE", "19" + digits[0], None, False
    word = next(w for w in words if w.endswith("ties"))
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}[word]
    return "DATE", f"19{tens}", None, False


def _normalise_part_year(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", re.sub(r"\D", "", t)[-4:], None, False


def _normalise_month_rel(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    month = next(_month(w) for w in words if (w in MONTHS or w[:3] in MONTHS) and w not in ("early", "late", "mid"))
    if dct is None:
        return "DATE", f"XXXX-{month:02d}", None, False
    if "last" in words:
        year = dct.year - 1 if month >= dct.month or "year" in words else dct.year
    elif "next" in words:
        year = dct.year + 1 if month <= dct.month or "year" in words else dct.year
    elif "this" in words:
        year = dct.year
    elif future or 0 < month - dct.month <= 2:
        # a month just ahead of the report is the coming one: a past tense cannot reach a month
        # that has not come yet, and last year's is eleven months back (TempEval train: 13 of 13)
        year = dct.year if month >= dct.month else dct.year + 1
    else:
        year = dct.year if month <= dct.month else dct.year - 1  # the most recent such month
    return "DATE", f"{year:04d}-{month:02d}", None, False


def _normalise_deictic(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    words = [w for w in words if w not in ("early", "late")]  # "late yesterday": that day
    delta = {"yesterday": -1, "tomorrow": 1}.get(words[0], 0)
    if words[:2] == ["last", "night"]:
        delta = -1
    if dct is None:
        return "DATE", None, (delta, "D"), False
    return "DATE", (dct + dt.timedelta(days=delta)).isoformat(), (delta, "D"), False


def _normalise_weekday_part(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    forward = future or "next" in words or "coming" in words or "following" in words
    if "last" in words or "previous" in words:
        forward = False
    if dct is None:
        return "DATE", None, None, False
    if forward:  # the next such day; the day itself when it is today ("travels on Thursday")
        delta = (weekday - dct.weekday()) % 7 or (7 if "next" in words else 0)
    else:
        delta = -((dct.weekday() - weekday) % 7)
    return "DATE", (dct + dt.timedelta(days=delta)).isoformat(), None, False


def _normalise_vague_duration(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    # "decades": in years, as TimeML corpora write "a decade" (P10Y)
    unit = {"years": "Y", "months": "M", "weeks": "W", "decades": "Y", "days": "D", "hours": "TH",
            "minutes": "TM"}[words[-1]]
    return "DURATION", f"P{'T' if unit.startswith('T') else ''}X{unit[-1] if unit.startswith('T') else unit}", None, False


def _normalise_age(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "AGE", None, None, False


def _normalise_rel_unit(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    unit_word = words[-1]
    step = -1 if {"last", "past", "previous"} & set(words) else 1 if {"next", "coming", "following"} & set(words) else 0
    if unit_word in ("spring", "summer", "autumn", "fall", "winter"):
        if dct is None:
            return "DATE", None, None, False
        year = dct.year + (1 if step > 0 else -1 if step < 0 else 0)
        season = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[unit_word]
        return "DATE", f"{year:04d}-{season}", None, False
    unit = {"week": "W", "month": "M", "year": "Y", "weekend": "W", "quarter": "Q"}[unit_word]
    if dct is None:
        return "DATE", None, (step, unit), False
    if unit == "Q":
        quarter = (dct.month - 1) // 3 + 1 + step
        year, quarter = dct.year + (quarter - 1) // 4, (quarter - 1) % 4 + 1
        return "DATE", f"{year:04d}-Q{quarter}", None, False
    day = shift(dct, step, unit)
    value = precision_value(day, unit)
    if "early" in words or "earlier" in words or "late" in words or "later" in words:
        value = precision_value(day, unit)
    return "DATE", value, (step, unit), False


def _normalise_ago(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    if re.sub(r"s$", "", words[0]) in UNITS:  # "years ago": some time before
        return "DATE", "PAST_REF" if words[-1] in ("ago", "earlier", "before") else "FUTURE_REF", None, True
    amount = _number(words[0]) if words[0] not in ("a",) or words[1] not in ("few", "couple") else None
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    direction = -1 if words[-1] in ("ago", "earlier", "before", "since") else 1
    if amount is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None, True
    if dct is None or words[-1] in ("earlier", "later", "before", "after"):
        return "DATE", None, (direction * amount, unit), words[-1] == "since"
    day = shift(dct, direction * amount, unit)
    return "DATE", precision_value(day, "M" if unit in ("Y", "DE") and words[-1] == "since" else unit), \
        (direction * amount, unit), words[-1] == "since"


def _normalise_duration(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    amount = None if {"few", "several"} & set(words) else 2 if "couple" in words else _number(words[0])
    unit_word = re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))
    unit = UNITS[unit_word]
    time_unit = unit in ("H", "MIN", "S")
    label = {"MIN": "M", "DE": "DE", "CE": "CE", "WE": "WE", "Q": "Q"}.get(unit, unit)
    if unit in ("DE", "CE") and amount is not None:
        amount, label = amount * (10 if unit == "DE" else 100), "Y"
    value = f"P{'T' if time_unit else ''}{amount if amount is not None else 'X'}{label}"
    return "DURATION", value, None, False


def _normalise_the_duration(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'the nine months', 'the year-earlier nine months': the duration after the article."""
    count = next(i for i, w in enumerate(words) if _number(w) is not None and w not in ("a", "an"))
    return _normalise_duration(text, t, words[count:], dct, future)


def _normalise_set(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    if words[-1] in WEEKDAYS:  # "every Sunday": that day of any week
        return "SET", f"XXXX-WXX-{WEEKDAYS[words[-1]] + 1}", None, False
    adverb = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
              "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}.get(words[-1])
    if adverb:
        return "SET", adverb, None, False
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(words[-1], "W")
    return "SET", f"P1{unit}", None, False


def _normalise_half_duration(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'two and a half years' P2.5Y, 'a year and a half' P1.5Y; 'half an hour' in the next unit down."""
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    whole = _number(words[0]) if "and" in words else 0  # "a half-century": half of one
    if whole is None:
        return "DURATION", f"P{'T' if unit in ('H', 'MIN') else ''}X{unit}", None, False
    if whole == 0:
        value = {"H": "PT30M", "D": "PT12H", "Y": "P6M", "DE": "P5Y", "CE": "P50Y"}.get(unit)
        return "DURATION", value, None, False
    if unit in ("DE", "CE"):
        return "DURATION", f"P{int((whole + 0.5) * (10 if unit == 'DE' else 100))}Y", None, False
    label = "M" if unit == "MIN" else unit
    return "DURATION", f"P{'T' if unit in ('H', 'MIN') else ''}{whole}.5{label}", None, False


def _normalise_set_rate(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "TH"}[words[-1]]
    return "SET", "PT1H" if unit == "TH" else f"P1{unit}", None, False


def _normalise_half_year(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    half = "H1" if "first" in words else "H2"
    years = [w for w in words if w.isdigit()]
    if years:
        return "DATE", f"{years[0]}-{half}", None, False
    if dct is None:
        return "DATE", None, None, False
    year = dct.year - 1 if "last" in words else dct.year + 1 if "next" in words else dct.year
    return "DATE", f"{year:04d}-{half}", None, False


def _normalise_clock_day(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'10 a.m. Tuesday', 'Tuesday at 10 a.m.': the clock time on that day."""
    weekday = next(w for w in words if w in WEEKDAYS)
    _, day, _, _ = _normalise_weekday_part(text, weekday, [w for w in words if w in (weekday, "last", "next")], dct, future)
    return "TIME", _clock_value([w for w in words if w != weekday], day), None, False


def _normalise_present(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", "PRESENT_REF", None, False


def _normalise_holiday(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", _holiday_value(text, dct, future), None, False


def _normalise_quarter(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    if number is None:
        number = int(re.search(r"q([1-4])", t).group(1)) if re.search(r"q([1-4])", t) else None
    if dct is None and not years:
        return "DATE", None, None, False
    if number is None:  # "the last quarter": the one before the current one
        current = (dct.month - 1) // 3 + 1
        year, number = (dct.year, current - 1) if current > 1 else (dct.year - 1, 4)
        return "DATE", f"{year:04d}-Q{number}", None, False
    year = years[0] if years else dct.year
    if not years and not future and number > (dct.month - 1) // 3 + 1:
        year -= 1  # "the fourth quarter" in a March report: last year's
    return "DATE", f"{year:04d}-Q{number}", None, False


def _normalise_period_edge(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    unit = words[-1]
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


def _normalise_this_century(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    if dct is None:
        return "DATE", None, None, False
    step = -1 if {"last", "previous"} & set(words) else 1 if "next" in words else 0
    return "DATE", f"{dct.year // 100 + step:02d}", None, False


def _normalise_second_duration(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DURATION", f"PT{_number(words[0])}S", None, False


def _normalise_century(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    number = int(re.sub(r"\D", "", t)) if re.search(r"\d", t) else {"nineteenth": 19, "twentieth": 20, "twenty": 21}[words[1] if words[0] == "the" else words[0]]
    return "DATE", f"{number - 1:02d}", None, False


def _normalise_weekend(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    if dct is None:
        return "DATE", None, None, False
    step = 1 if "next" in words else 0 if "this" in words and future else -1 if dct.weekday() < 5 else 0
    saturday = dct + dt.timedelta(days=(5 - dct.weekday()) % 7 + 7 * step - (7 if step < 0 else 0))
    if step < 0:
        saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7)
    return "DATE", f"{saturday.isocalendar()[0]:04d}-W{saturday.isocalendar()[1]:02d}-WE", None, False


def _normalise_ref(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", "FUTURE_REF" if "future" in words else "PAST_REF", None, False


def _normalise_past_span(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    amount = next((_number(w) for w in words if _number(w) is not None and w not in ("a", "an")), 1)
    if {"few", "several"} & set(words) or (words[-1].endswith("s") and amount == 1 and "first" in words):
        amount = "X"  # "the next several days", "the first hours": some number of them
    unit_word = re.sub(r"s$", "", words[-1])
    if unit_word == "decade":
        return "DURATION", "PXY" if amount == "X" else f"P{10 * amount}Y", None, False
    if unit_word == "hour":
        return "DURATION", f"PT{amount}H", None, False
    return "DURATION", f"P{amount}{UNITS[unit_word]}", None, False


def _normalise_ordinal_day(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", None, None, False


def _normalise_numeric(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    month, day, year = (int(n) for n in re.findall(r"\d+", t))
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False


def _normalise_season(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'the summer': this year's, or last year's when it has not come yet and the clause is past."""
    season = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "winter": ("WI", 12)}[words[-1]]
    if dct is None:
        return "DATE", None, None, False
    year = dct.year + (1 if words[0] == "next" else -1 if words[0] == "last" else 0)
    if words[0] in ("the", "in") and not future and season[1] > dct.month:
        year -= 1
    return "DATE", f"{year:04d}-{season[0]}", None, False


def _normalise_year_earlier(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'year-earlier', 'the year-ago third quarter': last year, or its quarter when one is named
    (a quarter the story names earlier is applied by timex.find_timexes)."""
    if dct is None:
        return "DATE", None, (-1, "Y"), False
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    if number is not None and "quarter" in words:
        return "DATE", f"{dct.year - 1:04d}-Q{number}", None, False
    if "quarter" in words:  # "the year-ago quarter" in a report on results: the last quarter that ended, a year back
        current = (dct.month - 1) // 3
        return "DATE", f"{dct.year - 1 - (current == 0):04d}-Q{current or 4}", None, False
    return "DATE", f"{dct.year - 1:04d}", (-1, "Y"), False


def _normalise_year_period(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
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


def _normalise_edge_of(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    """'the end of November', 'the beginning of 1990': the month or year whose edge it is."""
    tail = words[words.index("of") + 1:]
    if tail[0].isdigit():
        return "DATE", tail[0], None, False
    if len(tail) > 1:
        return _normalise_my(text, t, tail, dct, future)
    return _normalise_month_rel(text, t, tail, dct, future)


def _normalise_fiscal(text: str, t: str, words: list[str], dct: dt.date | None, future: bool):
    return "DATE", re.findall(r"\d{4}", t)[0], None, False


NORMALISERS = {
    "numeric": _normalise_numeric,
    "season": _normalise_season,
    "year_earlier": _normalise_year_earlier,
    "edge_of": _normalise_edge_of,
    "year_period": _normalise_year_period,
    "fiscal": _normalise_fiscal,
    "iso": _normalise_iso,
    "mdy": _normalise_mdy,
    "dmy": _normalise_mdy,
    "md_year_rel": _normalise_md_year_rel,
    "md": _normalise_md,
    "dm": _normalise_md,
    "weekday_md": _normalise_md,
    "my": _normalise_my,
    "season_year": _normalise_season_year,
    "spoken_year": _normalise_spoken_year,
    "year": _normalise_year,
    "decade": _normalise_decade,
    "part_year": _normalise_part_year,
    "month_rel": _normalise_month_rel,
    "month_year_rel": _normalise_month_rel,
    "month": _normalise_month_rel,
    "deictic": _normalise_deictic,
    "weekday_part": _normalise_weekday_part,
    "rel_weekday": _normalise_weekday_part,
    "vague_duration": _normalise_vague_duration,
    "age": _normalise_age,
    "rel_unit": _normalise_rel_unit,
    "ago": _normalise_ago,
    "duration": _normalise_duration,
    "the_duration": _normalise_the_duration,
    "set": _normalise_set,
    "present": _normalise_present,
    "holiday": _normalise_holiday,
    "quarter": _normalise_quarter,
    "period_edge": _normalise_period_edge,
    "century": _normalise_century,
    "this_century": _normalise_this_century,
    "second_duration": _normalise_second_duration,
    "weekend": _normalise_weekend,
    "ref": _normalise_ref,
    "past_span": _normalise_past_span,
    "ordinal_day": _normalise_ordinal_day,
    "half_duration": _normalise_half_duration,
    "set_rate": _normalise_set_rate,
    "half_year": _normalise_half_year,
    "clock_day": _normalise_clock_day,
}


def normalise(text: str, kind: str, dct: dt.date | None, future: bool = False) -> tuple[str, str | None, tuple | None, bool]:
    """(type, value, offset, approximate) of one expression found by the pattern named `kind`."""
    t = text.lower().strip()
    words = words_of(t)
    normaliser = NORMALISERS.get(kind)
    if normaliser is None:
        return "DATE", None, None, False
    return normaliser(text, t, words, dct, future)


_COARSENESS = {"D": 0, "M": 1, "Y": 2}
_GRANULARITY = {"day": 10, "morning": 10, "evening": 10, "night": 10, "week": 7, "month": 7, "year": 4}


def anchored(surface: str, kind: str, anchor: str | None) -> tuple[str, str | None, tuple | None, bool]:
    """Expressions whose date comes from an anchor date."""
    words = words_of(surface.lower())
    if kind == "clock":
        return "TIME", _clock_value(words, anchor), None, False
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
    amount = _number(words[0]) if words[0] not in ("a", "an") else 1
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    if amount is None or unit not in ("D", "W", "M", "Y", "DE"):
        return "DATE", None, None, False
    direction = 1 if words[-1] in ("later", "after") else -1
    base, precision = as_date(anchor)
    day = shift(base, direction * amount, unit)
    # precision: the anchor's, coarsened when the step is finer than it (May + 3 weeks: the year)
    order = {"D": 0, "W": 1, "M": 2, "Y": 3, "DE": 3}
    result = {"D": "D", "M": "M", "Y": "Y"}[precision]
    if order[unit] < order[precision]:
        result = {"D": "D", "M": "Y", "Y": "Y"}[precision]
    elif unit in ("M", "Y", "DE") and precision == "D":
        result = "M" if unit == "M" else "Y" if unit in ("Y", "DE") else "D"
        result = "D" if unit == "D" else result
    return "DATE", precision_value(day, result), (direction * amount, unit), False


def _clock_value(words: list[str], anchor: str | None) -> str | None:
    if anchor is None or len(anchor) < 10:
        return None
    if "noon" in words or "midday" in words:
        hour, minute = 12, 0
    elif "midnight" in words:
        hour, minute = 24, 0
    else:
        numbers = [int(w) for w in words if w.isdigit()]
        hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
        if ("p" in words or "pm" in words) and hour < 12:
            hour += 12
        if ("a" in words or "am" in words) and hour == 12:
            hour = 0
    return f"{anchor[:10]}T{hour:02d}:{minute:02d}"


def _weekday_from(surface: str, anchor: dt.date) -> tuple[str, str | None, tuple | None, bool]:
    """'the following Monday' after a given day: the next Monday after it."""
    words = re.findall(r"[a-z]+", surface.lower())
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    if "previous" in words:
        delta = -((anchor.weekday() - weekday) % 7 or 7)
    else:
        delta = (weekday - anchor.weekday()) % 7 or 7
    return "DATE", (anchor + dt.timedelta(days=delta)).isoformat(), None, False
