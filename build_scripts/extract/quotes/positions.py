"""Stated positions and demands: sentences in which a party demands, insists, wants or refuses."""

from __future__ import annotations

from ..doc import ParsedArticle, subject_of
from ..drafts import Draft, PartyIndex, PositionDraft
from ..lexicon import POSITION_VERBS, SPEECH_VERBS
from ..parties.reference import party_of

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
        party = party_of(parsed, index, subject).party
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
            return party_of(parsed, index, teller).party is not party
    return False
