"""What a phrase refers to: one answer for every rule that asks who a subject, a speaker, a
stance holder or an "according to" object is. A named party (the phrase's own name, an
appositive's, "a spokesman for X", "the X spokesman"), a pronoun resolved to one, or a
description ('the union') tied to one; with how it was found, which quote attribution reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Token

from ...model import Attribution
from ..doc import ParsedArticle
from ..drafts import Draft, PartyIndex, party_at
from ..lexicon import PRONOUNS_GROUP, PRONOUNS_PERSON, SPOKES_NOUNS
from ..resources import word_set
from .coref import antecedent
from .descriptions import resolve_description

__all__ = ["NOBODY", "Reference", "Resolution", "Speaker", "party_of", "resolve_speaker"]

_INFORMANT_HEADS = word_set("speakers_informant_heads")


class Reference(Enum):
    NAMED = "named"  # the phrase is or holds a party's name: "Berg", "Ola Berg, the mayor"
    DESCRIBED = "described"  # "the union", "a spokesman for the council", "the council spokesman"
    PRONOUN = "pronoun"  # "she", "they", through coref


@dataclass(frozen=True)
class Resolution:
    party: Draft | None
    how: Reference | None = None


_NO_ONE = Resolution(None)


def party_of(parsed: ParsedArticle, index: PartyIndex, head: Token) -> Resolution:
    """The party a phrase (by its head token) refers to, and how the text names it."""
    found = _party_in_phrase(parsed, index, head)
    if found is not None:
        named = head.pos_ == "PROPN" or head.ent_type_ or any(c.dep_ == "appos" and c.ent_type_ for c in head.children)
        return Resolution(found, Reference.NAMED if named else Reference.DESCRIBED)
    if head.lower_ in PRONOUNS_PERSON or head.lower_ in PRONOUNS_GROUP:
        found = antecedent(parsed, index, head)
        return Resolution(found, Reference.PRONOUN) if found is not None else _NO_ONE
    if head.pos_ == "NOUN":
        found = resolve_description(index, head.lemma_, parsed.paragraph_of(head), head.idx)
        if found is not None:
            return Resolution(found, Reference.DESCRIBED)
    return _NO_ONE


def _party_in_phrase(parsed: ParsedArticle, index: PartyIndex, head: Token) -> Draft | None:
    paragraph = parsed.paragraph_of(head)
    found = party_at(index, paragraph, head.idx)
    if found is not None:
        return found
    for child in head.children:
        if child.dep_ == "appos":
            found = party_at(index, paragraph, child.idx)
            if found is not None:
                return found
    if head.lemma_ in SPOKES_NOUNS:  # "a spokesman for Disney"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = party_at(index, paragraph, obj.idx)
                if found is not None:
                    return found
    if head.pos_ == "NOUN" and head.lemma_ not in _INFORMANT_HEADS:
        for child in head.children:
            if child.dep_ in ("compound", "poss") and (found := party_at(index, paragraph, child.idx)) is not None:
                return found
    return None


@dataclass(frozen=True)
class Speaker:
    party: Draft | None
    attribution: Attribution
    cue: str | None


NOBODY = Speaker(None, Attribution.UNATTRIBUTED, None)
_ATTRIBUTION = {
    Reference.NAMED: Attribution.EXPLICIT,
    Reference.DESCRIBED: Attribution.NOMINAL,
    Reference.PRONOUN: Attribution.PRONOUN,
}


def resolve_speaker(parsed: ParsedArticle, index: PartyIndex, subject: Token, cue: str | None) -> Speaker:
    """The speaker a reporting verb's subject refers to, and how it is attributed."""
    found = party_of(parsed, index, subject)
    if found.party is None or found.how is None:
        return Speaker(None, Attribution.UNATTRIBUTED, cue)
    return Speaker(found.party, _ATTRIBUTION[found.how], cue)
