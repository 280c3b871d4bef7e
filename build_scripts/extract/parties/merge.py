"""Parties: who is involved. spaCy's entities, merged into one party per real-world entity.

Surname-only mentions, acronyms, small misspellings and descriptions the text ties to a party
("the union", "the delegation") all land on one party; nationality adjectives count
as mentions of their country; outlets and cited sources are not parties.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet

from ...model import PartyKind, SourceKind
from ...names import STOP_WORDS, acronyms, clean_name, first_name_gender, written_surname
from ..doc import ParsedArticle, span_text
from ..drafts import PartyIndex, SourceMention, party_at
from ..gazetteer import country_code, demonym_code, demonym_matches, political_party
from ..labels import NAME_ENTITY_LABELS
from ..lexicon import (
    FEMALE_WORDS,
    GROUP_KIND_WORDS,
    GROUP_NOUNS,
    MALE_WORDS,
)
from ..resources import word_set
from ..sources.citations import DATELINE_CREDIT
from ..sources.media import is_outlet_name
from .affiliation import add_political_parties
from .cited import mark_cited_only
from .entities import (
    ORG_NAME_WORDS,
    corrected_entities,
    is_modifier_compound,
    nickname_ranges,
    place_names,
    surnamed_people,
)
from .mentions import mention_of
from .people import add_people

__all__ = ["collect_parties", "credited_outlets"]


_BYLINE_AGENCY = re.compile(
    r"\b(?:this|an?|the)\s+([A-Z][\w&-]+(?:\s[A-Z][\w&-]+)?)\s+(?:article|story|reporter|correspondent|columnist|editorial)\b"
)


def credited_outlets(paragraphs) -> set[str]:
    """'WEXMOOR, Tarvonia (Harbour Wire) -', 'this Harbour Wire article': news agencies the copy credits,
    sources rather than parties."""
    names = {m.group(1).lower() for text in paragraphs[:3] if (m := DATELINE_CREDIT.match(text))}
    names |= {m.group(1).lower() for text in paragraphs for m in _BYLINE_AGENCY.finditer(text)}
    return names


def collect_parties(
    parsed: ParsedArticle, sources: list[SourceMention], places: AbstractSet[str] | None = None
) -> PartyIndex:
    """The article's parties; `places`: its place_names, when the caller has read them already."""
    index = PartyIndex()
    outlet_kinds = (SourceKind.NEWS_OUTLET,)
    # reports, statements and anonymous informants are not parties; a body cited by name still is
    cited_chars = {
        (s.paragraph, char)
        for s in sources
        if s.kind in (SourceKind.REPORT, SourceKind.ANONYMOUS, SourceKind.STATEMENT)
        for char in range(s.start, s.end)
    }
    outlet_names = {
        s.name.lower()
        for s in sources
        if s.kind in outlet_kinds or (s.kind == SourceKind.AGENCY and is_outlet_name(s.name))
    }
    if parsed.article.outlet:
        outlet_names.add(clean_name(parsed.article.outlet).lower())
    outlet_names |= credited_outlets((parsed.pasted or parsed.article).paragraphs)  # credits name agencies
    ents, outlets = [], []
    places = place_names(parsed.docs) if places is None else places
    governed = {
        m.group(1)
        for text in parsed.article.paragraphs
        for m in re.finditer(r"\bgovernment of ([A-Z][\w-]+(?: [A-Z][\w-]+)*)", text)
    }
    for doc in parsed.docs:
        for ent in corrected_entities(doc, places, governed):
            name = clean_name(ent.text)
            para = parsed.paragraph_of(ent)
            if not name or ent.label_ not in NAME_ENTITY_LABELS or is_modifier_compound(ent) or name.islower():
                continue  # a name has a capital: 'kanom jeen nam ya' is a dish, however it was tagged
            if name.lower() in outlet_names or (ent.label_ in ("ORG", "PERSON") and is_outlet_name(name)):
                outlets.append((ent, name))
            elif not any((para, char) in cited_chars for char in range(ent.start_char, ent.end_char)):
                ents.append((ent, name))
    ents = surnamed_people(_without_nicknames(parsed, ents))
    add_people(parsed, index, ents)
    _add_countries(parsed, index, ents)
    _add_organisations(parsed, index, [(e, n) for e, n in ents if not political_party(n)])
    add_political_parties(parsed, index, ents, mention_of)
    _add_outlets(parsed, index, outlets)
    _add_nicknames(parsed, index)
    mark_cited_only(parsed, index, sources)
    _add_unlabelled_mentions(parsed, index)
    _assign_genders(parsed, index)
    return index


