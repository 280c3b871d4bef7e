"""Page furniture in pasted news copy: the dateline that opens a report ('PORT ELLA, Tarvonia:',
'WEXMOOR (AP) —', 'Quillby, May 7, (HW/TNA) -') and the lines that stamp a page instead of
telling news ('Updated 6:14 AM ET, Wed May 8, 2024', 'May 8, 2024, 9:02 PM | Updated: May
9'). A dateline's date is when the report was filed, not when anything happened, and a
stamp is no sentence: neither is ever an event, a key line or the overview's lead. Nor is a
photo credit pasted before a paragraph ('... (AP) Credit: AP The crew went missing')."""

from __future__ import annotations

import calendar
import re

from .resources import word_set
from .timex.vocabulary import MONTHS, WEEKDAYS

__all__ = ["capitals_dateline_end", "credit_end", "dateline_end", "is_stamp", "strip_dateline", "text_start"]

_WORD = r"[A-Z][\w.'\u2019&-]*"
_PLACE = rf"{_WORD}(?: {_WORD}){{0,3}}"
_SEPARATOR = r"(?:\u2014|\u2013|--|:|_|-(?=\s))"
_FILED = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"  # the filing date: 'July 7', '7 July'
_DATELINE = re.compile(
    rf"(?:(?P<place>{_PLACE}(?:, {_PLACE}){{0,2}})(?:,? {_FILED})?|{_FILED}),?"
    rf"(?:\s*(?P<credit>\([^()\n]{{1,40}}\))(?:\s*{_SEPARATOR})?|\s*(?P<sep>{_SEPARATOR}))\s*"  # '(AP) -', ':'
)
_STARTS_SENTENCE = re.compile(r"[A-Z0-9\u201c\"\u2018']")


def dateline_end(paragraph: str) -> int:
    """Where a dateline at the head of a paragraph ends (0 when there is none). A dateline is a
    place in capitals or a place with its country, then a separator or the wire's credit;
    'Officials said: ...' and 'Mine rescue: ...' are no place."""
    match = _DATELINE.match(paragraph)
    if match is None or not (match.group("sep") or match.group("credit")):
        return 0
    place = match.group("place") or ""
    capitals = re.match(r"[A-Z]{2,}\b", place) is not None
    if not (match.group("credit") or capitals or "," in place or " " not in place):
        return 0
    end = match.end()
    if end >= len(paragraph) or not _STARTS_SENTENCE.match(paragraph, end):
        return 0
    return end


_CREDIT = re.compile(r"\b(?:Credit|Photo|Image|Picture)s?\s*:\s*[A-Z][\w./&'-]*(?:\s+(?=[A-Z][a-z]*\s+[a-z])|\s*$)")
_CREDIT_REACH = 300  # a caption pasted before a paragraph's first sentence is short


def credit_end(paragraph: str) -> int:
    """Where a photo caption glued before a paragraph's text ends ('Aron Falk, left, and
    Ola Berg (AP) Credit: AP The crew went missing ...'), the paragraph's end for a
    caption line of its own, 0 when there is none: the parser would take the credit for the
    sentence's subject, and a caption names no party of the story."""
    match = _CREDIT.search(paragraph, 0, _CREDIT_REACH)
    return match.end() if match else 0


def text_start(paragraph: str) -> int:
    """Where a paragraph's own text starts, after a dateline or a photo credit pasted before it."""
    return max(dateline_end(paragraph), credit_end(paragraph))


_CAPITALS_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*)?\s*(?:\([^)]*\))?\s*[\u2014\u2013_:-]+\s*")


def capitals_dateline_end(paragraph: str) -> int:
    """Where a dateline of a place in capitals ends ('VELLMOOR, Tarvonia –', 'QUILLBY—'), 0 when
    there is none: the narrower form the party extractor leaves out (dateline_end knows more)."""
    match = _CAPITALS_DATELINE.match(paragraph)
    return match.end() if match else 0


def strip_dateline(sentence: str) -> str:
    """'WEXMOOR, Tarvonia (Harbour Wire) - The board met' -> 'The board met'."""
    return sentence[dateline_end(sentence) :]


_STAMP_WORDS = word_set("furniture_stamp_words")
_CALENDAR_WORDS = (
    set(MONTHS)
    | set(WEEKDAYS)
    | {name.lower() for name in calendar.day_abbr}
    | {name.lower().rstrip(".") + "." for name in MONTHS}
)
_STAMP_MOST_WORDS = 16


def is_stamp(paragraph: str) -> bool:
    """A line that dates the page, not an event: short, and nothing in it but dates, times,
    time zones, separators and words such as 'Updated' or 'Posted' (one other word, a glued
    icon label such as 'ClockIconMay', is let through)."""
    words = paragraph.split()
    if not words or len(words) > _STAMP_MOST_WORDS:
        return False
    others = 0
    for word in words:
        bare = word.strip(",;:|\u2022\u00b7()[]").lower()
        if not bare or not re.search(r"[a-z]", bare) or bare in _CALENDAR_WORDS or bare in _STAMP_WORDS:
            continue  # a number, a clock time, a separator, a month or a day, a stamp word
        others += 1
    return others <= 1 and any(ch.isdigit() for ch in paragraph)
