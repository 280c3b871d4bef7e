"""Who a subject is: a named party, a pronoun resolved to one, or a description ('the union',
'a spokesman for X') tied to one. Shared by quote attribution and statement issuers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...model import Attribution
from ..doc import ParsedArticle
from ..drafts import Draft, PartyIndex, party_at
from ..lexicon import PRONOUNS_GROUP, PRONOUNS_PERSON, SPOKES_NOUNS
from ..resources import word_set
from .coref import antecedent
from .describe import resolve_description

__all__ = ["NOBODY", "Speaker", "party_of_phrase", "resolve_speaker"]

_INFORMANT_HEADS = word_set("speakers_informant_heads")


@dataclass(frozen=True)
class Speaker:
    party: Draft | None
    attribution: Attribution
    cue: str | None


NOBODY = Speaker(None, Attribution.UNATTRIBUTED, None)


def resolve_speaker(parsed: ParsedArticle, index: PartyIndex, subject: Token, cue: str | None) -> Speaker:
    paragraph = parsed.paragraph_of(subject)
    direct = party_of_phrase(parsed, index, subject)
    if direct is not None:
        named = (
            subject.pos_ == "PROPN"
            or subject.ent_type_
            or any(c.dep_ == "appos" and c.ent_type_ for c in subject.children)
        )
        kind = Attribution.EXPLICIT if named else Attribution.NOMINAL
        return Speaker(direct, kind, cue)
    word = subject.lower_
    if word in PRONOUNS_PERSON or word in PRONOUNS_GROUP:
        found = antecedent(parsed, index, subject)
        return Speaker(found, Attribution.PRONOUN if found else Attribution.UNATTRIBUTED, cue)
    if subject.pos_ == "NOUN":
        owner = resolve_description(index, subject.lemma_, paragraph, subject.idx)
        if owner is not None:
            return Speaker(owner, Attribution.NOMINAL, cue)
    return Speaker(None, Attribution.UNATTRIBUTED, cue)


def party_of_phrase(parsed: ParsedArticle, index: PartyIndex, head: Token) -> Draft | None:
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
            if child.dep_ in ("compound", "poss") and party_at(index, paragraph, child.idx) is not None:
                return party_at(index, paragraph, child.idx)
    return None
