"""The explainer's data model: frozen dataclasses with no framework imports.

Everything the pages show and explainer.json publishes is one of these values. Extractors build
them, curation replaces them with corrected copies, templates only read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

__all__ = [
    "Article",
    "Attribution",
    "Citation",
    "Event",
    "Explainer",
    "Located",
    "Party",
    "PartyKind",
    "Place",
    "Position",
    "Quote",
    "Source",
    "SourceKind",
]


class PartyKind(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    COUNTRY = "country"


class Attribution(str, Enum):
    EXPLICIT = "explicit"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"
    STATEMENT = "statement"
    LIST = "list"
    UNATTRIBUTED = "unattributed"


class SourceKind(str, Enum):
    NEWS_OUTLET = "news outlet"
    AGENCY = "agency"
    REPORT = "report"
    OFFICIAL = "official"
    ANONYMOUS = "anonymous"
    STATEMENT = "statement"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True)
class Article:
    id: str
    title: str
    published: str | None  # ISO date, editor-supplied or from front matter
    outlet: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    path: str  # the seed file, for error messages and the sources page


class Located(Protocol):
    """Anything at a paragraph of an article: a Place, a Quote, an Event, a Position."""

    @property
    def article(self) -> str: ...

    @property
    def paragraph(self) -> int: ...


@dataclass(frozen=True, order=True)
class Place:
    """A paragraph of an article: the anchor every extracted item links to."""

    article: str
    paragraph: int


@dataclass(frozen=True, kw_only=True)
class Quote:
    id: str
    article: str
    paragraph: int
    text: str
    speaker: str | None
    attribution: Attribution
    cue: str | None = None
    via: str | None = None
    start: int = 0  # character offset in the paragraph, for ordering and context
    key: bool | None = None  # one of the story's key quotes; None until rank/salience.py (or the editor) decides


@dataclass(frozen=True)
class Position:
    text: str
    article: str
    paragraph: int


@dataclass(frozen=True, kw_only=True)
class Party:
    id: str
    name: str
    kind: PartyKind
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    positions: tuple[Position, ...] = ()
    mentions: tuple[Place, ...] = ()
    acts: tuple[Place, ...] = ()  # paragraphs where it is the subject of the reporting, not a passing name
    describes: tuple[Place, ...] = ()  # paragraphs naming it only to describe another ("Tarvonian officials")
    main: bool | None = None  # one of the story's main parties; None until rank/salience.py (or the editor) decides


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when the text gives no date
    what: str
    article: str
    paragraph: int
    evidence: str
    relative: str | None = None
    approximate: bool = False
    parties: tuple[str, ...] = ()
    order: int = 0  # position in the text, to place undated events
    sources: tuple[Place, ...] = ()  # every paragraph that reports this event
    key: bool | None = None  # on the story's key timeline; None until rank/salience.py (or the editor) decides
    stated: bool = False  # `what` reads as a statement on its own (who did what), not a clause of its sentence
    actor: str | None = None  # the party `what` says did it (a parties[].name), where it names one
    headline: str = ""  # `what` cut to who did what, for a title (empty unless `stated`)
    centrality: float = 0.0  # how much of what the reports tell of its day it says (link/events.py), 0 to 1


@dataclass(frozen=True)
class Citation:
    """One paragraph that cites a source, and the claim it cites the source for."""

    article: str
    paragraph: int
    cited_for: str

    @property
    def place(self) -> Place:
        return Place(self.article, self.paragraph)


@dataclass(frozen=True, kw_only=True)
class Source:
    id: str
    name: str
    kind: SourceKind
    citations: tuple[Citation, ...]  # every citing paragraph of the story, in story order; at least one

    @property
    def cited_for(self) -> str:
        return self.citations[0].cited_for

    @property
    def article(self) -> str:
        return self.citations[0].article

    @property
    def paragraph(self) -> int:
        return self.citations[0].paragraph

    @property
    def places(self) -> tuple[Place, ...]:
        return tuple(c.place for c in self.citations)

    def articles(self) -> tuple[str, ...]:
        """The reports that cite it, each once, in story order."""
        return tuple(dict.fromkeys(c.article for c in self.citations))


@dataclass(frozen=True, kw_only=True)
class Explainer:
    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...] = ()
    parties: tuple[Party, ...] = ()
    events: tuple[Event, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: tuple[str, ...] = field(default=())  # warnings about the seeds and the curation, for the editor
    corrections: int = 0  # entries in the editor's curation file
    title: str | None = None  # the editor's own title and lead for the overview, if the curation file sets them
    lead: str | None = None

    def party(self, name: str | None) -> Party | None:
        return next((p for p in self.parties if p.name == name), None)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)
