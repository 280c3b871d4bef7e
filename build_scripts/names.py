"""How names work, inside one article and across a story: people (given names, middle names and
initials, surnames, suffixes, honorifics, familiar forms), organisations (acronyms, "X Department"
and "Department of X", legal suffixes) and the lone words that stand for either.

Plain functions over strings: no spaCy, so the story linker and cached extractions use the same
knowledge as the extractor. Generic English naming conventions only; no names of any story.

nameparser was tried for the person names and left out: it reads "Sen. Signe Lindqvist" and "Justice
Rui Costa" as first names "Sen." and "Justice", and a lone "Quennell" as a first name, the
three cases a story linker meets most.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .extract.resources import word_set

__all__ = [
    "BODY_HEADS",
    "HONORIFICS",
    "LEGAL_SUFFIXES",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "PERSON_BODY_NOUNS",
    "STOP_WORDS",
    "TITLE_WORDS",
    "PersonName",
    "acronyms",
    "bare",
    "clean_name",
    "company_form",
    "edit_distance",
    "first_name_gender",
    "fold_name",
    "given_name_variant",
    "is_acronym",
    "org_key",
    "parse_person",
    "same_given_name",
    "same_person",
    "spelling_variant",
    "strip_honorific",
    "written_surname",
]

HONORIFICS = word_set("honorifics")
TITLE_WORDS = word_set("title_words")
PERSON_BODY_NOUNS = word_set("person_body_nouns")
NAME_SUFFIXES = word_set("name_suffixes")
NAME_PARTICLES = word_set("name_particles")
STOP_WORDS = word_set("title_small_words")
LEGAL_SUFFIXES = word_set("legal_suffixes")
BODY_HEADS = word_set("body_heads")

# Familiar forms of English given names: the same person written "Jim" and "James". Generic
# knowledge of the language, like the given-name list; a form may stand for several names.
_FAMILIAR = {
    "james": "jim jimmy jamie",
    "john": "jack johnny jon",
    "robert": "bob bobby rob robbie bert",
    "william": "bill billy will willie",
    "richard": "rick ricky dick rich",
    "michael": "mike mick mickey",
    "thomas": "tom tommy",
    "patrick": "pat paddy",
    "patricia": "pat patty trish",
    "jacob": "jake",
    "joseph": "joe joey",
    "edward": "ed eddie ted ned",
    "theodore": "ted teddy theo",
    "anthony": "tony",
    "christopher": "chris",
    "christine": "chris chrissy",
    "daniel": "dan danny",
    "david": "dave davy",
    "donald": "don donnie",
    "ronald": "ron ronnie",
    "gerald": "jerry gerry",
    "jerome": "jerry",
    "stephen": "steve",
    "steven": "steve",
    "samuel": "sam sammy",
    "benjamin": "ben benny",
    "jeffrey": "jeff",
    "geoffrey": "geoff jeff",
    "gregory": "greg",
    "andrew": "andy drew",
    "nicholas": "nick nicky",
    "matthew": "matt",
    "timothy": "tim timmy",
    "lawrence": "larry",
    "charles": "charlie chuck chas",
    "henry": "hank harry",
    "harold": "harry hal",
    "albert": "al bert",
    "alan": "al",
    "alexander": "alex sandy",
    "alexandra": "alex sandra sandy",
    "frederick": "fred freddie",
    "eugene": "gene",
    "kenneth": "ken kenny",
    "leonard": "len lenny",
    "louis": "lou",
    "mitchell": "mitch",
    "nathaniel": "nate nat",
    "nathan": "nate",
    "philip": "phil",
    "phillip": "phil",
    "raymond": "ray",
    "russell": "russ",
    "rudolph": "rudy",
    "rudolf": "rudy",
    "walter": "walt wally",
    "vincent": "vince",
    "elizabeth": "liz lizzie beth betty betsy eliza",
    "katherine": "kate katie kathy kat",
    "catherine": "cathy kate katie cat",
    "kathleen": "kathy kate",
    "margaret": "meg maggie peggy",
    "susan": "sue susie",
    "jennifer": "jen jenny",
    "pamela": "pam",
    "deborah": "deb debbie",
    "barbara": "barb barbie",
    "rebecca": "becky becca",
    "victoria": "vicky vicki tori",
    "abigail": "abby",
    "dorothy": "dot dottie",
    "judith": "judy",
    "virginia": "ginny",
    "mitchel": "mitch",
}
_FAMILY: dict[str, frozenset] = {}
for _formal, _forms in _FAMILIAR.items():
    for _form in [_formal, *_forms.split()]:
        _FAMILY[_form] = _FAMILY.get(_form, frozenset()) | {_formal}


_POSSESSIVES = word_set("possessive_determiners")


def clean_name(text: str) -> str:
    """A name without a leading article, a trailing possessive or edge punctuation."""
    text = " ".join(text.split())
    for prefix in ("the ", "The ", "THE ", "a ", "an "):
        if text.startswith(prefix) and (prefix[0] in "tT" or text[len(prefix) :][:1].isupper()):
            text = text[len(prefix) :]
    # "her State Department", "their Senate": the possessive belongs to the sentence, not the name
    first, _, rest = text.partition(" ")
    if first.lower() in _POSSESSIVES and rest[:1].isupper() and not rest.lower().startswith("majesty"):
        text = rest
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        text = text.removesuffix(suffix)
    if "(" in text and ")" not in text:  # "National Rivers Authority (NRA": cut short
        text = text[: text.index("(")]
    return text.strip(" ,.;:!?\"'\u201c\u201d\u2018\u2019()[]-\u2013\u2014")


def bare(word: str) -> str:
    return word.lower().strip(".,")


def strip_honorific(name: str) -> str:
    """'Mr. Quennell' -> 'Quennell', 'Gen. Tomas Brekke' -> 'Tomas Brekke'; a name that is only
    an honorific or a title stays as it is."""
    words = name.split()
    while len(words) > 1 and bare(words[0]) in HONORIFICS | TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class PersonName:
    given: str  # lower case; "" when the text gives the surname alone
    middles: tuple[str, ...]  # lower case, initials without their dots
    surname: str  # lower case, particles kept ("van beethoven")
    suffix: str = ""

    @property
    def full(self) -> bool:
        return bool(self.given)


def _name_words(name: str) -> tuple[list[str], str, int]:
    """The words of a person's name without honorifics and suffix, the suffix, and where the
    surname starts (particles such as 'van' or 'al' belong to it)."""
    words = [w for w in strip_honorific(clean_name(name)).replace(",", " ").split() if w]
    suffix = ""
    if len(words) > 1 and bare(words[-1]) in NAME_SUFFIXES:
        suffix = bare(words.pop())
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
        cut -= 1
    return words, suffix, max(cut, 0)


def written_surname(name: str) -> str:
    """'Tomas A. Brekke Jr.' -> 'Brekke', as the text writes it."""
    words, _, cut = _name_words(name)
    return " ".join(words[cut:])


@functools.lru_cache(maxsize=65536)  # the extractor and the linker ask about the same names again and again
def parse_person(name: str) -> PersonName | None:
    """Given, middle names or initials, surname and suffix of a person's name as news copy writes
    it. A leading initial before a given name ("I. Tomas Pellow") is set aside: the name
    the person goes by comes next."""
    words, suffix, cut = _name_words(fold_name(name))
    if not words or not all(w[:1].isalpha() for w in words):
        return None
    surname = " ".join(words[cut:]).lower()
    given_words = words[:cut]
    if len(given_words) >= 2 and _is_initial(given_words[0]) and not _is_initial(given_words[1]):
        given_words = given_words[1:]
    if not given_words:
        return PersonName("", (), surname, suffix)
    middles = tuple(w.lower().replace(".", "") for w in given_words[1:])
    return PersonName(given_words[0].lower().rstrip("."), middles, surname, suffix)


def fold_name(name: str) -> str:
    """A name as it is compared: accents and typographic apostrophes as plain letters and "'"
    ('Calderón' is 'Calderon', 'O’Neill' is "O'Neill": outlets and keyboards differ)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) <= 2 and word.endswith(".") or (len(letters) == 1 and letters.isupper())


