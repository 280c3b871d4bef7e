"""An article's extraction as plain JSON data, and back, checked field by field.

The extraction cache stores this instead of pickles: a cache file can come from anywhere (a
shared CI cache, a planted file), and unpickling runs code. Reading back is validation: every
field has its type, every enum value its vocabulary, every paragraph and character offset lies
inside the article, every reference points at a draft, and every quote is text of the article.
Anything else raises CorruptEntry, which the cache treats as a miss.
"""

from __future__ import annotations

import re
from enum import Enum

from ..load.untrusted import is_clean
from ..model import Article, Attribution, PartyKind, SourceKind
from .drafts import ArticleExtraction, Draft, EventDraft, Mention, PartyIndex, PositionDraft, QuoteDraft, SourceMention

__all__ = ["FORMAT", "CorruptEntry", "decode", "encode"]

FORMAT = 4
_LEEWAY = 64  # characters between where a quote's part may start and the part (marks, spaces)


class CorruptEntry(ValueError):
    """Cached data that is not an extraction of this article."""


def encode(extraction: ArticleExtraction) -> dict:
    drafts = list(extraction.parties.drafts)
    number = {id(d): i for i, d in enumerate(drafts)}

    def ref(draft: Draft | None) -> int | None:
        if draft is None:
            return None
        if id(draft) not in number:  # a draft the index does not hold: carried along all the same
            number[id(draft)] = len(drafts)
            drafts.append(draft)
        return number[id(draft)]

    quotes = [
        [q.paragraph, q.start, q.text, ref(q.speaker), q.attribution.value, q.cue, q.via] for q in extraction.quotes
    ]
    events = [
        [
            e.date,
            e.what,
            e.paragraph,
            e.evidence,
            e.char,
            e.relative,
            e.approximate,
            [ref(p) for p in e.parties],
            e.stated,
            list(e.sentence),
            list(e.terms),
            ref(e.actor),
            e.headline,
        ]
        for e in extraction.events
    ]
    positions = [[ref(p.party), p.text, p.paragraph] for p in extraction.positions]
    sources = [
        [s.name, s.kind.value, s.cited_for, s.paragraph, s.start, s.end, s.tentative] for s in extraction.sources
    ]
    indexed = len(extraction.parties.drafts)
    encoded = []
    for draft in drafts:  # grows while affiliations are numbered
        encoded.append(
            {
                "kind": draft.kind.value,
                "spellings": [[s, n] for s, n in draft.spellings.items()],
                "aliases": sorted(draft.aliases),
                "role": draft.role,
                "affiliation": ref(draft.affiliation),
                "mentions": [
                    [m.paragraph, m.start, m.end, m.subject, m.quoted, m.text, m.possessive, m.located, m.modifier]
                    for m in draft.mentions
                ],
                "nouns": sorted(draft.nouns),
                "code": draft.code,
                "outlet": draft.outlet,
                "cited": draft.cited,
                "gender": draft.gender,
            }
        )
    return {
        "format": FORMAT,
        "indexed": indexed,
        "drafts": encoded,
        "quotes": quotes,
        "sources": sources,
        "events": events,
        "positions": positions,
        "places": sorted(extraction.places),
    }


