"""Affiliations only the whole story shows: what one report says of a party names a body another
report names.

- a unit named by its service and its members' plural: 'Peruvian Navy Divers' where the story has
  the 'Peruvian Navy' (not 'Wells Fargo Center', 'European Council on Foreign Relations');
- a member or office-holder whose description names a story body the recogniser missed in that
  report ('a member of the Wild Geese', tagged a place there, a team elsewhere).

Only bodies (organisations and groups) are reached this way, and only by a role whose head is a
membership or an office ('member', 'head', 'coach'): 'a critic of the Harbour Board' belongs to
nothing. Every lookup is by name in a dictionary: linear in the story's parties.
"""

from __future__ import annotations

from ..extract.gazetteer import country_code, political_party
from ..extract.lexicon import BIO_ROLE_NOUNS
from ..extract.parties.roles import is_office, role_head
from ..extract.resources import word_set
from ..model import PartyKind

__all__ = ["story_affiliation"]

_BODIES = (PartyKind.ORGANISATION, PartyKind.GROUP)
_TIES = word_set("affiliation_tie_prepositions")  # 'a fireman from Wexmoor' comes from it, and belongs to nothing
_JOINERS = frozenset({"of", "and", "&"})


def story_affiliation(name: str, kind: PartyKind, role: str | None, bodies: dict[str, PartyKind]) -> str | None:
    """The body the story shows `name` belongs to, or None. `bodies`: every story party's name
    and kind."""
    if kind == PartyKind.COUNTRY:
        return None
    words = name.split()
    service = " ".join(words[:-1])
    if (
        kind in _BODIES
        and len(words) >= 3
        and _members_word(words[-1])
        and bodies.get(service) in _BODIES
        and political_party(service) != service
        and not country_code(service)
    ):
        return service
    if not role or not (is_office(role_head(role)) or role_head(role) in BIO_ROLE_NOUNS):
        return None
    for named in _names_after_ties(role):
        if named != name and bodies.get(named) in _BODIES and political_party(named) != named:
            return named
    return None


def _members_word(word: str) -> bool:
    """'Divers', 'Seals', 'Rangers': a capitalised plural names a unit's members; 'Center',
    'Award' or 'Networks' after a body's name ('Wells Fargo Center') name something else."""
    return word[:1].isupper() and word.endswith("s") and not word.endswith(("ss", "us", "ks")) and word[-2:-1].islower()


def _names_after_ties(role: str) -> list[str]:
    """The capitalised names a role's 'of', 'for', 'at' or 'with' introduces: 'member of the Wild
    Geese' -> 'Wild Geese'; 'head of the Bureau of Mines' -> 'Bureau of Mines'."""
    words = [w.strip(',.;:()"') for w in role.replace("\u2019", "'").split()]
    found = []
    for i, word in enumerate(words):
        if word.lower() not in _TIES:
            continue
        j = i + 1 + (i + 1 < len(words) and words[i + 1].lower() == "the")
        run: list[str] = []
        while j < len(words) and (
            _capitalised(words[j]) or (run and words[j].lower() in _JOINERS and _capitalised(words[j + 1 : j + 2]))
        ):
            run.append(words[j])
            j += 1
        if run:
            last = run[-1]
            run[-1] = last.removesuffix("'s")
            found.append(" ".join(run))
    return found


def _capitalised(word: str | list[str]) -> bool:
    word = word[0] if isinstance(word, list) and word else word
    return isinstance(word, str) and word[:1].isupper()
