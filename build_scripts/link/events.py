"""The story's events: every report's dated clauses, and the same happening told by several
reports (or twice in one) joined into one event that lists every telling.

Two tellings are one event when they fall on the same day or the next (a report's 'yesterday'
and another's 'on Tuesday' may be a time zone apart), are both plans or both things that
happened, and say the same thing: their sentences' content words, weighted by how rare each is
in the story (TF-IDF), point the same way, the parties they name counted as words. A telling
joins the event it is most like, measured against all the tellings the event already has (its
centroid), so one shared word does not chain unrelated events. The event shows the telling most
central to the others among those that read as a statement (the centroid selection of timeline
summarisation), and is dated as most of its tellings date it.

Each telling is compared only with events indexed under a word it shares, on its day or the
next, and at most `settings.LINKING.event_candidates` of them per word: a story with thousands
of events on one day stays linear in its length.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .. import settings
from ..extract.drafts import ArticleExtraction, EventDraft
from ..ids import EVENT_PREFIX, IdAllocator
from ..model import Event, Place
from .leads import lead_paragraphs

__all__ = ["is_expected", "is_forecast", "is_hedged", "story_date", "story_events", "telling_similarity"]

_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SCHEDULED = re.compile(
    r"\b(?:will|shall|scheduled|set to|due|expected|planned|slated|plans? to|upcoming)\b", re.IGNORECASE
)


def is_expected(sentence: str) -> bool:
    """'The vote is scheduled for May', 'she will testify': a plan or a prediction, not news."""
    return bool(_SCHEDULED.search(sentence))


_HEDGED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:thought|believed|feared|understood|presumed|said)\s+to\b"
    r"|\b(?:reportedly|allegedly|apparently|purportedly)\b",
    re.IGNORECASE,
)


def is_hedged(sentence: str) -> bool:
    """'The crew are thought to have been trapped since Saturday': what someone believes of
    what happened; another report's plain 'the crew went missing on Saturday' tells it better."""
    return bool(_HEDGED.search(sentence))


def is_forecast(event: Event, published: dict[str, str]) -> bool:
    """Is the event dated after the report that tells it (`published`: each article's date)?
    Then it is that report's plan or forecast, not something that has happened."""
    date = event.date
    return date is not None and event.article in published and date > published[event.article][: len(date)]


def story_date(date: str | None, latest: str | None, sentence: str, evidence: str = "") -> str | None:
    """A calendar date the timeline can place: none before year 1000, and none reckoned from
    another date ('more than 200 years later', no year written) that lands more than a year
    after the newest report, unless the sentence says it is scheduled. A year the text writes
    ('March 31, 2025') stands."""
    if not date or not _CALENDAR.match(date) or int(date[:4]) < 1000:
        return None
    if latest and _CALENDAR.match(latest) and not re.search(r"\b\d{4}\b", evidence):
        limit = f"{int(latest[:4]) + 1:04d}{(latest + '-12-31')[4:10]}"
        if (date + "-01-01")[:10] > limit and not is_expected(sentence):
            return None
    return date


@dataclass
class _Telling:
    """One report's telling of an event, with what it is compared by."""

    event: Event
    draft: EventDraft
    words: Counter  # content lemmas of its sentence and the names of its parties
    planned: bool
    lead: bool  # told in its report's lead
    published: str | None  # its report's publication date
    vector: dict[str, float] = field(default_factory=dict)


@dataclass
class _Group:
    members: list[_Telling] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    days: set[str] = field(default_factory=set)

    def add(self, telling: _Telling) -> None:
        self.members.append(telling)
        for word, weight in telling.vector.items():
            self.centroid[word] += weight
        self.norm = math.sqrt(sum(w * w for w in self.centroid.values())) or 1.0
        if telling.event.date:
            self.days.add(telling.event.date)


def story_events(extractions: list[ArticleExtraction], name_of, slugs: dict[str, str], item_ids: IdAllocator):
    """Every report's events, one per real event, in story order."""
    tellings = _tellings(extractions, name_of, slugs, item_ids)
    _weigh(tellings)
    groups = _grouped(tellings)
    days = _day_centroids(tellings)
    return tuple(
        dataclasses.replace(event, centrality=_centrality(group, days.get(event.date or "")))
        for event, group in ((_merged(group, order), group) for order, group in enumerate(groups))
    )


