"""What matters first: the story's main parties, key events and key quotes, computed from the
reports themselves.

A reader who has two minutes needs the few parties the reports keep naming, in their leads and as
the ones who act or speak; the few dates the reports keep returning to and the news each report
leads with; and the few quotations those parties said that several reports carry. Every count
here is over reports, not words, so one long report cannot outvote the rest, and every tie is
broken by an explicit order, so the same reports always give the same marks. An editor's mark
(`main`, `key` set by the curation file) is never overridden: the rules fill the remaining places.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from .. import settings
from ..link.leads import bare_words, lead_paragraphs
from ..model import Event, Explainer, Party, PartyKind, Place, Quote
from ..names import written_surname
from .key_events import key_events

__all__ = ["key_quotes", "main_parties", "mark_salience", "party_weight"]


def mark_salience(explainer: Explainer) -> Explainer:
    """The explainer with `main` on its main parties and `key` on its key events and quotes."""
    # the main parties pick the key events among equals (the other way round, counting key
    # events towards the main parties, was tried: it marked a country named as the scene)
    parties = main_parties(explainer)
    main = {p.name for p in parties if p.main}
    events = key_events(explainer, main)
    quotes = key_quotes(explainer, main, events)
    return dataclasses.replace(explainer, parties=parties, events=events, quotes=quotes)


def _choose(items: list, score, limit: int, decided) -> set[int]:
    """Indexes of the items to mark: the editor's marks, then the best-scored items (a score of
    None is never chosen) up to `limit`, ties in the items' own order."""
    chosen = {i for i, item in enumerate(items) if decided(item) is True}
    ranked = sorted((i for i, item in enumerate(items) if decided(item) is None), key=lambda i: (-(score(i) or 0), i))
    for i in ranked:
        if len(chosen) >= limit or score(i) is None:
            break
        chosen.add(i)
    return chosen


# --------------------------------------------------------------------------------------------
# main parties


def party_weight(party: Party, leads: dict[str, range], speakers: dict[str, set], by_paragraph: bool = False) -> float:
    """Reports that name the party, plus reports that name it in their lead, that report it
    acting, and that quote it (with a single report, paragraphs instead of reports); named in one
    report, only the last three count. A country
    counts only where it acts or speaks: most reports name their country as a place ('U.S.
    officials'), which makes it no side of the story."""
    unit = (lambda place: place) if by_paragraph else (lambda place: place.article)
    described = set(party.describes)
    named = [m for m in party.mentions if m not in described]
    reports = {unit(m) for m in named}
    in_lead = {unit(m) for m in named if m.paragraph in leads.get(m.article, ())}
    acting = {unit(m) for m in party.acts}
    speaking = {unit(place) for place in speakers.get(party.name, set())}
    if len(reports) < 2:
        # one report's figure is a side of the story only as that report's lead actor who speaks
        # (the diver one report follows into the mine): never on mentions alone, and only as far as the
        # story's floor lets a weight of at most three through (main_parties)
        return float(len(in_lead) + len(acting) + len(speaking))
    if party.kind == PartyKind.COUNTRY:
        return (3 * len(speaking) + len(acting)) / 2
    return len(reports) + len(in_lead) + len(acting) + len(speaking)


def _named_after(party: Party, surnames: set[str]) -> bool:
    """'the Quennell campaign', 'the Lindqvist administration': a body named after a person of
    the story (one of `surnames`) is that person's side, not a side of its own."""
    return party.kind != PartyKind.PERSON and any(word in surnames for word in party.name.lower().split())


def _lone_shared_surname(party: Party, surnames: set[str]) -> bool:
    """'Lindqvist' left apart from 'Signe Lindqvist' and 'Per Lindqvist': the linker could not
    tell which of them it is, so it is no side a reader should rely on."""
    return party.kind == PartyKind.PERSON and len(party.name.split()) == 1 and party.name.lower() in surnames


def main_parties(explainer: Explainer) -> tuple[Party, ...]:
    leads = {a.id: lead_paragraphs(a) for a in explainer.articles}
    speakers: dict[str, set[Place]] = defaultdict(set)
    for quote in explainer.quotes:
        if quote.speaker:
            speakers[quote.speaker].add(Place(quote.article, quote.paragraph))
    parties = list(explainer.parties)
    weights = [party_weight(p, leads, speakers, by_paragraph=len(explainer.articles) == 1) for p in parties]
    surnames = {
        written_surname(p.name).lower() for p, w in zip(parties, weights) if p.kind == PartyKind.PERSON and w > 0
    }
    surnames.discard("")
    shared = {
        written_surname(p.name).lower() for p in parties if p.kind == PartyKind.PERSON and len(p.name.split()) > 1
    }
    weights = [
        0.0 if _named_after(p, surnames) or _lone_shared_surname(p, shared) else w for p, w in zip(parties, weights)
    ]
    # a main party is named across the story, in a quarter of its reports, and weighs at least
    # settings.SALIENCE.main_share of the most present party
    floor = max(2.0, 0.25 * len(explainer.articles), settings.SALIENCE.main_share * max(weights, default=0))
    chosen = _choose(
        parties, lambda i: weights[i] if weights[i] >= floor else None, settings.SALIENCE.main_parties, lambda p: p.main
    )
    return tuple(dataclasses.replace(p, main=i in chosen) for i, p in enumerate(parties))


# --------------------------------------------------------------------------------------------
# key quotes


def key_quotes(explainer: Explainer, main: set[str], events: tuple[Event, ...]) -> tuple[Quote, ...]:
    """Quotations of main parties, first those several reports carry, then those from the
    paragraphs of key events, then the longer ones (a full sentence says more than a phrase)."""
    quotes = list(explainer.quotes)
    bare = [bare_words(quote.text) for quote in quotes]
    carried: dict[str, set[str]] = defaultdict(set)
    first_of: dict[str, int] = {}  # a quotation several reports carry is marked once
    for i, quote in enumerate(quotes):
        carried[bare[i]].add(quote.article)
        first_of.setdefault(bare[i], i)
    key_places = {(p.article, p.paragraph) for e in events if e.key for p in e.sources}

    def score(i: int) -> float | None:
        quote = quotes[i]
        words = len(quote.text.split())
        if quote.speaker not in main or first_of[bare[i]] != i or words < settings.SALIENCE.key_quote_words:
            return None
        near_key = (quote.article, quote.paragraph) in key_places or (quote.article, quote.paragraph - 1) in key_places
        return 3 * len(carried[bare[i]]) + 2 * near_key + min(words, 40) / 40

    chosen = _choose(quotes, score, settings.SALIENCE.key_quotes, lambda q: q.key)
    return tuple(dataclasses.replace(q, key=i in chosen) for i, q in enumerate(quotes))
