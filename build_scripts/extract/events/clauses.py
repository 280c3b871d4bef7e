"""What an event says happened: the clause a date belongs to, cut to its own words, described
in a sentence, and the parties named in it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ... import settings
from ..doc import ParsedArticle, span_text
from ..drafts import PartyIndex, party_at
from ..labels import CLAUSE_CUT_DEPS, EVENT_SIDE_CLAUSE_DEPS

__all__ = [
    "clause_after",
    "clause_of",
    "describe_clause",
    "main_clause_of",
    "noun_phrase_after",
    "parties_in",
    "sentence_case",
    "sentence_terms",
]


def clause_after(doc: Doc, char: int) -> list[Token]:
    verb = next(
        (t for t in doc if t.idx >= char and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None
    )
    if verb is None or verb.sent != next((t.sent for t in doc if t.idx >= char), None):
        return []
    return [t for t in clause_of(verb) if t.idx >= char]


def noun_phrase_after(doc: Doc, char: int) -> Span | None:
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


def clause_of(token: Token) -> list[Token]:
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("amod", "acl") or verb.head == verb:
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


def main_clause_of(token: Token) -> list[Token]:
    root = token.sent.root
    return clause_of(root)


def describe_clause(tokens: list[Token]) -> str:
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
    return sentence_case(text)


def sentence_case(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = "The " + text[4:]
    return text[:1].upper() + text[1:]


def parties_in(parsed: ParsedArticle, index: PartyIndex, tokens) -> tuple:
    found = []
    for token in tokens:
        draft = party_at(index, parsed.paragraph_of(token), token.idx)
        if draft is not None and draft not in found:
            found.append(draft)
    return tuple(found)


def sentence_terms(sentence: Span) -> tuple[str, ...]:
    """The content words of a sentence as lemmas, names kept, dates and function words left
    out: 'went on strike' and 'goes on strike' share theirs, which is what links two reports of one
    event (link/events.py)."""
    return tuple(
        t.lemma_.lower()
        for t in sentence
        if (t.is_alpha or t.like_num) and not t.is_stop and t.ent_type_ not in ("DATE", "TIME") and len(t.text) > 1
    )
