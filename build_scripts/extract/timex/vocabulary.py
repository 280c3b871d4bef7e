"""The words temporal expressions are built from, each written once: number words, ordinals,
units, months, weekdays, seasons, parts of the day. Rules build their patterns from the regular
expression fragments here and read values through the helpers; holidays keep their own table."""

from __future__ import annotations

import calendar
import re
from enum import Enum

from ..resources import phrase_list, word_set

__all__ = [
    "ANCHORED_WORDS",
    "BACKWARD_WORDS",
    "CALENDAR_UNITS",
    "CLOCK",
    "COMPOUND",
    "MONTH",
    "MONTHS",
    "NUM",
    "NUMBER_WORDS",
    "ORDINAL",
    "ORDINALS",
    "PART",
    "PARTS_OF_DAY",
    "PLURAL_UNIT",
    "SEASONS",
    "SMALL",
    "SPOKEN_YEAR",
    "TENS_RX",
    "UNIT",
    "UNITS",
    "WEEKDAY",
    "WEEKDAYS",
    "YEAR",
    "ZONE",
    "Tense",
    "leading_amount",
    "month_number",
    "month_of",
    "months_still_coming",
    "named_month",
    "number",
    "spoken_year",
    "words_of",
]


class Tense(Enum):
    """How the clause around an expression is told, as the parser reads it. A day, month, season
    or holiday named without 'last' or 'next' resolves ahead in a future clause and back in a
    past one; in a clause that says neither ('the convention in July', 'to win in November') a
    month, a season or a holiday not far ahead is the coming one (months_still_coming)."""

    PAST = "past"
    UNMARKED = "unmarked"
    FUTURE = "future"


def months_still_coming(tense: Tense) -> int:
    """How many months ahead of the report a month or a holiday named without 'last' or 'next'
    still names the coming one: a past tense cannot reach one not yet come, but a year back is
    far (TempEval train and dev: 13 coming one or two ahead, 2 from ten months back); a clause
    told in no past speaks of no past half a year back either (PolNeAR: about 50 of 52 months
    three to five ahead are the coming ones; six ahead, 8 to 5, is a coin toss)."""
    return 5 if tense is Tense.UNMARKED else 2


MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_NUMERALS: dict[str, int] = {w: i for i, w in enumerate(phrase_list("number_words"))}
_NUMERALS.update({w: 20 + 10 * i for i, w in enumerate(phrase_list("tens_words"))})
NUMBER_WORDS: dict[str, int | None] = dict(_NUMERALS)
# "a year", "several weeks": one, or a number the text does not give (None)
NUMBER_WORDS.update({"a": 1, "an": 1, "several": None, "few": None, "couple": 2, "hundred": 100})
ORDINALS = {w: i for i, w in enumerate(phrase_list("ordinal_words"))}

# unit word -> TIMEX3 unit letter(s); "night" counts days, "weekend" and "quarter" are their own
UNITS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "hour": "H",
    "minute": "MIN",
    "night": "D",
    "weekend": "WE",
    "century": "CE",
    "quarter": "Q",
    "second": "S",
}
# the units an amount of time counts in the calendar ("three days ago"); hours and minutes count on a clock
CALENDAR_UNITS = frozenset({"D", "W", "M", "Y", "DE"})
BACKWARD_WORDS = word_set("timex_backward_words")
ANCHORED_WORDS = word_set("timex_anchored_words")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _alternation(words) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


