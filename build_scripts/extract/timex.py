"""Temporal expressions: find them in text and normalise them against the publication date.

Values follow TIMEX3 (2025-10-07, 2025-10, 2025, P2Y, PRESENT_REF). When the publication date is
unknown, a date is kept as an offset so the timeline can say "two years before this report".
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({"a": 1, "an": 1, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                     "several": None, "few": None, "couple": 2, "eighteen": 18, "hundred": 100})
ORDINALS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H", "minute": "MIN",
         "night": "D", "weekend": "WE", "century": "CE", "quarter": "Q"}

_MONTH = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|eighteen|a|an|several|a few|a couple of)"
_UNIT = r"(?:day|week|month|year|decade|hour|minute|night|weekend|century|quarter)s?"
_PART = r"(?:morning|afternoon|evening|night)"

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("mdy", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
    ("dmy", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b"),
    ("weekday_md", rf"\b{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"),
    ("md", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"),
    ("dm", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"),
    ("my", rf"\b{_MONTH}\s+(?:of\s+)?\d{{4}}\b"),
    ("month_rel", rf"\b(?:last|next|this|early|late|mid|earlier|later)[\s-]+{_MONTH}\b"),
    ("month", r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"),
    ("month_year_rel", rf"\b{_MONTH}\s+(?:last|next|this)\s+year\b"),
    ("md_year_rel", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:last|next|this)\s+year\b"),
    ("first_day", r"\bthe\s+(?:first|opening)\s+day\b(?!\s+of\b)"),
    ("ago", rf"\b(?:{_NUM}\s+)?{_UNIT}\s+(?:ago|earlier|before|later|after|since|from now)\b"),
    ("rel_unit", r"\b(?:(?:earlier|later|early|late)\s+)?(?:last|next|this|past|coming|previous|the following|the previous|the same)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|quarter)\b"),
    ("rel_weekday", rf"\b(?:last|next|this|the following|the previous|coming)\s+{_WEEKDAY}\b"),
    ("weekday_part", rf"\b{_WEEKDAY}(?:\s+{_PART})?\b"),
    ("vague_duration", r"\b(?:(?:the\s+)?(?:coming|past|last|next|recent)\s+)?(?:years|months|weeks|decades|days|hours|minutes)\b(?!\s+(?:ago|later|earlier|before|after))"),
    ("deictic", rf"\b(?:yesterday|today|tomorrow|tonight|this\s+{_PART}|last\s+night)\b"),
    ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:19|20)\d0s|'\d0s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    ("part_year", r"\b(?:early|mid|late)[\s-]+(?:1[5-9]|20)\d{2}\b"),
    ("year", r"\b(?:1[5-9]|20)\d{2}\b(?![-/,.]\d)"),
    ("anaphoric", r"\b(?:(?:earlier|later)\s+)?(?:that|the same)\s+(?:day|week|month|year|morning|evening|night)\b"),
    ("next_day", r"\b(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|evening|night)\b|\bthe\s+day\s+(?:before|after)\b"),
    ("clock", r"\b(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}\s+o'clock|noon|midday|midnight)"),
    ("ref", r"\b(?:the\s+future|the\s+past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|week|month|year|decade))|recently|formerly)\b"),
    ("past_span", rf"\b(?:the\s+)?(?:past|last|previous|next|coming|first)\s+(?:{_NUM}\s+)?(?:days?|weeks?|months?|years?|decades?)\b"),
    ("season_year", r"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d{2}\b"),
    ("age", rf"\b(?:{_NUM}|\d+)-(?:year|month|week|day)s?-old\b"),  # an age is not a timex
    ("duration", rf"\b(?:{_NUM}|\d+)[- ](?:{_UNIT})(?:-long)?\b"),
    ("set", r"\b(?:every|each)\s+(?:day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|\b(?:daily|weekly|monthly|annually|yearly)\b"),
    ("present", r"\b(?:now|currently|at present|these days|nowadays)\b"),
    ("holiday", r"\b(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year'?s(?:\s+(?:Day|Eve))?|Independence\s+Day|Halloween|"
                r"Valentine'?s\s+Day|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Memorial\s+Day|"
                r"Labou?r\s+Day|Good\s+Friday)(?:\s+(?:1[5-9]|20)\d{2})?\b"),
    ("quarter", r"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+quarter(?:\s+of\s+(?:1[5-9]|20)\d{2})?\b|\bQ[1-4](?:\s+(?:1[5-9]|20)\d{2})?\b"),
    ("period_edge", r"\b(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:year|month|week|decade|century)\b"),
    ("century", r"\b(?:the\s+)?(?:1[0-9]th|2[01](?:st|th)|(?:nineteenth|twentieth|twenty-first))\s+century\b"),
    ("weekend", r"\b(?:this|last|next|the)\s+weekend\b"),
    ("ordinal_day", rf"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:day|week|month|year|round|session)\b(?:\s+of\b)?"),
]
_COMPILED = [(name, re.compile(rx, re.I)) for name, rx in PATTERNS]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    kind: str  # the pattern that found it
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # TIMEX3 value against the reference date; None when it needs one and has none
    offset: tuple[int, str] | None = None  # (amount, unit) relative to the reference, for "N years ago"
    approximate: bool = False


def find_spans(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping candidate spans, longest first, then leftmost."""
    found = []
    for name, rx in _COMPILED:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), name))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, name))
    return sorted(chosen)