def same_given_name(a: str, b: str) -> bool:
    """'James' ~ 'Jim' ~ 'J'; 'Soraya' ~ 'Sorayah' (a dropped or added last letter of a long name)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if bool(_FAMILY.get(a, frozenset()) & _FAMILY.get(b, frozenset())):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and len(long_) == len(short) + 1 and long_.startswith(short)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names may be left out on one side, never contradict: 'Tove H W Pellow' vs 'Tove W Pellow'."""
    if not a or not b:
        return True
    initials_a, initials_b = "".join(m[0] for m in a), "".join(m[0] for m in b)
    return initials_a == initials_b or (len(a) == len(b) and all(x[0] == y[0] for x, y in zip(a, b)))


def same_person(a: PersonName, b: PersonName) -> bool:
    """Two written names that can name one person: same surname (or off by one letter in a long
    one when the given names agree), given names that agree where both are written, middle
    names and suffixes that do not contradict. A surname alone agrees with any given name."""
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    if a.surname != b.surname and not (
        a.full
        and b.full
        and a.given == b.given
        and min(len(a.surname), len(b.surname)) >= 5
        and edit_distance(a.surname, b.surname) <= 1
    ):
        return False
    if not (a.full and b.full):
        return True
    return same_given_name(a.given, b.given) and _middles_agree(a.middles, b.middles)


