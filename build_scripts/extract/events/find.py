"""Events: each dated expression tied to the clause it dates, plus events anchored on others.

`two years since the attack` dates the attack (approximately) two years before the reference;
`the second day of talks` dates the first day too; `two earlier strikes` is an undated
event that the timeline places by its order in the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Span

from ... import settings
from ..doc import CharRanges, ParsedArticle, span_text, token_at
from ..drafts import EventDraft, PartyIndex
from ..furniture import dateline_end, is_stamp
from ..resources import word_set
from ..timex import Timex, TimexContext, find_timexes
from .anchored import anniversary, describe_offset, ordinal_day, relative_to_sentence_date
from .clauses import clause_of, describe_clause, parties_in
from .statement import with_statement
from .tense import clause_tense

__all__ = ["WEEKDAY_KINDS", "Sentences", "calendar_value", "extract_events"]


_UNDATED_MODIFIERS = word_set("events_undated_modifiers")


_EVENT_NOUN_EXCLUDE = word_set("events_event_noun_exclude")


WEEKDAY_KINDS = ("weekday_part", "rel_weekday")


def extract_events(parsed: ParsedArticle, index: PartyIndex) -> list[EventDraft]:
    dct = dt.date.fromisoformat(parsed.article.published) if parsed.article.published else None
    events: list[EventDraft] = []
    context = TimexContext()  # anchors carry from paragraph to paragraph
    for doc in parsed.docs:
        paragraph = parsed.paragraph_of(doc)
        tense_at = lambda char, strict=False, doc=doc: clause_tense(doc, char, strict)
        recent_day = _recent_day(context.days[-1] if context.days else None, dct)  # before this paragraph
        sentences = Sentences(parsed.sentences(paragraph), find_timexes(doc.text, dct, tense_at, context))
        if is_stamp(parsed.article.paragraphs[paragraph]):
            continue  # 'Updated 6:14 AM ET, Wed May 8, 2024': the page's time, not an event
        dateline = dateline_end(parsed.article.paragraphs[paragraph])  # 'Wexmoor, May 7, (HW/TNA) -': filed then
        found: list[EventDraft] = []
        for timex in sentences.timexes:
            if parsed.in_quote(paragraph, timex.start) or timex.type not in ("DATE", "TIME") or timex.start < dateline:
                continue
            if timex.type == "TIME" and sentences.date_beside(timex):
                continue  # "at 9:40 p.m. that day": the day expression dates the event
            try:
                found.extend(_events_of(parsed, index, doc, timex, dct, events + found, sentences, recent_day))
            except (OverflowError, ValueError):  # "the 9,999,999th day of the siege": no calendar day
                continue
        events.extend(_once_each(found))
        events.extend(_undated(parsed, index, doc))
    # every date a calendar date: week, season and time values become their month, year or day
    return [dataclasses.replace(e, date=calendar_value(e.date)) for e in events]


def _once_each(events: list[EventDraft]) -> list[EventDraft]:
    """'on Tuesday evening (July 10)', 'Thursday, June 16, 2016': two expressions of one date in
    one sentence tell one event, not two; nor does the year of a day said in full."""
    told: dict[tuple, list[str]] = {}
    for event in events:
        if event.date:
            told.setdefault((event.paragraph, event.what), []).append(calendar_value(event.date) or "")
    out, seen = [], set()
    for event in events:
        date = calendar_value(event.date) or ""
        key = (event.paragraph, event.what, date)
        coarser = any(other != date and other.startswith(date) for other in told.get(key[:2], ()))
        if not event.date or (key not in seen and not coarser):
            out.append(event)
        seen.add(key)
    return out


def _recent_day(anchor: str | None, dct) -> str | None:
    """The last day the article named, if it is the news of the week: what an undated 'the
    ceremony was held marking one year since ...' refers to."""
    if anchor is None or len(anchor) != 10 or dct is None:
        return None
    return anchor if 0 <= (dct - dt.date.fromisoformat(anchor)).days <= 7 else None


class Sentences:
    """A paragraph's date expressions by sentence, read once. A sentence naming more than
    twenty dates is a list, not prose: its first twenty date events, so that a paragraph of
    thousands of weekday names costs time in proportion to its length."""

    def __init__(self, sentences: list[Span], timexes: list[Timex]):
        self.starts = [s.start_char for s in sentences]
        by_sentence: dict[int, list[Timex]] = {}
        for timex in timexes:
            by_sentence.setdefault(self.of(timex), []).append(timex)
        self.by_sentence = {n: found[: settings.EXTRACTION.dates_per_sentence] for n, found in by_sentence.items()}
        self.timexes = [t for found in self.by_sentence.values() for t in found]
        # what a statement leaves to the date column ('on Tuesday'; not 'for six days')
        self.spans = CharRanges((t.start, t.end) for t in self.timexes if t.type in ("DATE", "TIME"))

    def of(self, timex: Timex) -> int:
        return bisect.bisect_right(self.starts, timex.start) - 1

    def date_beside(self, timex: Timex) -> str | None:
        """Another calendar date in the same sentence: the reference for 'N years after/since X'."""
        for other in self.by_sentence.get(self.of(timex), ()):
            if other is not timex and other.value and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", other.value):
                return other.value
        return None


