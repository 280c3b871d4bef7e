"""The timeline as a reader reads it: events in date order, grouped by period, the story's own
events apart from its background, the key timeline and the latest developments. Plain data;
site/timeline_pages.py writes the pages."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..link.events import is_expected, is_forecast
from ..model import Event, Explainer

__all__ = [
    "Period",
    "date_key",
    "format_date",
    "key_timeline",
    "latest_events",
    "split_background",
    "timeline_periods",
    "timeline_rows",
    "undated_reports",
]


def format_date(value: str | None) -> str:
    if not value:
        return "Undated"
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value  # not a calendar date: shown as it is rather than failing the build
    parts = value.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(value)
        return f"{day.day} {day.strftime('%B %Y')}"
    if len(parts) == 2:
        return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
    return parts[0]


def undated_reports(explainer: Explainer) -> list[str]:
    """A warning for each report without a publication date whose dates it therefore cannot
    put on the calendar ('on Monday', 'yesterday', 'two years ago'), saying how many and how
    to give it one."""
    undated = {a.id for a in explainer.articles if not a.published}
    relative_of: dict[str, list[Event]] = {}
    for event in explainer.events:  # one pass, not one per article: a corpus has thousands of each
        if event.article in undated and event.relative and not event.date:
            relative_of.setdefault(event.article, []).append(event)
    notes = []
    for article in explainer.articles:
        relative = relative_of.get(article.id)
        if not relative:
            continue
        shown = ", ".join(f"\u2018{e.evidence}\u2019" for e in relative[:3]) + (", \u2026" if len(relative) > 3 else "")
        # a saved web page has no front matter: its date comes from the page, or from a sidecar
        where = "" if article.path.lower().endswith((".html", ".htm")) else "its front matter or "
        notes.append(
            f"{article.path}: no publication date, so {len(relative)} of its dates ({shown}) are placed "
            f"relative to the report, not on the calendar; give it one with 'published: YYYY-MM-DD' in "
            f"{where}{article.id}.yml"
        )
    return notes


def date_key(value: str | None) -> str:
    return value or ""


def timeline_rows(explainer: Explainer) -> list[Event]:
    """Dated events by date; undated ones, in text order, just before the report's own days."""
    article_order = {a.id: i for i, a in enumerate(explainer.articles)}
    text_order = lambda e: (article_order.get(e.article, 0), e.paragraph, e.order)
    dated = sorted((e for e in explainer.events if e.date), key=lambda e: (date_key(e.date or ""), text_order(e)))
    undated = sorted((e for e in explainer.events if not e.date), key=text_order)
    latest_publication = max((a.published for a in explainer.articles if a.published), default=None)
    if latest_publication is None:
        return dated + undated
    cutoff = (dt.date.fromisoformat(latest_publication) - dt.timedelta(days=7)).isoformat()
    split = next((i for i, e in enumerate(dated) if (e.date or "") >= cutoff[: len(e.date or "")]), len(dated))
    return dated[:split] + undated + dated[split:]


@dataclass(frozen=True)
class Period:
    label: str
    anchor: str
    events: tuple


def timeline_periods(rows: list[Event]) -> list[Period]:
    """Consecutive events of the same month (or year, or 'undated') under one heading."""
    periods: list[Period] = []
    for event in rows:
        if event.date:
            key = event.date[:7] if len(event.date) >= 7 else event.date[:4]
            label = format_date(key)
        else:
            key, label = "undated", "Undated, earlier"
        if periods and periods[-1].anchor == f"period-{key}":
            periods[-1] = Period(periods[-1].label, periods[-1].anchor, periods[-1].events + (event,))
        else:
            anchor = (
                f"period-{key}" if all(p.anchor != f"period-{key}" for p in periods) else f"period-{key}-{len(periods)}"
            )
            periods.append(Period(label, anchor, (event,)))
    return periods


def latest_events(explainer: Explainer, count: int = 4) -> list[Event]:
    """The newest things that happened: nothing dated after the report that tells it (a plan or
    a prediction) and nothing the report expects; key events first among the same day."""
    published = {a.id: a.published for a in explainer.articles if a.published}
    happened = [e for e in explainer.events if e.date and not is_expected(e.what) and not is_forecast(e, published)]
    dated = sorted(happened, key=lambda e: (date_key(e.date or ""), bool(e.key), -e.paragraph), reverse=True)
    return dated[:count]


def key_timeline(explainer: Explainer) -> list[Event]:
    return sorted((e for e in explainer.events if e.key and e.date), key=lambda e: (date_key(e.date), e.id))


def split_background(explainer: Explainer, rows: list[Event]) -> tuple[list[Event], list[Event]]:
    """The story's own events, and the background: events dated before the month of its first
    report, which a reader wants after the news, not before it."""
    first = min((a.published for a in explainer.articles if a.published), default=None)
    if first is None:
        return rows, []
    story = [e for e in rows if not e.date or e.date >= first[: len(e.date)][:7]]
    return story, [e for e in rows if e.date and e.date < first[: len(e.date)][:7]]
