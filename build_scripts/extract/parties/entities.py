"""Entities as spaCy finds them, corrected for news copy: person-shaped names mislabelled as
organisations, names cut short, datelines, places named as places, portfolio words in titles,
and nicknames. Also a person's likely gender from a first name."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Span

from ...names import (
    HONORIFICS,
    NAME_PARTICLES,
    TITLE_WORDS,
    clean_name,
    company_form,
    first_name_gender,
    is_acronym,
)
from ..doc import ParsedArticle, entity_at
from ..furniture import capitals_dateline_end
from ..gazetteer import country_code, is_demonym
from ..labels import NUMERIC_ENTITY_LABELS
from ..lexicon import (
    AGENCY_WORDS,
    BODY_SUFFIXES,
    GROUP_KIND_WORDS,
    GROUP_NOUNS,
    ORG_ROLE_NOUNS,
    OUTLET_WORDS,
    PERSON_ROLE_NOUNS,
)
from ..resources import word_set

__all__ = [
    "ORG_NAME_WORDS",
    "capitalised_role_word",
    "corrected_entities",
    "is_credit_line",
    "is_headline",
    "is_modifier_compound",
    "looks_like_person",
    "nickname_ranges",
    "place_names",
    "surnamed_people",
    "written_places",
]


def is_modifier_compound(ent: Span) -> bool:
    """'Norway-backed plan', 'rebel-led assault': the name is part of a hyphenated adjective."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].pos_ in ("VERB", "ADJ", "NOUN")


_PLACE_NOUNS = word_set("entities_place_nouns")
_ORG_NAME_PREPOSITIONS = word_set("org_name_prepositions")


_TITLE_NOUNS = word_set("entities_title_nouns")
_ROLE_WORDS = (ORG_ROLE_NOUNS | PERSON_ROLE_NOUNS) - TITLE_WORDS


def _is_subhead(text: str) -> bool:
    """'HARBOUR TOWN MOURNS': a short line in capitals heads a section; its words name no one.
    Nor does a line of two to four capitalised words and nothing else ('Generic Hero Banner',
    'Related Coverage'): a page's label, a section's head or a caption's name, not a sentence."""
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) <= 8 and len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


def _dateline_end(doc) -> int:
    """The dateline of a report's first paragraphs is no mention (after a headline or a byline,
    the dateline opens the second or third); further down, after a pasted page's standfirst and
    captions, only one with its country, date or wire ('WEXMOOR, Tarvonia:', 'QUILLBY (HW) -'):
    a transcript's 'LINDQVIST:' names its speaker."""
    end = capitals_dateline_end(doc.text)
    if doc.user_data.get("paragraph", 0) <= 2 or re.search(r"[,(]", doc.text[:end]):
        return end
    return 0


def _expand_left(doc, ent: Span) -> Span:
    """'the Quillby Gazette' when spaCy saw only 'Gazette'."""
    if ent.label_ == "PERSON" and ent[-1].lower_ not in OUTLET_WORDS | ORG_NAME_WORDS:
        return ent
    start = ent.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].head.i in range(ent.start, ent.end)
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].lower_.rstrip(".") not in HONORIFICS | TITLE_WORDS
    ):
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _is_place(doc, ent: Span) -> bool:
    """'the village of Wexmoor Ford', 'the coastal city of Porto Lindo'."""
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _PLACE_NOUNS


def _is_portfolio(doc, ent: Span) -> bool:
    """'Health' in 'Health Minister Signe Lindqvist' is part of a title, not an organisation."""
    # an acronym is a body: "NRA Director Ola Berg" belongs to the NRA
    return len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _TITLE_NOUNS and not is_acronym(ent.text)


def place_names(docs) -> set[str]:
    """Names the text presents as places once ('the village of X', 'X, the valley's largest
    town') are places wherever they occur."""
    names = set()
    for doc in docs:
        for ent in doc.ents:
            appositive_place = any(c.dep_ == "appos" and c.lemma_ in _PLACE_NOUNS for c in ent.root.children)
            if _is_place(doc, ent) or appositive_place or _in_country(ent):
                names.add(clean_name(ent.text))
        names |= _named_with_place_noun(doc)
    return names


def written_places(docs, named: AbstractSet[str]) -> frozenset[str]:
    """The names a report writes as places: `named` (place_names' finds, read once for the
    parties), and what the recogniser tags a place ('in Korr'), countries aside (a country is a
    party of its own)."""
    tagged = {
        clean_name(ent.text)
        for doc in docs
        for ent in doc.ents
        if ent.label_ in ("GPE", "LOC") and country_code(clean_name(ent.text)) is None
    }
    return frozenset(name for name in set(named) | tagged if name)


