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
_PAST_AUXILIARIES = word_set("tense_past_auxiliaries")  # a perfect too: "they've had thousands"
_LOOKING_AHEAD = word_set("tense_looking_ahead")  # "ahead of Tuesday's primary"


def clause_tense(doc: Doc, char: int, strict: bool = False) -> Tense:
    """The Tense of the clause around `char` (strict as for is_future): future, past, or neither
    ('the convention in July', 'to win in November', 'is bent on securing it before July')."""
    token = _time_token(doc, char)  # found once: every expression of an article asks
    if token is None:
        return Tense.PAST
    verb = _clause_verb(token)
    if _is_future(token, verb, strict):
        return Tense.FUTURE
    if token.i > 0 and doc[token.i - 1].lower_ == "since":
        return Tense.PAST  # "thousands of shootings since January 1st": a time that has passed
    return Tense.PAST if _is_past(verb) else Tense.UNMARKED


def _is_past(verb) -> bool:
    """Is the clause told in a past or perfect tense? A verb that is not finite ('referring to',
    'to influence') is told by the clause it depends on, up to the first finite one."""
    for _ in range(4):
        auxiliaries = _auxiliaries(verb) - {"to"}
        if verb.tag_ == "VBD" or auxiliaries & _PAST_AUXILIARIES:
            return True
        if auxiliaries or verb.tag_ in ("VBZ", "VBP", "MD"):
            return False  # a present or a modal: "the primaries are set for", "could continue until"
        if verb.tag_ == "VBN":
            return True  # a participle alone: "the plan, released in March"
        governor = _clause_verb(verb.head)
        if governor == verb:
            return False  # the sentence's own verb, not finite: "Let's defeat her in November"
        verb = governor
    return False


def is_future(doc: Doc, char: int, strict: bool = False) -> bool:
    """strict: only an explicit future marker counts; a present tense does not ('the report,
    released in November, says'), so a month or a date is read as the future only where the
    clause says so (clause_tense then tells a past clause from one that says neither)."""
    token = _time_token(doc, char)
    return token is not None and _is_future(token, _clause_verb(token), strict)


def _is_future(token, verb, strict: bool) -> bool:
    doc = token.doc
    if _looks_ahead(token):
        return True
    if not strict and (
        token.dep_ in ("poss", "compound") or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")
    ):
        # "Wednesday's ruling": a day already referred to, unless the clause says the event it
        # names lies ahead ("will air during Sunday's final"); not when it is the clause's subject,
        # a past cause of what is to come ("the results of Tuesday's primaries will force"). A
        # month is read strictly by its clause ("would put a measure on the November ballot")
        return not _in_subject(token, verb) and _is_future(token, verb, strict=True)
    if verb.dep_ == "xcomp" and {verb.head.lemma_, verb.head.lower_} & _FUTURE_GOVERNORS:
        # "are expected to join in April", "plans to sell it in May"; not "had been due to expire
        # Friday": a plan in the past perfect was for a day before the report
        governor = verb.head
        return "had" not in _auxiliaries(governor) | (_auxiliaries(governor.head) if governor.pos_ == "ADJ" else set())
    if _says_future(verb):
        return True
    if _auxiliaries(verb) <= {"to"} and verb.tag_ in ("VB", "VBG") and verb.dep_ in ("acl", "advcl", "xcomp"):
        # an infinitive or a gerund is told by the clause it depends on ("will begin airing ads after
        # Monday", "would be able to hold the House in November"); not a participle, which names
        # what is done ("the merger announced Monday would")
        governor = _clause_verb(verb.head)
        if governor != verb and _says_future(governor):
            return True
    words = _auxiliaries(verb) | {verb.lower_}
    if not strict and verb.tag_ in ("VBZ", "VBP") and not words & _PAST_AUXILIARIES and not _in_subject(token, verb):
        # "voting opens on Monday": the present of a schedule; not beside "did", "has" (the tagger
        # reads "did not at any time Thursday mention" as a present), nor in the subject, which
        # names what has happened ("Super Tuesday brings the parties closer")
        return True
    # "due next Monday", "expected on Friday": a marker near the day, in its clause (a window, not
    # the clause's whole subtree, so a sentence listing thousands of days stays linear)
    window = doc[max(verb.left_edge.i, token.i - 8) : token.i + 3]
    return any(t.lower_ in ("next", "due", "expected") and (t == verb or verb.is_ancestor(t)) for t in window)


def _says_future(verb) -> bool:
    """Does the verb or one of its auxiliaries mark a future ("will", "is expected", "is due")? An
    infinitive's "to" alone does not ("was forced to leave in May")."""
    return bool(((_auxiliaries(verb) | {verb.lower_}) - {"to"}) & _FUTURE_WORDS)


def _looks_ahead(token) -> bool:
    """Do the words right before the time put it ahead ("as soon as Tuesday", "as early as next
    month", "ahead of Tuesday's primary")? Then it is a day not yet reached, even one before a noun."""
    before = " ".join(t.lower_ for t in token.doc[max(0, token.i - 3) : token.i])
    return any(before == phrase or before.endswith(" " + phrase) for phrase in _LOOKING_AHEAD)


def _in_subject(token, verb) -> bool:
    """Is the time inside its clause's subject ("the results of Tuesday's primaries will")? A few
    steps up the parse, as _clause_verb took to find the verb."""
    node = token
    for _ in range(8):
        if node == verb or node.head == node:  # tokens compare by position (spaCy makes a new one on each access)
            return False
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        node = node.head
    return False


def _time_token(doc: Doc, char: int):
    token = token_at(doc, char) or token_at(doc, char - 1)  # or the token the space after belongs to
    if token is not None and token.dep_ == "compound" and token.head.lower_ in PARTS_OF_DAY:
        return token.head  # "on Tuesday morning": the clause of the whole time
    return token


def _clause_verb(token):
    """The verb whose clause a word belongs to (a few steps up the parse; itself if none)."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb


def _auxiliaries(verb) -> frozenset[str]:
    """A verb's auxiliaries, read once per verb: a clause listing thousands of days asks for
    them once per day."""
    cache = verb.doc.user_data.setdefault("auxiliaries", {})
    if verb.i not in cache:
        cache[verb.i] = frozenset(c.lower_ for c in verb.lefts if c.dep_ in ("aux", "auxpass"))
    return cache[verb.i]