_GENERIC_INSTITUTION_WORDS = word_set("parties_generic_institution_words")


def _without_nicknames(parsed: ParsedArticle, ents):
    nicknames = nickname_ranges(parsed)
    return [
        (e, n)
        for e, n in ents
        if not any(p == parsed.paragraph_of(e) and s <= e.start_char < en for p, s, en in nicknames)
    ]


def _add_nicknames(parsed: ParsedArticle, index: PartyIndex) -> None:
    """A nickname is an alias of the person it is given to, the last one named before it."""
    for paragraph, start, end in nickname_ranges(parsed):
        person = next(
            (d for m, d in index.mentions_before(paragraph, start, paragraphs=0) if d.kind == PartyKind.PERSON), None
        )
        if person is not None:
            text = parsed.article.paragraphs[paragraph][start:end].strip()
            person.aliases.add(text)


def _add_outlets(parsed: ParsedArticle, index: PartyIndex, outlets) -> None:
    """Outlets are sources; they are kept aside as parties only in case the story quotes them."""
    for ent, name in outlets:
        draft = next(
            (
                d
                for d in index.drafts
                if d.outlet
                and any(
                    s.lower() == name.lower() or _word_suffix(name, s, 1) or _word_suffix(s, name, 1)
                    for s in d.spellings
                )
            ),
            None,
        )
        if draft is None:
            draft = index.new(PartyKind.ORGANISATION)
            draft.outlet = True
        draft.add(name, mention_of(parsed, ent, name))


def _assign_genders(parsed: ParsedArticle, index: PartyIndex) -> None:
    """A person's gender from an honorific or gendered title next to a mention, else the first name."""
    for draft in index.drafts:
        if draft.kind != PartyKind.PERSON:
            continue
        votes: Counter[str] = Counter()
        for mention in draft.mentions:
            before = parsed.article.paragraphs[mention.paragraph][max(0, mention.start - 40) : mention.start]
            words = re.findall(r"[a-z]+", before.lower())[-1:]  # the title right before the name only
            votes.update("f" for w in words if w in FEMALE_WORDS)
            votes.update("m" for w in words if w in MALE_WORDS)
        for word in (draft.role or "").lower().split():
            votes.update("f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else "")
        votes.pop("", None)
        if votes:
            draft.gender = votes.most_common(1)[0][0]
            continue
        first = next((s.split()[0] for s in draft.spellings if len(s.split()) >= 2), None)
        if first:
            guess = first_name_gender(first)
            draft.gender = guess


def _add_unlabelled_mentions(parsed: ParsedArticle, index: PartyIndex) -> None:
    """Names the recogniser missed on a later mention: a bare surname, an acronym, a spelling."""
    for draft in index.drafts:
        forms = set(draft.spellings) | {a for a in draft.aliases if a[:1].isupper()}
        if draft.kind == PartyKind.PERSON:
            forms |= {written_surname(s) for s in draft.spellings if len(s.split()) >= 2}
        else:  # initials of a long name: 'EVLF' for the Ember Valley Liberation Front
            forms |= {a for s in draft.spellings if len(s.split()) >= 3 for a in acronyms(s) if len(a) >= 3}
        for form in sorted(f for f in forms if len(f) >= 3 and f[:1].isupper()):
            # a known party in a hyphenated modifier ('X-led attack') is still a mention of it
            pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?!\w)")
            for paragraph, text in enumerate(parsed.article.paragraphs):
                for match in pattern.finditer(text):
                    if party_at(index, paragraph, match.start()) is not None or _inside_a_name(text, match.end()):
                        continue
                    span = parsed.docs[paragraph].char_span(match.start(), match.end(), alignment_mode="expand")
                    if span is None:
                        continue
                    draft.mentions.append(mention_of(parsed, span, form))
                    if form not in draft.spellings:
                        draft.aliases.add(form)


def _inside_a_name(text: str, end: int) -> bool:
    """'Wexmoor' of 'the Wexmoor Telegraph' or 'the Wexmoor Foundation': a word a body's name
    goes on with, not the town or the person it is named after ('FBI Director' is a title)."""
    after = re.match(r" ([A-Z][\w&'\u2019-]*)", text[end : end + 40])
    return after is not None and after.group(1).lower() in ORG_NAME_WORDS


