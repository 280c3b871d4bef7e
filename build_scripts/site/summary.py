"""The overview's summary sentences and key figures, taken from the articles' own text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import settings
from ..extract.furniture import strip_dateline
from ..extract.resources import word_set
from ..link.leads import lead_paragraphs
from ..model import Event, Explainer, Place
from ..names import HONORIFICS, NAME_SUFFIXES, TITLE_WORDS
from ..rank.key_events import key_weights
from ..rank.timeline import format_date

__all__ = [
    "Figure",
    "Sides",
    "StoryOverview",
    "SummaryPart",
    "clip_words",
    "key_figures",
    "sides_at_a_glance",
    "split_sentences",
    "story_overview",
    "story_summary",
    "story_title",
    "summary_sentences",
]

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019']))\s+(?=[A-Z\u201c\"])")
_FIGURE = re.compile(
    r"(?:(?:about|approximately|around|nearly|almost|more than|over|some|at least|up to)\s+)?"
    r"(?:[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m))?"
    r"|\d[\d,.]*\s?(?:percent|per cent|%)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?(?:million|billion))?"
    r"|\d+(?:\.\d+)?\s(?:million|billion|trillion)"
    r"|\b(?:\d{2,3}|\d+(?:\.\d+)?)(?=\s+(?:[a-z-]+\s+)?[a-z]+s\b)"  # "212 homes", "41 recommendations"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:year|month|week|day|hour)(?:-long)?\s+[a-z]+"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s(?:year|month|week|day|hour)s?\b"
    r"(?!\s+(?:later|earlier|ago|since|before|after)\b))"
    r"(?:\s+(?!(?:in|of|to|and|the|for|from|by|on|at|over)\b)[a-z-]+s\b)?",
    re.IGNORECASE,
)


# Words news copy abbreviates with a full stop that does not end the sentence: "Sen. Lindqvist",
# "Feb. 13", "Acme Inc. said"; initials and dotted acronyms ("B.", "U.S.") are found by shape.
_ABBREVIATIONS = HONORIFICS | TITLE_WORDS | NAME_SUFFIXES | word_set("abbreviations")
_DOTTED = re.compile(r"(?:[a-z]\.)*[a-z]")


def clip_words(text: str, count: int) -> str:
    """The first `count` words of a text, with an ellipsis when there were more."""
    words = text.split()
    return " ".join(words[:count]) + ("\u2026" if len(words) > count else "")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, never cut after an abbreviation, an initial or 'U.S.'."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        words = paragraph[start : match.start()].split()
        last = words[-1] if words else ""
        bare = last.rstrip(".").lower()
        if last.endswith(".") and (bare in _ABBREVIATIONS or _DOTTED.fullmatch(bare)):
            continue
        parts.append(paragraph[start : match.start()].strip())
        start = match.end()
    parts.append(paragraph[start:].strip())
    return [part for part in parts if part]


@dataclass(frozen=True)
class Figure:
    text: str
    context: str
    place: Place


@dataclass(frozen=True)
class SummaryPart:
    """A paragraph of the overview's opening: 'How it began', 'Where it stands'."""

    label: str
    sentences: tuple[tuple[str, Place], ...]


@dataclass(frozen=True)
class StoryOverview:
    """The overview's opening and the site's name: what the story is, told once for the pages,
    the site's settings and the feed."""

    title: str
    description: str
    parts: list[SummaryPart]


def story_overview(explainer: Explainer) -> StoryOverview:
    ranked = _Ranked(explainer)
    parts = _summary(explainer, ranked)
    return StoryOverview(_title(explainer, ranked), _description(explainer, parts), parts)


def story_summary(explainer: Explainer) -> list[SummaryPart]:
    return _summary(explainer, _Ranked(explainer))


def story_title(explainer: Explainer) -> str:
    return _title(explainer, _Ranked(explainer))