def decode(data, article: Article) -> ArticleExtraction:
    """The extraction `encode` wrote for this article; CorruptEntry if the data is anything else."""
    check = _Checker(article)
    record = check.mapping(data, ("format", "indexed", "drafts", "quotes", "sources", "events", "positions", "places"))
    if record["format"] != FORMAT:
        raise CorruptEntry("another cache format")
    raw_drafts = check.array(record["drafts"])
    drafts = [Draft(kind=check.enum(PartyKind, check.mapping(d, _DRAFT_KEYS)["kind"])) for d in raw_drafts]
    check.draft_count = len(drafts)
    for draft, raw in zip(drafts, raw_drafts):
        _fill_draft(draft, raw, drafts, check)
    index = PartyIndex()
    index.drafts = drafts[: check.integer(record["indexed"], 0, len(drafts))]
    quotes = [_quote(q, drafts, check) for q in check.array(record["quotes"])]
    sources = [_source(s, check) for s in check.array(record["sources"])]
    events = [_event(e, drafts, check) for e in check.array(record["events"])]
    positions = [_position(p, drafts, check) for p in check.array(record["positions"])]
    raw_places = check.array(record["places"])
    # the article's words only when an entry names places: a cache read is the warm build's hot path
    words = (
        frozenset(w for paragraph in article.paragraphs for w in re.findall(r"\w+", paragraph))
        if raw_places
        else frozenset()
    )
    places = frozenset(_place(p, words, check) for p in raw_places)
    return ArticleExtraction(
        article=article,
        parties=index,
        quotes=quotes,
        sources=sources,
        events=events,
        positions=positions,
        places=places,
    )


def _place(raw, words: frozenset[str], check: _Checker) -> str:
    """A place name is words of the article, as extracted ones are (checked word by word: one
    pass over the article, however many places an entry lists)."""
    name = check.text(raw)
    if not name or not set(re.findall(r"\w+", name)) <= words:
        raise CorruptEntry("a place the article does not name")
    return name


_DRAFT_KEYS = (
    "kind",
    "spellings",
    "aliases",
    "role",
    "affiliation",
    "mentions",
    "nouns",
    "code",
    "outlet",
    "cited",
    "gender",
)


def _fill_draft(draft: Draft, raw: dict, drafts: list[Draft], check: _Checker) -> None:
    for pair in check.array(raw["spellings"]):
        text, count = check.array(pair, 2)
        draft.spellings[check.text(text)] = check.integer(count, 1)
    draft.aliases = {check.text(a) for a in check.array(raw["aliases"])}
    draft.nouns = {check.text(n) for n in check.array(raw["nouns"])}
    draft.role, draft.code, draft.gender = (
        check.optional_text(raw["role"]),
        check.optional_text(raw["code"]),
        check.optional_text(raw["gender"]),
    )
    draft.outlet, draft.cited = check.flag(raw["outlet"]), check.flag(raw["cited"])
    draft.affiliation = check.optional_draft(raw["affiliation"], drafts)
    for item in check.array(raw["mentions"]):
        paragraph, start, end, subject, quoted, text, possessive, located, modifier = check.array(item, 9)
        paragraph = check.paragraph(paragraph)
        start, end = check.span(paragraph, start, end)
        draft.mentions.append(
            Mention(
                paragraph=paragraph,
                start=start,
                end=end,
                subject=check.flag(subject),
                quoted=check.flag(quoted),
                text=check.text(text),
                possessive=check.flag(possessive),
                located=check.flag(located),
                modifier=check.flag(modifier),
            )
        )


def _quote(item, drafts: list[Draft], check: _Checker) -> QuoteDraft:
    paragraph, start, text, speaker, attribution, cue, via = check.array(item, 7)
    paragraph = check.paragraph(paragraph)
    start = check.span(paragraph, start, start)[0]
    check.verbatim(check.text(text), paragraph, start)
    return QuoteDraft(
        paragraph=paragraph,
        start=start,
        text=text,
        speaker=check.optional_draft(speaker, drafts),
        attribution=check.enum(Attribution, attribution),
        cue=check.optional_text(cue),
        via=check.optional_text(via),
    )


def _source(item, check: _Checker) -> SourceMention:
    name, kind, cited_for, paragraph, start, end, tentative = check.array(item, 7)
    paragraph = check.paragraph(paragraph)
    start, end = check.span(paragraph, start, end)
    return SourceMention(
        name=check.text(name),
        kind=check.enum(SourceKind, kind),
        cited_for=check.text(cited_for),
        paragraph=paragraph,
        start=start,
        end=end,
        tentative=check.flag(tentative),
    )


