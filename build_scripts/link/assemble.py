"""Turn per-article extractions into one explainer: merge parties, events and sources across
articles, give every item a stable id, and order everything deterministically."""

from __future__ import annotations

from ..extract.drafts import ArticleExtraction, Draft
from ..extract.lexicon import THING_ROLE_NOUNS
from ..extract.parties.roles import role_head
from ..ids import QUOTE_PREFIX, IdAllocator, article_slugs, page_names
from ..model import Explainer, Party, PartyKind, Place, Position, Quote
from .affiliations import story_affiliation
from .events import story_events
from .leads import lead_paragraphs
from .parties import StoryParty, link_parties, party_kind
from .sources import story_sources

__all__ = ["assemble"]


def assemble(extractions: list[ArticleExtraction], splits: dict[str, set[str]] | None = None) -> Explainer:
    groups = link_parties(extractions, splits)
    referenced = _referenced_drafts(extractions)
    leads = {x.article.id: lead_paragraphs(x.article) for x in extractions}
    groups = [g for g in groups if _salient(g, referenced, leads)]
    party_of = {(article, id(draft)): group for group in groups for article, draft in group.drafts}
    names = {id(group): group.name for group in groups}

    def name_of(article: str, draft: Draft | None) -> str | None:
        group = party_of.get((article, id(draft))) if draft is not None else None
        return names[id(group)] if group is not None else None

    slugs = article_slugs([x.article.id for x in extractions])
    item_ids = IdAllocator()  # quotes and events share pages: one allocator keeps their ids apart
    parties = _parties(groups, extractions, name_of)
    quotes = _quotes(extractions, name_of, slugs, item_ids)
    events = story_events(extractions, name_of, slugs, item_ids)
    sources = story_sources(extractions)
    articles = tuple(x.article for x in extractions)
    return Explainer(articles=articles, quotes=quotes, parties=parties, events=events, sources=sources)


def _referenced_drafts(extractions: list[ArticleExtraction]) -> set[int]:
    """Drafts that speak, hold a position, or have members: never a passing mention."""
    ids = set()
    for x in extractions:
        ids |= {id(q.speaker) for q in x.quotes if q.speaker is not None}
        ids |= {id(p.party) for p in x.positions}
        ids |= {id(d.affiliation) for d in x.parties.drafts if d.affiliation is not None}
    return ids


def _backdrop(group: StoryParty, leads: dict[str, range]) -> bool:
    """A country a report names only past its lead, and there only as a place or a nationality
    ('a diver from Tarvonia', 'a Tarvonian diver'): the backdrop of someone's story, not a party.
    Where the news happens ('talks in Tarvonia' in the lead) is part of the story."""
    return all(
        (m.located or m.modifier) and m.paragraph not in leads[article]
        for article, d in group.drafts
        for m in d.mentions
    )


def _salient(group: StoryParty, referenced: set[int], leads: dict[str, range]) -> bool:
    """An organisation named once in passing ('must be ratified by Parliament') is not a party;
    people and countries are, and so is anyone who speaks, acts as subject or has members. A
    name two story people share is kept apart only when it speaks."""
    is_referenced = any(id(d) in referenced for _, d in group.drafts)
    if group.kind != PartyKind.PERSON and any(
        d.role and role_head(d.role) in THING_ROLE_NOUNS for _, d in group.drafts
    ):
        return is_referenced  # 'Grand Cordon of Wexmoor, a royal decoration': a thing, not a side
    mentions = [m for _, d in group.drafts for m in d.mentions]
    if group.unresolved or (mentions and all(m.located for m in mentions)):
        return is_referenced  # a shared surname, or only ever a place or a channel ("in Tarvonia")
    if group.kind == PartyKind.COUNTRY and _backdrop(group, leads):
        return is_referenced
    if group.kind in (PartyKind.PERSON, PartyKind.COUNTRY) or is_referenced:
        return True
    told = [m for m in mentions if not m.quoted]
    if len({(m.paragraph, m.start) for m in told}) >= 2 or any(m.subject for m in told):
        return True
    return any(d.role or d.aliases for _, d in group.drafts)


def _parties(groups, extractions, name_of) -> tuple[Party, ...]:
    positions: dict[str, list[Position]] = {}
    for x in extractions:
        for pos in x.positions:
            owner = name_of(x.article.id, pos.party)
            if owner:
                positions.setdefault(owner, []).append(
                    Position(text=pos.text, article=x.article.id, paragraph=pos.paragraph)
                )
    article_order = {x.article.id: i for i, x in enumerate(extractions)}

    def in_order(places) -> tuple[Place, ...]:
        return tuple(sorted(places, key=lambda p: (article_order[p.article], p.paragraph)))

    bodies = {group.name: party_kind(group) for group in groups}
    built = []
    for group in groups:
        name = group.name
        every_name = {a for _, d in group.drafts for a in d.aliases} | set(group.spellings)
        aliases = sorted(a for a in every_name if a != name and a.lower() != name.lower())
        role = next((d.role for _, d in group.drafts if d.role), None)
        affiliation = next((name_of(a, d.affiliation) for a, d in group.drafts if d.affiliation is not None), None)
        kind = party_kind(group)
        affiliation = affiliation or story_affiliation(name, kind, role, bodies)
        mentions = in_order({Place(a, m.paragraph) for a, d in group.drafts for m in d.mentions})
        acts = in_order(
            {
                Place(a, m.paragraph)
                for a, d in group.drafts
                for m in d.mentions
                if m.subject and not m.quoted and not m.located
            }
        )
        named = {Place(a, m.paragraph) for a, d in group.drafts for m in d.mentions if not m.modifier}
        describes = tuple(p for p in mentions if p not in named)
        seen_positions = []
        for pos in positions.get(name, []):
            if pos not in seen_positions:
                seen_positions.append(pos)
        first_named = (
            [
                (article_order[a], m.paragraph, m.start)
                for a, d in group.drafts
                for m in d.mentions
                if m.text in d.spellings
            ]
            or [(article_order[a], m.paragraph, m.start) for a, d in group.drafts for m in d.mentions]
            or [(0, 0, 0)]
        )
        built.append(
            (
                {
                    "name": name,
                    "kind": kind,
                    "aliases": tuple(aliases),
                    "role": role,
                    "affiliation": affiliation if affiliation != name else None,
                    "positions": tuple(seen_positions),
                    "mentions": mentions,
                    "acts": acts,
                    "describes": describes,
                },
                min(first_named),
            )
        )
    built.sort(key=lambda b: (b[1], b[0]["name"]))  # in the order the text first names them
    ids = page_names([b[0]["name"] for b in built])
    return tuple(Party(id=pid, **fields) for pid, (fields, _) in zip(ids, built))


def _quotes(extractions, name_of, slugs: dict[str, str], item_ids: IdAllocator) -> tuple[Quote, ...]:
    quotes = []
    for x in extractions:
        for n, q in enumerate(x.quotes, 1):
            quotes.append(
                Quote(
                    id=item_ids.claim(f"{QUOTE_PREFIX}{slugs[x.article.id]}-{n}"),
                    article=x.article.id,
                    paragraph=q.paragraph,
                    text=q.text,
                    speaker=name_of(x.article.id, q.speaker),
                    attribution=q.attribution,
                    cue=q.cue,
                    via=q.via,
                    start=q.start,
                )
            )
    return tuple(quotes)
