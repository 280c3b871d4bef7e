"""Page furniture in pasted news copy: the dateline that opens a report ('PORT ELLA, Tarvonia:',
'WEXMOOR (AP) —', 'Quillby, May 7, (HW/TNA) -') and the lines that stamp a page instead of
telling news ('Updated 6:14 AM ET, Wed May 8, 2024', 'May 8, 2024, 9:02 PM | Updated: May
9'). A dateline's date is when the report was filed, not when anything happened, and a
stamp is no sentence: neither is ever an event, a key line or the overview's lead. Nor is a
photo credit pasted before a paragraph ('... (AP) Credit: AP The crew went missing').

Whole lines of a pasted web page that are not the report (furniture_kind): a photo caption
ending in its credit, a byline, a promotion of another page, a site's label or menu item. They
are recognised by their form, never by a site's or an agency's name: extraction reads them as
blank, and the article page still shows them as pasted."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from enum import Enum

from .resources import word_set
from .timex.vocabulary import MONTHS, WEEKDAYS

__all__ = [
    "Furniture",
    "capitals_dateline_end",
    "credit_end",
    "dateline_end",
    "furniture_kind",
    "is_stamp",
    "page_furniture",
    "strip_dateline",
    "text_start",
]

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


class Furniture(str, Enum):
    """The kinds of a web page's own lines, which are not the report."""

    STAMP = "stamp"  # 'Updated 6:14 AM ET, Wed May 8, 2024'
    CAPTION = "caption"  # '... on Tuesday. (Photo: Harbour Wire/Ola Berg)', 'Credit: HW'
    BYLINE = "byline"  # 'By Ines Moreau and Aron Falk, Harbour Wire', '- STAFF REPORTERS'
    PROMO = "promo"  # 'Also read: ...', 'Advertisement', 'Report abuse'
    LABEL = "label"  # a site's name, a menu item, a section label: 'Latest news', 'Skip to content'


_CREDIT_WORD = r"(?i:credit|photo|photograph|picture|image|video|footage)s?"
_NAME = r"[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*)*"
# the credit a caption ends with: '(Photo: Wire/Ola Berg)', '[Ola Berg/Wire Photo]', '(Wire via
# Agency Images)', 'Credit: HW', 'Photo courtesy Port Authority'; or a credit line of its own,
# 'Harbour Wire via Agency Images.' What a credit names is names (credit_names)
_CREDITS = (
    re.compile(rf"[(\[]([^()\[\]]{{0,80}}(?:\b{_CREDIT_WORD}\b|\bvia\b)[^()\[\]]{{0,80}})[)\]]\.?\s*$"),
    re.compile(rf"\b{_CREDIT_WORD}\s*:\s*([^.!?:]{{1,60}})\.?\s*$"),
    re.compile(r"\b(?i:photo|picture|image)s?\s+(?i:courtesy|by)\s+([^.!?]{1,80})\.?\s*$"),
    re.compile(rf"^({_NAME} via {_NAME})\.?\s*$"),
)
_CREDIT_SMALL_WORDS = word_set("furniture_credit_small_words")


def _caption(text: str) -> bool:
    """A paragraph that ends in a picture's credit ('... on Tuesday. (Photo: Wire/Ola Berg)'),
    not in an aside that mentions one ('(Warning: the video contains graphic images.)')."""
    for pattern in _CREDITS:
        match = pattern.search(text, max(0, len(text) - 200))
        if match is not None and _credit_names(match.group(1)):
            return True
    return False


def _credit_names(credit: str) -> bool:
    words = re.findall(r"[^\s/,:;.()\[\]]+", credit)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in _CREDIT_SMALL_WORDS for w in words)