def _event(item, drafts: list[Draft], check: _Checker) -> EventDraft:
    date, what, paragraph, evidence, char, relative, approximate, parties, stated, sentence, terms, actor, headline = (
        check.array(item, 13)
    )
    paragraph = check.paragraph(paragraph)
    start, end = check.array(sentence, 2)
    return EventDraft(
        date=check.optional_text(date),
        what=check.text(what),
        paragraph=paragraph,
        evidence=check.text(evidence),
        char=check.span(paragraph, char, char)[0],
        relative=check.optional_text(relative),
        approximate=check.flag(approximate),
        parties=tuple(check.draft(p, drafts) for p in check.array(parties)),
        stated=check.flag(stated),
        sentence=check.span(paragraph, start, end),
        terms=tuple(check.text(t) for t in check.array(terms)),
        actor=check.optional_draft(actor, drafts),
        headline=check.text(headline),
    )


def _position(item, drafts: list[Draft], check: _Checker) -> PositionDraft:
    party, text, paragraph = check.array(item, 3)
    return PositionDraft(check.draft(party, drafts), check.text(text), check.paragraph(paragraph))


class _Checker:
    """Type checks against one article; each failure is a CorruptEntry."""

    def __init__(self, article: Article):
        self.article = article
        self.quoted_left = sum(len(p) for p in article.paragraphs)  # quotes never overlap
        self.draft_count = 0

    def verbatim(self, text: str, paragraph: int, start: int) -> None:
        """A quote is article text: its first part where it starts, each further part at the
        head of one of the next paragraphs (wire-style quotes, statements read out). Every
        look is a window of the part's own length, and all quotes together are no longer than
        the article, so checking a planted entry costs time linear in its size."""
        self.quoted_left -= len(text)
        if self.quoted_left < 0:
            raise CorruptEntry("more quoted text than the article holds")
        paragraphs = self.article.paragraphs
        for number, part in enumerate(text.split("\n")):
            candidates = [(paragraph, start)] if number == 0 else [(p, 0) for p in range(paragraph + 1, paragraph + 4)]
            found = next(
                (
                    p
                    for p, at in candidates
                    if p < len(paragraphs) and part and part in paragraphs[p][at : at + len(part) + _LEEWAY]
                ),
                None,
            )
            if found is None:
                raise CorruptEntry("a quote that is not text of the article")
            paragraph = found

    def mapping(self, value, keys: tuple[str, ...]) -> dict:
        if not isinstance(value, dict) or set(value) != set(keys):
            raise CorruptEntry("not the expected record")
        return value

    def array(self, value, length: int | None = None) -> list:
        if not isinstance(value, list) or (length is not None and len(value) != length):
            raise CorruptEntry("not the expected list")
        return value

    def text(self, value) -> str:
        if isinstance(value, str) and is_clean(value):  # what load/seeds.py lets through, nothing else
            return value
        raise CorruptEntry("not text of an article")

    def optional_text(self, value) -> str | None:
        return None if value is None else self.text(value)

    def flag(self, value) -> bool:
        if not isinstance(value, bool):
            raise CorruptEntry("not true or false")
        return value

    def integer(self, value, low: int = 0, high: int | None = None) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < low or (high is not None and value > high):
            raise CorruptEntry("a number out of range")
        return value

    def enum(self, kind: type[Enum], value):
        try:
            return kind(value)
        except (ValueError, TypeError) as exc:
            raise CorruptEntry(f"not a {kind.__name__}") from exc

    def paragraph(self, value) -> int:
        return self.integer(value, 0, len(self.article.paragraphs) - 1)

    def span(self, paragraph: int, start, end) -> tuple[int, int]:
        length = len(self.article.paragraphs[paragraph])
        start = self.integer(start, 0, length)
        return start, self.integer(end, start, length)

    def draft(self, value, drafts: list[Draft]) -> Draft:
        return drafts[self.integer(value, 0, self.draft_count - 1)]

    def optional_draft(self, value, drafts: list[Draft]) -> Draft | None:
        return None if value is None else self.draft(value, drafts)
