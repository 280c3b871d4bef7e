"""Linking: per-article parties become story parties.

Each article's extraction has already tied its own mentions together ("Quennell" to "James B.
Quennell" in that article). Here drafts from different articles join only on evidence that names
one party, and never against a constraint:

- people join on compatible full names (surname, given name or its familiar form, middle names
  and suffixes that do not contradict, no conflicting gender); a draft compatible with two story
  people joins neither;
- a lone surname joins the one story person with it; shared by two, it stays unresolved;
- organisations join on one normalised spelling ("Transport Department" = "Department of Transport"),
  on an acronym of the other's name (NRA = National Rivers Authority), or a lone word on the one
  national body of a country the story names ("the Navy" = "Peruvian Navy"), and only when
  that evidence points at one story party;
- countries join on their ISO code;
- descriptive aliases ("the bureau") are never evidence: a chain through a shared alias is not a
  merge.

Candidates come from an index keyed by surname, spelling and acronym, so the cost grows with
the number of drafts, not drafts times parties. Order is the articles' order: deterministic.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from ..extract.drafts import ArticleExtraction, Draft
from ..extract.gazetteer import political_party
from ..extract.lexicon import GROUP_NOUNS
from ..extract.parties.roles import body_role, is_office
from ..model import PartyKind
from ..names import (
    BODY_HEADS,
    PersonName,
    acronyms,
    clean_name,
    company_form,
    edit_distance,
    fold_name,
    given_name_variant,
    is_acronym,
    org_key,
    same_person,
    spelling_variant,
)
from .story_names import (
    company_names,
    country_of,
    full_names,
    hyphenated_surnames,
    unhyphenated,
    written_as_place,
)

__all__ = ["Linker", "StoryParty", "link_parties", "party_kind"]

_log = logging.getLogger(__name__)  # the linker's reasons for a fuzzy link
_KIND_PRIORITY = {PartyKind.PERSON: 0, PartyKind.COUNTRY: 1, PartyKind.GROUP: 2, PartyKind.ORGANISATION: 3}


@dataclass
class StoryParty:
    kind: PartyKind
    drafts: list = field(default_factory=list)  # (article id, draft)
    spellings: Counter = field(default_factory=Counter)
    people: list = field(default_factory=list)  # full PersonNames, for people
    genders: set = field(default_factory=set)
    unresolved: bool = False  # a lone surname that two story people share
    splits: set = field(default_factory=set)  # the editor's split tags of its drafts

    def add(self, article: str, draft: Draft) -> None:
        self.drafts.append((article, draft))
        self.spellings.update(draft.spellings)
        if draft.kind == PartyKind.PERSON:
            self.people.extend(p for p in full_names(draft) if p not in self.people)
            if draft.gender:
                self.genders.add(draft.gender)

    @property
    def name(self) -> str:
        # the fullest spelling; among equals the most used, then the first written
        order = list(self.spellings)
        return max(order, key=lambda s: (len(s.split()), self.spellings[s], -order.index(s)))


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter left out: two words within one edit share
    one of these, so a misspelt surname is found by lookup, not by comparing with every name."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _described_alike(party: StoryParty, draft: Draft) -> bool:
    """Whether a report says of the draft what another says of the party: the same body it
    belongs to, or the same title ('governor', 'chairman')."""
    bodies = {org_key(d.affiliation.name) for _, d in party.drafts if d.affiliation is not None}
    nouns = {n for _, d in party.drafts for n in d.nouns}
    return bool((draft.affiliation is not None and org_key(draft.affiliation.name) in bodies) or (draft.nouns & nouns))


def _same_office(party: StoryParty, draft: Draft) -> bool:
    """Whether a report gives the draft an office another gives the party ('head', 'chairman'):
    the second signal a given name spelt another way needs; a shared 'student' is none."""
    nouns = {n for _, d in party.drafts for n in d.nouns if is_office(n)}
    return bool(draft.nouns & nouns)


def _org_names(draft: Draft) -> set[str]:
    """The names an organisation is known by in its article: spellings and acronym aliases."""
    return set(draft.spellings) | {clean_name(a) for a in draft.aliases if is_acronym(a)}


class Linker:
    def __init__(self, splits: dict[str, set[str]] | None = None) -> None:
        self.parties: list[StoryParty] = []
        self.index: dict[tuple[str, str], list[int]] = {}
        # an editor's split: drafts named by these spellings never join the rest of the party
        self.split_names = {n.lower(): key for key, names in (splits or {}).items() for n in names}

    def _new(self, draft: Draft) -> int:
        self.parties.append(StoryParty(draft.kind))
        return len(self.parties) - 1

    def _join(self, found: int, article: str, draft: Draft, keys: set[tuple[str, str]]) -> None:
        self.parties[found].add(article, draft)
        self.parties[found].splits.add(self._split_tag(draft))
        if draft.kind == PartyKind.PERSON:
            names = full_names(draft)
            keys = (
                keys
                | {("given", n.given) for n in names}
                | {("near", v) for n in names if len(n.surname) >= 6 for v in _deletions(n.surname)}
            )
        for key in sorted(keys):
            slots = self.index.setdefault(key, [])
            if found not in slots:
                slots.append(found)

    def _lookup(self, keys) -> list[int]:
        return sorted({i for key in keys for i in self.index.get(key, ())})

    def _split_tag(self, draft: Draft) -> str | None:
        return next(
            (self.split_names[s.lower()] for s in sorted(draft.spellings) if s.lower() in self.split_names), None
        )

    def _allowed(self, party: StoryParty, draft: Draft) -> bool:
        return party.splits <= {self._split_tag(draft)}

    def add_person(self, article: str, draft: Draft) -> None:
        names = full_names(draft)
        keys = {("surname", n.surname) for n in names}
        fits = [i for i in self._lookup(keys) if self._person_fits(self.parties[i], names, draft)]
        if len(fits) > 1:  # "Tove Pellow" fits two: only an exact spelling decides
            fits = [i for i in fits if set(draft.spellings) & set(self.parties[i].spellings)]
        if not fits:
            fits = self._variant_fits(article, names, draft)
        found = fits[0] if len(fits) == 1 else self._new(draft)
        self._join(found, article, draft, keys)

    def _person_fits(self, party: StoryParty, names: list[PersonName], draft: Draft) -> bool:
        return self._person_fits_loosely(party, draft) and all(same_person(a, b) for a in names for b in party.people)

    def _variant_fits(self, article: str, names: list[PersonName], draft: Draft) -> list[int]:
        """The one story person whose name this one spells another way ('Aron Lindquist' for
        'Aron Lindqvist'), when two signals agree, the name and what the reports say the person
        is (the same body, or the same title: 'governor'), and nothing contradicts (a gender, an
        editor's split, a report that names both). The name alone is not enough: 'Johnson' and
        'Johnston' are two families."""
        # a surname spelt another way with the same given name and a like description; or a given
        # name one letter off with the same surname and the same office ('Osmo'/'Osmu Lindqvist')
        fits = self._spelt_alike(
            {("given", n.given) for n in names}, article, draft, names, spelling_variant, _described_alike
        ) or self._spelt_alike(
            {("surname", n.surname) for n in names}, article, draft, names, given_name_variant, _same_office
        )
        if len(fits) == 1:
            _log.info("linked %r to %r: the same name spelt another way", draft.name, self.parties[fits[0]].name)
        return fits if len(fits) == 1 else []

    def _spelt_alike(self, keys, article: str, draft: Draft, names: list[PersonName], variant, signal) -> list[int]:
        return [
            i
            for i in self._lookup(keys)
            if self._person_fits_loosely(self.parties[i], draft)
            and article not in {a for a, _ in self.parties[i].drafts}
            and any(variant(a, b) for a in names for b in self.parties[i].people)
            and signal(self.parties[i], draft)
        ]

    def _person_fits_loosely(self, party: StoryParty, draft: Draft) -> bool:
        """A story person the draft may be, whatever its name says: resolved, allowed, no gender against it."""
        return not party.unresolved and self._lone_fits(party, draft)

    def add_lone_person(self, article: str, draft: Draft, word: str | None = None) -> None:
        """A draft its article names by one word only: the surname of one story person, or
        unresolved. A misspelt long surname ('Lindqvst') finds the one person it is close to."""
        word = word or fold_name(clean_name(draft.name)).lower()  # as parse_person reads a surname
        fits = [i for i in self.index.get(("surname", word), ()) if self._lone_fits(self.parties[i], draft)]
        if not fits and len(word) >= 6:
            near = self._lookup({("near", v) for v in _deletions(word)})
            fits = [
                i
                for i in near
                if self._lone_fits(self.parties[i], draft)
                and any(edit_distance(p.surname, word) <= 1 for p in self.parties[i].people)
            ]
        if len(fits) == 1:
            self._join(fits[0], article, draft, set())
            return
        # two story people share it, or it is a given name used alone: kept apart, unresolved
        unresolved = len(fits) > 1 or bool(self.index.get(("given", word)))
        key = ("unresolved" if unresolved else "lone", word)
        found = next(iter(self._lookup({key})), None)
        if found is None:
            found = self._new(draft)
            self.parties[found].unresolved = unresolved
        self._join(found, article, draft, {key})

    def _lone_fits(self, party: StoryParty, draft: Draft) -> bool:
        if not party.people or not self._allowed(party, draft):
            return False
        return not (draft.gender and party.genders and draft.gender not in party.genders)

    def add_country(self, article: str, draft: Draft) -> None:
        key = {("code", draft.code or clean_name(draft.name).lower())}
        found = next(iter(self._lookup(key)), None)
        if found is None or not self._allowed(self.parties[found], draft):
            found = self._new(draft)
        self._join(found, article, draft, key)

    def add_organisation(self, article: str, draft: Draft) -> None:
        """Called longest names first, so a short form meets every long name it may stand for
        and joins only when exactly one fits: the same spelling, an acronym of it, or its last
        words ('Rivers Committee'); a lone word joins a two-word body ('Transport' for
        'Transport Department') or the one story person with that surname ('Quennell' tagged as a company)."""
        names = _org_names(draft)
        spelled = {("org", org_key(n)) for n in names}
        initials = {("acronym", a) for n in names if not is_acronym(n) for a in acronyms(n)}
        wanted = (
            spelled
            | {("org", a.lower()) for _, a in initials}
            | {("acronym", n.replace(".", "").upper()) for n in names if is_acronym(n)}
        )
        candidates = self._bodies(wanted, draft)
        if not candidates and not any(political_party(n) == n for n in names):
            # 'Rivers Committee' for the one '... Rivers Committee'; a party's full name
            # ('Labour Party') is complete, not short for 'Wexmoor Labour Party'
            candidates = self._bodies({("tail", " ".join(n.lower().split())) for n in names}, draft)
        if not candidates:
            # 'UK Norvik' for the one 'UK Norvik Club': a name of two words or more without its last, generic, word
            candidates = self._bodies({("sans", org_key(n)) for n in names if len(n.split()) >= 2}, draft)
        if not candidates and len(names) == 1 and len(draft.name.split()) == 1:
            word = fold_name(draft.name).lower()
            candidates = self._bodies({("first", word)}, draft)
            if not candidates and draft.role and body_role(draft.role):
                # 'Charterer Brekke' for the one firm 'Brekke Marine KK': its role says it is a firm
                candidates = self._bodies({("firm", word)}, draft)
                if len(candidates) == 1:
                    _log.info(
                        "linked %r to %r: a firm by its name's first word", draft.name, self.parties[candidates[0]].name
                    )
            candidates = candidates or [
                i for i in self.index.get(("surname", word), ()) if self._lone_fits(self.parties[i], draft)
            ]
            if not candidates:
                # 'the Navy' for the one 'Peruvian Navy' of a story about Peru; with two navies, neither
                candidates = self._bodies({("national", word)}, draft)
                if len(candidates) == 1:
                    _log.info(
                        "linked %r to %r: the story's one national body so named",
                        draft.name,
                        self.parties[candidates[0]].name,
                    )
        if len(candidates) > 1:  # the same spelling decides between two
            candidates = [i for i in candidates if set(self.parties[i].spellings) & set(draft.spellings)]
        found = candidates[0] if len(candidates) == 1 else self._new(draft)
        tails = {
            ("tail", " ".join(w))
            for n in names
            if not is_acronym(n)
            for k in range(2, len(n.split()))
            for w in [n.lower().split()[-k:]]
        }
        firsts = {
            ("first", n.split()[0].lower())
            for n in names
            if len(n.split()) == 2 and n.split()[-1].lower() in BODY_HEADS
        }
        firms = {("firm", n.split()[0].lower()) for n in names if company_form(n) and len(n.split()) <= 4}
        sans = {
            ("sans", org_key(" ".join(n.split()[:-1])))
            for n in names
            if len(n.split()) >= 3 and n.split()[-1].lower() in GROUP_NOUNS
        }
        nationals = {
            ("national", fold_name(n.split()[-1]).lower())
            for n in names
            if len(n.split()) == 2 and ("code", country_of(n.split()[0])) in self.index
        }
        self._join(found, article, draft, spelled | initials | tails | firsts | firms | sans | nationals)

    def _bodies(self, keys, draft: Draft) -> list[int]:
        return [
            i
            for i in self._lookup(keys)
            if self.parties[i].kind not in (PartyKind.PERSON, PartyKind.COUNTRY)
            and self._allowed(self.parties[i], draft)
        ]

    def add_outlet(self, article: str, draft: Draft) -> None:
        """Outlets link on their last word ('the Post'): they are kept only if quoted."""
        keys = {("outlet", s.lower().split()[-1]) for s in draft.spellings if s.split()}
        found = next(iter(self._lookup(keys)), None)
        if found is None:
            found = self._new(draft)
        self._join(found, article, draft, keys)


def link_parties(extractions: list[ArticleExtraction], splits: dict[str, set[str]] | None = None) -> list[StoryParty]:
    """Story parties from the articles' drafts: full names first, lone words once every full
    name of the story is known, so the answer does not depend on which article came first."""
    linker = Linker(splits)
    lone: list[tuple[str, Draft, str | None]] = []
    bodies = []
    hyphenated = hyphenated_surnames(extractions)
    companies = company_names(extractions)
    places = frozenset().union(*(x.places for x in extractions))
    for extraction in extractions:
        article = extraction.article.id
        speakers = {id(q.speaker) for q in extraction.quotes if q.speaker is not None}
        speakers |= {  # a newsroom one of the story's people works for ('the Courier's Ola Berg')
            id(d.affiliation)
            for d in extraction.parties.drafts
            if d.affiliation is not None and d.kind == PartyKind.PERSON
        }
        for draft in extraction.parties.drafts:
            if not draft.spellings or ((draft.outlet or draft.cited) and id(draft) not in speakers):
                continue  # an outlet, or a body only cited, is a source unless it speaks or has a member
            if draft.outlet:
                linker.add_outlet(article, draft)
            elif draft.kind == PartyKind.PERSON and written_as_place(draft, places, speakers):
                continue  # "Korr's provincial office" where another report writes "Korr province"
            elif draft.kind == PartyKind.PERSON and org_key(draft.name) in companies:
                bodies.append((article, draft))  # 'owner Brekke Marine' where the story has 'Brekke Marine KK'
            elif draft.kind == PartyKind.PERSON:
                surname = unhyphenated(draft, hyphenated)
                if surname is not None:  # 'Ola Vik Berg' where the story has 'Aron Vik-Berg': the surname
                    lone.append((article, draft, surname))
                elif full_names(draft):
                    linker.add_person(article, draft)
                else:
                    lone.append((article, draft, None))
            elif draft.kind == PartyKind.COUNTRY:
                linker.add_country(article, draft)
            else:
                bodies.append((article, draft))
    for article, draft, word in lone:
        linker.add_lone_person(article, draft, word)
    for _, (article, draft) in sorted(enumerate(bodies), key=lambda b: (-len(b[1][1].name.split()), b[0])):
        linker.add_organisation(article, draft)
    return [p for p in linker.parties if p.drafts]


def party_kind(party: StoryParty) -> PartyKind:
    if any(company_form(s) for s in party.spellings):
        return PartyKind.ORGANISATION  # 'owner Brekke Marine', taken for a person, joined 'Brekke Marine KK'
    kinds = Counter(d.kind for _, d in party.drafts)
    return max(kinds, key=lambda k: (kinds[k], -_KIND_PRIORITY[k]))
