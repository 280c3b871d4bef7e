"""What every page template shares: the Jinja2 environment with the escaping filters, and
`Site`, the story seen from its pages (links to paragraphs, parties, events, quotes and
sources, and the sentences that introduce them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import jinja2

from ..extract.furniture import strip_dateline
from ..ids import article_slugs, numbered_pages
from ..model import Explainer, Located, PartyKind, Place
from ..rank.timeline import format_date
from .escape import Trusted, heading_text, markdown_text
from .summary import clip_words, split_sentences

__all__ = ["KIND_HEADINGS", "TEMPLATES", "Site", "environment", "iso_date", "safe_slug", "write_numbered_pages"]

TEMPLATES = Path(__file__).parent / "templates"
KIND_HEADINGS = [
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
        self.quote_pages: dict[str, str] = {}  # quote id -> the page that shows it (quote_pages.py)
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


def write_numbered_pages(
    page, folder: str, template: str, heading: str, items: Sequence, size: int, context_of: Callable[[Sequence], dict]
) -> list[tuple[str, int]]:
    """A long list on pages of its own, `folder/<heading>-N.md` titled "Heading (n of N)", each
    rendered with `context_of(its items)`; the pages' names and how many items each holds."""
    chunks = numbered_pages(heading, items, size)
    for n, (name, chunk) in enumerate(chunks, 1):
        page(f"{folder}/{name}.md", template, f"{heading} ({n} of {len(chunks)})", **context_of(chunk))
    return [(name, len(chunk)) for name, chunk in chunks]
