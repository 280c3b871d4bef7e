"""Events: each dated expression tied to the clause it dates, plus events anchored on others.

`two years since the attack` dates the attack (approximately) two years before the reference;
`the second day of talks` dates the first day too; `two previous ceasefires` is an undated
event that the timeline places by its order in the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from .. import settings
from .doc import ParsedArticle, span_text, token_at
from .drafts import EventDraft, PartyIndex, party_at
from .labels import CLAUSE_CUT_DEPS, EVENT_SIDE_CLAUSE_DEPS
from .resources import phrase_list, word_set
from .tense import is_future
from .timex import ORDINALS, Timex, TimexContext, as_date, find_timexes, precision_value, shift

__all__ = ["WEEKDAY_KINDS", "Sentences", "calendar_value", "describe_offset", "extract_events"]

_UNDATED_MODIFIERS = word_set("events_undated_modifiers")
_EVENT_NOUN_EXCLUDE = word_set("events_event_noun_exclude")
_UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "H": "hour"}
WEEKDAY_KINDS = ("weekday_part", "rel_weekday")
_NUMBER_NAMES = phrase_list("number_words")[:13]  # "two days before": words up to twelve, digits beyond


def extract_events(parsed: ParsedArticle, index: PartyIndex) -> list[EventDraft]:
    dct = dt.date.fromisoformat(parsed.article.published) if parsed.article.published else None
    events: list[EventDraft] = []
    context = TimexContext()  # anchors carry from paragraph to paragraph
    for doc in parsed.docs:
        paragraph = parsed.paragraph_of(doc)
        future_at = lambda char, strict=False, doc=doc: is_future(doc, char, strict)
        recent_day = _recent_day(context.days[-1] if context.days else None, dct)  # before this paragraph
        sentences = Sentences(parsed.sentences(paragraph), find_timexes(doc.text, dct, future_at, context))
        for timex in sentences.timexes:
            if parsed.in_quote(paragraph, timex.start) or timex.type not in ("DATE", "TIME"):
                continue
            if timex.type == "TIME" and sentences.date_beside(timex):
                continue  # "at 9:40 p.m. that day": the day expression dates the event
            try:
                events.extend(_events_of(parsed, index, doc, timex, dct, events, sentences, recent_day))
            except (OverflowError, ValueError):  # "the 9,999,999th day of the siege": no calendar day
                continue
        events.extend(_undated(parsed, index, doc))
    # every date a calendar date: week, season and time values become their month, year or day
    return [dataclasses.replace(e, date=calendar_value(e.date)) for e in events]


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
        return _anniversary(parsed, index, doc, timex, token, dct, reference or recent_day)
    if timex.kind == "ago" and timex.text.lower().split()[-1] in ("after", "before") and reference and timex.offset:
        return _relative_to_sentence_date(parsed, index, doc, timex, reference)
    if timex.kind == "ordinal_day":
        return _ordinal_day(parsed, index, doc, timex, token, dct, earlier)
    if dct is None and timex.kind in WEEKDAY_KINDS:  # "on Monday" in a report of unknown date
        clause = _clause(token)
        return [
            EventDraft(
                date=None,
                what=_describe(clause),
                paragraph=paragraph,
                evidence=timex.text,
                char=timex.start,
                relative=f"{timex.text.strip()}, in the week of this report",
                approximate=False,
                parties=_parties_in(parsed, index, clause),
            )
        ]
    if timex.value in (None, "PRESENT_REF", "PAST_REF", "FUTURE_REF") and timex.offset is None:
        return []
    date, relative = _calendar(timex, dct)
    clause = _clause(token)
    return [
        EventDraft(
            date=date,
            what=_describe(clause),
            paragraph=paragraph,
            evidence=timex.text,
            char=timex.start,
            relative=relative,
            approximate=timex.approximate,
            parties=_parties_in(parsed, index, clause),
        )
    ]


def _calendar(timex: Timex, dct) -> tuple[str | None, str | None]:
    value = calendar_value(timex.value)
    if value and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
        value = None
    if dct is None and timex.offset is not None:
        return None, describe_offset(*timex.offset)
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


def _relative_to_sentence_date(parsed, index, doc, timex: Timex, reference: str) -> list[EventDraft]:
    """'It expired in January, three years after it was signed': the signing is dated from the
    sentence's own date, N units back (or forward, for 'before')."""
    if timex.offset is None:
        return []
    amount, unit = timex.offset
    base, precision = as_date(reference)
    day = shift(base, -amount, unit)
    coarse = {"D": "D", "M": "M", "Y": "Y"}[precision]
    if unit in ("M", "Y", "DE") and precision == "D":
        coarse = "M" if unit == "M" else "Y"
    clause = _clause_after(doc, timex.end)
    if not clause:
        return []
    return [
        EventDraft(
            date=precision_value(day, coarse),
            what=_describe(clause),
            paragraph=parsed.paragraph_of(doc),
            evidence=timex.text + " " + span_text(clause),
            char=timex.start,
            relative=None,
            approximate=False,
            parties=_parties_in(parsed, index, clause),
        )
    ]