def _number(word: str) -> int | None:
    word = word.lower().replace("a couple of", "couple").replace("a few", "few")
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower().rstrip(".")[:3]]


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "M":
        return _shift_months(day, amount)
    if unit == "Y":
        return _shift_months(day, 12 * amount)
    if unit == "DE":
        return _shift_months(day, 120 * amount)
    return day


def precision_value(day: dt.date, unit: str) -> str:
    if unit in ("Y", "DE", "CE"):
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "W":
        return f"{day.isocalendar()[0]:04d}-W{day.isocalendar()[1]:02d}"
    return day.isoformat()


def normalise(text: str, kind: str, dct: dt.date | None, future: bool = False) -> tuple[str, str | None, tuple | None, bool]:
    """(type, value, offset, approximate) of one expression."""
    t = text.lower().strip()
    words = re.findall(r"[a-z]+|\d+", t)
    if kind == "iso":
        return "DATE", t, None, False
    if kind in ("mdy", "dmy"):
        month = next(_month(w) for w in words if w in MONTHS or w[:3] in MONTHS)
        nums = [int(w) for w in words if w.isdigit()]
        day, year = (nums[0], nums[-1])
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False
    if kind == "md_year_rel":
        month = next(_month(w) for w in words if (w in MONTHS or w[:3] in MONTHS))
        day = next(int(w) for w in words if w.isdigit())
        if dct is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, False
        year = dct.year - 1 if "last" in words else dct.year + 1 if "next" in words else dct.year
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False
    if kind in ("md", "dm", "weekday_md"):
        month = next(_month(w) for w in words if (w in MONTHS or w[:3] in MONTHS) and w not in WEEKDAYS)
        day = next(int(w) for w in words if w.isdigit())
        if dct is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, False
        year = dct.year
        candidate = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if not future and candidate > dct + dt.timedelta(days=60):
            year -= 1  # "December 31" in a January report is last December
        elif future and candidate < dct - dt.timedelta(days=60):
            year += 1
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, False
    if kind == "my":
        month = next(_month(w) for w in words if w in MONTHS or w[:3] in MONTHS)
        return "DATE", f"{int(words[-1]):04d}-{month:02d}", None, False
    if kind == "season_year":
        season = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[words[0]]
        return "DATE", f"{int(words[-1]):04d}-{season}", None, False
    if kind == "year":
        return "DATE", t, None, False
    if kind == "decade":
        digits = re.sub(r"\D", "", t)
        if len(digits) == 4:
            return "DATE", digits[:3], None, False
        if len(digits) == 2:  # "the '90s"
            return "DATE", "19" + digits[0], None, False
        word = next(w for w in words if w.endswith("ties"))
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[word]
        return "DATE", f"19{tens}", None, False
    if kind == "part_year":
        return "DATE", re.sub(r"\D", "", t)[-4:], None, False
    if kind in ("month_rel", "month_year_rel", "month"):
        month = next(_month(w) for w in words if (w in MONTHS or w[:3] in MONTHS) and w not in ("early", "late", "mid"))
        if dct is None:
            return "DATE", f"XXXX-{month:02d}", None, False
        if "last" in words:
            year = dct.year - 1 if month >= dct.month or "year" in words else dct.year
        elif "next" in words:
            year = dct.year + 1 if month <= dct.month or "year" in words else dct.year
        elif "this" in words:
            year = dct.year
        elif future:
            year = dct.year if month >= dct.month else dct.year + 1
        else:
            year = dct.year if month <= dct.month else dct.year - 1  # the most recent such month
        return "DATE", f"{year:04d}-{month:02d}", None, False
    if kind == "deictic":
        delta = {"yesterday": -1, "tomorrow": 1}.get(words[0], 0)
        if words[:2] == ["last", "night"]:
            delta = -1
        if dct is None:
            return "DATE", None, (delta, "D"), False
        return "DATE", (dct + dt.timedelta(days=delta)).isoformat(), (delta, "D"), False
    if kind in ("weekday_part", "rel_weekday"):
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
    if kind == "vague_duration":
        unit = {"years": "Y", "months": "M", "weeks": "W", "decades": "DE", "days": "D", "hours": "TH",
                "minutes": "TM"}[words[-1]]
        return "DURATION", f"P{'T' if unit.startswith('T') else ''}X{unit[-1] if unit.startswith('T') else unit}", None, False
    if kind == "age":
        return "AGE", None, None, False
    if kind == "rel_unit":
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
        if unit == "W" and step != 0:
            # "last week", "next week": the month it falls in, as both gold conventions have it
            return "DATE", precision_value(shift(dct, step, "W"), "M"), (step, unit), False
        if unit == "Q":
            quarter = (dct.month - 1) // 3 + 1 + step
            year, quarter = dct.year + (quarter - 1) // 4, (quarter - 1) % 4 + 1
            return "DATE", f"{year:04d}-Q{quarter}", None, False
        day = shift(dct, step, unit)
        value = precision_value(day, unit)
        if "early" in words or "earlier" in words or "late" in words or "later" in words:
            value = precision_value(day, unit)
        return "DATE", value, (step, unit), False
    if kind == "ago":
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
    if kind == "duration":
        amount = _number(words[0]) if not t.startswith(("a few", "several")) else None
        unit_word = re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))
        unit = UNITS[unit_word]
        time_unit = unit in ("H", "MIN")
        label = {"MIN": "M", "DE": "DE", "CE": "CE", "WE": "WE", "Q": "Q"}.get(unit, unit)
        if unit in ("DE", "CE") and amount is not None:
            amount, label = amount * (10 if unit == "DE" else 100), "Y"
        value = f"P{'T' if time_unit else ''}{amount if amount is not None else 'X'}{label}"
        return "DURATION", value, None, False
    if kind == "set":
        unit = {"daily": "D", "weekly": "W", "monthly": "M", "annually": "Y", "yearly": "Y"}.get(words[-1])
        if unit is None:
            unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(words[-1], "W")
        return "SET", f"P1{unit}", None, False
    if kind == "present":
        return "DATE", "PRESENT_REF", None, False
    if kind == "holiday":
        return "DATE", _holiday_value(text, dct, future), None, False
    if kind == "quarter":
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
    if kind == "period_edge":
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
    if kind == "century":
        number = int(re.sub(r"\D", "", t)) if re.search(r"\d", t) else {"nineteenth": 19, "twentieth": 20, "twenty": 21}[words[1] if words[0] == "the" else words[0]]
        return "DATE", f"{number - 1:02d}", None, False
    if kind == "weekend":
        if dct is None:
            return "DATE", None, None, False
        step = 1 if "next" in words else 0 if "this" in words and future else -1 if dct.weekday() < 5 else 0
        saturday = dct + dt.timedelta(days=(5 - dct.weekday()) % 7 + 7 * step - (7 if step < 0 else 0))
        if step < 0:
            saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7)
        return "DATE", f"{saturday.isocalendar()[0]:04d}-W{saturday.isocalendar()[1]:02d}-WE", None, False
    if kind == "ref":
        return "DATE", "FUTURE_REF" if "future" in words else "PAST_REF", None, False
    if kind == "past_span":
        amount = next((_number(w) for w in words if _number(w) is not None and w not in ("a", "an")), 1)
        unit_word = re.sub(r"s$", "", words[-1])
        if unit_word == "decade":
            return "DURATION", f"P{10 * amount}Y", None, False
        return "DURATION", f"P{amount}{UNITS[unit_word]}", None, False
    if kind == "ordinal_day":
        return "DATE", None, None, False
    return "DATE", None, None, False