class _Ranked:
    """The story's own key events that read as statements (not its background), weighed once
    by rank/key_events.py: which of them the story is most about."""

    def __init__(self, explainer: Explainer) -> None:
        self.explainer = explainer

    @functools.cached_property
    def weight(self) -> dict[str, float]:
        explainer = self.explainer
        main = {p.name for p in explainer.parties if p.main}
        weights = key_weights(explainer, main, marked=True).weight
        return {explainer.events[i].id: w for i, w in weights.items()}

    @functools.cached_property
    def in_order(self) -> list[Event]:
        first = min((a.published for a in self.explainer.articles if a.published), default="")[:7]
        own = [e for e in self.explainer.events if e.key and e.date and e.stated and e.date >= first[: len(e.date)]]
        return sorted(own, key=_in_order)

    @functools.cached_property
    def most_about(self) -> list[Event]:
        """What the story is most about first: the key event of the day the reports most name
        and lead with, most told that day, dated to the day if any is."""
        weight = self.weight
        return sorted(self.in_order, key=lambda e: (len(e.date or "") != 10, -weight.get(e.id, 0), _in_order(e)))


def _summary(explainer: Explainer, ranked: _Ranked) -> list[SummaryPart]:
    """What happened, written from the whole story: how it began (its first key day's foremost
    event, and the event the story is most about if that is another) and where it stands (its
    newest key events), each sentence a key line with its date and paragraph. Only events dated
    to the day: 'In March, ...' tells a reader little and would sort before the month's days.
    A single report is the story: its lead; without key events the newest report's lead is all
    there is."""
    told = [e for e in ranked.in_order if len(e.date or "") == 10]
    if len(explainer.articles) == 1 or not told:
        return [SummaryPart("", tuple(summary_sentences(explainer)))]
    first = max((e for e in told if e.date == told[0].date), key=lambda e: ranked.weight.get(e.id, 0))
    main = ranked.most_about[0]
    began = sorted({first.id: first, **({main.id: main} if main in told else {})}.values(), key=_in_order)
    since = [e for e in told if _in_order(e) > _in_order(began[-1])][-2:]  # what came after, newest last
    words = _common_words(explainer)
    parts = [SummaryPart("How it began", tuple(_dated(e, words) for e in began))]
    if since:
        parts.append(SummaryPart("Where it stands", tuple(_dated(e, words) for e in since)))
    return parts


def _title(explainer: Explainer, ranked: _Ranked) -> str:
    """The site's title: the editor's, a single report's own, or the story's main event cut to
    who did what (the next event the story is about, where the main one's line will not make a
    title); 'What happened' when there is none."""
    if explainer.title:
        return explainer.title
    if len(explainer.articles) == 1:
        return explainer.articles[0].title
    lines = (e.headline or e.what for e in ranked.most_about)
    return next((line for line in lines if len(line.split()) <= settings.EXTRACTION.headline_words), "What happened")


def _description(explainer: Explainer, parts: list[SummaryPart]) -> str:
    """The site's description (search engines, link previews): the editor's lead, or the
    opening sentences, clipped to a line."""
    text = explainer.lead or " ".join(sentence for part in parts for sentence, _ in part.sentences)
    return clip_words(text, 30)


_DETERMINERS = word_set("definite_determiners") | {"a", "an"}


def _in_order(event: Event) -> tuple:
    return (event.date or "", event.id)


def _dated(event: Event, common: set[str]) -> tuple[str, Place]:
    """'On 3 May 2024, the ferry ran aground in the strait.' A line's first word
    keeps its capital where it is a name (the reports never write it in lower case) or a title
    before one ('President Lindqvist')."""
    what = event.what.rstrip(" .")
    words = what.split(" ", 2)
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first.lower() in _DETERMINERS or (first.lower() in common and not second[:1].isupper()):
        what = what[:1].lower() + what[1:]
    date = event.date or ""
    when = f"On {format_date(date)}" if len(date) == 10 else f"In {format_date(date)}"
    return f"{when}, {what}.", Place(event.article, event.paragraph)


def _common_words(explainer: Explainer) -> set[str]:
    """Words the reports write in lower case somewhere: not names."""
    return {w for a in explainer.articles for p in a.paragraphs for w in re.findall(r"\b[a-z][a-z'-]*", p)}


