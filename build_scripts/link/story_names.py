"""What the story's reports together say of names, for the linker (parties.py): the full names
a draft is written with, the story's hyphenated surnames and companies (a person is never
called by a company's name), the country a body's first word names, and the names its reports
write as places."""

from __future__ import annotations

from ..extract.drafts import ArticleExtraction, Draft
from ..extract.gazetteer import country_code, demonym_country, is_demonym
from ..model import PartyKind
from ..names import PersonName, clean_name, company_form, fold_name, org_key, parse_person

__all__ = [
    "company_names",
    "country_of",
    "full_names",
    "hyphenated_surnames",
    "unhyphenated",
    "written_as_place",
]


def full_names(draft: Draft) -> list[PersonName]:
    """The full names (given name and surname) a draft is written with."""
    parsed = [parse_person(s) for s in draft.spellings if len(s.split()) >= 2]
    return [p for p in parsed if p is not None and p.full]


def hyphenated_surnames(extractions: list[ArticleExtraction]) -> set[str]:
    """Every hyphenated surname of the story's people ('vik-berg')."""
    return {
        name.surname
        for extraction in extractions
        for draft in extraction.parties.drafts
        if draft.kind == PartyKind.PERSON
        for name in full_names(draft)
        if "-" in name.surname
    }


def unhyphenated(draft: Draft, hyphenated: set[str]) -> str | None:
    """A two-word name that is a story person's hyphenated surname written without its hyphen
    ('Vik Berg' for Aron Vik-Berg): that surname, to be read as a lone surname."""
    if not hyphenated:
        return None
    for spelling in draft.spellings:
        words = fold_name(clean_name(spelling)).lower().split()
        if len(words) == 2 and "-".join(words) in hyphenated:
            return "-".join(words)
    return None


def company_names(extractions: list[ArticleExtraction]) -> set[str]:
    """The story's companies named with their legal form ('Brekke Marine KK'), by the name
    without it: a person is never called that."""
    return {
        org_key(spelling)
        for x in extractions
        for d in x.parties.drafts
        if d.kind != PartyKind.PERSON
        for spelling in d.spellings
        if company_form(spelling)
    }


def country_of(word: str) -> str | None:
    """The country a body's first word names ('Peruvian', 'UK'), if any. The caller asks that the
    story have that country too: two capitals are as often a city's or a state's initials as a
    country's code."""
    if is_demonym(word):
        found = demonym_country(word)
        return found[0] if found else None
    return country_code(word)


def written_as_place(draft: Draft, places: frozenset[str], speakers: set[int]) -> bool:
    """A 'person' the recogniser saw in a name the story's reports write as a place, of whom
    nothing is said that only a person has: no role, no body, no words."""
    return draft.name in places and not draft.role and draft.affiliation is None and id(draft) not in speakers