def is_future_context(sentence: str) -> bool:
    return bool(re.search(r"\b(will|shall|next|due|expected|scheduled|set to|plans? to|going to|is to|are to|opens?|begins?|starts?|would)\b",
                          sentence, re.I))


@dataclass
class TimexContext:
    """What one article has said so far: the last calendar date (the anchor of 'the next day',
    'three weeks later') and the year of each month-day it gave ('August 9' again later)."""

    anchor: str | None = None
    years_of_days: dict = None
    days: list = None  # every day-precision date so far, in text order

    def __post_init__(self):
        self.years_of_days = self.years_of_days or {}
        self.days = self.days or []

    def first_day(self) -> str | None:
        """'the first day': the earliest day of the episode the text is telling, taken as the
        days named within a month before the latest one."""
        if not self.days:
            return None
        latest = dt.date.fromisoformat(self.days[-1])
        recent = [d for d in self.days if (latest - dt.date.fromisoformat(d)).days <= 31]
        return min(recent)


def find_timexes(text: str, dct: dt.date | None, future_at=None, context: TimexContext | None = None) -> list[Timex]:
    """Every temporal expression of a text; future_at(start, strict) says if its clause speaks of
    the future (strict: only an explicit marker, not a present tense). Expressions anchored on
    an earlier date ('the next day', 'three weeks later', 'later that year') resolve from the
    last date the text gave, not from the publication date; pass one context per article."""
    context = context if context is not None else TimexContext()
    out = []
    for start, end, kind in find_spans(text):
        surface = text[start:end]
        if kind == "year" and not _plausible_year(text, start, end):
            continue
        if kind == "md" and surface.split()[0].lower() in ("may",) and not re.match(r"may\s+\d{1,2}\b", surface, re.I):
            continue
        if kind == "month" and not _plausible_month(text, start, surface):
            continue
        if kind == "set" and not _adverbial(text, end, surface):
            continue
        strict = kind in ("month", "month_rel", "md", "dm")
        future = bool(future_at(start, strict)) if future_at else False
        anchor = context.anchor or (dct.isoformat() if dct else None)
        lowered = surface.lower()
        if kind == "clock":  # a time of day: on the last day the text named, else the report's day
            day = context.anchor if context.anchor and len(context.anchor) == 10 else (dct.isoformat() if dct else None)
            type_, value, offset, approx = anchored(surface, kind, day)
        elif kind == "first_day":
            first = context.first_day()
            type_, value, offset, approx = ("DATE", first, None, False) if first else ("DATE", None, None, False)
        elif kind in ("anaphoric", "next_day") or (kind == "ago" and lowered.split()[-1] in ("later", "earlier", "after", "before")):
            type_, value, offset, approx = anchored(surface, kind, anchor)
        elif kind == "rel_weekday" and ("following" in lowered or "previous" in lowered) and context.anchor and len(context.anchor) == 10:
            type_, value, offset, approx = _weekday_from(surface, dt.date.fromisoformat(context.anchor))
        else:
            type_, value, offset, approx = normalise(surface, kind, dct, future)
        if kind in ("md", "dm") and value and value[5:] in context.years_of_days:
            value = f"{context.years_of_days[value[5:]]}-{value[5:]}"  # the same day named again
        if type_ == "AGE":
            continue
        if type_ == "DATE" and value and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
            context.anchor = value
            if len(value) == 10:
                context.days.append(value)
            if len(value) == 10 and kind not in ("md", "dm", "weekday_part", "rel_weekday", "deictic"):
                context.years_of_days[value[5:]] = value[:4]
        out.append(Timex(start, end, surface, kind, type_, value, offset, approx))
    return out


