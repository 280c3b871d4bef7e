"""The extractor's intermediate results: plain data, no spaCy, so cached extractions load
without the NLP stack. Drafts carry references between them (a quote's speaker is a party
draft); assemble.py turns them into the model."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .. import settings
from ..model import Article, Attribution, PartyKind, SourceKind
from ..names import PersonName, acronyms, clean_name, is_acronym, parse_person, same_person

__all__ = [
    "ArticleExtraction",
    "Draft",
    "EventDraft",
    "Mention",
    "MentionList",
    "PartyIndex",
    "PositionDraft",
    "QuoteDraft",
    "SourceMention",
    "party_at",
    "same_person_name",
]


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
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


@dataclass(kw_only=True)
class Draft:
    kind: PartyKind
    spellings: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    role: str | None = None
    affiliation: Draft | None = None
    mentions: MentionList = field(init=False)
    nouns: set = field(default_factory=set)  # description heads that refer to it ("union")
    code: str | None = None
    outlet: bool = False  # a news outlet: a source, published as a party only if it speaks
    cited: bool = False  # only ever cited as a source: a party only if it speaks
    gender: str | None = None  # "f" or "m" for people, when the text or the first name says

    def __post_init__(self) -> None:
        self.mentions = MentionList(self)

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


class MentionList(list):
    """A draft's mentions. Each one added or removed is reported to the article's PartyIndex, so
    its lookups by place stay current without rescanning every draft: rescanning per lookup made
    a long article's extraction quadratic in its length."""

    draft: Draft | None = None  # class defaults: unpickling fills the list before the attributes
    watcher: PartyIndex | None = None

    def __init__(self, draft: Draft, mentions=()) -> None:
        super().__init__(mentions)
        self.draft = draft
        self.watcher = None

    def append(self, mention: Mention) -> None:
        super().append(mention)
        if self.watcher is not None and self.draft is not None:
            self.watcher.mention_added(self.draft, mention)

    def remove(self, mention: Mention) -> None:
        super().remove(mention)
        if self.watcher is not None and self.draft is not None:
            self.watcher.mention_removed(self.draft, mention)

    def _rebuild(self) -> None:
        if self.watcher is not None:
            self.watcher.forget_places()

    # any other change is rare: the index rebuilds its places on the next lookup
    def extend(self, mentions) -> None:
        super().extend(mentions)
        self._rebuild()

    def insert(self, at, mention) -> None:
        super().insert(at, mention)
        self._rebuild()

    def pop(self, at=-1):
        self._rebuild()
        return super().pop(at)

    def clear(self) -> None:
        super().clear()
        self._rebuild()

    def sort(self, **kwargs) -> None:
        super().sort(**kwargs)
        self._rebuild()

    def reverse(self) -> None:
        super().reverse()
        self._rebuild()

    def __setitem__(self, at, value) -> None:
        super().__setitem__(at, value)
        self._rebuild()

    def __delitem__(self, at) -> None:
        super().__delitem__(at)
        self._rebuild()

    def __iadd__(self, mentions):  # type: ignore[misc]  # list.__iadd__ would bypass append, and the index
        self.extend(mentions)
        return self


_START = lambda entry: entry[0]
_RANK = lambda entry: entry[:3]


