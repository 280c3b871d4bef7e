"""The Parties pages: the main parties and who belongs to whom (the diagram), every party by
kind (on pages of their own in a story with hundreds), and one page per party."""

from __future__ import annotations

import dataclasses
import functools

from .. import settings
from ..model import Event, Explainer
from .context import KIND_HEADINGS, Site, write_numbered_pages
from .diagram import is_go_between, relations, relationship_svg
from .escape import Trusted

__all__ = ["main_sides", "parties_pages", "party_pages", "party_search_boost"]


def parties_pages(page, site: Site) -> None:
    """The main parties first, who belongs to whom among them, then every party by kind; with
    many parties, the diagram keeps to the main sides and each kind's table has pages of its own."""
    explainer = site.x
    drawn = explainer
    if len(explainer.parties) > settings.PAGES.diagram_all_parties and any(p.main for p in explainer.parties):
        drawn = dataclasses.replace(explainer, parties=main_sides(explainer))
    quote_counts = {name: len(quotes) for name, quotes in site.quotes_by_speaker.items()}
    directory = {}
    for kind, heading in KIND_HEADINGS:
        members = [p for p in explainer.parties if p.kind == kind]
        if len(explainer.parties) > settings.PAGES.directory_page_parties and members:
            directory[kind] = write_numbered_pages(
                page,
                "directory",
                "parties.md.j2",
                heading,
                members,
                settings.PAGES.directory_page_parties,
                functools.partial(_directory_page, (kind, heading), quote_counts),
            )
    page(
        "parties/index.md",
        "parties.md.j2",
        "Parties",
        kinds=KIND_HEADINGS,
        diagram=Trusted(relationship_svg(drawn, lambda party: f"{party.id}/")),
        quote_counts=quote_counts,
        relations=relations(drawn),
        go_betweens=[p for p in drawn.parties if is_go_between(p)],
        main=[p for p in explainer.parties if p.main],
        directory=directory,
        listed=explainer.parties,
    )


def _directory_page(shown: tuple, quote_counts: dict, chunk) -> dict:
    """One page of a kind's parties in a story with hundreds: the table alone."""
    return {
        "kinds": [shown],
        "diagram": Trusted(""),
        "quote_counts": quote_counts,
        "relations": [],
        "go_betweens": [],
        "main": [],
        "directory": {},
        "listed": chunk,
    }


def main_sides(explainer: Explainer) -> tuple:
    """The main parties with the bodies they belong to and their own members: the diagram of a
    story with hundreds of names."""
    main = {p.name for p in explainer.parties if p.main}
    bodies = {p.affiliation for p in explainer.parties if p.main and p.affiliation}
    return tuple(p for p in explainer.parties if p.name in main or p.name in bodies or p.affiliation in main)


def party_pages(page, site: Site, rows: list[Event], index_text: bool) -> None:
    """One page per party: its role, positions, quotes, events and members."""
    explainer = site.x
    events_of: dict[str, list[Event]] = {}
    for event in rows:
        for name in event.parties:
            events_of.setdefault(name, []).append(event)
    members_of: dict[str | None, list] = {}
    for member in explainer.parties:
        members_of.setdefault(member.affiliation, []).append(member)
    for party in explainer.parties:
        page(
            f"parties/{party.id}.md",
            "party.md.j2",
            party.name,
            party=party,
            boost=party_search_boost(party),
            quotes=site.quotes_by_speaker.get(party.name, []),
            events=events_of.get(party.name, []),
            members=members_of.get(party.name, []),
            compact_search=not index_text,
        )


def party_search_boost(party) -> float:
    """A party's name finds its own page first: party pages rank above pages that only mention
    the name, a main party's above a lesser one's, and a shorter name above a longer one that
    contains it ('Senate' before 'Senate Republicans' for 'Senate')."""
    return round((4 if party.main else 2) / len(party.name.split()) ** 0.5 + 1, 2)
