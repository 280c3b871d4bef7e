"""Stated positions and demands: sentences in which a party demands, insists, wants or refuses."""

from __future__ import annotations

from ..doc import ParsedArticle, subject_of
from ..drafts import Draft, PartyIndex, PositionDraft, party_at
from ..lexicon import POSITION_VERBS, PRONOUNS_GROUP, PRONOUNS_PERSON, SPEECH_VERBS
from ..parties.coref import antecedent
from ..parties.describe import resolve_description

__all__ = ["extract_positions"]


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
    """The party whose stance the sentence reports: the stance verb nearest the sentence root
    ('X released a statement, emphasising that ... unless Y agreed': X's, not Y's)."""
    candidates = [
        t
        for t in sent
        if not parsed.token_in_quote(t)
        and t.pos_ in ("VERB", "ADJ", "AUX")
        and (t.lemma_ in POSITION_VERBS or (t.lemma_ in ("ready", "willing", "prepared") and t.dep_ == "acomp"))
    ]
    for token in sorted(candidates, key=lambda t: sum(1 for _ in t.ancestors)):
        verb = token.head if token.dep_ == "acomp" else token
        subject = subject_of(verb)
        if subject is None or parsed.token_in_quote(subject):
            continue
        paragraph = parsed.paragraph_of(subject)
        party = party_at(index, paragraph, subject.idx)
        if party is None and subject.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
            party = antecedent(parsed, index, subject)
        if party is None and subject.pos_ == "NOUN":
            party = resolve_description(index, subject.lower_, paragraph, subject.idx)
        if party is not None and not _told_by_another(parsed, index, verb, party):
            return party
    return None


_REPORTING_VERBS = SPEECH_VERBS | frozenset(["believe", "think", "report"])  # speech, and what someone holds


def _told_by_another(parsed: ParsedArticle, index: PartyIndex, verb, party: Draft) -> bool:
    """'a Democratic senator said Republicans had agreed': a stance someone else reports is that
    speaker's account, not the party's own position."""
    for ancestor in verb.ancestors:
        if ancestor.lemma_ in _REPORTING_VERBS:
            teller = subject_of(ancestor)
            if teller is None:
                return True
            holder = party_at(index, parsed.paragraph_of(teller), teller.idx)
            if holder is None and teller.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:
                holder = antecedent(parsed, index, teller)
            return holder is not party
    return False