def _day_centroids(tellings: list[_Telling]) -> dict[str, dict[str, float]]:
    """Per date, what its tellings say, each report counting once (the mean of its tellings of
    the day): the day as the reports tell it, not as the report that returns to it most does."""
    by_report: dict[tuple[str, str], list[_Telling]] = defaultdict(list)
    for telling in tellings:
        if telling.event.date:
            by_report[(telling.event.date, telling.event.article)].append(telling)
    days: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for (date, _), told in by_report.items():
        for telling in told:
            for word, weight in telling.vector.items():
                days[date][word] += weight / len(told)
    return days


def _centrality(group: _Group, day: dict[str, float] | None) -> float:
    """How much of what the reports tell of its day this event says (the cosine of its
    tellings' and the day's word vectors, to three places so that it orders the same way on
    every machine): 'Brekke seized the depot' more than 'a statement was a measured comment'."""
    if not day:
        return 0.0
    norm = math.sqrt(sum(w * w for w in day.values())) or 1.0
    return round(telling_similarity(group.centroid, day) / (group.norm * norm), 3)


def _tellings(extractions, name_of, slugs, item_ids) -> list[_Telling]:
    latest = max((x.article.published for x in extractions if x.article.published), default=None)
    out = []
    for x in extractions:
        published = {x.article.id: x.article.published} if x.article.published else {}
        lead = lead_paragraphs(x.article)
        for n, e in enumerate(sorted(x.events, key=lambda e: (e.paragraph, e.char)), 1):
            parties = tuple(dict.fromkeys(p for p in (name_of(x.article.id, d) for d in e.parties) if p))
            event = Event(
                id=item_ids.claim(f"{EVENT_PREFIX}{slugs[x.article.id]}-{n}"),
                date=story_date(e.date, latest, e.what, e.evidence),
                what=e.what,
                article=x.article.id,
                paragraph=e.paragraph,
                evidence=e.evidence,
                relative=e.relative,
                approximate=e.approximate,
                parties=parties,
                sources=(Place(x.article.id, e.paragraph),),
                stated=e.stated,
                actor=name_of(x.article.id, e.actor),
                headline=e.headline,
            )
            # a draft made without its sentence's words (an editor's, a test's): its line's, but the date's
            words = Counter(
                e.terms or set(re.findall(r"\w+", e.what.lower())) - set(re.findall(r"\w+", e.evidence.lower()))
            )
            words.update(word for name in parties for word in name.lower().split())
            planned = is_expected(e.what) or is_forecast(event, published)
            out.append(_Telling(event, e, words, planned, e.paragraph in lead, x.article.published))
    return out


