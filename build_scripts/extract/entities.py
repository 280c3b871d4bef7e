"""Entities as spaCy finds them, corrected for news copy: person-shaped names mislabelled as
organisations, names cut short, datelines, places named as places, portfolio words in titles,
and nicknames. Also a person's likely gender from a first name."""
from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from .doc import ParsedArticle
from .drafts import clean_name
from .gazetteer import country_code
from .lexicon import AGENCY_WORDS, GROUP_KIND_WORDS, GROUP_NOUNS, OUTLET_WORDS


HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof professor rev".split())


def is_modifier_compound(ent: Span) -> bool:
    """'Norway-backed plan', 'rebel-led assault': the name is part of a hyphenated adjective."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].pos_ in ("VERB", "ADJ", "NOUN")


_TITLE_WORDS = frozenset("""president governor mayor senator minister secretary chancellor premier king queen
prince princess general colonel captain judge justice sheriff commissioner chairman chairwoman chair
representative rep sen gov gen lt col capt pope bishop archbishop rabbi imam sheikh emir""".split())


_PLACE_NOUNS = frozenset("village town city region province district capital port island valley".split())


_TITLE_NOUNS = frozenset("""minister secretary spokesman spokeswoman spokesperson chief director commissioner
official officials correspondent editor""".split())


def _dateline_end(doc) -> int:
    """'DORRACH, Maraveth –', 'ASHCOMBE—': the dateline of a first paragraph is no mention."""
    match = re.match(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*)?\s*(?:\([^)]*\))?\s*[\u2014\u2013_:-]+\s*", doc.text)
    return match.end() if match and doc.user_data.get("paragraph") == 0 else 0


def _expand_left(doc, ent: Span) -> Span:
    """'the Ashcombe Gazette' when spaCy saw only 'Gazette'."""
    if ent.label_ == "PERSON" and ent[-1].lower_ not in OUTLET_WORDS | ORG_NAME_WORDS:
        return ent
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(ent.start, ent.end) \
            and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].lower_.rstrip(".") not in HONORIFICS | _TITLE_WORDS:
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _is_place(doc, ent: Span) -> bool:
    """'the village of Kestle Bridge', 'the coastal city of Porto Esmer'."""
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _PLACE_NOUNS


def _is_portfolio(doc, ent: Span) -> bool:
    """'Health' in 'Health Minister Ines Abara' is part of a title, not an organisation."""
    return len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _TITLE_NOUNS


def place_names(docs) -> set[str]:
    """Names the text presents as places once ('the village of X', 'X, the valley's largest
    town') are places wherever they occur."""
    names = set()
    for doc in docs:
        for ent in doc.ents:
            appositive_place = any(c.dep_ == "appos" and c.lemma_ in _PLACE_NOUNS for c in ent.root.children)
            if _is_place(doc, ent) or appositive_place:
                names.add(clean_name(ent.text))
    return names


def corrected_entities(doc, places: set[str] = frozenset(), governed: set[str] = frozenset()) -> list[Span]:
    """spaCy's entities, corrected: person-shaped names labelled ORG or GPE become PERSON, and
    'the Inquiry into the Redmoor Fire' stays one organisation name. Datelines, places named as
    places and portfolio words are left out."""
    dateline = _dateline_end(doc)
    ents = [_expand_left(doc, e) for e in doc.ents if e.start_char >= dateline]
    ents = [e for e in ents if clean_name(e.text) not in places and not _is_portfolio(doc, e)]
    out = []
    skip_until = -1
    for i, ent in enumerate(ents):
        if ent.start < skip_until:
            continue
        label = ent.label_
        if clean_name(ent.text) in governed:
            label = "GPE"
        elif label in ("ORG", "GPE") and looks_like_person(clean_name(ent.text)):
            label = "PERSON"
        end = ent.end
        if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ in ("into", "of", "for", "on"):
            start_next = end + 1 + (doc[end + 1].lower_ == "the")
            following = next((e for e in ents[i + 1:] if e.start == start_next), None)
            if following is not None and following.label_ not in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"):
                end = following.end
                skip_until = end
        out.append(Span(doc, ent.start, end, label=label))
    return out


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words, the first a known given name, none an organisation word."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
        return False
    if any(w.lower().strip(".,") in ORG_NAME_WORDS for w in words) or country_code(name):
        return False
    return first_name_gender(words[0]) is not None


_NAME_PARTICLES = frozenset("al el bin ibn de da di du van von der le la del".split())


ORG_NAME_WORDS = (GROUP_NOUNS | GROUP_KIND_WORDS | OUTLET_WORDS | AGENCY_WORDS | frozenset("""
inc ltd corp co llc plc bank university college school hospital institute foundation company partners
grocers holdings airlines motors industries group systems services international national federal
republic kingdom state states united council city county valley river bridge street square
""".split()))


_NICKNAME_CUES = re.compile(r"\b(?:known(?:\s+\w+){0,3}\s+as|nicknamed|dubbed|called)\s*$", re.I)


def nickname_ranges(parsed: ParsedArticle) -> list[tuple[int, int, int]]:
    """Quoted spans introduced as a nickname: 'known to his fighters as "the Heron"'."""
    ranges = []
    for span in parsed.spans:
        seg = span.segments[0]
        before = parsed.article.paragraphs[seg.paragraph][: max(0, seg.start - 1)]
        if len(span.text(parsed.article.paragraphs).split()) <= 4 and _NICKNAME_CUES.search(before):
            ranges.append((seg.paragraph, seg.start, seg.end))
    return ranges


@functools.lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    guess = _gender_detector().get_gender(name.strip("."))
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)


@functools.lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as detector  # a name list shipped in the package: no network

    return detector.Detector(case_sensitive=False)
