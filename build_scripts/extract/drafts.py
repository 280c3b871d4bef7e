"""The extractor's intermediate results: plain data, no spaCy, so cached extractions load
without the NLP stack. Drafts carry references between them (a quote's speaker is a party
draft); assemble.py turns them into the model."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Attribution, PartyKind, SourceKind


_STOP_TITLE_WORDS = frozenset("the a an of and for in on at to".split())


def clean_name(text: str) -> str:
    """An entity's text without a leading article, a trailing possessive or edge punctuation."""
    text = " ".join(text.split())
    for prefix in ("the ", "The ", "THE "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(" ,.;:!?\"'\u201c\u201d\u2018\u2019()[]-\u2013\u2014")


@dataclass(frozen=True)
class SourceMention:
    name: str
    kind: SourceKind
    cited_for: str
    paragraph: int
    start: int  # character range of the name in the paragraph: not a party mention
    end: int


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    subject: bool
    quoted: bool
    text: str
    possessive: bool = False


@dataclass
class Draft:
    kind: PartyKind
    spellings: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    role: str | None = None
    affiliation: "Draft | None" = None
    mentions: list = field(default_factory=list)
    nouns: set = field(default_factory=set)  # description heads that refer to it ("union")
    code: str | None = None
    outlet: bool = False  # a news outlet: a source, published as a party only if it speaks
    cited: bool = False  # only ever cited as a source: a party only if it speaks
    gender: str | None = None  # "f" or "m" for people, when the text or the first name says

    @property
    def name(self) -> str:
        # the fullest spelling; among equals the most frequent, then the first in text order
        return max(self.spellings, key=lambda s: (len(s.split()), self.spellings[s], -list(self.spellings).index(s)))

    def add(self, text: str, mention: Mention | None, proper: bool = True) -> None:
        if proper:
            self.spellings[text] += 1
        else:
            self.aliases.add(text)
        if mention is not None:
            self.mentions.append(mention)


class PartyIndex:
    def __init__(self) -> None:
        self.drafts: list[Draft] = []

    def new(self, kind: PartyKind) -> Draft:
        draft = Draft(kind)
        self.drafts.append(draft)
        return draft

    def by_name(self, text: str) -> Draft | None:
        key = clean_name(text).lower()
        if not key:
            return None
        for draft in self.drafts:
            names = {s.lower() for s in draft.spellings} | {clean_name(a).lower() for a in draft.aliases}
            if key in names:
                return draft
        return self._by_surname(key) or self._by_acronym(text)

    def _by_surname(self, key: str) -> Draft | None:
        hits = [d for d in self.drafts if d.kind == PartyKind.PERSON
                and any(_surname(s).lower() == key for s in d.spellings)]
        return hits[0] if len(hits) == 1 else None

    def _by_acronym(self, text: str) -> Draft | None:
        bare = clean_name(text).replace(".", "")
        if not (bare.isupper() and 2 <= len(bare) <= 6):
            return None
        for draft in self.drafts:
            if draft.kind != PartyKind.PERSON and any(_initials(s) == bare for s in draft.spellings):
                return draft
        return None

    def mentions_before(self, paragraph: int, char: int) -> list[tuple[Mention, Draft]]:
        """Mentions before a point, nearest first."""
        found = [(m, d) for d in self.drafts for m in d.mentions
                 if (m.paragraph, m.start) < (paragraph, char)]
        return sorted(found, key=lambda md: (md[0].paragraph, md[0].start), reverse=True)


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in _STOP_TITLE_WORDS).upper()


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _same_person(a: str, b: str) -> bool:
    """'Lena Marsh' ~ 'Lena Marsch': same given name, surname off by one letter."""
    ta, tb = a.lower().split(), b.lower().split()
    if ta == tb:
        return True
    if len(ta) >= 2 and len(tb) >= 2 and ta[:-1] == tb[:-1]:
        return min(len(ta[-1]), len(tb[-1])) >= 4 and _edit_distance(ta[-1], tb[-1]) <= 1
    return False


def party_at(index: PartyIndex, paragraph: int, char: int) -> Draft | None:
    for draft in index.drafts:
        for m in draft.mentions:
            if m.paragraph == paragraph and m.start <= char < m.end:
                return draft
    return None


@dataclass(frozen=True)
class QuoteDraft:
    paragraph: int
    start: int
    text: str
    speaker: Draft | None
    attribution: Attribution
    cue: str | None
    via: str | None


@dataclass(frozen=True)
class EventDraft:
    date: str | None
    what: str
    paragraph: int
    evidence: str
    char: int
    relative: str | None = None
    approximate: bool = False
    parties: tuple = ()


@dataclass(frozen=True)
class PositionDraft:
    party: Draft
    text: str
    paragraph: int


@dataclass
class ArticleExtraction:
    article: Article
    parties: PartyIndex
    quotes: list[QuoteDraft]
    sources: list[SourceMention]
    events: list[EventDraft]
    positions: list[PositionDraft]
