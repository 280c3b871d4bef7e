"""The people of one report: full names joined where they can name one person, then the lone
words (a surname, a given name, a surname misspelt) given to the one person they fit."""

from __future__ import annotations

from spacy.tokens import Span

from ...model import PartyKind
from ...names import first_name_gender, strip_honorific
from ..doc import ParsedArticle
from ..drafts import PartyIndex, same_person_name
from ..lexicon import FEMALE_WORDS, MALE_WORDS
from .mentions import mention_of

__all__ = ["add_people"]


def add_people(parsed: ParsedArticle, index: PartyIndex, ents) -> None:
    """Full names first, longest first, each joining the one person of the article it can
    name; then lone words: a surname of one person, a given name of one person, or (shared by
    two) the one the honorific before it fits. A lone word left over is a person of its own."""
    people = [(e, strip_honorific(n)) for e, n in ents if e.label_ == "PERSON"]
    for ent, name in sorted(people, key=lambda en: -len(en[1].split())):
        if len(name.split()) < 2:
            continue
        fits = [
            d
            for d in index.drafts
            if d.kind == PartyKind.PERSON
            and all(same_person_name(name, s) for s in d.spellings if len(s.split()) >= 2)
            and any(len(s.split()) >= 2 for s in d.spellings)
        ]
        draft = fits[0] if len(fits) == 1 else index.new(PartyKind.PERSON)
        draft.add(name, mention_of(parsed, ent, name))
    for ent, name in people + [(e, n) for e, n in ents if e.label_ == "ORG"]:
        if len(name.split()) != 1:
            continue
        known = (
            index.by_surname(name.lower()) or _by_honorific(index, ent, name) or _by_context(parsed, index, ent, name)
        )
        if known is None and ent.label_ == "PERSON":
            known = (
                index.by_given_name(name.lower())
                or next((d for d in index.drafts if name in d.spellings), None)
                or _by_misspelt_surname(index, name)
            )
            if known is None:
                known = index.new(PartyKind.PERSON)
                known.add(name, None)
        if known is not None:
            if name not in known.spellings:
                known.aliases.add(name)
            known.mentions.append(mention_of(parsed, ent, name))


def _by_misspelt_surname(index: PartyIndex, word: str):
    """'Pakar' in a report that names 'Ola Pekar' and no other Pekar or Pakar: a surname of five
    letters or more, one letter off in place, is the one person's, misspelt in the same report."""
    key = word.lower()
    if len(key) < 5 or index.people_where(lambda name: name.surname == key):
        return None
    fits = index.people_where(
        lambda name: (
            len(name.surname) == len(key)
            and name.surname[0] == key[0]
            and sum(a != b for a, b in zip(name.surname, key)) == 1
        )
    )
    return fits[0] if len(fits) == 1 else None


def _by_context(parsed: ParsedArticle, index: PartyIndex, ent: Span, surname: str):
    """A surname two people of the article share: the one named in full earlier in the same
    paragraph, else the one the article names first (the person it is about)."""
    fits = index.people_where(lambda name: name.full and name.surname == surname.lower())
    if len(fits) < 2:
        return None
    paragraph = parsed.paragraph_of(ent)
    full = [(m.paragraph, m.start, i) for i, d in enumerate(fits) for m in d.mentions if len(m.text.split()) >= 2]
    nearby = [f for f in full if f[0] == paragraph and f[1] < ent.start_char]
    return fits[max(nearby)[2]] if nearby else (fits[min(full)[2]] if full else None)


def _by_honorific(index: PartyIndex, ent: Span, surname: str):
    """'Mrs. Hollis' in an article that names two Hollises: the one whose given name fits."""
    before = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    gender = "f" if before in FEMALE_WORDS else "m" if before in MALE_WORDS else None
    if gender is None:
        return None
    fits = index.people_where(
        lambda name: name.full and name.surname == surname.lower() and first_name_gender(name.given) == gender
    )
    return fits[0] if len(fits) == 1 else None
