"""The Updates page: what each report added to the story, newest report first, each item linking
to its place on the site and to its paragraph. A story of hundreds of reports gets the newest
on the Updates page (the reports the feed carries) and the older ones on pages of their own."""

from __future__ import annotations

from .. import settings
from ..ids import chunked
from ..rank.updates import report_updates
from .feed import report_anchor

__all__ = ["updates_pages"]


def updates_pages(page, site) -> None:
    """Write updates.md and, for a long story, updates/older-N.md."""
    updates = report_updates(site.x)
    limits = settings.PAGES
    # as many reports as the feed carries, so every feed entry's link lands on this page itself
    chunks = chunked(updates, limits.feed_entries) or [[]]
    shown = {
        "events": limits.update_events,
        "parties": limits.update_parties,
        "quotes": limits.update_quotes,
        "sources": limits.update_sources,
    }
    older = [(f"older-{n}", f"Earlier updates ({n} of {len(chunks) - 1})") for n in range(1, len(chunks))]
    pages = [("updates.md", "Updates")] + [(f"updates/{name}.md", title) for name, title in older]
    for n, ((path, title), chunk) in enumerate(zip(pages, chunks)):
        page(
            path,
            "updates.md.j2",
            title,
            updates=chunk,
            shown=shown,
            anchors={u.article.id: report_anchor(site.article_slug[u.article.id]) for u in chunk},
            first=n == 0,
            more_pages=older if n == 0 else [],
            description="What each report added to the story.",
            unsearched=True,
        )  # every item is on its own page too, where search finds it