# a month's name begins with a capital, whatever case the rest of a rule ignores: "this may be
# true", "this march in each of the last three years" name no month
MONTH = (
    r"(?=(?-i:[A-Z]))(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
WEEKDAY = _alternation(WEEKDAYS)
SMALL = _alternation(phrase_list("number_words")[1:])
_DIGIT_WORD = _alternation(phrase_list("number_words")[1:10])  # one to nine
TENS_RX = _alternation(phrase_list("tens_words"))
# "twenty-four" and, as transcripts write it, "twenty four"
COMPOUND = rf"{TENS_RX}(?:-{SMALL}|\s+{_DIGIT_WORD}\b)?"
# one alternation per kind of number, each tried once at a position: the rules scan every word
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?:\d+|{COMPOUND}|{SMALL}|an?)(?:\s+(?:hundred|thousand)\b)?|several"
    r"|a few|a couple of)"
)
UNIT = r"(?:(?:day|week|month|year|decade|hour|minute|night|weekend|century|quarter)s?|seconds)"
# "days", "centuries": each unit of UNITS in the plural
PLURAL_UNIT = _alternation(re.sub(r"(?<=[^aeiou])y$", "ie", unit) + "s" for unit in UNITS)
PART = r"(?:morning|afternoon|evening|night)"
ORDINAL = _alternation(list(ORDINALS)[1:])
YEAR = r"(?:1[5-9]|20)\d{2}"
# after a clock time: "9:30 a.m. EDT", "3 p.m. ET", "noon Eastern time", "14:00 GMT"
ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|(?:local|Eastern|Central|Mountain|Pacific)\s+[Tt]ime)"
# "9:30 a.m.", "three o'clock in the morning", "4 in the afternoon", "noon"; a 24-hour clock
# ("14:00 GMT") only with its zone, which tells it from a score ("1400 GMT" left out: TempEval
# train's one such, a conversion in brackets, is unannotated)
CLOCK = (
    rf"\b(?:\d{{1,2}}(?::\d{{2}})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
    rf"|(?:\d{{1,2}}|{SMALL})\s+(?:o['’]clock(?:\s+in\s+the\s+{PART})?|in\s+the\s+{PART})|(?<!high\s)noon|midday|midnight"
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s+{ZONE}\b))"
)
# years said aloud, as transcripts write them: "nineteen ninety-six", "the year two thousand"
SPOKEN_YEAR = (
    rf"(?:(?:eighteen|nineteen)\s+(?:hundred|oh\s+{SMALL}|{TENS_RX}(?:[-\s]{_DIGIT_WORD})?|{SMALL})"
    rf"|the\s+year\s+two\s+thousand(?:\s+and\s+{SMALL})?)"
)


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def leading_amount(words: list[str]) -> int | None:
    """The number an expression opens with, 'a hundred' and 'two thousand' read whole.

    >>> leading_amount(["two", "thousand", "years"]), leading_amount(["a", "year"])
    (2000, 1)
    """
    amount = number(words[0]) if words else None
    if amount is not None and len(words) > 1 and words[1] in _MULTIPLIERS:
        return amount * _MULTIPLIERS[words[1]]
    return amount


def number(word: str) -> int | None:
    """3 from '3' or 'three'; None for 'several', 'a few' and words that are no number."""
    word = word.lower().replace("a couple of", "couple").replace("a few", "few")
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_COMPOUND_NUMBER = re.compile(rf"\b({TENS_RX})(?:-|\s+(?={_DIGIT_WORD}\b))({SMALL})\b")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


def words_of(lowered: str) -> list[str]:
    """The words and numbers of an expression, 'twenty-five' and 'twenty five' read as one number (25).

    >>> words_of("twenty-five years, 9,000 days")
    ['25', 'years', '9000', 'days']
    """
    joined = _COMPOUND_NUMBER.sub(lambda m: str(_NUMERALS[m.group(1)] + _NUMERALS[m.group(2)]), lowered)
    joined = _THOUSANDS_COMMA.sub("", joined)  # "9,000 years": one number, not 9 and 000
    return re.findall(r"[a-z]+|\d+", joined)


def month_number(word: str) -> int | None:
    """9 from 'September', 'Sept.' or 'sep'; None for a word that is no month."""
    word = word.lower().rstrip(".")
    return MONTHS.get(word[:4] if word.startswith("sept") else word[:3]) if word[:3] in MONTHS else None


def month_of(words: list[str]) -> int | None:
    """The month an expression names: its first month word ('early', 'mid', weekdays and numbers
    are none)."""
    return next((m for m in map(month_number, words) if m is not None), None)


def named_month(words: list[str]) -> int:
    """month_of for a rule whose pattern holds a month name: there is always one."""
    month = month_of(words)
    if month is None:
        raise ValueError(f"no month in {' '.join(words)!r}")
    return month


def spoken_year(words: list[str]) -> int | None:
    """A year said aloud, from its words (words_of joins 'ninety-six' as 96).

    >>> spoken_year(words_of("nineteen ninety-six")), spoken_year(words_of("nineteen oh five"))
    (1996, 1905)
    >>> spoken_year(words_of("the year two thousand and one"))
    2001
    """
    if "thousand" in words:
        rest = words[words.index("thousand") + 1 :]
        return 2000 + ((number(rest[-1]) or 0) if rest else 0)
    for i, word in enumerate(words):
        if word in ("eighteen", "nineteen"):
            rest = [w for w in words[i + 1 :] if w != "oh"]
            if rest == ["hundred"]:
                return _NUMERALS[word] * 100
            parts = [int(w) if w.isdigit() else _NUMERALS.get(w) for w in rest]
            if not parts or any(part is None for part in parts):
                return None
            return _NUMERALS[word] * 100 + sum(part or 0 for part in parts)
    return None
