"""The Key quotes pages: key quotes first, then each speaker's, then those with no named
speaker by report; in a story with many quotes, the rest on the speakers' own pages."""

from __future__ import annotations

from .. import settings
from ..ids import IdAllocator, chunked, slugify
from ..model import Explainer
from .context import Site
from .timeline_pages import main_filter

__all__ = ["indexed_quotes", "quote_groups", "quote_pages", "speaker_anchors"]


def quote_pages(page, site: Site, index_text: bool) -> None:
    """Key quotes first, then each speaker's quotes, main parties first, then the quotes no one
    is named for, under the report they come from. With many quotes, each main party shows a few
    and every other speaker a link to their page, which holds all their quotes; the quotes with
    no speaker go on pages of their own."""
    explainer = site.x
    groups = quote_groups(explainer)
    attributed = [(name, quotes) for name, quotes in groups if name is not None]
    no_speaker = [q for name, quotes in groups if name is None for q in quotes]
    by_report = _by_report(site, no_speaker)
    split = len(explainer.quotes) > settings.PAGES.quotes_page_quotes
    main = {p.name for p in explainer.parties if p.main}
    shown = [
        (name, quotes[: settings.PAGES.quotes_per_speaker_at_scale] if split else quotes, len(quotes))
        for name, quotes in attributed
        if not split or name in main
    ]
    others = [(name, len(quotes)) for name, quotes in attributed if split and name not in main]
    chunks = chunked(by_report, settings.PAGES.no_speaker_page_reports) if split else []
    indexed = indexed_quotes(groups, index_text)
    common = {"indexed": indexed, "anchors": speaker_anchors(groups, site.party_by_name)}
    party_pages = {p.name: f"parties/{p.id}.md" for p in explainer.parties}
    for name, quotes in groups:
        for quote in quotes:
            site.quote_pages[quote.id] = (
                party_pages.get(name, "quotes.md") if split and name is not None else "quotes.md"
            )
    for n, chunk in enumerate(chunks, 1):
        site.quote_pages.update({q.id: f"quotes/no-speaker-{n}.md" for _, qs in chunk for q in qs})
    page(
        "quotes.md",
        "quotes.md.j2",
        "Key quotes",
        key_quotes=[q for q in explainer.quotes if q.key],
        groups=shown,
        others=others,
        unattributed=[] if split else by_report,
        unattributed_pages=len(chunks),
        speakers=main_filter(explainer, {name for name, _ in attributed}),
        **common,
    )
    for n, chunk in enumerate(chunks, 1):
        page(
            f"quotes/no-speaker-{n}.md",
            "quotes.md.j2",
            f"Quotes with no named speaker ({n} of {len(chunks)})",
            key_quotes=[],
            groups=[],
            others=[],
            unattributed=chunk,
            unattributed_pages=0,
            speakers=[],
            **common,
        )


def _by_report(site: Site, quotes: list) -> list[tuple]:
    order = {a.id: i for i, a in enumerate(site.x.articles)}
    grouped: dict[str, list] = {}
    for quote in sorted(quotes, key=lambda q: (order.get(q.article, 0), q.paragraph, q.start)):
        grouped.setdefault(quote.article, []).append(quote)
    return [(site.article_by_id[article_id], qs) for article_id, qs in grouped.items()]


def indexed_quotes(groups: list[tuple[str | None, list]], index_all: bool) -> set[str]:
    """The quotes whose text goes into the search index. Beyond the article limit, a quote the
    articles repeat is indexed once, and unattributed quotes are left out: they are on the page,
    and a search for a phrase still finds the quote under its speaker."""
    indexed, seen = set(), set()
    for speaker, quotes in groups:
        for quote in quotes:
            if index_all or (speaker is not None and quote.text not in seen):
                indexed.add(quote.id)
                seen.add(quote.text)
    return indexed


def speaker_anchors(groups: list[tuple[str | None, list]], party_by_name: dict) -> dict[str | None, str]:
    """The id of each speaker's heading on the quotes page: `speaker-` and the party's id (a
    speaker an editor named who is no party gets one of its own), `unattributed` for None."""
    taken = IdAllocator(party.id for party in party_by_name.values())
    anchors: dict[str | None, str] = {None: "unattributed"}
    for speaker, _ in groups:
        if speaker is not None:
            party = party_by_name.get(speaker)
            anchors[speaker] = "speaker-" + (party.id if party else taken.claim(slugify(speaker)))
    return anchors


def quote_groups(explainer: Explainer) -> list[tuple[str | None, list]]:
    """Quotes by speaker: main parties first, then the other speakers, in the explainer's order;
    quotes with no speaker last."""
    order = {p.name: (not p.main, i) for i, p in enumerate(explainer.parties)}
    groups: dict[str | None, list] = {}
    for quote in explainer.quotes:
        groups.setdefault(quote.speaker, []).append(quote)
    return sorted(groups.items(), key=lambda g: (g[0] is None, order.get(g[0] or "", (True, len(order))), g[0] or ""))
