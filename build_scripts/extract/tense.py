"""Is the clause around a character offset about the future? Weekdays resolve forward if so."""
from __future__ import annotations

from spacy.tokens import Doc

_FUTURE_WORDS = frozenset({"will", "would", "'ll", "shall", "to", "expected", "due", "scheduled", "set"})


def is_future(doc: Doc, char: int, strict: bool = False) -> bool:
    """strict: only an explicit future marker counts; a present tense does not ('the report,
    released in November, says'): months and dates are past unless the clause says otherwise."""
    token = next((t for t in doc if t.idx <= char < t.idx + len(t) + 1), None)
    if token is None:
        return False
    if token.dep_ in ("poss", "compound") or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"):
        return False  # "Wednesday's ruling": a day already referred to
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | {verb.lower_}
    if strict:
        words.discard("to")  # an infinitive is not a future by itself ("was forced to leave in May")
    if words & _FUTURE_WORDS:
        return True
    if not strict and verb.tag_ in ("VBZ", "VBP") and not words & {"has", "have"}:
        return True  # "voting opens on Monday": the present of a schedule
    return any(t.lower_ in ("next", "due", "expected") for t in verb.subtree if t.i < token.i + 3)
