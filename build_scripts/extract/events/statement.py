"""What a timeline line says: the sentence that tells an event, cut to a statement a reader can
take on its own. Who did what, with the actor named, a finite verb, the date left to the date
column, no dateline, no aside.

The clause the date belongs to is the event ('four miners were brought up on Monday', said by an
aide: the miners' rescue is the event, not the aide's saying). A clause that cannot stand alone is
read with the clause it hangs on: an infinitive or a participle with its governing verb ('called
Lindqvist to offer support on Monday'), a 'when' clause with its main clause ('died when the
roof gave way'). A relative clause takes the noun it describes as its subject or object ('Brekke,
who seized the depot on Sunday' -> 'Brekke seized the depot'). A pronoun
or a description in the subject becomes the party it refers to (actor.py). Saying is the event only when
the line says what was said ('announced that the ferry service was suspended'): a bare 'said' before a
quotation is no statement.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Token

from ... import settings
from ..doc import CharRanges, ParsedArticle
from ..drafts import Draft, EventDraft, PartyIndex
from ..labels import ADVERBIAL_DEPS, HANGING_CLAUSE_DEPS, SUBJECT_DEPS
from ..lexicon import PRONOUNS_GROUP, PRONOUNS_PERSON, SPEECH_VERBS
from ..resources import word_set
from ..timex.vocabulary import MONTHS
from .actor import outlet_acting, statement_subject
from .clauses import sentence_case, sentence_terms
from .wording import Pieces, finite, set_off, tidy

__all__ = ["Statement", "event_statement", "with_statement"]

_SAME_TIME_MARKS = word_set("events_same_time_marks")
_DANGLING_ENDS = word_set("events_dangling_ends")
_ADDRESSEE_VERBS = word_set("speech_verbs_addressee")  # 'told a plenary session': whom, not what
_STATE_VERBS = word_set("events_state_verbs")  # 'was the latest in a series': a judgment, no event


@dataclass(frozen=True)
class Statement:
    text: str
    whole: bool  # reads on its own: an actor, a finite verb, what was done; else a fragment
    actor: Draft | None = None  # the party that did it, where the subject names one
    headline: str = ""  # the statement without its optional phrases, for a title


_NO_STATEMENT = Statement("", False)


def event_statement(
    parsed: ParsedArticle, index: PartyIndex, anchor: Token, dates: CharRanges, climb: bool = True
) -> Statement:
    """The statement of the event a date expression (by its head token `anchor`) dates;
    `dates`, the paragraph's date expressions, are left to the timeline's date column, and a
    dateline opening the paragraph is no part of it. Given a verb and `climb` false, the
    statement of that verb's own clause ('three years after it was signed': the signing)."""
    verb = _dated_verb(anchor)
    if verb is None:
        return _NO_STATEMENT
    pieces = Pieces(verb.doc, dates, parsed.text_start(parsed.paragraph_of(anchor)))
    head = _event_head(verb, pieces) if climb else verb
    if head.lemma_.lower() in SPEECH_VERBS:
        said = _what_was_said(parsed, head)
        if said is None or (said != head and _dates_own(said, pieces)):
            return _NO_STATEMENT  # 'said' before a quotation, or what was said happened on another day
        head = said
    path = {t.i for t in _ancestors(anchor, head)}
    if _dates_a_circumstance(head, path, pieces):
        return _NO_STATEMENT
    found = statement_subject(parsed, index, head, pieces)
    if found is None or outlet_acting(parsed, index, found[0], head):
        return _NO_STATEMENT
    actor = found[1]
    if head.lemma_.lower() in _STATE_VERBS:
        return _NO_STATEMENT  # 'the hearing was the latest in a string of delays': a judgment, no event
    pieces.verb_clause(head, path, top=True)
    fronted = next((c for c in head.children if c.i in path and c.i < head.i and c.dep_ == "advcl"), None)
    if fronted is not None:
        pieces.tell_last(fronted)
    if _caption(head, anchor):
        return _NO_STATEMENT
    text = tidy(pieces.text())
    if len(text.split()) < settings.EXTRACTION.statement_least_words and pieces.widen(head):
        text = tidy(pieces.text())  # 'Tarvonia released the Koronna' says more with its aside: ', a grain carrier'
    for level in range(1, 3):
        if len(text.split()) <= settings.EXTRACTION.statement_words:
            break
        pieces.shorten(level)
        text = tidy(pieces.text())
    return Statement(sentence_case(text), _reads_alone(text, head), actor, _headline(text, pieces))


def _headline(text: str, pieces: Pieces) -> str:
    """The statement as a title: whole if it is short enough, else without its optional
    phrases, else cut to the actor, the verb and what it takes."""
    for level in (1, 2):
        if len(text.split()) <= settings.EXTRACTION.headline_words:
            break
        pieces.shorten(level)
        text = tidy(pieces.text())
    return sentence_case(text)


def with_statement(
    parsed: ParsedArticle, index: PartyIndex, draft: EventDraft, anchor: Token, dates: CharRanges
) -> EventDraft:
    """A draft with the statement of the clause at `anchor` as its line, where that reads on
    its own; with its sentence and the sentence's words either way."""
    statement = event_statement(parsed, index, anchor, dates, climb=anchor.pos_ not in ("VERB", "AUX"))
    sentence = anchor.sent
    draft = dataclasses.replace(
        draft, sentence=(sentence.start_char, sentence.end_char), terms=sentence_terms(sentence)
    )
    if not statement.whole:
        return draft
    return dataclasses.replace(
        draft, what=statement.text, stated=True, actor=statement.actor, headline=statement.headline
    )


