"""Stated positions and demands: sentences in which a party demands, insists, wants or refuses."""
from __future__ import annotations

from dataclasses import dataclass

from .doc import ParsedArticle
from .lexicon import POSITION_VERBS, PRONOUNS_GROUP, PRONOUNS_PERSON
from .parties import Draft, PartyIndex, party_at
from .coref import antecedent
from .describe import resolve_description
from ..model import PartyKind


@dataclass(frozen=True)
class PositionDraft:
    party: Draft
    text: str
    paragraph: int


def extract_positions(parsed: ParsedArticle, index: PartyIndex, list_points: dict[int, Draft]) -> list[PositionDraft]:
    out: list[PositionDraft] = []
    for doc in parsed.docs:
        paragraph = parsed.paragraph_of(doc)
        if paragraph in list_points:
            out.append(PositionDraft(list_points[paragraph], doc.text.strip(), paragraph))
            continue
        for sent in doc.sents:
            party = _stance_holder(parsed, index, sent)
            if party is not None:
                out.append(PositionDraft(party, " ".join(sent.text.split()), paragraph))
    return out


def _stance_holder(parsed: ParsedArticle, index: PartyIndex, sent) -> Draft | None:
    for token in sent:
        if parsed.token_in_quote(token) or token.pos_ not in ("VERB", "ADJ", "AUX"):
            continue
        stance = token.lemma_ in POSITION_VERBS or (token.lemma_ in ("ready", "willing", "prepared") and token.dep_ == "acomp")
        if not stance:
            continue
        verb = token.head if token.dep_ == "acomp" else token
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        paragraph = parsed.paragraph_of(subject)
        party = party_at(index, paragraph, subject.idx)
        if party is None and subject.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
            party = antecedent(parsed, index, subject)
        if party is None and subject.pos_ == "NOUN":
            party = resolve_description(index, subject.lower_, paragraph, subject.idx)
        if party is not None:
            return party
    return None
