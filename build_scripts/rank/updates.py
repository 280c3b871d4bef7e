"""What each report adds to the story that earlier reports did not: new events, parties, quotes
and sources, computed from the seeds alone (no record of earlier builds), so the same seeds
always give the same updates. Plain data; site/update_pages.py writes the Updates page, site/feed.py the feed.

Reports are read oldest first: those without a publication date first, in file order (nothing
says when they came), then the dated ones by date and file name. The page and the feed show them
the other way round, newest first, with the undated last in file order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from ..model import Article, Event, Explainer, Party, Quote, Source
from .timeline import date_key

__all__ = ["ReportUpdate", "newest_first", "oldest_first", "report_updates"]


@dataclass(frozen=True, kw_only=True)
class ReportUpdate:
    article: Article
    events: tuple[Event, ...]
    parties: tuple[Party, ...]
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]

    @property
    def adds_nothing(self) -> bool:
        return not (self.events or self.parties or self.quotes or self.sources)


def _file_name(article: Article) -> str:
    return PurePath(article.path).name


def oldest_first(articles: tuple[Article, ...]) -> list[Article]:
    undated = [a for a in articles if not a.published]
    dated = sorted((a for a in articles if a.published), key=lambda a: (a.published, _file_name(a)))
    return undated + dated


def newest_first(articles: tuple[Article, ...]) -> list[Article]:
    """Dated reports newest first (by date, then file name), then the undated in file order."""
    dated = sorted((a for a in articles if a.published), key=lambda a: (a.published, _file_name(a)), reverse=True)
    return dated + [a for a in articles if not a.published]


def report_updates(explainer: Explainer) -> list[ReportUpdate]:
    """Each report's additions, newest report first."""
    rank = {a.id: n for n, a in enumerate(oldest_first(explainer.articles))}

    def first(article_ids: Iterable[str]) -> str:  # "" for none: no report's id
        return min(article_ids, key=lambda a: (rank.get(a, len(rank)), a), default="")

    events: dict[str, list[Event]] = {}
    for event in explainer.events:
        events.setdefault(first({event.article, *(s.article for s in event.sources)}), []).append(event)
    parties: dict[str, list[Party]] = {}
    spoken = _quote_articles(explainer.quotes)
    for party in explainer.parties:
        places = {p.article for p in (*party.mentions, *party.acts, *party.describes)}
        places |= {p.article for p in party.positions}
        places |= spoken.get(party.name, set())
        if places:
            parties.setdefault(first(places), []).append(party)
    quotes: dict[str, list[Quote]] = {}
    seen: dict[str, str] = {}  # a quotation's words -> the first report that carries them
    for quote in sorted(explainer.quotes, key=lambda q: (rank.get(q.article, len(rank)), q.paragraph, q.start)):
        words = " ".join(quote.text.casefold().split())
        if seen.setdefault(words, quote.article) == quote.article:
            quotes.setdefault(quote.article, []).append(quote)
    sources: dict[str, list[Source]] = {}
    for source in explainer.sources:
        sources.setdefault(first(set(source.articles())), []).append(source)
    order = {p.name: n for n, p in enumerate(explainer.parties)}
    return [
        ReportUpdate(
            article=article,
            events=tuple(
                sorted(
                    events.get(article.id, []), key=lambda e: (e.date is None, date_key(e.date), e.paragraph, e.order)
                )
            ),
            parties=tuple(sorted(parties.get(article.id, []), key=lambda p: (not p.main, order[p.name]))),
            quotes=tuple(sorted(quotes.get(article.id, []), key=lambda q: (not q.key, q.paragraph, q.start))),
            sources=tuple(sources.get(article.id, [])),
        )
        for article in newest_first(explainer.articles)
    ]


def _quote_articles(quotes: tuple[Quote, ...]) -> dict[str, set[str]]:
    spoken: dict[str, set[str]] = {}
    for quote in quotes:
        if quote.speaker:
            spoken.setdefault(quote.speaker, set()).add(quote.article)
    return spoken
