"""Render the explainer into Markdown pages through Jinja2 templates, one template per page type.

render_site returns {path inside the docs tree: Markdown}. Pages link to each other with
relative .md links so MkDocs validates every link; article paragraphs carry ids p-0, p-1, ...
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

import jinja2

from .. import settings
from ..ids import IdAllocator, article_slugs, chunked, numbered_pages, slugify
from ..model import Event, Explainer, Located, PartyKind, Place
from ..rank.timeline import (
    Period,
    date_key,
    format_date,
    key_timeline,
    latest_events,
    split_background,
    timeline_periods,
    timeline_rows,
)
from .diagram import is_go_between, relations, relationship_svg
from .escape import Trusted, heading_text, markdown_text, title_text, yaml_string
from .source_pages import sources_pages
from .summary import clip_words, key_figures, sides_at_a_glance, split_sentences, strip_dateline, summary_sentences
from .update_pages import updates_pages

__all__ = [
    "TEMPLATES",
    "Site",
    "build_date",
    "environment",
    "indexed_quotes",
    "iso_date",
    "main_filter",
    "main_sides",
    "party_search_boost",
    "period_pages",
    "provenance",
    "quote_groups",
    "render_site",
    "safe_slug",
    "speaker_anchors",
    "write_pages",
]

TEMPLATES = Path(__file__).parent / "templates"
_KIND_HEADINGS = [
    (PartyKind.PERSON, "People"),
    (PartyKind.GROUP, "Groups"),
    (PartyKind.ORGANISATION, "Organisations"),
    (PartyKind.COUNTRY, "Countries"),
]


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        # every printed value is escaped for Markdown by finalize; what it returns is Markup, so
        # autoescape leaves it alone, and macro output (Markup too) is not escaped twice
        autoescape=True,
        finalize=markdown_text,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["heading"] = heading_text
    env.filters["slug"] = safe_slug
    env.filters["iso"] = iso_date
    env.filters["date"] = format_date
    return env


def safe_slug(value: str) -> Trusted:
    """Ids and slugs we made (a-z, 0-9, hyphens) go into links and anchors unescaped."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value or ""):
        raise ValueError(f"not a slug: {value!r}")
    return Trusted(value)


def iso_date(value: str) -> Trusted:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value or ""):
        raise ValueError(f"not an ISO date: {value!r}")
    return Trusted(value)


