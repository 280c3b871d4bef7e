"""The Timeline pages: the key timeline, the story's periods and the background; in a story
of thousands of events, each period on a page of its own."""

from __future__ import annotations

import dataclasses

from .. import settings
from ..ids import chunked
from ..model import Event, Explainer
from ..rank.timeline import Period, date_key, split_background, timeline_periods
from .context import Site

__all__ = ["main_filter", "period_pages", "timeline_pages"]


def timeline_pages(page, site: Site, rows: list[Event], compact_search: bool) -> None:
    """The key timeline first, then the story's own periods, then the background; with many
    events, each period of the full timeline on a page of its own."""
    explainer = site.x
    key = sorted((e for e in rows if e.key), key=lambda e: (date_key(e.date), e.id))
    key, key_background = split_background(explainer, key)
    story, background = split_background(explainer, rows)
    periods = timeline_periods(story) + [
        dataclasses.replace(p, label=f"Background: {p.label}", anchor=f"background-{p.anchor}")
        for p in timeline_periods(background)
    ]
    filters = main_filter(explainer, {name for event in rows for name in event.parties})
    split = len(rows) > settings.PAGES.timeline_page_events
    pages = period_pages(periods, settings.PAGES.timeline_page_events) if split else []
    page(
        "timeline.md",
        "timeline.md.j2",
        "Timeline",
        key_events=key,
        key_background=key_background,
        periods=[] if split else periods,
        period_pages=pages,
        compact_search=compact_search,
        filter_parties=filters,
    )
    for path, label, chunk in pages:
        site.event_pages.update({e.id: f"timeline/{path}.md" for period in chunk for e in period.events})
        page(
            f"timeline/{path}.md",
            "timeline.md.j2",
            f"Timeline: {label}",
            key_events=[],
            key_background=[],
            periods=chunk,
            period_pages=[],
            compact_search=compact_search,
            filter_parties=filters,
        )


def period_pages(periods: list[Period], size: int) -> list[tuple[str, str, list[Period]]]:
    """(page name, label, periods) for each period, a long one in parts of `size` events."""
    pages = []
    for period in periods:
        events = period.events
        parts = chunked(events, size)
        for n, part in enumerate(parts, 1):
            name = period.anchor.removeprefix("period-") + (f"-part-{n}" if len(parts) > 1 else "")
            label = period.label + (f" (part {n} of {len(parts)})" if len(parts) > 1 else "")
            pages.append((name, label, [dataclasses.replace(period, events=tuple(part))]))
    return pages


def main_filter(explainer: Explainer, involved: set[str]) -> list:
    """A filter offers the main parties (and 'everyone'): the others are reachable from the
    Parties page and their own pages."""
    return [p for p in explainer.parties if p.main and p.name in involved]
