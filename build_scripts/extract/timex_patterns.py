"""Temporal expression patterns: the words and regular expressions that find candidate spans,
and the checks that reject look-alikes (a number that is no year, 'may' the verb)."""
from __future__ import annotations

import calendar
import re

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({w: 13 + i for i, w in enumerate(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())})
TENS = {w: 20 + 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
NUMBER_WORDS.update(TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "several": None, "few": None, "couple": 2, "hundred": 100})
ORDINALS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H", "minute": "MIN",
         "night": "D", "weekend": "WE", "century": "CE", "quarter": "Q", "second": "S"}

_MONTH = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_TENS}(?:-{_SMALL})?|{_SMALL}|a|an|several|a few|a couple of)"
_UNIT = r"(?:(?:day|week|month|year|decade|hour|minute|night|weekend|century|quarter)s?|seconds)"
# years said aloud, as transcripts write them: "nineteen ninety-six", "the year two thousand"
_SPOKEN_YEAR = (rf"(?:(?:eighteen|nineteen)\s+(?:hundred|oh\s+{_SMALL}|{_TENS}(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|{_SMALL})"
                rf"|the\s+year\s+two\s+thousand(?:\s+and\s+{_SMALL})?)")
_PART = r"(?:morning|afternoon|evening|night)"
_CLOCK = r"\b(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}\s+o'clock|(?<!high\s)noon|midday|midnight)"

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("numeric", r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:1[5-9]|20)\d{2}\b"),
    ("season", r"\b(?:the|in|this|last|next)\s+(?:spring|summer|autumn|winter)\b"),
    ("fiscal", r"\bfiscal\s+(?:year\s+)?(?:1[5-9]|20)\d{2}\b"),
    ("mdy", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
    ("dmy", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b"),
    ("weekday_md", rf"\b{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"),
    ("md", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"),
    # "On July20": real copy loses the space; a full month name only, and never a tag or a link
    ("md", r"(?<![#@/\w])(?:January|February|March|April|June|July|August|September|October|November|December)"
           r"(?:[1-9]|[12]\d|3[01])\b"),
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
    ("weekday_part", rf"\b(?:(?:early|late)\s+{_WEEKDAY}\b(?!\s+{_PART})|{_WEEKDAY}(?:\s+{_PART})?\b)"),
    ("vague_duration", r"\b(?:(?:the\s+)?(?:coming|past|last|next|recent)\s+)?(?:years|months|weeks|decades|days|hours|minutes)\b(?!\s+(?:ago|later|earlier|before|after))"),
    ("deictic", rf"\b(?:(?:(?:early|late)\s+)?(?:yesterday|tomorrow)(?:\s+{_PART})?|today|tonight|this\s+{_PART}|last\s+night)\b"),
    ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[5-9]|20)\d0s|['‘’]\d0s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    ("part_year", r"\b(?:early|mid|late)[\s-]+(?:1[5-9]|20)\d{2}\b"),
    ("year", r"\b(?:1[5-9]|20)\d{2}\b(?![-/,.]\d)"),
    ("anaphoric", r"\b(?:(?:earlier|later)\s+)?(?:that|the same)\s+(?:day|week|month|year|morning|afternoon|evening|night)\b"),
    ("next_day", r"\b(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|evening|night)\b|\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b"),
    ("clock", _CLOCK + r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local time)\b)?"),
    ("second_duration", rf"\b(?:\d+|{_TENS}(?:-{_SMALL})?|{_SMALL})-second\b"),
    ("clock_day", rf"{_CLOCK}\s+(?:(?:on|last|this|next)\s+)?{_WEEKDAY}\b|\b{_WEEKDAY}(?:\s+{_PART})?,?\s+at\s+{_CLOCK}"),
    ("ref", r"\b(?:the\s+future|the\s+past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|week|month|year|decade))|recently|formerly|the\s+other\s+day|(?:a\s+long\s+time\s+|long\s+)ago)\b"),
    ("past_span", rf"\b(?:the\s+)?(?:past|last|previous|next|coming|first)\s+(?:{_NUM}\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\b"),
    ("spoken_year", rf"\b(?:(?:{_MONTH}|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of)\s+)?{_SPOKEN_YEAR}\b(?![-\s]+(?:years?|months?|days?|hours?|people|times|percent|dollars)\b)"),
    ("season_year", r"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d{2}\b"),
    ("age", rf"\b(?:{_NUM}|\d+)-(?:year|month|week|day)s?-old\b"),  # an age is not a timex
    ("duration", rf"\b(?:{_NUM}|\d+)[- ](?:(?:straight|consecutive|full|more|additional|whole|long)\s+)?(?:{_UNIT})(?:-long)?\b"),
    # "the nine months ended Sept. 30": TimeBank's extent takes the article (14 of 16 in train)
    ("the_duration", rf"\bthe\s+(?:year-(?:earlier|ago)\s+|latest\s+)?(?:\d+|{_TENS}(?:-{_SMALL})?|{_SMALL}|several|few)\s+{_UNIT}\b(?!-)"),
    ("half_duration", rf"\b(?:{_NUM}\s+and\s+a\s+half\s+{_UNIT}|{_NUM}\s+{_UNIT}\s+and\s+a\s+half|half\s+an?\s+(?:hour|day|year|decade|century)|(?:a\s+)?half[- ](?:century|decade|year|hour|day))\b"),
    ("set_rate", rf"\b(?:once|twice|(?:\d+|{_SMALL})\s+times)\s+(?:a|per|every|each)\s+(?:day|week|month|year)\b|\bper\s+(?:day|week|month|year|hour)\b"),
    ("half_year", r"\bthe\s+(?:first|second)\s+half\s+of\s+(?:(?:the|this|last|next)\s+year|(?:1[5-9]|20)\d{2})\b"),
    ("set", r"\b(?:every|each)\s+(?:day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|\b(?:daily|weekly|monthly|annually|yearly|quarterly|nightly|hourly)\b"),
    ("present", r"\b(?:now|currently|at present|these days|nowadays)\b"),
    ("holiday", r"\b(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year'?s(?:\s+(?:Day|Eve))?|Independence\s+Day|Halloween|"
                r"Valentine'?s\s+Day|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Memorial\s+Day|"
                r"Labou?r\s+Day|Good\s+Friday)(?:\s+(?:1[5-9]|20)\d{2})?\b"),
    ("quarter", r"\b(?:the\s+)?(?:fiscal[\s-]+)?(?:first|second|third|fourth|last|final)\s+quarter(?:\s+of\s+(?:1[5-9]|20)\d{2})?\b|\bQ[1-4](?:\s+(?:1[5-9]|20)\d{2})?\b|\b(?:fiscal\s+)?(?:first|second|third|fourth)-quarter\b"),
    # "the quarter", "the latest quarter": the one a report on a quarter speaks of (timex.py
    # keeps it only after the text has named a quarter; "the French quarter" is no date)
    ("quarter_ref", r"\bthe\s+(?:(?:latest|current|most\s+recent)\s+)?quarter\b(?![-\s]+(?:of|century))|\bthe\s+latest\s+period\b"),
    ("period_edge", r"\b(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:year|month|week|decade|century)\b"),
    # "the end of November", "the middle of 1990": TimeML takes the edge words, dates the month or year
    ("edge_of", rf"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:{_MONTH}(?:\s+(?:1[5-9]|20)\d{{2}})?|(?:1[5-9]|20)\d{{2}})\b"),
    # "year-earlier results" marks the adjective alone; "the year-ago quarter" the whole period
    ("year_earlier", r"\bthe\s+(?:comparable\s+)?year-(?:earlier|ago)\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period)\b|\byear-(?:earlier|ago)\b"),
    ("year_period", r"\b(?:the\s+(?:(?:1[5-9]|20)\d{2})|(?:this|last|next)\s+year's)\s+(?:(?:fiscal\s+)?(?:first|second|third|fourth)\s+)?(?:quarter|period)\b"),
    ("this_century", r"\b(?:this|last|next|the\s+(?:last|previous|next))\s+century\b"),
    ("century", r"\b(?:the\s+)?(?:1[0-9]th|2[01](?:st|th)|(?:nineteenth|twentieth|twenty-first))\s+century\b"),
    ("weekend", r"\b(?:this|last|next|the)\s+weekend\b"),
    ("ordinal_day", r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:day|week|month|year|round|session)\b(?:\s+of\b)?"),
]
_COMPILED = [(name, re.compile(rx, re.I)) for name, rx in PATTERNS]


def find_spans(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping candidate spans, longest first, then leftmost."""
    found = []
    for name, rx in _COMPILED:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), name))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # characters already in a chosen span: no scan of the chosen per candidate
    for start, end, name in found:
        if not any(taken[start:end]):
            chosen.append((start, end, name))
            taken[start:end] = b"\x01" * (end - start)
    return sorted(chosen)


def _number(word: str) -> int | None:
    word = word.lower().replace("a couple of", "couple").replace("a few", "few")
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_COMPOUND_NUMBER = re.compile(rf"\b({_TENS})-({_SMALL})\b")


_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


def words_of(lowered: str) -> list[str]:
    """The words and numbers of an expression, 'twenty-five' read as one number (25)."""
    joined = _COMPOUND_NUMBER.sub(lambda m: str(NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)]), lowered)
    joined = _THOUSANDS_COMMA.sub("", joined)  # "9,000 years": one number, not 9 and 000
    return re.findall(r"[a-z]+|\d+", joined)


def spoken_year(words: list[str]) -> int | None:
    """1996 from the words of 'nineteen ninety-six' (words_of joins 'ninety-six' as 96), 1905
    from 'nineteen oh five', 2001 from 'the year two thousand and one'."""
    if "thousand" in words:
        rest = words[words.index("thousand") + 1:]
        return 2000 + (_number(rest[-1]) or 0 if rest else 0)
    for i, word in enumerate(words):
        if word in ("eighteen", "nineteen"):
            rest = [w for w in words[i + 1:] if w != "oh"]
            if rest == ["hundred"]:
                return NUMBER_WORDS[word] * 100
            parts = [int(w) if w.isdigit() else NUMBER_WORDS.get(w) for w in rest]
            if None in parts or not parts:
                return None
            return NUMBER_WORDS[word] * 100 + sum(parts)
    return None


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower().rstrip(".")[:3]]


def _frequency(text: str, start: int, end: int, surface: str) -> bool:
    """'held annually', 'his weekly address' are sets (TimeML marks the adjective too); 'the party
    daily Granma' and 'News Daily' are newspapers: a noun before a name, or part of the name."""
    if surface.lower().startswith(("every", "each")):
        return True
    following = re.match(r"[ \t]*([A-Za-z]+)", text[end:])
    if following and following.group(1)[:1].isupper():
        return False
    if following and surface.lower() == "quarterly":
        return False  # "quarterly earnings": the reporting period, not a recurrence (TempEval train: 1 of 11)
    return not (surface[:1].isupper() and re.search(r"[A-Za-z,]\s*$", text[max(0, start - 3):start]))


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
    if re.search(r"\b(?:from|between)\s+$", before) and re.match(r"\s*(?:to|and)\s+(?:1[5-9]|20)\d{2}\b", after):
        return True  # "from 2005 to 2008"
    if re.match(r"\s*(%|percent|people|members|jobs|troops|of\b|to\b\s*\d|[a-z]+s\b|"
                r"kilomet|miles?\b|feet\b|dollars?\b)", after) or re.search(r"[$£€]\s*$", before):
        return False
    return True
