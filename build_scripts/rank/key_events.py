"""The key timeline: the few events a reader must know, one statement each.

The days the reports keep returning to and the news they lead with weigh most; among a day's
events, one told by several reports, in their leads, with the main parties, more than one
report's aside. Only an event whose line reads as a statement on its own
(extract/events/statement.py) and that had happened when it was reported is a candidate. Every
count is over reports, not words, and every tie is broken by the events' order. An editor's
`key` mark is never overridden.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass

from .. import settings
from ..link.events import is_expected, is_forecast
from ..link.leads import is_lead_news, lead_paragraphs
from ..model import Event, Explainer

__all__ = ["KeyWeights", "key_events", "key_weights"]

# a date only to the year or the month is usually background ("in 2015"); a day is news
_PRECISION_WEIGHT = {4: 0.3, 7: 0.6, 10: 1.0}


@dataclass(frozen=True)
class KeyWeights:
    """How much each candidate event (by its index in the explainer's events) weighs, and how
    many of its tellings lead their report."""

    weight: dict[int, float]
    leads: dict[int, int]
    background: frozenset[int] = frozenset()  # dated before the month of the first report


def key_events(explainer: Explainer, main: set[str]) -> tuple[Event, ...]:
    events = list(explainer.events)
    chosen = _chosen(events, key_weights(explainer, main))
    return tuple(dataclasses.replace(e, key=i in chosen) for i, e in enumerate(events))


def key_weights(explainer: Explainer, main: set[str], marked: bool = False) -> KeyWeights:
    """Each candidate's weight: its date's (reports naming it, twice those leading with it; a
    month or a year counts less and only up to a few reports) and a tenth of its own (reports
    telling it, twice those leading with it, main parties in it, and how central it is to its
    day's reporting); half for background, dated before the month of the first report. With `marked`, the key events' weights instead: which
    of them the story is most about."""
    articles = {a.id: a for a in explainer.articles}
    leads = {a.id: lead_paragraphs(a) for a in explainer.articles}
    events = explainer.events
    reports_of_date: dict[str, set[str]] = defaultdict(set)
    leads_of_date: dict[str, set[str]] = defaultdict(set)
    lead_places: dict[int, int] = defaultdict(int)
    for i, event in enumerate(events):
        for place in event.sources if event.date else ():
            if place.article not in articles:
                continue  # a place in no report of the story: nothing to weigh it by
            reports_of_date[event.date or ""].add(place.article)
            if is_lead_news(event.date, place, articles[place.article], leads[place.article]):
                leads_of_date[event.date or ""].add(place.article)
                lead_places[i] += 1
    published = {a.id: a.published for a in explainer.articles if a.published}
    first = min(published.values(), default="")[:7]
    weight, background = {}, set()
    for i in [i for i, e in enumerate(events) if e.key] if marked else _candidates(events, published, main):
        date = events[i].date or ""
        named = len(reports_of_date[date])
        named = named if len(date) == 10 else min(named, settings.SALIENCE.coarse_date_reports)
        of_date = (named + 2 * len(leads_of_date[date])) * _PRECISION_WEIGHT.get(len(date), 0.3)
        own: float = (
            len({p.article for p in events[i].sources}) + 2 * lead_places[i] + len(set(events[i].parties) & main)
        )
        # among a day's events, the one that says most of what the reports tell of the day
        own += settings.SALIENCE.day_centrality * events[i].centrality
        # discounting approximate dates too was tried: it lost a must-have event
        weight[i] = (of_date + own / 10) * (0.5 if date < first[: len(date)] else 1)
        if date < first[: len(date)]:
            background.add(i)
    return KeyWeights(weight, dict(lead_places), frozenset(background))


def _candidates(events, published: dict[str, str], main: set[str]) -> list[int]:
    """Events a key line may show: dated, undecided by the editor, a statement that reads on
    its own, and news, not a plan or a forecast ('a rally slated for Wednesday', then cancelled).
    An event dated only to a month or a year ('this week', 'this year' in one report) must be
    told by two reports: alone, it was most often a report's aside (its lead's too: tried, it
    marked more asides than it found). A month one report names is a candidate still when a
    main party does it to another ('the governor appointed Ines Abara in March'): the story's
    own sides acting on each other are its news, however many reports retell them."""
    return [
        i
        for i, e in enumerate(events)
        if e.date
        and e.key is None
        and e.stated
        and len(e.what.split()) >= settings.SALIENCE.key_event_words
        and not is_forecast(e, published)
        and not is_expected(e.what)
        and (len(e.date) == 10 or len({p.article for p in e.sources}) >= 2 or _between_main(e, main))
    ]


def _between_main(event: Event, main: set[str]) -> bool:
    """A month's event whose actor is a main party and that names another."""
    return len(event.date or "") == 7 and event.actor in main and len(set(event.parties) & main) >= 2


def _chosen(events: list[Event], weights: KeyWeights) -> set[int]:
    """Greedy, each further event of a day counting half: twelve different days tell more than
    twelve reports of one press conference. Not twelve at any price: below the floor, a year
    one report names in passing, nothing is key."""
    chosen = {i for i, e in enumerate(events) if e.key is True}
    day = _Days(single=len({p.article for e in events for p in e.sources}) == 1)
    for i in chosen:
        day.add(events[i])
    candidates = sorted(weights.weight, key=lambda i: (-weights.weight[i], i))
    if day.single:  # one report: its key timeline is its dated statements, as many as fit
        return chosen | set(candidates[: max(settings.SALIENCE.key_events - len(chosen), 0)])
    # how it began: background several reports retell ('became public in May 2019') outweighs
    # the twelfth line of the story's own weeks, which its own dates' weight would always win
    retold = [i for i in candidates if i in weights.background and len({p.article for p in events[i].sources}) >= 2]
    for i in retold:
        if sum(1 for c in chosen if c in weights.background) >= settings.SALIENCE.key_background:
            break
        if not day.count(events[i]):
            chosen.add(i)
            day.add(events[i])
            candidates.remove(i)
    while len(chosen) < settings.SALIENCE.key_events and candidates:
        best = min(candidates, key=lambda i: (-weights.weight[i] / 2 ** day.count(events[i]), i))
        candidates.remove(best)
        if weights.weight[best] / 2 ** day.count(events[best]) < settings.SALIENCE.key_event_floor:
            break
        if (
            day.covers(events[best])
            or day.told(events[best])
            or (day.count(events[best]) and not day.another_happening(events[best], weights.leads.get(best, 0)))
        ):
            continue
        chosen.add(best)
        day.add(events[best])
    return chosen


class _Days:
    """The key events chosen so far, by date: how many, told by which reports, done by whom."""

    def __init__(self, single: bool = False) -> None:
        self.single = single  # one report: its lines are its happenings, with no other report to weigh them
        self.counts: dict[str, int] = defaultdict(int)
        self.reports: dict[str, set[str]] = defaultdict(set)
        self.actors: dict[str, set[str | None]] = defaultdict(set)
        self.words: dict[str, set[str]] = defaultdict(set)  # the words of the day's chosen lines
        self.lines: set[tuple[str, str]] = set()  # every chosen line, lower case, by each report telling it

    def add(self, event: Event) -> None:
        date = event.date or ""
        self.counts[date] += 1
        self.reports[date] |= {p.article for p in event.sources}
        self.actors[date].add(event.actor)
        self.words[date] |= _long_words(event.what)
        self.lines |= {(p.article, event.what.lower()) for p in event.sources}

    def count(self, event: Event) -> int:
        return self.counts[event.date or ""]

    def told(self, event: Event) -> bool:
        """Whether a chosen line of the same report already says the same words: one sentence
        that dates its event to two days ('brought eight out on Monday and Tuesday') is one key
        line, not two."""
        return any((p.article, event.what.lower()) in self.lines for p in event.sources)

    def another_happening(self, event: Event, leads: int) -> bool:
        """A day's further key event is another happening, not the first in other words: a
        party named as doing it that did none of the day's chosen events ('the ferry ran aground'
        and 'the vessel became stuck' name none), and news in its own right: told by two
        reports, in a report's lead, or by a report that tells none of the day's chosen events."""
        date = event.date or ""
        reports = {p.article for p in event.sources}
        return (
            event.actor is not None
            and not any(_same_party(event.actor, actor) for actor in self.actors[date])
            and (len(reports) >= 2 or leads > 0 or not reports & self.reports[date])
        )

    def covers(self, event: Event) -> bool:
        """Whether a month or a year retells a chosen day in it ('the ferry blocked the strait for
        days in May' beside 'the ferry ran aground in the strait on 3 May'): a day in it whose
        line shares two of its words of four letters or more."""
        date = event.date or ""
        if len(date) == 10:
            return False
        words = _long_words(event.what)
        return any(day.startswith(date + "-") and len(words & told) >= 2 for day, told in self.words.items())


def _long_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4}


def _same_party(one: str, other: str | None) -> bool:
    """Two names of one side, as the linker may have left them apart: 'Falk' and 'Aron
    Falk', 'Lindqvist campaign' and 'Signe M. Lindqvist' share a word."""
    return other is not None and bool(set(one.lower().split()) & set(other.lower().split()))