class Site:
    """What every template needs: the explainer and link helpers relative to the page."""

    def __init__(self, explainer: Explainer):
        self.x = explainer
        self.article_slug = article_slugs([a.id for a in explainer.articles])
        self.party_by_name = {p.name: p for p in explainer.parties}
        self.article_by_id = {a.id: a for a in explainer.articles}
        self._links: dict[tuple, Trusted] = {}  # the same links recur on hundreds of pages
        self.event_pages: dict[str, str] = {}  # event id -> its full-timeline page, when not timeline.md
        self.quote_pages: dict[str, str] = {}  # quote id -> the page that shows it (_quote_pages)
        self.sources_split = False  # the sources of a big story are on pages of their own (source_pages)
        self.quotes_by_speaker: dict[str | None, list] = {}  # None: quotes with no named speaker
        for quote in explainer.quotes:
            self.quotes_by_speaker.setdefault(quote.speaker, []).append(quote)

    def paragraph_link(self, place: Located, root: str, label: str | None = None) -> Trusted:
        key = (place.article, place.paragraph, str(root), label)
        if key not in self._links:
            self._links[key] = self._paragraph_link(place.article, place.paragraph, root, label)
        return self._links[key]

    def _paragraph_link(self, article: str, paragraph: int, root: str, label: str | None) -> Trusted:
        text = label or f"{self.short_title(article)}\u00b6{paragraph + 1}"
        return Trusted(f"[{markdown_text(text)}]({root}sources/{self.article_slug[article]}.md#p-{paragraph})")

    def quote_context(self, quote) -> str | None:
        """The words around a quote in its paragraph, the quote itself elided: who said it, how."""
        article = self.article_by_id.get(quote.article)
        if article is None:
            return None
        paragraph = article.paragraphs[quote.paragraph]
        first = quote.text.split("\n")[0]
        at = paragraph.find(first)
        if at < 0:
            return None
        before, after = paragraph[:at].rstrip(), paragraph[at + len(first) :].lstrip()
        if not before.strip(" \u201c\u201d\"'") and not after.strip(" \u201c\u201d\"'.,"):
            if quote.paragraph == 0:
                return None  # a paragraph that is all quote: the previous one introduces it
            previous = article.paragraphs[quote.paragraph - 1]
            return previous if len(previous) <= 160 else "\u2026" + previous[-160:].split(" ", 1)[-1]
        before = ("\u2026" + before[-110:].split(" ", 1)[-1]) if len(before) > 110 else before
        after = (after[:110].rsplit(" ", 1)[0] + "\u2026") if len(after) > 110 else after
        return f"{before} [\u2026] {after}".strip()

    def event_sentence(self, event) -> str:
        """The whole sentence that tells an event, shown under the key events a reader skims:
        the extractor's clause ('Who died in February') needs the sentence around it, and the
        sentence alone would lend the clause's date to its main verb."""
        article = self.article_by_id.get(event.article)
        if article is None or event.paragraph >= len(article.paragraphs):
            return event.what
        for n, sentence in enumerate(split_sentences(article.paragraphs[event.paragraph])):
            if event.evidence and event.evidence in sentence:
                sentence = strip_dateline(sentence) if n == 0 else sentence
                words = sentence.split()
                return " ".join(words[:45]) + ("\u2026" if len(words) > 45 else "")
        return event.what

    def event_context(self, event) -> str | None:
        """The sentence around an event's clause, when the clause leaves much of it out."""
        sentence = self.event_sentence(event)
        return sentence if len(event.what.split()) < 0.7 * len(sentence.split()) else None

    def event_link(self, event, root: str) -> Trusted:
        page = self.event_pages.get(event.id, "timeline.md")
        return Trusted(f"{root}{page}#{safe_slug(event.id)}")

    def quote_link(self, quote, root: str) -> Trusted | None:
        page = self.quote_pages.get(quote.id)
        return Trusted(f"{root}{page}#{safe_slug(quote.id)}") if page else None

    def source_link(self, source, root: str) -> Trusted:
        anchor = "" if self.sources_split else f"#source-{safe_slug(source.id)}"
        return Trusted(f"{root}sources/index.md{anchor}")

    @staticmethod
    def first_place(party, article_id: str) -> Place | None:
        """Where a party first comes up in a report: the paragraph the Updates page links to."""
        places = [p for p in (*party.acts, *party.mentions, *party.describes) if p.article == article_id]
        places += [Place(p.article, p.paragraph) for p in party.positions if p.article == article_id]
        return min(places, key=lambda p: p.paragraph, default=None)

    @staticmethod
    def first_citation(source, article_id: str):
        return next((c for c in source.citations if c.article == article_id), None)

    @staticmethod
    def clip(text: str, words: int) -> str:
        return clip_words(text, words)

    def article_title(self, article_id: str) -> str:
        article = self.article_by_id.get(article_id)
        return (
            f"{article.title} ({article.outlet})" if article and article.outlet else (article.title if article else "")
        )

    def relative_when(self, event) -> str:
        """When an undated event happened, relative to its report: "this report" names which
        report when the site has several."""
        if not event.relative or len(self.x.articles) == 1:
            return event.relative or ""
        article = self.article_by_id[event.article]
        name = f"the {article.outlet} report" if article.outlet else f"the report \u201c{article.title}\u201d"
        return event.relative.replace("this report", name)

    def short_title(self, article_id: str) -> str:
        """How a paragraph link names its article: not at all when there is only one."""
        if len(self.x.articles) == 1:
            return "source "
        article = self.article_by_id[article_id]
        words = (article.outlet or article.title).split()
        return " ".join(words[:6]) + ("\u2026" if len(words) > 6 else "") + ", "

    def party_link(self, name: str | None, root: str) -> Trusted:
        key = ("party", name, str(root))
        if key not in self._links:
            self._links[key] = self._party_link(name, root)
        return self._links[key]

    def _party_link(self, name: str | None, root: str) -> Trusted:
        party = self.party_by_name.get(name) if name is not None else None
        if party is None:
            return Trusted(markdown_text(name or "Unattributed"))
        return Trusted(f"[{markdown_text(party.name)}]({root}parties/{party.id}.md)")


