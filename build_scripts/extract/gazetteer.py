"""Country names from ISO 3166 (pycountry), with the short forms news copy uses."""

from __future__ import annotations

import functools
import re

import pycountry

from .resources import word_set

__all__ = [
    "country_code",
    "demonym_code",
    "demonym_country",
    "demonym_matches",
    "is_demonym",
    "party_of_letter",
    "political_party",
]

# Short forms the ISO names do not contain; generic world knowledge, keyed to ISO alpha-2 codes.
_SHORT_FORMS = {
    "RU": ("Russia",),
    "GB": ("Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales"),
    "US": ("U.S.", "U.S.A.", "USA", "America", "United States of America"),
    "SY": ("Syria",),
    "VN": ("Vietnam",),
    "LA": ("Laos",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "TW": ("Taiwan",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkey",),
    "CD": ("Congo", "DR Congo", "DRC"),
}


def _key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return " ".join(name.lower().replace(".", "").split())


@functools.lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        names = {country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")}
        names |= {n.split(",")[0] for n in names if "," in n}
        for name in filter(None, names):
            index.setdefault(_key(name), country.alpha_2)
    for code, forms in _SHORT_FORMS.items():
        for form in forms:
            index.setdefault(_key(form), code)
    return index


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country named in the text; codes only when written in capitals."""
    key = _key(name)
    if key in _country_index():
        return _country_index()[key]
    bare = name.replace(".", "")
    if bare.isupper() and len(bare) in (2, 3):
        country = pycountry.countries.get(alpha_2=bare) if len(bare) == 2 else pycountry.countries.get(alpha_3=bare)
        return country.alpha_2 if country else None
    return None


# Party labels of US politics, where most English-language political copy comes from; any
# "<Name> Party" the text spells out is a party too (see political_party).
_PARTY_LABELS = {
    "republican": "Republican Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
    "democratic": "Democratic Party",
}
_PARTY_LETTERS = {"R": "Republican Party", "D": "Democratic Party"}


def political_party(label: str) -> str | None:
    """The party a label names: 'Republicans', 'GOP', 'the Democratic Party', 'Labour Party'."""
    key = _key(label)
    if key in _PARTY_LABELS:
        return _PARTY_LABELS[key]
    words = label.replace("’", "'").split()
    if len(words) >= 2 and key.endswith(" party") and all(w[:1].isupper() for w in words if w.lower() != "the"):
        name = " ".join(w for w in words if w.lower() != "the")
        return _PARTY_LABELS.get(_key(name)[: -len(" party")], name)
    return None


def party_of_letter(letter: str) -> str | None:
    """'R' in '(R-Alaska)'."""
    return _PARTY_LETTERS.get(letter)


# Demonyms that share no stem with their country's name.
_IRREGULAR_DEMONYMS = {
    "french": "FR",
    "british": "GB",
    "english": "GB",
    "scottish": "GB",
    "welsh": "GB",
    "dutch": "NL",
    "swiss": "CH",
    "greek": "GR",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "polish": "PL",
    "spanish": "ES",
    "portuguese": "PT",
    "turkish": "TR",
    "irish": "IE",
    "thai": "TH",
    "filipino": "PH",
    "american": "US",
    "emirati": "AE",
    "saudi": "SA",
    "afghan": "AF",
    "malagasy": "MG",
    "kiwi": "NZ",
    "belgian": "BE",
    "norwegian": "NO",
    "icelandic": "IS",
    "czech": "CZ",
    "slovak": "SK",
    "hungarian": "HU",
}


def demonym_code(adjective: str) -> str | None:
    return _IRREGULAR_DEMONYMS.get(adjective.lower())


@functools.lru_cache(maxsize=1024)
def demonym_country(adjective: str) -> tuple[str, str] | None:
    """('FR', 'France') for 'French', ('DE', 'Germany') for 'German'; None when no one country fits."""
    code = demonym_code(adjective)
    if code is None:
        hits = {c for name, c in _country_index().items() if demonym_matches(adjective, name)}
        code = hits.pop() if len(hits) == 1 else None
    if code is None:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return (code, getattr(country, "common_name", None) or country.name) if country else None


_DEMONYM_ENDINGS = word_set("demonym_endings")


def is_demonym(word: str) -> bool:
    """'Peruvian', 'Kenyan', 'Maltese': a nationality's adjective, not a country's name ('Georgia',
    'Chad' are first names too) and not a word that only shares a stem ('Francine', 'Malia')."""
    if demonym_code(word) is not None:
        return True
    return (
        country_code(word) is None
        and word.lower().endswith(tuple(_DEMONYM_ENDINGS))
        and demonym_country(word) is not None
    )


def demonym_matches(adjective: str, country_name: str) -> bool:
    """'Peruvian' ~ 'Peru', 'Omani' ~ 'Oman', 'Chinese' ~ 'China': a shared stem."""
    a, c = adjective.lower(), _key(country_name)
    if " " in c or len(c) < 4:
        return False
    common = 0
    for x, y in zip(a, c):
        if x != y:
            break
        common += 1
    return common >= max(4, len(c) - 1) and len(a) > common - 1
