"""Find quoted spans by their marks, before any NLP.

Handles curly, straight, guillemet, typewriter (``...''), archive (''...'') and AP's wire
(“...’’, two closing single marks for the double one) marks, mixed in
one article; a paragraph that opens a quote without closing it and is followed by a paragraph
that opens with a mark is one quote over both (wire style); unbalanced marks never drop the
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CLOSERS", "OPENERS", "QuotedSpan", "Segment", "find_quoted_spans", "paragraph_segments"]

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
_MARK = re.compile(r"``|''|\u2018\u2018|\u2019\u2019|[\"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]")
_PAIRED = {"\u2018\u2018": "open", "\u2019\u2019": "close"}  # AP's wire copy: ‘‘...’’, “...’’
_OPEN_BEFORE = set(" \t([{\u2014\u2013-/:;,")


@dataclass(frozen=True)
class Segment:
    """One quoted run inside one paragraph: text[start:end] is inside the marks."""

    paragraph: int
    start: int
    end: int
    closed: bool


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation: one segment, or several joined across paragraphs (wire style)."""

    segments: tuple[Segment, ...]

    @property
    def paragraph(self) -> int:
        return self.segments[0].paragraph

    def text(self, paragraphs: tuple[str, ...]) -> str:
        parts = [paragraphs[s.paragraph][s.start : s.end].strip() for s in self.segments]
        return "\n".join(p for p in parts if p)


def _mark_kind(text: str, match: re.Match) -> str:
    mark = match.group()
    if mark in _PAIRED:
        return _PAIRED[mark]
    if mark == "``" or mark in OPENERS:
        return "open"
    if mark in CLOSERS:
        return "close"
    # a doubled apostrophe closes typewriter quotes (``...''), and opens and closes them in the
    # archive style of some newspapers (''...''): like a straight mark, the context tells which
    before = text[match.start() - 1] if match.start() > 0 else " "
    after = text[match.end()] if match.end() < len(text) else " "
    if before in _OPEN_BEFORE and not after.isspace():
        return "open"
    if after.isspace() or not after.isalnum():
        return "close"
    return "either"


def paragraph_segments(text: str, index: int) -> list[Segment]:
    segments: list[Segment] = []
    opened_at: int | None = None
    for match in _MARK.finditer(text):
        kind = _mark_kind(text, match)
        if opened_at is None:
            if kind in ("open", "either"):
                opened_at = match.end()
        elif kind in ("close", "either"):
            if match.start() > opened_at:
                segments.append(Segment(index, opened_at, match.start(), True))
            opened_at = None
        # an opener inside an open quote is a stray mark: the quote goes on
    if opened_at is not None and len(text) > opened_at and text[opened_at:].strip():
        segments.append(Segment(index, opened_at, len(text), False))
    return segments


def _opens_with_mark(text: str) -> bool:
    match = _MARK.match(text.lstrip())
    return match is not None and _mark_kind(text.lstrip(), match) in ("open", "either")


def find_quoted_spans(paragraphs: tuple[str, ...]) -> list[QuotedSpan]:
    """Every quoted span of an article, multi-paragraph quotes joined, in text order."""
    per_paragraph = [paragraph_segments(text, i) for i, text in enumerate(paragraphs)]
    spans: list[QuotedSpan] = []
    pending: list[Segment] = []
    for index, segments in enumerate(per_paragraph):
        for position, segment in enumerate(segments):
            starts_paragraph = segment.start <= len(paragraphs[index]) - len(paragraphs[index].lstrip()) + 3
            if pending and position == 0 and starts_paragraph:
                pending.append(segment)
            else:
                if pending:
                    spans.append(QuotedSpan(tuple(pending)))
                pending = [segment]
            if segment.closed:
                spans.append(QuotedSpan(tuple(pending)))
                pending = []
        if pending:
            next_text = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            if not _opens_with_mark(next_text):
                spans.append(QuotedSpan(tuple(pending)))
                pending = []
    if pending:
        spans.append(QuotedSpan(tuple(pending)))
    return spans