def _add_countries(parsed: ParsedArticle, index: PartyIndex, ents) -> None:
    for ent, name in ents:
        if ent.label_ != "GPE":
            continue
        code = country_code(name) or _governed_place(parsed, name)
        if code is None:
            continue
        draft = next((d for d in index.drafts if d.code == code), None)
        if draft is None:
            draft = index.new(PartyKind.COUNTRY)
            draft.code = code
        draft.add(name, mention_of(parsed, ent, name))
    countries = [d for d in index.drafts if d.kind == PartyKind.COUNTRY]
    for ent, name in ents:
        if ent.label_ == "NORP":
            code = demonym_code(name)
            match = next(
                (
                    d
                    for d in countries
                    if (code and d.code == code) or any(demonym_matches(name, s) for s in d.spellings)
                ),
                None,
            )
            if match is not None:
                match.mentions.append(mention_of(parsed, ent, name))


def _governed_place(parsed: ParsedArticle, name: str) -> str | None:
    """A place the text gives a government ('the government of Tarvonia', 'Tarvonia's
    government') acts as a country even when it is not in ISO 3166."""
    pattern = rf"government of {re.escape(name)}\b|{re.escape(name)}(?:'s|\u2019s)? government\b"
    if any(re.search(pattern, text) for text in parsed.article.paragraphs):
        return "X-" + name.lower()
    return None


def _add_organisations(parsed: ParsedArticle, index: PartyIndex, ents) -> None:
    for ent, name in ents:
        if ent.label_ != "ORG" or index.by_surname(name.lower()):
            continue
        if (
            ent.start > 1
            and ent.doc[ent.start - 1].dep_ == "case"
            and len(name.split()) <= 2
            and all(w.lower() in _GENERIC_INSTITUTION_WORDS for w in name.split())
        ):
            owner = index.by_name(ent.doc[ent.start - 2].text)
            if owner is not None and owner.kind != PartyKind.PERSON:
                # "the country's Foreign Ministry" speaks for the country: one party, not two
                alias = span_text([ent.doc[ent.start - 2], ent.doc[ent.start - 1]]) + " " + ent.text
                owner.add(alias, mention_of(parsed, ent, alias), proper=False)
                continue
        draft = index.by_name(name)
        if draft is None:
            draft = next(
                (
                    d
                    for d in index.drafts
                    if d.kind != PartyKind.PERSON
                    and any(
                        _word_suffix(name, s)
                        or _word_suffix(s, name)
                        or _first_word(name, s)
                        or _first_word(s, name)
                        or (
                            len(name.split()) == 1
                            and name.lower() in GROUP_KIND_WORDS | GROUP_NOUNS
                            and _word_suffix(name, s, 1)
                        )
                        for s in d.spellings
                    )
                ),
                None,
            )
        if draft is None:
            kind = PartyKind.GROUP if set(name.lower().split()) & GROUP_KIND_WORDS else PartyKind.ORGANISATION
            draft = index.new(kind)
        if (
            (name.replace(".", "").isupper() or len(name.split()) == 1)
            and draft.spellings
            and name not in draft.spellings
        ):
            draft.aliases.add(name)
            draft.mentions.append(mention_of(parsed, ent, name))
        else:
            draft.add(name, mention_of(parsed, ent, name))


def _first_word(short: str, long: str) -> bool:
    """'Larkfield' for 'Larkfield Grocers': a one-word short form of a longer name."""
    a, b = short.split(), long.split()
    if not (len(a) == 1 and len(b) >= 2 and b[0] == a[0] and b[0].lower() not in ORG_NAME_WORDS | STOP_WORDS):
        return False
    # 'Harbour' is not short for 'Harbour Rivers Committee': the rest must be a kind of body;
    # nor 'Navy' for 'Navy Divers' (a plural after it names members or a unit of it) or 'Quillby'
    # for 'Quillby UK' (a country after it names its branch there)
    last = b[-1].strip(".,")
    part = (last.endswith("s") and not last.isupper() and last.lower() not in ORG_NAME_WORDS) or bool(
        country_code(last)
    )
    return (len(b) == 2 and not part) or all(w.lower().strip(".,") in ORG_NAME_WORDS for w in b[1:])


def _word_suffix(short: str, long: str, shortest: int = 2) -> bool:
    a, b = short.lower().split(), long.lower().split()
    return shortest <= len(a) < len(b) and b[-len(a) :] == a