class PartyIndex:
    """The article's party drafts, and where their mentions are: per paragraph, sorted by
    (start, earlier draft first, earlier mention first), kept current as mentions come and go,
    so a lookup by place costs about the same in a long article as in a short one."""

    def __init__(self) -> None:
        self._drafts: list[Draft] = []
        self._places: dict[int, list[tuple]] | None = None  # paragraph -> sorted (start, -order, -seq, mention, draft)
        self._paragraphs: list[int] = []  # the paragraphs with mentions, ascending
        self._longest: dict[int, int] = {}  # paragraph -> its longest mention, in characters
        self._order: dict[int, int] = {}
        self._seq = 0

    @property
    def drafts(self) -> list[Draft]:
        return self._drafts

    @drafts.setter
    def drafts(self, drafts: list[Draft]) -> None:
        self._drafts = drafts
        for draft in drafts:
            draft.mentions.watcher = self
        self.forget_places()

    def new(self, kind: PartyKind) -> Draft:
        draft = Draft(kind=kind)
        draft.mentions.watcher = self
        self._drafts.append(draft)
        self._order[id(draft)] = len(self._drafts) - 1
        return draft

    def forget_places(self) -> None:
        self._places = None

    def __getstate__(self) -> dict:  # sent from a worker process: the places are rebuilt on demand
        return {**self.__dict__, "_places": None}

    def _place_table(self) -> dict[int, list[tuple]]:
        if self._places is None:
            self._places, self._paragraphs, self._longest = {}, [], {}
            self._order = {id(d): n for n, d in enumerate(self._drafts)}
            for draft in self._drafts:
                for mention in draft.mentions:
                    self._place(draft, mention, sort=False)
            for entries in self._places.values():
                entries.sort(key=_RANK)
        return self._places

    def _place(self, draft: Draft, mention: Mention, sort: bool) -> None:
        order = self._order.get(id(draft))
        if order is None or self._places is None:  # a draft outside the index is not looked up by place
            return
        self._seq += 1
        entry = (mention.start, -order, -self._seq, mention, draft)
        paragraph = mention.paragraph
        if paragraph not in self._places:
            self._places[paragraph] = []
            bisect.insort(self._paragraphs, paragraph)
        if sort:
            bisect.insort(self._places[paragraph], entry, key=_RANK)
        else:
            self._places[paragraph].append(entry)
        self._longest[paragraph] = max(self._longest.get(paragraph, 0), mention.end - mention.start)

    def mention_added(self, draft: Draft, mention: Mention) -> None:
        if self._places is not None:
            self._place(draft, mention, sort=True)

    def mention_removed(self, draft: Draft, mention: Mention) -> None:
        entries = (self._places or {}).get(mention.paragraph, [])
        at = next((i for i, e in enumerate(entries) if e[4] is draft and e[3] == mention), None)
        if at is not None:
            del entries[at]

    def mentions_before(
        self, paragraph: int, char: int, paragraphs: int | None = None
    ) -> Iterator[tuple[Mention, Draft]]:
        """Mentions before a point, nearest first, at most settings.EXTRACTION.near_mentions of them
        and none more than `paragraphs` paragraphs back (0: this paragraph only; by default
        settings.EXTRACTION.near_paragraphs). A generator: callers stop at the first that fits."""
        if paragraphs is None:
            paragraphs = settings.EXTRACTION.near_paragraphs
        places, seen = self._place_table(), 0
        for at in range(bisect.bisect_right(self._paragraphs, paragraph) - 1, -1, -1):
            number = self._paragraphs[at]
            if number < paragraph - paragraphs:
                return
            entries = places[number]
            end = bisect.bisect_left(entries, char, key=_START) if number == paragraph else len(entries)
            for position in range(end - 1, -1, -1):
                if seen == settings.EXTRACTION.near_mentions:
                    return
                seen += 1
                yield entries[position][3], entries[position][4]

    def covering(self, paragraph: int, char: int) -> list[tuple[Mention, Draft]]:
        """The mentions whose text covers a character, earlier drafts first."""
        entries = self._place_table().get(paragraph, [])
        found, position = [], bisect.bisect_right(entries, char, key=_START) - 1
        reach = char - self._longest.get(paragraph, 0)
        while position >= 0 and entries[position][0] >= reach:  # only mentions that could reach char
            if char < entries[position][3].end:
                found.append(entries[position])
            position -= 1
        return [(e[3], e[4]) for e in sorted(found, key=lambda e: (-e[1], -e[2]))]

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
        return [
            d
            for d in self.drafts
            if d.kind == PartyKind.PERSON
            and any((name := parse_person(s)) is not None and test(name) for s in d.spellings if len(s.split()) >= 2)
        ]

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


def same_person_name(a: str, b: str) -> bool:
    """Two full names of one person ('James B. Quennell', 'James Quennell'); a surname alone is not
    enough here, the caller decides what a lone word stands for."""
    pa, pb = parse_person(a), parse_person(b)
    return bool(pa and pb and pa.full and pb.full and same_person(pa, pb))


def party_at(index: PartyIndex, paragraph: int, char: int) -> Draft | None:
    """The party a mention covering this character names (the earliest draft's, if several)."""
    covering = index.covering(paragraph, char)
    return covering[0][1] if covering else None


@dataclass(frozen=True, kw_only=True)
class QuoteDraft:
    paragraph: int
    start: int
    text: str
    speaker: Draft | None
    attribution: Attribution
    cue: str | None
    via: str | None


@dataclass(frozen=True, kw_only=True)
class EventDraft:
    date: str | None
    what: str
    paragraph: int
    evidence: str
    char: int
    relative: str | None = None
    approximate: bool = False
    parties: tuple = ()
    stated: bool = False  # `what` is a statement that reads on its own (events/statement.py), not a clause
    sentence: tuple[int, int] = (0, 0)  # the sentence that tells it: character range in the paragraph
    terms: tuple[str, ...] = ()  # that sentence's content words, as lemmas: what links it to other reports
    actor: Draft | None = None  # the party the statement names as who did it
    headline: str = ""  # the statement cut to its actor, verb and what the verb takes: a title for the story


@dataclass(frozen=True)
class PositionDraft:
    party: Draft
    text: str
    paragraph: int


@dataclass(kw_only=True)
class ArticleExtraction:
    article: Article
    parties: PartyIndex
    quotes: list[QuoteDraft]
    sources: list[SourceMention]
    events: list[EventDraft]
    positions: list[PositionDraft]
    # names the report writes as places ('Korr province', 'in Korr'): another report's person so
    # named is that place (link/parties.py)
    places: frozenset[str] = frozenset()