def _dated_verb(anchor: Token) -> Token | None:
    """The verb whose clause the date belongs to: the first verb up from the date."""
    return anchor if _clause_verb(anchor) else _verb_above(anchor, steps=9)


def _clause_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "aux", "auxpass")


def _event_head(verb: Token, pieces: Pieces) -> Token:
    """The verb whose clause can stand alone: up from a complement, an infinitive, a participle,
    a verb sharing another's subject (but not another's date: 'stranded on 3 May and was
    towed free on 9 May') or a 'when' clause, to the clause it hangs on."""
    head = verb
    for _ in range(4):
        above = _verb_above(head)
        if above is None:
            break
        if head.dep_ == "acl" and not finite(head) and (above.dep_ != "ROOT" or set_off(head)):
            break  # 'the van used in the robbery on Sunday', 'the deal, signed in May, collapsed': the participle's date
        marks = {c.lower_ for c in head.children if c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB")}
        shares_subject = head.dep_ == "conj" and not _own_subject(head) and not pieces.dated(above)
        if (
            head.dep_ == "xcomp"
            or shares_subject
            or (head.dep_ == "advcl" and _pronoun_subject(head))  # 'fell ill after they drank from the well'
            or (not finite(head) and head.dep_ in HANGING_CLAUSE_DEPS)
            or (head.dep_ == "advcl" and marks & _SAME_TIME_MARKS)
        ):
            head = above
            continue
        break
    return head


def _dates_a_circumstance(head: Token, path: set[int], pieces: Pieces) -> bool:
    """'After the close of the inquiry May 6, the Harbour Trust asked ...', 'Following
    Wednesday's leak of the audit, her office said ...': the date is the circumstance's,
    told before the clause, and the clause happened after it."""
    step = next((c for c in head.children if c.i in path), None)
    return (
        step is not None
        and step.i < head.i
        and step.dep_ in ("prep", "advcl")
        and not pieces.is_date(step)
        and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME_MARKS for c in step.children)
    )


def _what_was_said(parsed: ParsedArticle, verb: Token) -> Token | None:
    """The clause to state for a speech verb: the verb itself where what was said follows it
    outside quotation marks ('announced that the ferry service was suspended'); what was said where it
    comes first ('Vik and Lund pleaded guilty, Korr said'); None where all that was
    said is a quotation, which is no statement of what happened."""
    content = ("ccomp", "xcomp") if verb.lemma_.lower() in _ADDRESSEE_VERBS else ("ccomp", "dobj", "xcomp")
    said = [c for c in verb.children if c.dep_ in content and not c.is_punct]
    if not said:
        return verb  # 'the talks concluded': no saying at all (a bare 'said' ends the line and fails there)
    unquoted = [c for c in said if not _mostly_quoted(parsed, c)]
    if not unquoted:
        return None
    first = unquoted[0]
    return first if first.i < verb.i and first.pos_ in ("VERB", "AUX") else verb


def _dates_own(clause: Token, pieces: Pieces) -> bool:
    """'The agency looked for a link in 2019, the director said on Monday': what was said has a
    date of its own, and Monday is only when it was said."""
    return any(pieces.is_date(t) for t in clause.subtree if t.dep_ in ADVERBIAL_DEPS)


def _mostly_quoted(parsed: ParsedArticle, token: Token) -> bool:
    words = [t for t in token.subtree if not t.is_punct]
    return sum(1 for t in words if parsed.token_in_quote(t)) * 2 > len(words)


def _caption(head: Token, anchor: Token) -> bool:
    """'Tomas Brekke leaves court following his hearing on December 2, 2024', 'The
    ferry is seen on May 9 from a pilot boat': a photo caption, told in the present (saying what
    happened aside: 'officials say ...') with the picture's date in full, not news told in a report."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    present = (head.tag_ in ("VBZ", "VBP") and not auxiliaries) or (
        head.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].tag_ in ("VBZ", "VBP")
    )
    if not present or any(c.dep_ == "ccomp" for c in head.children):
        return False  # 'officials say the strait reopened on May 9': a report's present, saying
    near = anchor.sent[max(anchor.i - anchor.sent.start - 6, 0) : anchor.i - anchor.sent.start + 6]
    year = any(t.text.isdigit() and len(t.text) == 4 for t in near)
    day = any(t.lower_.rstrip(".") in MONTHS and t.i + 1 < len(t.doc) and t.nbor().like_num for t in near)
    return year or day


def _verb_above(token: Token, steps: int = 8) -> Token | None:
    at = token
    for _ in range(steps):
        if at.head == at:
            return None
        at = at.head
        if _clause_verb(at):
            return at
    return None


def _pronoun_subject(verb: Token) -> bool:
    return any(
        c.dep_ in SUBJECT_DEPS and (c.lower_ in PRONOUNS_PERSON or c.lower_ in PRONOUNS_GROUP) for c in verb.children
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _ancestors(token: Token, head: Token) -> list[Token]:
    out = [token]
    while token != head and token.head != token:
        token = token.head
        out.append(token)
    return out


def _reads_alone(text: str, head: Token) -> bool:
    words = text.split()
    if not settings.EXTRACTION.statement_least_words <= len(words) <= settings.EXTRACTION.statement_words + 5:
        return False
    last = words[-1].strip(".,;:!?\u201d\"'\u2019").lower()
    return finite(head) and last not in _DANGLING_ENDS and not text.endswith(("\u2026", "..."))