def _clause_after(doc: Doc, char: int) -> list[Token]:
    verb = next(
        (t for t in doc if t.idx >= char and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None
    )
    if verb is None or verb.sent != next((t.sent for t in doc if t.idx >= char), None):
        return []
    return [t for t in _clause(verb) if t.idx >= char]


def describe_offset(amount: int, unit: str, approximate: bool = False) -> str:
    if amount == 0:
        return {"D": "the day of this report"}.get(unit, f"the {_UNIT_WORDS.get(unit, 'period')} of this report")
    count = abs(amount)
    number = _NUMBER_NAMES[count] if count < len(_NUMBER_NAMES) else str(count)
    noun = _UNIT_WORDS.get(unit, unit) + ("s" if count != 1 else "")
    when = "before" if amount < 0 else "after"
    if count == 1 and unit == "D":
        return "the day before this report" if amount < 0 else "the day after this report"
    return f"{'about ' if approximate else ''}{number} {noun} {when} this report"


def _anniversary(parsed, index, doc, timex, token, dct, reference=None) -> list[EventDraft]:
    """'two years since the attack': the attack, N units before the reference date (the
    sentence's own date, else publication). An anniversary keeps the reference's day."""
    paragraph = parsed.paragraph_of(doc)
    anchor = _noun_phrase_after(doc, timex.end) or _clause_after(doc, timex.end) or None
    amount, unit = timex.offset or (0, "Y")
    base = dt.date.fromisoformat(reference) if reference and len(reference) == 10 else dct
    out = []
    if anchor is not None:
        date = None
        marks = bool(
            re.search(
                r"\b(mark(ing|s|ed)?|anniversary)\b", doc.text[max(0, timex.start - 40) : timex.start], re.IGNORECASE
            )
        )
        if base is not None:  # an anniversary that is marked falls on the day; otherwise "about" a month
            day = shift(base, amount, unit)
            date = day.isoformat() if marks else precision_value(day, "M" if unit in ("Y", "DE") else unit)
        relative = describe_offset(amount, unit, approximate=True)
        anchor_tokens = list(anchor)
        what = _sentence_case(span_text(anchor_tokens))
        out.append(
            EventDraft(
                date=date,
                what=what,
                paragraph=paragraph,
                evidence=timex.text + " " + span_text(anchor_tokens),
                char=timex.start,
                relative=relative,
                approximate=True,
                parties=_parties_in(parsed, index, anchor_tokens),
            )
        )
    before = doc.text[max(0, timex.start - 12) : timex.start].lower()
    if re.search(r"\bmark(ing|s|ed)?\s*$", before) and not (
        reference and reference != (base.isoformat() if base else None)
    ):
        main = _main_clause(token)
        out.append(
            EventDraft(
                date=base.isoformat() if base else None,
                what=_describe(main),
                paragraph=paragraph,
                evidence=doc.text[timex.start - len(before.rstrip().split()[-1]) - 1 : timex.end].strip(),
                char=timex.start - 1,
                relative=None if dct else "the day of this report",
                approximate=False,
                parties=_parties_in(parsed, index, main),
            )
        )
    return out


def _ordinal_day(parsed, index, doc, timex, token, dct, earlier) -> list[EventDraft]:
    """'the second day of talks': day one of the talks, and the clause on day N."""
    paragraph = parsed.paragraph_of(doc)
    ordinal = ORDINALS.get(timex.text.lower().split()[1], 1)
    anchor = _noun_phrase_after(doc, timex.end)
    if anchor is None:
        return []
    noun = anchor.root.lower_
    start = next(
        (
            e
            for e in reversed(earlier)
            if e.date
            and len(e.date) == 10
            and noun in e.what.lower()
            and re.search(r"\b(began|begin|started|start|opened|open)\b", e.what.lower())
        ),
        None,
    )
    if start is not None:
        begun = dt.date.fromisoformat(start.date)
        return [
            EventDraft(
                date=(begun + dt.timedelta(days=ordinal - 1)).isoformat(),
                what=_describe(_clause(token)),
                paragraph=paragraph,
                evidence=timex.text.strip() + " " + anchor.text,
                char=timex.start,
                relative=None,
                approximate=False,
                parties=_parties_in(parsed, index, _clause(token)),
            )
        ]
    nth = dct
    first = dct - dt.timedelta(days=ordinal - 1) if dct else None
    clause = _clause(token)
    evidence = (timex.text.strip() + " " + anchor.text).strip()
    return [
        EventDraft(
            date=first.isoformat() if first else None,
            what=_sentence_case(anchor.text) + " begin",
            paragraph=paragraph,
            evidence=evidence,
            char=timex.start - 1,
            relative=None if dct else describe_offset(-(ordinal - 1), "D"),
            approximate=False,
            parties=_parties_in(parsed, index, list(anchor)),
        ),
        EventDraft(
            date=nth.isoformat() if nth else None,
            what=_describe(clause),
            paragraph=paragraph,
            evidence=evidence,
            char=timex.start,
            relative=None if dct else "the day of this report",
            approximate=False,
            parties=_parties_in(parsed, index, clause),
        ),
    ]


def _undated(parsed: ParsedArticle, index: PartyIndex, doc: Doc) -> list[EventDraft]:
    """'two previous ceasefires': something that happened before, with no date."""
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
                    what=_describe(phrase),
                    paragraph=paragraph,
                    evidence=span_text(phrase),
                    char=token.idx,
                    relative="before this report",
                    approximate=False,
                    parties=_parties_in(parsed, index, _clause(token.head)),
                )
            )
        elif token.lower_ == "before" and token.dep_ == "mark" and not parsed.token_in_quote(token):
            clause = _clause(token.head)  # "... before X presented it": X's act came earlier
            main = _clause(token.head.head) if token.head.head is not token.head else clause
            out.append(
                EventDraft(
                    date=None,
                    what=_describe(main),
                    paragraph=paragraph,
                    evidence=span_text([token] + clause),
                    char=token.idx,
                    relative="before: " + _describe(clause),
                    approximate=False,
                    parties=_parties_in(parsed, index, main),
                )
            )
    return out