def _weigh(tellings: list[_Telling]) -> None:
    """Each telling's words as a unit vector, a word weighing more the fewer tellings use it."""
    counts = Counter(word for t in tellings for word in t.words)
    total = len(tellings) + 1
    for telling in tellings:
        vector = {w: n * (math.log(total / (counts[w] + 1)) + 1) for w, n in telling.words.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        telling.vector = {w: v / norm for w, v in vector.items()}


def telling_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two unit vectors of words."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _grouped(tellings: list[_Telling]) -> list[_Group]:
    groups: list[_Group] = []
    index: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # day -> word -> groups
    for telling in tellings:
        date = telling.event.date
        # 'Last year' shares its words with every event of that year: too few words to be anyone's twin
        date = date if len(telling.words) >= settings.LINKING.twin_event_words else None
        best = _best_group(telling, groups, index) if date else None
        if best is None:
            best = len(groups)
            groups.append(_Group())
        group = groups[best]
        group.add(telling)
        if date:
            for word in telling.vector:
                postings = index[date][word]
                if not postings or postings[-1] != best:
                    postings.append(best)
    return groups


def _best_group(telling: _Telling, groups: list[_Group], index) -> int | None:
    date = telling.event.date or ""
    limit = settings.LINKING.event_candidates
    scores: dict[int, float] = defaultdict(float)
    for day in _neighbours(date):
        words = index.get(day)
        if not words:
            continue
        for word, weight in telling.vector.items():
            for g in words.get(word, ())[-limit:]:
                scores[g] += weight * groups[g].centroid.get(word, 0.0)
    ranked = sorted(((s / groups[g].norm, -g) for g, s in scores.items()), reverse=True)
    for score, minus_g in ranked:
        if score < settings.LINKING.same_event_similarity:
            return None
        if _fits(telling, groups[-minus_g], score):
            return -minus_g
    return None


def _neighbours(date: str) -> list[str]:
    """The days a telling of `date` may share an event with: itself and the days either side
    (a day's date only; a month or a year only with itself)."""
    if len(date) != 10:
        return [date]
    day = dt.date.fromisoformat(date)
    return [(day + dt.timedelta(days=n)).isoformat() for n in (-1, 0, 1)]


def _fits(telling: _Telling, group: _Group, score: float) -> bool:
    """A plan never joins what happened, one party's doing never another's, an event spans at
    most two days, and one sentence's two events (two dates, two statements) stay two. A day
    apart, words must agree more (the rescue's second day is told like its first) and the
    reports come out on different days ('yesterday' in one, 'on Tuesday' in another); within
    one report too (its paragraphs return to a day for its other happenings)."""
    linking = settings.LINKING
    if telling.event.date not in group.days and (
        score < linking.next_day_similarity or telling.published in {m.published for m in group.members}
    ):
        return False  # reports of one day that give two days mean two days: the rescue's first and second
    if any(m.event.article == telling.event.article for m in group.members) and score < linking.same_report_similarity:
        return False
    first = group.members[0]
    if telling.planned != first.planned:
        return False
    if not _same_actor(telling, group):
        return False
    days = group.days | {telling.event.date or ""}
    if len(days) > 1 and (
        any(len(d) != 10 for d in days)
        or (dt.date.fromisoformat(max(days)) - dt.date.fromisoformat(min(days))).days > 1
    ):
        return False
    return not any(
        m.event.article == telling.event.article
        and m.draft.paragraph == telling.draft.paragraph
        and m.draft.sentence == telling.draft.sentence
        and m.event.what != telling.event.what
        for m in group.members
    )


def _same_actor(telling: _Telling, group: _Group) -> bool:
    """'Lindqvist issued a statement' and 'Korr spoke' are two parties' doings, two events; one
    that names who did it joins one that names no one only where the other's words name that
    party too ('the death of Justice Vik' is not 'Lindqvist issued a statement on Vik')."""
    actors = {m.event.actor for m in group.members if m.event.actor is not None}
    actor = telling.event.actor
    if actor is not None and actors:
        return actor in actors
    if actor is None and not actors:
        return True
    named: set[str] = actors if actor is None else {actor}
    words = telling.words if actor is None else group.centroid
    return any(name.lower().split()[-1] in words for name in named if name.split())


def _merged(group: _Group, order: int) -> Event:
    """One event from its tellings: the statement most central to them (one that names its
    actor before one that does not), the date most of them give, every telling's paragraph
    (the chosen one first) and parties."""
    members = group.members
    if len(members) == 1:
        return _with_order(members[0].event, order)
    # a statement first, told as fact (not 'is thought to'), one naming who did it (a party)
    # next, one a report leads with next (the news told straight), then the most central
    _, chosen = max(
        enumerate(members),
        key=lambda item: (
            item[1].event.stated,
            not is_hedged(item[1].event.what),
            item[1].event.actor is not None,
            item[1].lead,
            telling_similarity(item[1].vector, group.centroid) / group.norm,
            -item[0],
        ),
    )
    dates = Counter(m.event.date for m in members)
    date = max(dates, key=lambda d: (dates[d], d == chosen.event.date, d or ""))
    places = [chosen.event.sources[0]] + [m.event.sources[0] for m in members]
    parties = [p for m in [chosen, *members] for p in m.event.parties]
    first = members[0].event
    return Event(
        id=first.id,
        date=date,
        what=chosen.event.what,
        article=chosen.event.article,
        paragraph=chosen.event.paragraph,
        evidence=chosen.event.evidence,
        relative=chosen.event.relative,
        approximate=chosen.event.approximate and date == chosen.event.date,
        parties=tuple(dict.fromkeys(parties)),
        order=order,
        sources=tuple(dict.fromkeys(places)),
        stated=chosen.event.stated,
        actor=chosen.event.actor,
        headline=chosen.event.headline,
    )


def _with_order(event: Event, order: int) -> Event:
    return dataclasses.replace(event, order=order)
