"""What a role's words say of who holds it: a body's description ('a state-run news site') or a
person's ('the head of the operation', 'an anxious parent'), an office a person holds in a body
('CEO of Brekkel'), and a place someone comes from rather than a body they work for ('a fireman
from Wexmoor'). describe.py reads the roles; the kind and tie they imply are decided here."""

from __future__ import annotations

import re

from ...model import PartyKind
from ...names import LEGAL_SUFFIXES, NAME_SUFFIXES, bare, is_acronym
from ..drafts import Draft
from ..lexicon import ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS
from ..resources import word_set
from .entities import ORG_NAME_WORDS

__all__ = [
    "body_role",
    "is_office",
    "mark_office_body",
    "origin_only",
    "outlet_role",
    "person_role",
    "person_shaped",
    "role_head",
]

_OFFICE_NOUNS = word_set("office_nouns")
_OUTLET_HEADS = word_set("roles_outlet_heads")
_OUTLET_SHARED_HEADS = word_set("roles_outlet_shared_heads")
_NEWS_WORDS = frozenset({"news", "media", "newsgathering"})
_ROLE_PREPOSITIONS = re.compile(r"\s+(?:of|at|for|with|on|in|to|from)\s.*$")


def role_head(role: str) -> str:
    """A role's head noun: 'adviser' of 'economic adviser at the campaign'."""
    words = _ROLE_PREPOSITIONS.sub("", role).split() or role.split()
    return words[-1].lower()


def body_role(role: str) -> bool:
    """Whether a role's head ('production company', not 'adviser at the campaign') is a body's."""
    return role_head(role) in ORG_ROLE_NOUNS


def outlet_role(role: str) -> bool:
    """Whether a description says its name is a newsroom's: 'a state-run news outlet', 'public
    radio', 'the weekly'; not 'a jobs website' or 'a space agency'."""
    head = role_head(role)
    words = set(re.findall(r"[a-z]+", role.lower()))
    return head in _OUTLET_HEADS or (head in _OUTLET_SHARED_HEADS and bool(words & _NEWS_WORDS))


def is_office(word: str) -> bool:
    """Whether a role's head word is an office a person holds in a body ('chairman', 'CEO')."""
    return word.lower() in _OFFICE_NOUNS


def person_role(role: str, name: str) -> bool:
    """Whether a role's head is a person's office ('head of the operation', 'mission chief') and
    the name has no body's word ('Harbour Board', 'Brekke Marine KK')."""
    return (
        role_head(role) in PERSON_ROLE_NOUNS
        and not _words(name) & (ORG_NAME_WORDS | LEGAL_SUFFIXES)
        and not any(is_acronym(w) for w in name.split())
    )


def person_shaped(name: str) -> bool:
    """An initial or a suffix ('Ines B. Abara', 'Ola Berg Jr.') is a person's, whatever a
    misread apposition calls them ('the court')."""
    return any(re.fullmatch(r"[A-Z]\.", w) or bare(w) in NAME_SUFFIXES for w in name.split())


def mark_office_body(owner: Draft | None, office: str) -> None:
    """'Aron Falk, CEO of Brekkel': a one-word name a person heads is a body's, whatever the
    recogniser said; a person is no one's chief executive's employer."""
    if (
        owner is not None
        and owner.kind == PartyKind.PERSON
        and is_office(office)
        and all(len(s.split()) == 1 for s in owner.spellings)
    ):
        owner.kind = PartyKind.ORGANISATION


def origin_only(preposition: str, other: Draft) -> bool:
    """'a fireman from Wexmoor': where someone comes from, not whom they work for, unless the
    name is a body's ('a spokesman from the Harbour Board', 'an engineer from NRA')."""
    if preposition.lower() != "from" or other.kind == PartyKind.PERSON:
        return False
    words = set().union(*(_words(s) for s in other.spellings))
    return not words & (ORG_NAME_WORDS | ORG_ROLE_NOUNS | LEGAL_SUFFIXES) and not any(
        is_acronym(s) for s in other.spellings
    )


def _words(name: str) -> set[str]:
    return {bare(w) for w in name.split()}
