"""Events dated from another: 'three years after it was signed' dates the signing from the
sentence's own date, 'two years since the attack' the attack, 'the second day of talks' the
first day; and how an offset reads when the report has no date ('two days before this report')."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ..doc import CharRanges, span_text
from ..drafts import EventDraft
from ..resources import phrase_list
from ..timex import ORDINALS, Timex, as_date, precision_value, shift
from .clauses import (
    clause_after,
    clause_of,
    describe_clause,
    main_clause_of,
    noun_phrase_after,
    parties_in,
    sentence_case,
)
from .statement import with_statement

__all__ = ["anniversary", "describe_offset", "ordinal_day", "relative_to_sentence_date"]


_UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "H": "hour"}


_NUMBER_NAMES = phrase_list("number_words")[:13]  # "two days before": words up to twelve, digits beyond


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


def relative_to_sentence_date(parsed, index, doc, timex: Timex, reference: str, dates: CharRanges) -> list[EventDraft]:
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
    clause = clause_after(doc, timex.end)
    if not clause:
        return []
    draft = EventDraft(
        date=precision_value(day, coarse),
        what=describe_clause(clause),
        paragraph=parsed.paragraph_of(doc),
        evidence=timex.text + " " + span_text(clause),
        char=timex.start,
        relative=None,
        approximate=False,
        parties=parties_in(parsed, index, clause),
    )
    return [with_statement(parsed, index, draft, _verb(clause), dates)]


def _verb(tokens) -> Token:
    """The verb of an anchored clause ('after it was signed'), which its statement is told from."""
    return next((t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), tokens[0])


def anniversary(parsed, index, doc, timex, token, dct, reference, dates: CharRanges) -> list[EventDraft]:
    """'two years since the attack': the attack, N units before the reference date (the
    sentence's own date, else publication). An anniversary keeps the reference's day."""
    paragraph = parsed.paragraph_of(doc)
    phrase = noun_phrase_after(doc, timex.end)
    anchor: list[Token] | Span | None = phrase
    if phrase is None or phrase.root.dep_ in ("nsubj", "nsubjpass"):  # 'since Lindqvist appointed Korr': the clause
        anchor = clause_after(doc, timex.end) or phrase
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
            # 'more than 150 days since': a bound, not a count, so no day ('150 days since' keeps it)
            coarse = unit in ("Y", "DE") or (timex.modified and unit in ("D", "W"))
            date = day.isoformat() if marks else precision_value(day, "M" if coarse else unit)
        relative = describe_offset(amount, unit, approximate=True)
        anchor_tokens = list(anchor)
        what = sentence_case(span_text(anchor_tokens))
        draft = EventDraft(
            date=date,
            what=what,
            paragraph=paragraph,
            evidence=timex.text + " " + span_text(anchor_tokens),
            char=timex.start,
            relative=relative,
            approximate=True,
            parties=parties_in(parsed, index, anchor_tokens),
        )
        verb = _verb(anchor_tokens)  # 'since he appointed Korr': a clause states; 'since the attack' does not
        out.append(with_statement(parsed, index, draft, verb, dates) if verb.pos_ in ("VERB", "AUX") else draft)
    before = doc.text[max(0, timex.start - 12) : timex.start].lower()
    if re.search(r"\bmark(ing|s|ed)?\s*$", before) and not (
        reference and reference != (base.isoformat() if base else None)
    ):
        main = main_clause_of(token)
        marked = EventDraft(
            date=base.isoformat() if base else None,
            what=describe_clause(main),
            paragraph=paragraph,
            evidence=doc.text[timex.start - len(before.rstrip().split()[-1]) - 1 : timex.end].strip(),
            char=timex.start - 1,
            relative=None if dct else "the day of this report",
            approximate=False,
            parties=parties_in(parsed, index, main),
        )
        out.append(with_statement(parsed, index, marked, token.sent.root, dates))  # what marked it
    return out


def ordinal_day(parsed, index, doc, timex, token, dct, earlier, dates: CharRanges) -> list[EventDraft]:
    """'the second day of talks': day one of the talks, and the clause on day N."""
    paragraph = parsed.paragraph_of(doc)
    ordinal = ORDINALS.get(timex.text.lower().split()[1], 1)
    anchor = noun_phrase_after(doc, timex.end)
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
                what=describe_clause(clause_of(token)),
                paragraph=paragraph,
                evidence=timex.text.strip() + " " + anchor.text,
                char=timex.start,
                relative=None,
                approximate=False,
                parties=parties_in(parsed, index, clause_of(token)),
            )
        ]
    nth = dct
    first = dct - dt.timedelta(days=ordinal - 1) if dct else None
    clause = clause_of(token)
    evidence = (timex.text.strip() + " " + anchor.text).strip()
    return [
        EventDraft(
            date=first.isoformat() if first else None,
            what=sentence_case(anchor.text) + " began",
            paragraph=paragraph,
            evidence=evidence,
            char=timex.start - 1,
            relative=None if dct else describe_offset(-(ordinal - 1), "D"),
            approximate=False,
            parties=parties_in(parsed, index, list(anchor)),
        ),
        with_statement(
            parsed,
            index,
            EventDraft(
                date=nth.isoformat() if nth else None,
                what=describe_clause(clause),
                paragraph=paragraph,
                evidence=evidence,
                char=timex.start,
                relative=None if dct else "the day of this report",
                approximate=False,
                parties=parties_in(parsed, index, clause),
            ),
            token,
            dates,
        ),
    ]