def summary_sentences(explainer: Explainer, count: int = 2) -> list[tuple[str, Place]]:
    """The lead: the first sentences of the newest report's lead, dateline removed (the oldest
    report's lead is old news by the time a reader arrives)."""
    # the newest by date, the first file among reports of the same day
    out: list[tuple[str, Place]] = []
    if not explainer.articles:
        return out
    newest = max(enumerate(explainer.articles), key=lambda ia: (ia[1].published or "", -ia[0]))[1]
    for index in lead_paragraphs(newest):
        if index >= len(newest.paragraphs):
            break
        for n, sentence in enumerate(split_sentences(newest.paragraphs[index])):
            if n == 0:
                sentence = strip_dateline(sentence)
            if len(sentence.split()) >= 6 and len(out) < count:
                out.append((sentence, Place(newest.id, index)))
    return out


def _is_date_number(text: str) -> bool:
    """Years and days of the month are dates, not figures."""
    bare = text.replace(",", "")
    return (
        bool(re.fullmatch(r"(1[5-9]|20)\d\d|\d{1,2}", bare.split()[0]))
        and not re.search(r"[$\u00a3\u20ac%]", text)
        and not re.search(r"-|year|month|week|day|hour", text)
    )


_ASIDE = re.compile(
    r"^\W*(?:correction|clarification|editor'?s note|photo|image|caption|letters?\b|to the editor|"
    r"\(?(?:ap|reuters|getty) photo|follow\b|this (?:article|story) (?:was|has been))",
    re.IGNORECASE,
)


def key_figures(explainer: Explainer, count: int = 8) -> list[Figure]:
    """Amounts, percentages and large counts outside quotes, from the paragraphs of key events
    or repeated by several reports; never from an editor's note, a correction, a caption or
    letters."""
    key_places = {(p.article, p.paragraph) for e in explainer.events if e.key for p in e.sources}
    found: dict[str, list[Figure]] = {}
    for article in explainer.articles:
        for index, paragraph in enumerate(article.paragraphs):
            if _ASIDE.match(paragraph):
                continue
            for sentence in split_sentences(paragraph):
                if sentence.lstrip().startswith(("\u201c", '"')):
                    continue
                for match in _FIGURE.finditer(sentence):
                    text = match.group().strip(" ,.")
                    if not _is_date_number(text):
                        found.setdefault(text.lower(), []).append(
                            Figure(text, sentence.strip(), Place(article.id, index))
                        )
    figures = []
    for sightings in found.values():
        reports = {f.place.article for f in sightings}
        central = [f for f in sightings if (f.place.article, f.place.paragraph) in key_places]
        if central or len(reports) >= 2:
            figures.append((not central, -len(reports), (central or sightings)[0]))
    order = {a.id: i for i, a in enumerate(explainer.articles)}
    figures.sort(key=lambda f: (f[0], f[1], order[f[2].place.article], f[2].place.paragraph))
    return [f for _, _, f in figures[:count]]


@dataclass(frozen=True)
class Sides:
    """The parties of one kind on the overview: the most mentioned, in the explainer's order."""

    heading: str
    shown: list
    more: int


def sides_at_a_glance(explainer: Explainer, kinds, per_kind: int = 12) -> list[Sides]:
    """A two-minute overview names the main sides, not every name the articles mention: beyond
    `per_kind` parties of a kind, the Parties page lists the rest (at 921 articles the overview
    listed 5,325 parties, 620 KB of HTML before the search could start)."""
    sides = []
    main = [p for p in explainer.parties if p.main]
    for kind, heading in kinds:
        members = [p for p in (main or explainer.parties) if p.kind == kind]
        if not members:
            continue
        ranked = sorted(range(len(members)), key=lambda i: (-len(members[i].mentions), i))[:per_kind]
        others = sum(1 for p in explainer.parties if p.kind == kind) - len(ranked)
        sides.append(Sides(heading, [members[i] for i in sorted(ranked)], others))
    return sides