def _front_matter(
    title: str, description: str | None = None, boost: float | None = None, unsearched: bool = False
) -> str:
    """YAML front matter that YAML always reads back as written (escape.yaml_string): MkDocs
    renders front matter it cannot read as Markdown, so a broken one would publish the title
    unescaped."""
    lines = [f"title: {yaml_string(title_text(title))}"]
    if description:
        lines.append(f"description: {yaml_string(title_text(description[:200]))}")
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
    headline = explainer.title or (explainer.articles[0].title if len(explainer.articles) == 1 else "What happened")
    page(
        "index.md",
        "overview.md.j2",
        headline,
        summary=summary_sentences(explainer),
        lead=explainer.lead,
        key_events=key_timeline(explainer),
        figures=key_figures(explainer),
        latest=latest_events(explainer),
        sides=sides_at_a_glance(explainer, _KIND_HEADINGS),
    )
    rows = timeline_rows(explainer)
    _timeline_pages(page, site, rows, compact_search=not index_text)
    _parties_pages(page, site)
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
    _quote_pages(page, site, index_text)
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


def _parties_pages(page, site: Site) -> None:
    """The main parties first, who belongs to whom among them, then every party by kind; with
    many parties, the diagram keeps to the main sides and each kind's table has pages of its own."""
    explainer = site.x
    drawn = explainer
    if len(explainer.parties) > settings.PAGES.diagram_all_parties and any(p.main for p in explainer.parties):
        drawn = dataclasses.replace(explainer, parties=main_sides(explainer))
    quote_counts = {name: len(quotes) for name, quotes in site.quotes_by_speaker.items()}
    directory = {}
    for kind, heading in _KIND_HEADINGS:
        members = [p for p in explainer.parties if p.kind == kind]
        if len(explainer.parties) > settings.PAGES.directory_page_parties and members:
            chunks = numbered_pages(heading, members, settings.PAGES.directory_page_parties)
            directory[kind] = [(name, len(chunk)) for name, chunk in chunks]
            for n, (name, chunk) in enumerate(chunks, 1):
                page(
                    f"directory/{name}.md",
                    "parties.md.j2",
                    f"{heading} ({n} of {len(chunks)})",
                    kinds=[(kind, heading)],
                    diagram=Trusted(""),
                    quote_counts=quote_counts,
                    relations=[],
                    go_betweens=[],
                    main=[],
                    directory={},
                    listed=chunk,
                )
    page(
        "parties/index.md",
        "parties.md.j2",
        "Parties",
        kinds=_KIND_HEADINGS,
        diagram=Trusted(relationship_svg(drawn, lambda party: f"{party.id}/")),
        quote_counts=quote_counts,
        relations=relations(drawn),
        go_betweens=[p for p in drawn.parties if is_go_between(p)],
        main=[p for p in explainer.parties if p.main],
        directory=directory,
        listed=explainer.parties,
    )


def main_sides(explainer: Explainer) -> tuple:
    """The main parties with the bodies they belong to and their own members: the diagram of a
    story with hundreds of names."""
    main = {p.name for p in explainer.parties if p.main}
    bodies = {p.affiliation for p in explainer.parties if p.main and p.affiliation}
    return tuple(p for p in explainer.parties if p.name in main or p.name in bodies or p.affiliation in main)


def _timeline_pages(page, site: Site, rows: list[Event], compact_search: bool) -> None:
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


def _quote_pages(page, site: Site, index_text: bool) -> None:
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


def party_search_boost(party) -> float:
    """A party's name finds its own page first: party pages rank above pages that only mention
    the name, a main party's above a lesser one's, and a shorter name above a longer one that
    contains it ('Senate' before 'Senate Republicans' for 'Senate')."""
    return round((4 if party.main else 2) / len(party.name.split()) ** 0.5 + 1, 2)


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
    return {"articles": len(explainer.articles), "published": published, "corrections": explainer.corrections}


def write_pages(pages: dict[str, str], out: Path) -> None:
    for path, content in sorted(pages.items()):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