def _in_country(ent: Span) -> bool:
    """'Wexmoor, Tarvonia', 'bound for Wexmoor in Tarvonia': a name placed in a country is a place
    there (a person so written has a first name: 'Ola Berg in Tarvonia')."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    name = clean_name(ent.text)
    if not len(after) or after[0].text not in (",", "in") or len(ent) > 3 or looks_like_person(name):
        return False
    if country_code(name) is not None:
        return False  # 'Estonia, Latvia and Poland': a list of countries
    country = next((entity_at(t) for t in after[1:] if t.lower_ != "the"), None)
    return (
        country is not None
        and country.label_ == "GPE"
        and country.start <= ent.end + 2
        and country_code(clean_name(country.text)) is not None
        and (after[0].text == "in" or country.end >= len(doc) or not doc[country.end].is_alpha)
    )


def _named_with_place_noun(doc) -> set[str]:
    """'in northern Korr province', 'the Wexmoor district': proper names a place noun in lower
    case heads are that place's, whether or not the recogniser saw a name there. Only the head
    noun counts ('a Berg town hall' names a hall), and a capital ('Western Province') may name a
    body."""
    names = set()
    for token in doc:
        if not (token.is_lower and token.lower_ in _PLACE_NOUNS and token.dep_ != "compound"):
            continue
        if token.i == 0 or doc[token.i - 1].pos_ != "PROPN" or doc[token.i - 1].head.i != token.i:
            continue
        start = token.i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and token.i - start < 4:
            start -= 1  # the parser often hangs a name's first words elsewhere ('Korr Vale province')
        name = clean_name(doc[start : token.i].text)
        names |= {name, f"{name} {token.text}"}
    return names


def corrected_entities(
    doc, places: AbstractSet[str] = frozenset(), governed: AbstractSet[str] = frozenset()
) -> list[Span]:
    """spaCy's entities, corrected: person-shaped names labelled ORG or GPE become PERSON, and
    'the Inquiry into the Thornby Fire' stays one organisation name. Datelines, places named as
    places and portfolio words are left out."""
    if is_headline(doc.text) or is_credit_line(doc.text) or _is_subhead(doc.text):
        return []  # a headline's capitals fool the recogniser; a byline names no party
    dateline = _dateline_end(doc)
    trimmed = [_without_leading_verb(_expand_left(doc, e)) for e in doc.ents if e.start_char >= dateline]
    ents = [
        e
        for e in trimmed
        if e is not None
        and clean_name(e.text) not in places
        and not _is_portfolio(doc, e)
        and not _is_title_before_name(doc, e)
    ]
    out: list[Span] = []
    skip_until = -1
    for i, ent in enumerate(ents):
        if ent.start < skip_until:
            continue
        label = ent.label_
        if clean_name(ent.text) in governed:
            label = "GPE"
        elif label in ("ORG", "GPE") and looks_like_person(clean_name(ent.text)):
            label = "PERSON"
        elif label == "PERSON" and (_firm_name(ent.text) or _national_body(ent) or _body_named(ent)):
            label = "ORG"  # 'Tarvonian Navy': a person has no nationality for a first name
        start, end = ent.start, ent.end
        if label == "ORG" and out and _country_prefix(out[-1], ent):
            start = out.pop().start  # 'the UK Norvik Club': the country is the first word of the body's name
        if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ in _ORG_NAME_PREPOSITIONS:
            start_next = end + 1 + (doc[end + 1].lower_ == "the")
            following = next((e for e in ents[i + 1 :] if e.start == start_next), None)
            if following is not None and following.label_ not in NUMERIC_ENTITY_LABELS:
                end = following.end
                skip_until = end
        if label in ("ORG", "NORP"):
            end, label = _body_suffix(doc, end, label)
        out.append(Span(doc, start, end, label=label))
    return out


def _firm_name(name: str) -> bool:
    """'Brekke Marine KK', 'Vik & Lund': a company form or an ampersand, a firm's, no person's."""
    return company_form(name) or "&" in name


def surnamed_people(ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """'Ines Tarvo' tagged an organisation where the report goes on with 'Tarvo' tagged a person
    ('Tarvo started calling around'): two signals that it is her full name. A name with a body's
    word, an acronym or a firm's form stays a body ('Tarvo Holdings')."""
    lone = {name for ent, name in ents if ent.label_ == "PERSON" and len(name.split()) == 1}
    out = []
    for ent, name in ents:
        words = name.split()
        if (
            ent.label_ == "ORG"
            and 2 <= len(words) <= 3
            and words[-1] in lone
            and not any(w.lower() in ORG_NAME_WORDS or is_acronym(w) for w in words)
            and not _firm_name(name)
        ):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append((ent, name))
    return out


def _national_body(ent: Span) -> bool:
    return len(ent) >= 2 and is_demonym(ent[0].text)


def _body_named(ent: Span) -> bool:
    """'Royal Wexmoor Society', 'Harbour Rowing Club': a body's word ends the name and no given
    name opens it (a person may be called 'Ola Banks', never '... Club')."""
    return len(ent) >= 2 and ent[-1].lower_ in GROUP_NOUNS and first_name_gender(ent[0].text) is None


def _country_prefix(before: Span, ent: Span) -> bool:
    """A country's name right before a body's, as a word of it ('the UK Norvik Club', 'the US
    Coast Guard'), where the recogniser cut the name in two."""
    return (
        before.label_ == "GPE"
        and before.end == ent.start
        and len(before) == 1
        and before.root.dep_ == "compound"
        and before.root.head.i in range(ent.start, ent.end)
        and country_code(before.text) is not None
    )


