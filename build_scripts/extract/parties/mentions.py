"""One mention of a party as the report writes it: its place and what the sentence makes of it
(the one acting, a place or channel, a modifier of someone else)."""

from __future__ import annotations

from spacy.tokens import Span

from ..doc import ParsedArticle
from ..drafts import Mention
from ..lexicon import DIRECTION_PREPOSITIONS, LOCATIVE_PREPOSITIONS

__all__ = ["mention_of"]


def mention_of(parsed: ParsedArticle, ent: Span, text: str) -> Mention:
    """How the report names a party here: where, as subject or not, quoted, as a possessive, a
    place or a modifier of another noun."""
    doc = ent.doc
    possessive = ent.root.dep_ == "poss" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
    place = _located(ent)
    return Mention(
        paragraph=parsed.paragraph_of(ent),
        start=ent.start_char,
        end=ent.end_char,
        subject=ent.root.dep_ in ("nsubj", "nsubjpass"),
        quoted=parsed.token_in_quote(ent.root),
        text=text,
        possessive=possessive,
        located=place,
        modifier=_modifies(ent),
    )


def _modifies(ent: Span) -> bool:
    """'Tarvonian officials', 'a Labour councillor', 'the Quennell campaign': the name describes
    the noun after it, someone else who is the one acting."""
    head = ent.root.head
    return ent.root.dep_ in ("amod", "compound", "nmod") and head.i >= ent.end and head.pos_ in ("NOUN", "PROPN")


def _located(ent: Span) -> bool:
    """'in Tarvonia and Korvania', 'on his forum page', 'to Tarvonia': the name is where something
    happens or the channel it goes through, not someone who acts."""
    token = ent.root
    steps = ("conj", "compound", "appos") if ent.label_ in ("GPE", "LOC") else ("conj", "compound")
    while token.dep_ in steps and token.head != token:
        token = token.head
    prepositions = LOCATIVE_PREPOSITIONS | (DIRECTION_PREPOSITIONS if ent.label_ == "GPE" else frozenset())
    return token.dep_ == "pobj" and token.head.lower_ in prepositions
