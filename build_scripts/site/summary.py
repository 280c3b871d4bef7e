"""The overview's summary sentences and key figures, taken from the articles' own text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.resources import word_set
from ..model import Explainer, Place
from ..names import HONORIFICS, NAME_SUFFIXES, TITLE_WORDS
from ..rank.salience import lead_paragraphs

__all__ = [
    "Figure",
    "Sides",
    "clip_words",
    "key_figures",
    "sides_at_a_glance",
    "split_sentences",
    "strip_dateline",
    "summary_sentences",
]

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019']))\s+(?=[A-Z\u201c\"])")
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .,'\u2019-]{1,40}?\s*(?:[:\u2014\u2013]|--|\([^()]{1,40}\)\s*[\u2014\u2013_-])\s*"
)
_FIGURE = re.compile(
    r"(?:(?:about|approximately|around|nearly|almost|more than|over|some|at least|up to)\s+)?"
    r"(?:[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m))?"
    r"|\d[\d,.]*\s?(?:percent|per cent|%)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?(?:million|billion))?"
    r"|\d+(?:\.\d+)?\s(?:million|billion|trillion)"
    r"|\b(?:\d{2,3}|\d+(?:\.\d+)?)(?=\s+(?:[a-z-]+\s+)?[a-z]+s\b)"  # "212 homes", "41 recommendations"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:year|month|week|day|hour)(?:-long)?\s+[a-z]+"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s(?:year|month|week|day|hour)s?\b"
    r"(?!\s+(?:later|earlier|ago|since|before|after)\b))"
    r"(?:\s+(?!(?:in|of|to|and|the|for|from|by|on|at|over)\b)[a-z-]+s\b)?",
    re.IGNORECASE,
)


# Words news copy abbreviates with a full stop that does not end the sentence: "Sen. Lindqvist",
# "Feb. 13", "Acme Inc. said"; initials and dotted acronyms ("B.", "U.S.") are found by shape.
_ABBREVIATIONS = HONORIFICS | TITLE_WORDS | NAME_SUFFIXES | word_set("abbreviations")
_DOTTED = re.compile(r"(?:[a-z]\.)*[a-z]")


def clip_words(text: str, count: int) -> str:
    """The first `count` words of a text, with an ellipsis when there were more."""
    words = text.split()
    return " ".join(words[:count]) + ("\u2026" if len(words) > count else "")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, never cut after an abbreviation, an initial or 'U.S.'."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        words = paragraph[start : match.start()].split()
        last = words[-1] if words else ""
        bare = last.rstrip(".").lower()
        if last.endswith(".") and (bare in _ABBREVIATIONS or _DOTTED.fullmatch(bare)):
            continue
        parts.append(paragraph[start : match.start()].strip())
        start = match.end()
    parts.append(paragraph[start:].strip())
    return [part for part in parts if part]


@dataclass(frozen=True)
class Figure:
    text: str
    context: str
    place: Place


def strip_dateline(sentence: str) -> str:
    """'WEXMOOR, Tarvonia (Harbour Wire) - The board met' -> 'The board met'."""
    return _DATELINE.sub("", sentence, count=1)


def summary_sentences(explainer: Explainer, count: int = 2) -> list[tuple[str, Place]]:
    """The lead: the first sentences of the newest report's lead, dateline removed (the oldest
    report's lead is old news by the time a reader arrives)."""
    # the newest by date, the first file among reports of the same day
    out: list[tuple[str, Place]] = []
    if not explainer.articles:
        return out
    newest = max(enumerate(explainer.articles), key=lambda ia: (ia[1].published or "", -ia[0]))[1]
    for index in lead_paragraphs(newest):
        if index >= len(newest.paragraphs):
            break
        for n, sentence in enumerate(split_sentences(newest.paragraphs[index])):
            if n == 0:
                sentence = strip_dateline(sentence)
            if len(sentence.split()) >= 6 and len(out) < count:
                out.append((sentence, Place(newest.id, index)))
    return out


def _is_date_number(text: str) -> bool:
    """Years and days of the month are dates, not figures."""
    bare = text.replace(",", "")
    return (
        bool(re.fullmatch(r"(1[5-9]|20)\d\d|\d{1,2}", bare.split()[0]))
        and not re.search(r"[$\u00a3\u20ac%]", text)
        and not re.search(r"-|year|month|week|day|hour", text)
    )


_ASIDE = re.compile(
    r"^\W*(?:correction|clarification|editor'?s note|photo|image|caption|letters?\b|to the editor|"
    r"\(?(?:ap|reuters|getty) photo|follow\b|this (?:article|story) (?:was|has been))",
    re.IGNORECASE,
)


def key_figures(explainer: Explainer, count: int = 8) -> list[Figure]:
    """Amounts, percentages and large counts outside quotes, from the paragraphs of key events
    or repeated by several reports; never from an editor's note, a correction, a caption or
    letters."""
    key_places = {(p.article, p.paragraph) for e in explainer.events if e.key for p in e.sources}
    found: dict[str, list[Figure]] = {}
    for article in explainer.articles:
        for index, paragraph in enumerate(article.paragraphs):
            if _ASIDE.match(paragraph):
                continue
            for sentence in split_sentences(paragraph):
                if sentence.lstrip().startswith(("\u201c", '"')):
                    continue
                for match in _FIGURE.finditer(sentence):
                    text = match.group().strip(" ,.")
                    if not _is_date_number(text):
                        found.setdefault(text.lower(), []).append(
                            Figure(text, sentence.strip(), Place(article.id, index))
                        )
    figures = []
    for sightings in found.values():
        reports = {f.place.article for f in sightings}
        central = [f for f in sightings if (f.place.article, f.place.paragraph) in key_places]
        if central or len(reports) >= 2:
            figures.append((not central, -len(reports), (central or sightings)[0]))
    order = {a.id: i for i, a in enumerate(explainer.articles)}
    figures.sort(key=lambda f: (f[0], f[1], order[f[2].place.article], f[2].place.paragraph))
    return [f for _, _, f in figures[:count]]


@dataclass(frozen=True)
class Sides:
    """The parties of one kind on the overview: the most mentioned, in the explainer's order."""

    heading: str
    shown: list
    more: int


def sides_at_a_glance(explainer: Explainer, kinds, per_kind: int = 12) -> list[Sides]:
    """A two-minute overview names the main sides, not every name the articles mention: beyond
    `per_kind` parties of a kind, the Parties page lists the rest (at 921 articles the overview
    listed 5,325 parties, 620 KB of HTML before the search could start)."""
    sides = []
    main = [p for p in explainer.parties if p.main]
    for kind, heading in kinds:
        members = [p for p in (main or explainer.parties) if p.kind == kind]
        if not members:
            continue
        ranked = sorted(range(len(members)), key=lambda i: (-len(members[i].mentions), i))[:per_kind]
        others = sum(1 for p in explainer.parties if p.kind == kind) - len(ranked)
        sides.append(Sides(heading, [members[i] for i in sorted(ranked)], others))
    return sides
