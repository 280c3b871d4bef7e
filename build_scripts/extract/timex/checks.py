"""Checks that turn away look-alikes a pattern matches: a number that is no year, 'may' the
verb, a newspaper called Daily. Each takes the text and the match and says whether to keep it."""

from __future__ import annotations

import re

from ..resources import word_set
from .vocabulary import YEAR

__all__ = ["is_day_word", "is_frequency", "is_month_name", "is_on_results", "is_year"]


def is_frequency(text: str, start: int, end: int) -> bool:
    """'held annually', 'his weekly address' are sets (TimeML marks the adjective too); 'the party
    daily Granma' and 'News Daily' are newspapers: a noun before a name, or part of the name."""
    surface = text[start:end]
    if surface.lower().startswith(("every", "each")):
        return True
    following = re.match(r"[ \t]*([A-Za-z]+)", text[end:])
    if following and following.group(1)[:1].isupper():
        return False
    if following and surface.lower() == "quarterly":
        return False  # "quarterly earnings": the reporting period, not a recurrence (TempEval train: 1 of 11)
    return not (surface[:1].isupper() and re.search(r"[A-Za-z,]\s*$", text[max(0, start - 3) : start]))


# "USA Today", "VOA Today", "NBC's Today show", "the BBC's Today programme": a title, not the day
_TITLE_BEFORE = re.compile(r"\b[A-Z]{2,4}(?:['’]s)?\s+$")
_TITLE_AFTER = re.compile(r"\s+(?:show|programme|program)\b", re.IGNORECASE)


def is_day_word(text: str, start: int, end: int) -> bool:
    """'today' names the day unless it is the capitalised word of a newspaper's or a programme's
    title: after an acronym or before 'show' (TempEval train: 'This is VOA Today.', unannotated)."""
    if not text[start:end].startswith(("Today", "TODAY")):
        return True
    return not (_TITLE_BEFORE.search(text[max(0, start - 8) : start]) or _TITLE_AFTER.match(text, end))


_MONTH_PREPOSITIONS = word_set("month_prepositions")


def is_month_name(text: str, start: int, end: int) -> bool:
    """A bare month name: capitalised, and 'March'/'May' only after a preposition ('in May')."""
    surface = text[start:end]
    if not surface[:1].isupper():
        return False
    if surface in ("March", "May"):
        previous = text[:start].split()[-1:] or [""]
        return previous[0].lower() in _MONTH_PREPOSITIONS
    return True


def is_year(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless a unit, a currency or a count goes with it."""
    before = text[max(0, start - 12) : start].lower()
    after = text[end : end + 10].lower()
    if re.search(r"\b(?:from|between)\s+$", before) and re.match(rf"\s*(?:to|and)\s+{YEAR}\b", after):
        return True  # "from 2005 to 2008"
    if re.match(r"\s*(%|percent|people|members|jobs|troops|kilomet|miles?\b|feet\b|dollars?\b)", after) or re.search(
        r"[$£€]\s*$", before
    ):
        return False
    if re.search(r"\b(?:in|by|since|until|during|before|after)\s+$", before):
        return True  # "by 2030 to 32 percent", "in 2014 of his rules", "in 2015 finds"
    if re.match(r"\s*(?:of\b|to\b\s*\d)", after):
        return False
    # "2000 votes" counts; "the 1992 protests", "the 2000 Olympics" are the year's; "2005 was",
    # "a 2007 address" have no plural after them
    return not re.match(r"\s*[a-z]{2,}[^s\W]s\b", after) or bool(re.search(r"\bthe\s+$", before))


_RESULTS_WORDS = word_set("timex_results_words")


def is_on_results(text: str, start: int, end: int) -> bool:
    """Does the sentence around a span speak of a company's results: money, a percentage, profit,
    sales? Then 'the quarter' is the quarter reported on, not the quarter of a town."""
    before = text.rfind(".", max(0, start - 200), start)
    after = text.find(".", end, end + 200)
    sentence = text[before + 1 if before >= 0 else max(0, start - 200) : after if after >= 0 else end + 200].lower()
    return bool(re.search(r"[$%£€]", sentence)) or not _RESULTS_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence))
