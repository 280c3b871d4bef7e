"""Render the explainer into Markdown pages through Jinja2 templates, one template per page type.

render_site returns {path inside the docs tree: Markdown}. Pages link to each other with
relative .md links so MkDocs validates every link; article paragraphs carry ids p-0, p-1, ...
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from .. import settings
from ..model import Explainer
from ..rank.timeline import (
    format_date,
    key_timeline,
    latest_events,
    timeline_rows,
)
from .context import KIND_HEADINGS, Site, environment
from .escape import Trusted, config_text, title_text, yaml_string
from .party_pages import parties_pages, party_pages
from .quote_pages import quote_pages
from .source_pages import sources_pages
from .summary import key_figures, sides_at_a_glance, story_overview
from .timeline_pages import timeline_pages
from .update_pages import updates_pages

__all__ = ["build_date", "provenance", "render_site", "write_pages"]


def _front_matter(
    title: str, description: str | None = None, boost: float | None = None, unsearched: bool = False
) -> str:
    """YAML front matter that YAML always reads back as written (escape.yaml_string): MkDocs
    renders front matter it cannot read as Markdown, so a broken one would publish the title
    unescaped."""
    lines = [f"title: {yaml_string(title_text(title))}"]
    if description:
        # Material prints a page's description unescaped in a <meta> attribute: no quote may reach it
        lines.append(f"description: {yaml_string(config_text(description[:200]))}")
    if boost:  # Material's search ranks a boosted page above others that match as well
        lines.append(f"search:\n  boost: {boost:g}")
    elif unsearched:  # a page that repeats others' items: in the index, each would show twice
        lines.append("search:\n  exclude: true")
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def render_site(explainer: Explainer) -> dict[str, str]:
    env = environment()
    site = Site(explainer)
    pages: dict[str, str] = {}

    def page(path: str, template: str, title: str, **context) -> None:
        if path in pages:  # page names come from ids.py and cannot repeat: a bug, not bad input
            raise AssertionError(f"two pages would be written to {path}")
        root = Trusted("../" * path.count("/"))
        body = env.get_template(template).render(site=site, x=explainer, root=root, title=title, **context)
        pages[path] = (
            _front_matter(title, context.get("description"), context.get("boost"), context.get("unsearched", False))
            + body
        )

    # Material's search builds its index in the reader's browser on every page load, so the wait
    # for a first result grows with the indexed text. While the articles are few, everything is
    # indexed; beyond that, article bodies, timeline events, party positions, repeated and
    # unattributed quotes are left out (bench.search): names, roles, sources and quotes remain.
    index_text = sum(len(p) for a in explainer.articles for p in a.paragraphs) <= settings.PAGES.search_article_text
    overview = story_overview(explainer)
    page(
        "index.md",
        "overview.md.j2",
        overview.title,
        description=overview.description,
        summary=overview.parts,
        lead=explainer.lead,
        key_events=key_timeline(explainer),
        figures=key_figures(explainer),
        latest=latest_events(explainer),
        sides=sides_at_a_glance(explainer, KIND_HEADINGS),
    )
    rows = timeline_rows(explainer)
    timeline_pages(page, site, rows, compact_search=not index_text)
    parties_pages(page, site)
    party_pages(page, site, rows, index_text)
    quote_pages(page, site, index_text)
    site.sources_split = sources_pages(page, explainer.sources)
    for article in explainer.articles:
        page(
            f"sources/{site.article_slug[article.id]}.md",
            "article.md.j2",
            article.title,
            article=article,
            index_article_text=index_text,
        )
    updates_pages(page, site)  # last: it links into the pages above
    return pages


def build_date() -> str:
    """Today, or SOURCE_DATE_EPOCH's day (the reproducible-builds convention), so the same seeds
    can give byte-identical sites."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = (
        dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        if epoch and epoch.isdigit()
        else dt.datetime.now(dt.UTC).date()
    )
    return built.isoformat()


def provenance(explainer: Explainer) -> dict:
    """What the 'how this page was made' note says, but the build date (build_date)."""
    dates = sorted(a.published for a in explainer.articles if a.published)
    published = None
    if dates:
        published = (
            format_date(dates[0]) if dates[0] == dates[-1] else f"{format_date(dates[0])} to {format_date(dates[-1])}"
        )
    overview = story_overview(explainer)
    return {
        "articles": len(explainer.articles),
        "published": published,
        "corrections": explainer.corrections,
        # the site's own name and description, from the story (or the editor): hooks.py sets them
        "title": config_text(overview.title),
        "description": config_text(overview.description),
    }


def write_pages(pages: dict[str, str], out: Path) -> None:
    for path, content in sorted(pages.items()):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
