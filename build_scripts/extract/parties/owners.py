"""Whom a described party belongs to: the body or person a title, an apposition or a
possessive names ('Quillby Shipping, whose spokesman', 'the county's Coastal Rescue Office',
'Transport Minister', 'French President'). describe.py reads the descriptions; the owner the
words name is found here."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...model import PartyKind
from ..doc import ParsedArticle
from ..drafts import Draft, PartyIndex, party_at
from ..gazetteer import demonym_country
from ..resources import word_set
from .descriptions import named_later, resolve_description
from .roles import origin_only

__all__ = ["affiliation_in", "is_whose", "office_holder_body", "possessive_owner", "whose_owner"]

_HEAD_OF_STATE = word_set("describe_head_of_state")


def is_whose(token: Token) -> bool:
    return token.lower_ == "whose"


def whose_owner(parsed: ParsedArticle, index: PartyIndex, whose: Token, draft: Draft) -> Draft | None:
    """'Quillby Shipping, whose spokesman, Aron Falk, said': the spokesman is Quillby Shipping's,
    the name right before 'whose' (the parser may hang the clause elsewhere)."""
    before = whose.i - 1
    while before >= 0 and whose.doc[before].is_punct:
        before -= 1
    if before < 0:
        return None
    owner = party_at(index, parsed.paragraph_of(whose), whose.doc[before].idx)
    return owner if owner is not draft else None


def possessive_owner(parsed: ParsedArticle, index: PartyIndex, ent: Span, draft: Draft) -> Draft | None:
    """'the county's Coastal Rescue Office' belongs to the county's council."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":
        owner_token = doc[ent.start - 2]
        owner = party_at(index, parsed.paragraph_of(owner_token), owner_token.idx)
        if owner is None and owner_token.pos_ == "NOUN":
            owner = resolve_description(
                index, owner_token.lower_, parsed.paragraph_of(owner_token), owner_token.idx
            ) or named_later(index, owner_token.lower_)
        return owner if owner is not draft else None
    return None


def office_holder_body(index: PartyIndex, tokens: list[Token]) -> Draft | None:
    """'Transport Minister' belongs to the 'Ministry of Transport'; a president with no country named
    belongs to the one country the article is about."""
    words = [t.lower_ for t in tokens]
    for i, word in enumerate(words):
        if word in ("minister", "secretary") and (i > 0 or words[i + 1 : i + 2] == ["of"]):
            # "Transport Minister", "Secretary of Transport": the Ministry or Department of Transport
            subject = words[i + 2] if words[i + 1 : i + 2] == ["of"] and i + 2 < len(words) else words[i - 1]
            for other in index.drafts:
                names = " ".join(s.lower() for s in other.spellings)
                if subject in names.split() and re.search(r"\b(ministry|department)\b", names):
                    return other
    if set(words) & _HEAD_OF_STATE or "prime" in words:
        stated = next(
            (demonym_country(t.text) for t in tokens if t.ent_type_ == "NORP" and demonym_country(t.text)), None
        )
        if stated is not None:  # "French President": France, whichever countries the article names
            return _country_draft(index, *stated)
        countries = [d for d in index.drafts if d.kind == PartyKind.COUNTRY]
        if len(countries) == 1:
            return countries[0]
    return None


def _country_draft(index: PartyIndex, code: str, name: str) -> Draft:
    found = next((d for d in index.drafts if d.kind == PartyKind.COUNTRY and d.code == code), None)
    if found is None:
        found = index.new(PartyKind.COUNTRY)
        found.code = code
        found.add(name, None)
    return found


def affiliation_in(parsed: ParsedArticle, index: PartyIndex, tokens: list[Token], draft: Draft) -> Draft | None:
    paragraph = parsed.paragraph_of(tokens[0])
    inside = {t.i for t in tokens}
    found = []
    for token in tokens:
        other = party_at(index, paragraph, token.idx)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or (
            token.i > 0 and token.doc[token.i - 1].lower_ == "the"
        )
        if other is None and definite and token.pos_ == "NOUN":
            # the role's own head ('the site of a fire') is never the newsroom named last
            head = token.head.i not in inside or token.head == token
            other = resolve_description(index, token.lower_, paragraph, token.idx, outlets=not head)
        if other is not None and other is not draft and not origin_only(token.head.lower_, other):
            found.append((token.dep_ != "poss", other))
    return min(found, key=lambda f: f[0])[1] if found else None
