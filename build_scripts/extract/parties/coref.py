"""Pronouns back to parties: the nearest compatible mention, subjects first (after Hobbs).

Sentences are searched from the pronoun backwards: first the words before it in its own
sentence, then earlier sentences and paragraphs. Within a sentence subjects come first, then
other mentions left to right, possessives last. `he`/`she` need a person whose known gender does
not contradict the pronoun, and none of two names joined by 'and' ('Presidents Vik and Lund'):
where such a pair is all the sentence offers, the pronoun stays unresolved; `they`/`it` need an
organisation, group or country.
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import settings
from ...model import PartyKind
from ..doc import ParsedArticle, coordinated, token_at
from ..drafts import Draft, Mention, PartyIndex

__all__ = ["PRONOUN_GENDER", "antecedent"]

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def antecedent(parsed: ParsedArticle, index: PartyIndex, pronoun: Token) -> Draft | None:
    word = pronoun.lower_
    gender = PRONOUN_GENDER.get(word)
    want_person = gender is not None
    paragraph = parsed.paragraph_of(pronoun)
    for para in range(paragraph, max(-1, paragraph - settings.EXTRACTION.coref_lookback_paragraphs - 1), -1):
        for sent in reversed(list(parsed.docs[para].sents)):
            limit = pronoun.idx if para == paragraph else len(parsed.article.paragraphs[para]) + 1
            if sent.start_char >= limit:
                continue
            paired = False
            for mention, draft in _ranked(index, para, sent.start_char, min(sent.end_char, limit)):
                if not _compatible(draft, want_person, gender):
                    continue
                if gender is not None and _coordinated(parsed, mention):
                    paired = True  # 'the terms of Presidents Vik and Lund ... since he': not one of the pair
                    continue
                return draft
            if paired:
                return None  # only a pair in this sentence ('Vik and Lund met; he said'): who is he?
    return None


def _coordinated(parsed: ParsedArticle, mention: Mention) -> bool:
    """Whether a mention is one of a pair ('Vik' of 'Presidents Vik and Lund'; the parser's entity
    may run over the 'and': 'Mayors Vik and')."""
    doc = parsed.docs[mention.paragraph]
    first, last = token_at(doc, mention.start), token_at(doc, mention.end - 1)
    if first is None or last is None:
        return False
    return any(coordinated(token) for token in doc[first.i : last.i + 1])


def _ranked(index: PartyIndex, paragraph: int, start: int, end: int) -> list[tuple[Mention, Draft]]:
    found = [
        (m, d)
        for d in index.drafts
        for m in d.mentions
        if m.paragraph == paragraph and start <= m.start < end and not m.quoted
    ]
    return sorted(found, key=lambda md: (not md[0].subject, md[0].possessive, md[0].start))


def _compatible(draft: Draft, want_person: bool, gender: str | None) -> bool:
    if want_person:
        return draft.kind == PartyKind.PERSON and (draft.gender is None or draft.gender == gender)
    return draft.kind != PartyKind.PERSON
