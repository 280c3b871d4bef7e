"""The Sources page: every source of the story by kind, those more reports rely on first, each
with what it is cited for and every paragraph that cites it. A story of hundreds of reports
cites thousands of sources, so beyond a page's worth each kind lists its most cited on the
Sources page and all of them on pages of its own (no page near 1 MB)."""

from __future__ import annotations

import functools

from .. import settings
from ..model import Source, SourceKind
from .context import write_numbered_pages

__all__ = ["SOURCE_HEADINGS", "source_groups", "sources_pages"]

SOURCE_HEADINGS = [
    (SourceKind.NEWS_OUTLET, "News outlets and programmes"),
    (SourceKind.AGENCY, "News agencies"),
    (SourceKind.REPORT, "Reports, documents and polls"),
    (SourceKind.OFFICIAL, "Officials and official bodies"),
    (SourceKind.STATEMENT, "Statements and posts"),
    (SourceKind.ANONYMOUS, "Unnamed informants"),
    (SourceKind.OTHER, "Other sources"),
]


def source_groups(sources) -> list[tuple[str, list[Source]]]:
    """The sources by kind; in each, those more reports rely on first."""
    groups = []
    for kind, heading in SOURCE_HEADINGS:
        group = sorted((s for s in sources if s.kind == kind), key=lambda s: (-len(s.articles()), s.name.lower(), s.id))
        if group:
            groups.append((heading, group))
    return groups


def sources_pages(page, sources) -> bool:
    """Write the Sources page and, for a big story, each kind's own pages (`cited/`); True when
    the sources are split across such pages."""
    groups = source_groups(sources)
    more: dict[str, list[tuple[str, int]]] = {}
    if len(sources) > settings.PAGES.sources_per_page:
        for heading, group in groups:
            more[heading] = write_numbered_pages(
                page,
                "cited",
                "sources.md.j2",
                heading,
                group,
                settings.PAGES.sources_per_page,
                functools.partial(_cited_page, heading),
            )
        groups = [(heading, group[: settings.PAGES.first_of_kind]) for heading, group in groups]
    page(
        "sources/index.md",
        "sources.md.j2",
        "Sources",
        source_groups=groups,
        more=more,
        cited_shown=settings.PAGES.citations_shown,
        whole=True,
    )
    return bool(more)


def _cited_page(heading: str, chunk) -> dict:
    """One page of a kind's sources in a big story: all of them, each with its citing paragraphs."""
    return {
        "source_groups": [(heading, chunk)],
        "more": {},
        "cited_shown": settings.PAGES.citations_shown,
        "whole": False,
    }