def _weekday_from(surface: str, anchor: dt.date) -> tuple[str, str | None, tuple | None, bool]:
    """'the following Monday' after a given day: the next Monday after it."""
    words = re.findall(r"[a-z]+", surface.lower())
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    if "previous" in words:
        delta = -((anchor.weekday() - weekday) % 7 or 7)
    else:
        delta = (weekday - anchor.weekday()) % 7 or 7
    return "DATE", (anchor + dt.timedelta(days=delta)).isoformat(), None, False


_GRANULARITY = {"day": 10, "morning": 10, "evening": 10, "night": 10, "week": 7, "month": 7, "year": 4}


def anchored(surface: str, kind: str, anchor: str | None) -> tuple[str, str | None, tuple | None, bool]:
    """Expressions whose date comes from an anchor date."""
    words = re.findall(r"[a-z]+|\d+", surface.lower())
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
        if len(anchor) < 10:
            return "DATE", None, None, False
        step = -1 if ("previous" in words or "before" in words) else 1
        return "DATE", (dt.date.fromisoformat(anchor) + dt.timedelta(days=step)).isoformat(), None, False
    amount = _number(words[0]) if words[0] not in ("a", "an") else 1
    unit = UNITS[re.sub(r"s$", "", next(w for w in words if re.sub(r"s$", "", w) in UNITS))]
    if amount is None or unit not in ("D", "W", "M", "Y", "DE"):
        return "DATE", None, None, False
    direction = 1 if words[-1] in ("later", "after") else -1
    base, precision = _as_date(anchor)
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