def spelling_variant(a: PersonName, b: PersonName) -> bool:
    """Two full names that may be one person's name as two outlets transliterate it ('Aron
    Lindqvist' and 'Aron Lindquist'): the same given name, a surname a few letters off (one in
    a name of five letters or more, two from ten), middle names and suffixes that do not
    contradict. Never a given name off by a letter with the same surname: that is as often a
    mother and her daughter ('Ines Moreau' and 'Inese Moreau'). Weaker than same_person: the
    linker also asks that no report names both, and that it points at one party."""
    if not (a.full and b.full) or a.suffix != b.suffix or not _middles_agree(a.middles, b.middles):
        return False
    return a.given == b.given and a.surname != b.surname and _close(a.surname, b.surname)


def given_name_variant(a: PersonName, b: PersonName) -> bool:
    """The same surname with a given name one letter off in the same place ('Osmo Lindqvist' and
    'Osmu Lindqvist'), both of four letters or more: a typist's slip or a transliteration, but as
    often two relatives; the linker asks for a second signal, an office the reports agree on."""
    if not (a.full and b.full) or a.suffix != b.suffix or a.surname != b.surname or a.given == b.given:
        return False
    x, y = a.given, b.given
    return len(x) == len(y) >= 4 and x[0] == y[0] and sum(p != q for p, q in zip(x, y)) == 1


def _close(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    allowed = 2 if shorter >= 10 else 1 if shorter >= 5 else 0
    return allowed > 0 and edit_distance(a, b, allowed) <= allowed


def edit_distance(a: str, b: str, limit: int = 1) -> int:
    """Levenshtein distance, or limit + 1 once it is surely over `limit` (callers ask "at most
    one?" or "at most two?")."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


@functools.lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str | None:
    """'f' or 'm' when the given name is one most people with it use; None when unknown."""
    guess = _gender_detector().get_gender(name.strip("."))
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)


@functools.lru_cache(maxsize=1)
def _gender_detector():
    from gender_guesser import detector  # a name list shipped in the package: no network

    return detector.Detector(case_sensitive=False)


def is_acronym(name: str) -> bool:
    letters = clean_name(name).replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def acronyms(name: str) -> frozenset[str]:
    """What a long name is abbreviated to: 'National Rivers Authority' -> NRA,
    'Department of Transport' -> DOT or DT; a leading country form ('U.S.') may be left out."""
    words = [w for w in re.split(r"[\s-]+", clean_name(name)) if w and w[:1].isalpha()]
    if len(words) < 2 or is_acronym(name):
        return frozenset()
    found = set()
    for start in (0, 1) if len(words) >= 3 and words[0].replace(".", "").isupper() else (0,):
        rest = words[start:]
        found.add("".join(w[0] for w in rest if w.lower() not in STOP_WORDS).upper())
        found.add("".join(w[0] for w in rest if w.lower() not in STOP_WORDS - {"of", "and"}).upper())
    return frozenset(a for a in found if len(a) >= 2)


def company_form(name: str) -> bool:
    """Whether a name ends in a legal form ('Brekke Marine KK', 'Vik Holdings Pty.'): a company's,
    never a person's."""
    words = _org_words(name)
    return len(words) >= 2 and words[-1] in LEGAL_SUFFIXES


def _org_words(name: str) -> list[str]:
    """An organisation's name as words: no dots or commas, lower case ('Vik Holdings Pty.' ->
    vik, holdings, pty)."""
    return clean_name(name).replace(".", "").replace(",", " ").lower().split()


def org_key(name: str) -> str:
    """One spelling for the ways an organisation's name is written: no article, no legal suffix,
    no dots, 'X Department' as 'department of x', lower case."""
    words = _org_words(name)
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) >= 2 and words[-1] in BODY_HEADS and words[0] not in STOP_WORDS and "of" not in words:
        words = [words[-1], "of", *words[:-1]]
    elif len(words) >= 3 and words[0] in BODY_HEADS and words[1] == "of" and words[2] == "the":
        words = [words[0], "of", *words[3:]]
    return " ".join(words)
