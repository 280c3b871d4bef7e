"""How is the clause around a character offset told: of the future, of the past, or neither?
Weekdays and months resolve forward or back by it."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doc import token_at
from ..resources import word_set
from ..timex import PARTS_OF_DAY, Tense

__all__ = ["clause_tense", "is_future"]

_FUTURE_WORDS = word_set("tense_future_words")
# verbs whose infinitive complement lies ahead ("expected to join"; not "forced to leave")
_FUTURE_GOVERNORS = word_set("tense_future_governors")


def clause_tense(doc: Doc, char: int, strict: bool = False) -> Tense:
    """The Tense of the clause around `char` (strict as for is_future)."""
    return Tense.FUTURE if is_future(doc, char, strict) else Tense.PAST


def is_future(doc: Doc, char: int, strict: bool = False) -> bool:
    """strict: only an explicit future marker counts; a present tense does not ('the report,
    released in November, says'): months and dates are past unless the clause says otherwise."""
    token = token_at(doc, char) or token_at(doc, char - 1)  # or the token the space after belongs to
    if token is None:
        return False
    if token.dep_ == "compound" and token.head.lower_ in PARTS_OF_DAY:
        token = token.head  # "on Tuesday morning": the clause of the whole time
    if not strict and (
        token.dep_ in ("poss", "compound") or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")
    ):
        # "Wednesday's ruling": a day already referred to; not so a month, read strictly by its
        # clause ("would put a measure on the November ballot", "the November election will")
        return False
    if (
        token.i >= 3
        and doc[token.i - 3].lower_ == "as"
        and doc[token.i - 1].lower_ == "as"
        and doc[token.i - 2].lower_ in ("soon", "early")
    ):
        return True  # "as soon as Tuesday", "as early as next month": a date not yet reached
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    words = set(_auxiliaries(verb)) | {verb.lower_}
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_GOVERNORS:
        # "are expected to join in April", "plans to sell it in May"; not "had been due to expire
        # Friday": a plan in the past perfect was for a day before the report
        governor = verb.head
        return "had" not in _auxiliaries(governor) | (_auxiliaries(governor.head) if governor.pos_ == "ADJ" else set())
    words.discard("to")  # an infinitive is not a future by itself ("was forced to leave in May")
    if words & _FUTURE_WORDS:
        return True
    if not strict and verb.tag_ in ("VBZ", "VBP") and not words & {"has", "have"}:
        return True  # "voting opens on Monday": the present of a schedule
    # "due next Monday", "expected on Friday": a marker near the day, in its clause (a window, not
    # the clause's whole subtree, so a sentence listing thousands of days stays linear)
    window = doc[max(verb.left_edge.i, token.i - 8) : token.i + 3]
    return any(t.lower_ in ("next", "due", "expected") and (t is verb or verb.is_ancestor(t)) for t in window)


def _auxiliaries(verb) -> frozenset[str]:
    """A verb's auxiliaries, read once per verb: a clause listing thousands of days asks for
    them once per day."""
    cache = verb.doc.user_data.setdefault("auxiliaries", {})
    if verb.i not in cache:
        cache[verb.i] = frozenset(c.lower_ for c in verb.lefts if c.dep_ in ("aux", "auxpass"))
    return cache[verb.i]