def _as_date(value: str) -> tuple[dt.date, str]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), "D"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), "M"
    return dt.date(parts[0], 1, 1), "Y"


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


_ADVERBIAL_FOLLOWERS = frozenset("for in on at to by and or since from during the a an but as with".split())


def _adverbial(text: str, end: int, surface: str) -> bool:
    """'held annually for Marti' is a set; 'a daily newspaper' is an adjective."""
    if surface.lower().startswith(("every", "each")):
        return True
    following = re.match(r"\s*([A-Za-z]+)", text[end:])
    return following is None or following.group(1).lower() in _ADVERBIAL_FOLLOWERS or text[end:end + 1] in ".,;:)"


_FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
                   "new years eve": (12, 31), "new years": (1, 1), "new years day": (1, 1),
                   "independence day": (7, 4), "halloween": (10, 31), "valentines day": (2, 14),
                   "boxing day": (12, 26)}


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)[0], (h + l - 7 * m + 33 * ((h + l - 7 * m + 90) // 25) + 19) % 32
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_date(name: str, year: int) -> dt.date:
    if name in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - dt.timedelta(days=2)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    return _nth_weekday(year, 9, 0, 1)  # Labor Day


def _holiday_value(surface: str, dct: dt.date | None, future: bool) -> str | None:
    year_match = re.search(r"(1[5-9]|20)\d{2}", surface)
    name = " ".join(re.sub(r"(1[5-9]|20)\d{2}|'", "", surface).lower().split())
    if year_match:
        return _holiday_date(name, int(year_match.group())).isoformat()
    if dct is None:
        return None
    this_year = _holiday_date(name, dct.year)
    if future:
        return (this_year if this_year >= dct else _holiday_date(name, dct.year + 1)).isoformat()
    return (this_year if this_year <= dct else _holiday_date(name, dct.year - 1)).isoformat()


_MONTH_PREPOSITIONS = frozenset("in of by until since from through during early late mid last next this".split())


def _plausible_month(text: str, start: int, surface: str) -> bool:
    """A bare month name: capitalised, and 'March'/'May' only after a preposition ('in May')."""
    if not surface[:1].isupper():
        return False
    if surface in ("March", "May"):
        previous = text[:start].split()[-1:] or [""]
        return previous[0].lower() in _MONTH_PREPOSITIONS
    return True


def _plausible_year(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start].lower()
    after = text[end:end + 10].lower()
    if re.match(r"\s*(%|percent|people|members|jobs|troops|of\b|to\b\s*\d|[a-z]+s\b|"
                r"kilomet|miles?\b|feet\b|dollars?\b)", after) or re.search(r"[$£€]\s*$", before):
        return False
    return True