def _events_of(
    parsed,
    index,
    doc: Doc,
    timex: Timex,
    dct,
    earlier: list[EventDraft],
    sentences: Sentences,
    recent_day: str | None = None,
) -> list[EventDraft]:
    paragraph = parsed.paragraph_of(doc)
    token = token_at(doc, timex.start)
    if token is None:
        return []
    reference = sentences.date_beside(timex)
    if timex.kind == "ago" and timex.text.lower().endswith("since"):
        return anniversary(parsed, index, doc, timex, token, dct, reference or recent_day, sentences.spans)
    if timex.kind == "ago" and timex.text.lower().split()[-1] in ("after", "before") and reference and timex.offset:
        return relative_to_sentence_date(parsed, index, doc, timex, reference, sentences.spans)
    if timex.kind == "ordinal_day":
        return ordinal_day(parsed, index, doc, timex, token, dct, earlier, sentences.spans)
    date: str | None
    relative: str | None
    if dct is None and timex.kind in WEEKDAY_KINDS:  # "on Monday" in a report of unknown date
        date, relative, approximate = None, f"{timex.text.strip()}, in the week of this report", False
    elif timex.value in (None, "PRESENT_REF", "PAST_REF", "FUTURE_REF") and timex.offset is None:
        return []
    else:
        (date, relative), approximate = _calendar(timex, dct), timex.approximate
    start = parsed.text_start(paragraph)  # 'Wexmoor, May 7, (HW/TNA) -' is not what happened
    clause = [t for t in clause_of(token) if t.idx >= start] or clause_of(token)
    draft = EventDraft(
        date=date,
        what=describe_clause(clause),
        paragraph=paragraph,
        evidence=timex.text,
        char=timex.start,
        relative=relative,
        approximate=approximate,
        parties=parties_in(parsed, index, clause),
    )
    return [with_statement(parsed, index, draft, token, sentences.spans)]


def _calendar(timex: Timex, dct) -> tuple[str | None, str | None]:
    value = calendar_value(timex.value)
    if value and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
        value = None
    if dct is None and timex.offset is not None:
        return None, describe_offset(*timex.offset)
    if value and timex.modified and timex.offset is not None:
        value = value[:7]  # 'more than 150 days ago': a bound, not a count of days, so its month
    return value, None


def calendar_value(value: str | None) -> str | None:
    """A TIMEX3 value as a timeline date: weeks become their month, times their day, seasons
    and quarters their year; references (PRESENT_REF) and durations none."""
    if not value:
        return None
    week = re.match(r"^(\d{4})-W(\d{2})", value)
    if week:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4).strftime("%Y-%m")
    if re.match(r"^\d{4}-\d{2}-\d{2}T", value):
        return value[:10]
    if re.match(r"^\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])$", value):
        return value[:4]
    return value if re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value) else None


def _undated(parsed: ParsedArticle, index: PartyIndex, doc: Doc) -> list[EventDraft]:
    """'two earlier strikes': something that happened before, with no date."""
    paragraph = parsed.paragraph_of(doc)
    out = []
    for token in doc:
        if (
            token.lower_ in _UNDATED_MODIFIERS
            and token.dep_ == "amod"
            and token.head.pos_ == "NOUN"
            and token.head.lower_ not in _EVENT_NOUN_EXCLUDE
            and not parsed.token_in_quote(token)
        ):
            phrase = [t for t in token.head.subtree if t.i <= token.head.i]
            out.append(
                EventDraft(
                    date=None,
                    what=describe_clause(phrase),
                    paragraph=paragraph,
                    evidence=span_text(phrase),
                    char=token.idx,
                    relative="before this report",
                    approximate=False,
                    parties=parties_in(parsed, index, clause_of(token.head)),
                )
            )
        elif token.lower_ == "before" and token.dep_ == "mark" and not parsed.token_in_quote(token):
            clause = clause_of(token.head)  # "... before X presented it": X's act came earlier
            main = clause_of(token.head.head) if token.head.head != token.head else clause
            out.append(
                EventDraft(
                    date=None,
                    what=describe_clause(main),
                    paragraph=paragraph,
                    evidence=span_text([token] + clause),
                    char=token.idx,
                    relative="before: " + describe_clause(clause),
                    approximate=False,
                    parties=parties_in(parsed, index, main),
                )
            )
    return out
