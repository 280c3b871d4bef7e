"""The extractor's intermediate results: plain data, no spaCy, so cached extractions load
without the NLP stack. Drafts carry references between them (a quote's speaker is a party
draft); assemble.py turns them into the model."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Article, Attribution, PartyKind, SourceKind
from ..names import PersonName, acronyms, clean_name, is_acronym, parse_person, same_person


@dataclass(frozen=True)
class SourceMention:
    name: str
    kind: SourceKind
    cited_for: str
    paragraph: int
    start: int  # character range of the name in the paragraph: not a party mention
    end: int
    # an outlet only if the story shows it is one elsewhere ("told X", with X not named like an
    # outlet): kept out of the article's parties and quotes, decided when the story is assembled
    tentative: bool = False


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    subject: bool
    quoted: bool
    text: str
    possessive: bool = False
    located: bool = False  # only a place or a channel here: "in Tarvonia", "on a forum"
    modifier: bool = False  # describes someone else: "Tarvonian officials", "a Labour councillor"


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
        return self.by_surname(key) or self._by_acronym(text)

    def people_where(self, test: Callable[[PersonName], bool]) -> list[Draft]:
        """The people of the article one of whose names of two words or more passes `test`."""
        return [d for d in self.drafts if d.kind == PartyKind.PERSON and any(
            (name := parse_person(s)) is not None and test(name) for s in d.spellings if len(s.split()) >= 2)]

    def by_surname(self, key: str) -> Draft | None:
        """The one person of the article with that surname; None when none or several."""
        hits = self.people_where(lambda name: name.surname == key)
        return hits[0] if len(hits) == 1 else None

    def by_given_name(self, key: str) -> Draft | None:
        """A lone given name ('Signe') for the one person of the article who has it."""
        hits = self.people_where(lambda name: name.given == key)
        return hits[0] if len(hits) == 1 else None

    def _by_acronym(self, text: str) -> Draft | None:
        if not is_acronym(text):
            return None
        bare = clean_name(text).replace(".", "")
        for draft in self.drafts:
            if draft.kind != PartyKind.PERSON and any(bare in acronyms(s) for s in draft.spellings):
                return draft
        return None

    def mentions_before(self, paragraph: int, char: int) -> list[tuple[Mention, Draft]]:
        """Mentions before a point, nearest first."""
        found = [(m, d) for d in self.drafts for m in d.mentions
                 if (m.paragraph, m.start) < (paragraph, char)]
        return sorted(found, key=lambda md: (md[0].paragraph, md[0].start), reverse=True)


def same_person_name(a: str, b: str) -> bool:
    """Two full names of one person ('James B. Quennell', 'James Quennell'); a surname alone is not
    enough here, the caller decides what a lone word stands for."""
    pa, pb = parse_person(a), parse_person(b)
    return bool(pa and pb and pa.full and pb.full and same_person(pa, pb))


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