def _body_suffix(doc, end: int, label: str) -> tuple[int, str]:
    """'the Wexmoor fishing community', 'the Transport Department inspector general': a group or an office
    named by the words after a name is a party of its own."""
    words = [t.lower_ for t in doc[end : end + 2]]
    for suffix in BODY_SUFFIXES:
        if words[: len(suffix)] == list(suffix) and all(not t.ent_type_ for t in doc[end : end + len(suffix)]):
            return end + len(suffix), "ORG"
    return end, label


_CREDIT = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|editing|writing|research|compiled|photos?|photograph)"
    r"(?:\s+and\s+\w+)?\s+by\b|^[^.!?]{3,60}\s/\s[^.!?]{2,40}\.?$",
    re.IGNORECASE,
)


def is_credit_line(text: str) -> bool:
    """'(Additional reporting by A and B in Wexmoor; Editing by C)', 'Ola Berg / Harbour Wire.': the
    people credited made the report, they are not in it."""
    return len(text) < 400 and bool(_CREDIT.match(text.strip()))


def is_headline(text: str) -> bool:
    """A line in title case ('Harbour Boss Closes the Door on Toll Probe'): five or more words,
    every word but short function words capitalised, one sentence at most. A sentence dense
    with names still has a verb in lower case."""
    words = [w for w in text.split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
    if len(content) < 5 or len(words) > 25 or re.search(r"[.!?][\"\u201d']?\s+[A-Z]", text.strip()):
        return False
    return all(w[:1].isupper() for w in content)


_HEADLINE_SMALL_WORDS = word_set("entities_headline_small_words")


def _without_leading_verb(ent: Span) -> Span | None:
    """'Said Quennell', 'Among Harbour Court judges' at the start of a sentence: a verb or a
    preposition is not part of the name, nor is a role noun the sentence's capital hides
    ('Insurer Brekke Marine', 'Coach Ola Berg' taken for a person). A name in a case title
    ('Pellow v. Harbour Board') names a lawsuit, not a party: None."""
    doc = ent.doc
    if any(0 <= i < len(doc) and doc[i].lower_ in ("v.", "vs.", "v") for i in (ent.start - 1, ent.end)):
        return None
    start = ent.start
    while start < ent.end - 1 and (
        doc[start].pos_ in ("ADP", "SCONJ", "CCONJ")
        or (doc[start].pos_ in ("VERB", "AUX") and ent.label_ == "PERSON")
        or (
            start == ent.start
            and doc[start].is_sent_start
            and capitalised_role_word(doc[start])
            and ent.label_ == "PERSON"
        )
    ):
        start += 1
    if start == ent.start:
        return ent
    # 'Insurer Brekke' is a body's name, whatever the recogniser took it for
    label = "ORG" if doc[ent.start].lower_ in ORG_ROLE_NOUNS else ent.label_
    return Span(doc, start, ent.end, label=label)


def capitalised_role_word(token) -> bool:
    """A role noun written with a capital only because a sentence begins with it; a title
    ('President', 'Judge') is a name's own, read where titles are."""
    return token.lower_ in _ROLE_WORDS and token.text == token.lower_.capitalize()


def _is_title_before_name(doc, ent: Span) -> bool:
    """'Justice' in 'Justice Rui Costa', 'Fleet Capt.' before a name: a title, not a body."""
    following = entity_at(doc[ent.end]) if ent.end < len(doc) else None
    if following is None or following.start != ent.end or following.label_ != "PERSON" or ent.label_ == "PERSON":
        return False
    return ent[-1].lower_.rstrip(".") in TITLE_WORDS  # not "NRA" in "NRA Director Ola Berg"


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words, the first a known given name (not a nationality), none an
    organisation word, and not a firm's name ('Brekke Marine KK', 'Vik & Lund')."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return False
    if is_demonym(words[0]):
        return False  # 'Tarvonian Navy': a nationality is no first name
    if any(w.lower().strip(".,") in ORG_NAME_WORDS for w in words) or country_code(name) or _firm_name(name):
        return False
    return first_name_gender(words[0]) is not None


ORG_NAME_WORDS = GROUP_NOUNS | GROUP_KIND_WORDS | OUTLET_WORDS | AGENCY_WORDS | word_set("org_name_words")


_NICKNAME_CUES = re.compile(r"\b(?:known(?:\s+\w+){0,3}\s+as|nicknamed|dubbed|called)\s*$", re.IGNORECASE)


def nickname_ranges(parsed: ParsedArticle) -> list[tuple[int, int, int]]:
    """Quoted spans introduced as a nickname: 'known to his fighters as "the Kestrel"'."""
    ranges = []
    for span in parsed.spans:
        seg = span.segments[0]
        # the words just before the quote (a window: the whole paragraph before every quote of a
        # paragraph full of them would be quadratic)
        before = parsed.article.paragraphs[seg.paragraph][max(0, seg.start - 61) : max(0, seg.start - 1)]
        if len(span.text(parsed.article.paragraphs).split()) <= 4 and _NICKNAME_CUES.search(before):
            ranges.append((seg.paragraph, seg.start, seg.end))
    return ranges