def _noun_phrase_after(doc: Doc, char: int) -> Span | None:
    """The noun phrase that starts right after a character offset: 'the deadly X-led attack on Y'."""
    first = next((t for t in doc if t.idx >= char), None)
    if first is None:
        return None
    head = first
    for _ in range(8):  # modifiers hang on a head to their right; the phrase's head does not
        if head.head.i > head.i and head.head.sent == head.sent and head.dep_ not in ("nsubj", "dobj", "pobj"):
            head = head.head
        else:
            break
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    right = head.i
    for t in head.rights:
        if t.dep_ == "prep":
            right = max(right, max(x.i for x in t.subtree))
    return doc[first.i : right + 1]


def _clause(token: Token) -> list[Token]:
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("amod", "acl") or verb.head is verb:
            break
        verb = verb.head
    keep = [verb]
    for child in verb.children:
        if child.dep_ in EVENT_SIDE_CLAUSE_DEPS and child.i > verb.i:
            continue
        if child.dep_ in CLAUSE_CUT_DEPS and child.i < verb.i:
            continue
        keep.extend(child.subtree)
    return sorted(set(keep), key=lambda t: t.i)


def _main_clause(token: Token) -> list[Token]:
    root = token.sent.root
    return _clause(root)


def _describe(tokens: list[Token]) -> str:
    tokens = [t for t in tokens if not (t.is_punct and t.text in '"\u201c\u201d')]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return ""
    text = span_text(tokens)
    words = text.split()
    if len(words) > settings.EXTRACTION.event_what_words:
        text = " ".join(words[: settings.EXTRACTION.event_what_words]) + "\u2026"
    return _sentence_case(text)


def _sentence_case(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = "The " + text[4:]
    return text[:1].upper() + text[1:]


def _parties_in(parsed: ParsedArticle, index: PartyIndex, tokens) -> tuple:
    found = []
    for token in tokens:
        draft = party_at(index, parsed.paragraph_of(token), token.idx)
        if draft is not None and draft not in found:
            found.append(draft)
    return tuple(found)
