"""The Atom 1.0 feed of the story's updates (RFC 4287): one entry per report, newest first, with
the report's additions as a plain-text summary.

Built with ElementTree, which escapes every value; characters XML 1.0 cannot carry at all
(control characters, noncharacters) are dropped first, so no article text can break the feed.
Entry ids come from the report's id, never from the build, so a feed reader sees an entry once;
`updated` is the report's publication date. Links are absolute under `site_url`; without it they
are relative to the feed's own location at the site's root, which Atom allows.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .. import settings
from ..ids import article_slugs
from ..model import Explainer
from ..rank.updates import ReportUpdate, report_updates
from .summary import clip_words, story_title

__all__ = ["FeedSettings", "atom_feed", "report_anchor", "summary_text"]

_ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ID_NAMESPACE = uuid.UUID("6f1d3c1e-5c56-4c8e-9d0b-2f4a8e7b9a10")  # this tool's: report ids -> entry ids


@dataclass(frozen=True, kw_only=True)
class FeedSettings:
    """What the feed needs from mkdocs.yml."""

    site_name: str = "News explainer"  # mkdocs.yml's; the render command has no mkdocs.yml
    site_url: str | None = None
    directory_urls: bool = True


def report_anchor(slug: str) -> str:
    """The heading id of a report on the Updates page (and the fragment of its feed entry)."""
    return f"report-{slug}"


def atom_feed(explainer: Explainer, site: FeedSettings, fallback_date: str) -> str:
    """The feed's XML. `fallback_date` (the build's day) dates reports that give no date, and the
    feed itself when none does."""
    updates = report_updates(explainer)[: settings.PAGES.feed_entries]
    slugs = article_slugs([a.id for a in explainer.articles])
    base = (site.site_url.rstrip("/") + "/") if site.site_url else ""
    page = "updates/" if site.directory_urls else "updates.html"
    dated = [u.article.published for u in updates if u.article.published]
    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    _text(feed, "id", _urn(f"feed:{site.site_url or site.site_name}"))
    _text(feed, "title", f"{story_title(explainer)}: updates")  # the story's name; the id stays the site's
    _text(feed, "subtitle", "What each report added to the story: new events, parties, quotes and sources.")
    _text(feed, "updated", _timestamp(max(dated, default=fallback_date)))
    _link(feed, base + "feed.xml", "self", "application/atom+xml")
    _link(feed, base + page, "alternate", "text/html")
    author = ET.SubElement(feed, f"{{{_ATOM}}}author")
    _text(author, "name", site.site_name)
    _text(feed, "generator", "news explainer")
    for update in updates:
        _entry(feed, update, base + page + "#" + report_anchor(slugs[update.article.id]), fallback_date)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _entry(feed: ET.Element, update: ReportUpdate, link: str, fallback_date: str) -> None:
    article = update.article
    entry = ET.SubElement(feed, f"{{{_ATOM}}}entry")
    _text(entry, "id", _urn(f"report:{article.id}"))
    _text(entry, "title", f"{article.title} ({article.outlet})" if article.outlet else article.title)
    _text(entry, "updated", _timestamp(article.published or fallback_date))
    if article.outlet:
        author = ET.SubElement(entry, f"{{{_ATOM}}}author")
        _text(author, "name", article.outlet)
    _link(entry, link, "alternate", "text/html")
    summary = _text(entry, "summary", summary_text(update))
    summary.set("type", "text")


def summary_text(update: ReportUpdate, listed: int = 3) -> str:
    """'Adds 2 events (…), 1 party (…), 3 quotes and 1 source (…).' or that it adds nothing."""
    if update.adds_nothing:
        return "Adds nothing the earlier reports did not have."
    parts = []
    for items, one, many, name in (
        (update.events, "event", "events", lambda e: e.what),
        (update.parties, "party", "parties", lambda p: p.name),
        (update.quotes, "quote", "quotes", lambda q: f"\u201c{clip_words(q.text, 12)}\u201d"),
        (update.sources, "source", "sources", lambda s: s.name),
    ):
        if items:
            shown = "; ".join(name(item) for item in items[:listed]) + ("; \u2026" if len(items) > listed else "")
            parts.append(f"{len(items)} {one if len(items) == 1 else many} ({shown})")
    return "Adds " + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + "."


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{_ATOM}}}{tag}")
    element.text = _NOT_XML.sub("", text)
    return element


def _link(parent: ET.Element, href: str, rel: str, type_: str) -> None:
    ET.SubElement(parent, f"{{{_ATOM}}}link", {"href": _NOT_XML.sub("", href), "rel": rel, "type": type_})


def _urn(name: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_ID_NAMESPACE, name))


def _timestamp(day: str) -> str:
    """RFC 3339 at midnight UTC: a report is dated by its day."""
    return f"{day[:10]}T00:00:00Z"