# a gallery's '1 of 12 | The ferry at the quay', a file picture's 'FILE - The ferry at the quay'
_GALLERY = re.compile(r"^(?:\d+ of \d+\s*\||(?i:file)\s*[-\u2013\u2014]\s+[A-Z])")
_BYLINE = re.compile(r"^(?:(?i:by)\s+[A-Z]|[-\u2013\u2014]\s+[A-Z])")  # '-Ola Berg leads' is a list's item
_BYLINE_MOST_WORDS = 12
_LABEL_MOST_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?\u2026:;\"\u201d\u2019')\]]$")
_PROMO_LABELS = tuple(sorted(word_set("furniture_promo_labels"), key=lambda label: -len(label)))


def furniture_kind(paragraph: str) -> Furniture | None:
    """What kind of a web page's own line a paragraph is, None for the report's text: a stamp;
    a caption that ends in its credit or opens a gallery; a byline ('By ...', or a sign-off
    after a dash) short and without a sentence's end; a line opening with a promotion's label;
    or a line of at most six words, no digit, that ends no sentence (a site's name, a menu, a
    section label, a crosshead). A line ending in a colon introduces what follows and is kept."""
    text = paragraph.strip()
    if not text:
        return None
    if is_stamp(text):
        return Furniture.STAMP
    if text.endswith(":"):
        return None  # 'Watch her remarks below:', 'Officials said:': it introduces what follows
    if _GALLERY.match(text) or _caption(text):
        return Furniture.CAPTION
    words = text.split()
    one_line = not re.search(r"[.!?]\s", text) and not text.endswith((".", "]"))
    if _BYLINE.match(text) and len(words) <= _BYLINE_MOST_WORDS and one_line:
        return Furniture.BYLINE
    if _promo(text.lower()):
        return Furniture.PROMO
    if len(words) <= _LABEL_MOST_WORDS and not _SENTENCE_END.search(text) and not any(c.isdigit() for c in text):
        return Furniture.LABEL  # a digit: 'Aron Falk, 62', one of a list of the dead
    return None


def page_furniture(paragraphs: Sequence[str]) -> tuple[Furniture | None, ...]:
    """Each paragraph's kind of page furniture, None for the report's text. A short label counts
    only before the report's first paragraph of running text or after its last (a site's name,
    a menu, 'Breaking News'): between them, it is the report's own crosshead ('The crew
    speaks')."""
    kinds = [furniture_kind(p) for p in paragraphs]
    for i in range(1, len(kinds)):
        if (
            _bare_credit(paragraphs[i])
            and kinds[i - 1] is None
            and len(paragraphs[i - 1].split()) <= _CAPTION_MOST_WORDS
        ):
            kinds[i - 1] = Furniture.CAPTION  # the caption a credit line of its own follows ('Photo: Wire')
    running = [i for i, (p, kind) in enumerate(zip(paragraphs, kinds)) if kind is None and _running_text(p)]
    first, last = (running[0], running[-1]) if running else (len(kinds), -1)
    return tuple(None if kind == Furniture.LABEL and first < i < last else kind for i, kind in enumerate(kinds))


_BARE_CREDIT = re.compile(rf"^\(?{_CREDIT_WORD}\s*:\s*[^.!?:]{{1,60}}\)?\.?\s*$")
_CAPTION_MOST_WORDS = 60


def _bare_credit(paragraph: str) -> bool:
    """'Photo: Harbour Wire', '(Image: Ola Berg)': a picture's credit on a line of its own."""
    match = _BARE_CREDIT.match(paragraph.strip())
    return match is not None and _credit_names(paragraph.strip().split(":", 1)[1].strip(" ()."))


def _running_text(paragraph: str) -> bool:
    return len(paragraph.split()) > _LABEL_MOST_WORDS and _SENTENCE_END.search(paragraph.strip()) is not None


def _promo(lowered: str) -> bool:
    for label in _PROMO_LABELS:
        if lowered.startswith(label):
            rest = lowered[len(label) :]
            return not rest.strip() or rest[:1] in (":", "|", "\u2022") or rest[:1] == " " and _labelled(rest)
    return False


def _labelled(rest: str) -> bool:
    """'Read more about the ferry' is a promotion; 'read the ruling' in a sentence is not: after
    a label a promotion runs on without a full stop."""
    return not rest.rstrip().endswith(".")
