"""Affiliations only where the text states them.

- party labels: "Sen. Signe Lindqvist (R-Alaska)", "Republican Sen. Signe Lindqvist", "Lindqvist, a Democrat",
  to the political party as a party of its own (one draft per party, named in full);
- titles of bodies the article names: "Sen." to the Senate, "Justice" to the Supreme Court;
- the checks every affiliation passes: a person belongs to another person only as that
  person's employee ("Lindqvist's lawyer", never "Lindqvist ally" or "Lindqvist appointee"), to a
  country only through a state office ("French President", never "Tarvonia's most wanted
  smuggler" or a candidate "in Tarvonia"), and an honorific is never a role.
When in doubt, none: a wrong line on the diagram is worse than a missing one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...model import PartyKind
from ...names import HONORIFICS, bare, clean_name, company_form, org_key
from ..doc import ParsedArticle, entity_at
from ..drafts import Draft, Mention, PartyIndex, party_at
from ..gazetteer import country_code, party_of_letter, political_party
from ..labels import WORD_BREAK_POS
from ..resources import word_set

__all__ = [
    "EMPLOYEE_WORDS",
    "STATE_OFFICES",
    "TITLE_BODIES",
    "add_political_parties",
    "clean_role",
    "label_affiliations",
    "member_lists",
    "of_bodies",
    "supported",
    "title_bodies",
]

# A person belongs to another person only in one of these jobs.
EMPLOYEE_WORDS = word_set("affiliation_employee_words")
# Offices a person holds for a country: the only titles that tie a person to one.
STATE_OFFICES = word_set("affiliation_state_offices")
_NOT_YET = word_set("affiliation_not_yet")
# Titles of members of a body: the body is affiliation when the article names it.
TITLE_BODIES = {
    "sen": "senate",
    "senator": "senate",
    "senators": "senate",
    "justice": "supreme court",
    "rep": "house",
    "representative": "house",
    "congressman": "house",
    "congresswoman": "house",
    "mp": "parliament",
    "lawmaker": "congress",
}


def supported(draft: Draft, role: str | None, affiliation: Draft) -> bool:
    """Whether the words of a role can tie `draft` to `affiliation` at all. A political party
    comes from a party label alone (label_affiliations), never from words that only name it
    nearby ('the kind of judge many Labour voters fear'); a 'state Senate' is not the Senate."""
    if political_party(affiliation.name) == affiliation.name:
        return False
    if draft.kind == PartyKind.COUNTRY or (draft.kind != PartyKind.PERSON and affiliation.kind == PartyKind.PERSON):
        return False  # a country belongs to no one; a person's firm is owned, not a membership
    if affiliation.kind == PartyKind.COUNTRY and company_form(draft.name):
        return False  # "Tarvonia's Brekke Marine KK" is based there; a court or ministry is the state's
    raw = (role or "").split()
    if "state" in raw and affiliation.kind != PartyKind.COUNTRY:
        return False
    words = {bare(w) for w in (role or "").replace("\u2019", "'").replace("'s", " ").split()}
    if draft.kind == PartyKind.PERSON and affiliation.kind == PartyKind.PERSON:
        return bool(words & EMPLOYEE_WORDS) and not {"general"} <= words
    if draft.kind == PartyKind.PERSON and affiliation.kind == PartyKind.COUNTRY:
        return bool(words & STATE_OFFICES) and not words & _NOT_YET
    return True


def clean_role(role: str | None) -> str | None:
    """No honorific as a role: 'Ms.' alone is none, 'Mr. President' is 'President'."""
    if not role:
        return role
    words = role.split()
    while words and bare(words[0]) in HONORIFICS:
        words = words[1:]
    return " ".join(words) or None


def add_political_parties(parsed: ParsedArticle, index: PartyIndex, ents, mention_of) -> None:
    """'Republicans', 'the GOP', 'Democratic': one party each, named in full; 'Senate
    Republicans' is a group of its own that belongs to its party."""
    for ent, name in ents:
        party_name = political_party(name) if ent.label_ in ("NORP", "ORG") else None
        if party_name is None:
            continue
        party = _party_draft(index, party_name)
        party.add(party_name, mention_of(parsed, ent, name), proper=True)
        if name != party_name:
            party.aliases.add(name)
        doc = ent.doc
        if ent.start > 0 and doc[ent.start - 1].ent_type_ == "ORG" and name.lower().endswith("s"):
            before = entity_at(doc[ent.start - 1])
            if before is None or before.end != ent.start:
                continue
            body = Span(doc, before.start, ent.end)
            group_name = clean_name(body.text)
            group = next((d for d in index.drafts if group_name in d.spellings), None) or index.new(PartyKind.GROUP)
            group.add(group_name, mention_of(parsed, body, group_name))
            group.affiliation = party


def _party_draft(index: PartyIndex, party_name: str) -> Draft:
    key = org_key(party_name)
    found = next(
        (d for d in index.drafts if d.kind != PartyKind.PERSON and any(org_key(s) == key for s in d.spellings)), None
    )
    return found or index.new(PartyKind.ORGANISATION)


_LABEL_AFTER = re.compile(r"^\s*(?:[,(]\s*([RDI])\s*[-\u2013]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*[,)]?|\(([RDI])\))")


def label_affiliations(parsed: ParsedArticle, index: PartyIndex) -> None:
    """A person's party from a label beside the name, before it, or in an apposition."""
    for draft in [d for d in index.drafts if d.kind == PartyKind.PERSON and d.affiliation is None]:
        for mention in draft.mentions:
            label = None if mention.quoted else _label_near(parsed, mention)
            if label:
                draft.affiliation = _party_draft(index, label)
                if not draft.affiliation.spellings:
                    draft.affiliation.add(label, None)
                break


def _label_near(parsed: ParsedArticle, mention: Mention) -> str | None:
    text = parsed.article.paragraphs[mention.paragraph]
    after = _LABEL_AFTER.match(text[mention.end :])
    if after and party_of_letter(after.group(1) or after.group(2)):
        return party_of_letter(after.group(1) or after.group(2))
    doc = parsed.docs[mention.paragraph]
    ent = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if ent is None:
        return None
    for i in range(ent.start - 1, max(-1, ent.start - 5), -1):  # "Republican Sen.", "GOP Rep."
        token = doc[i]
        if token.is_punct or token.pos_ in WORD_BREAK_POS:
            break
        if token.ent_type_ in ("NORP", "ORG") and political_party(token.text):
            return political_party(token.text)
    for child in ent.root.children:  # "Lindqvist, a Democrat from Wexmoor"
        if child.dep_ == "appos" and political_party(child.text) and child.ent_type_ == "NORP":
            return political_party(child.text)
    return None


def _names_body(name: str, body: str) -> bool:
    """'Senate', 'Tarvonian Senate' name the senate; 'Opera House' does not name the house."""
    words = clean_name(name).lower().split()
    size = len(body.split())
    if " ".join(words[-size:]).replace(".", "") != body:
        return False
    return len(words) == size or country_code(" ".join(words[:-size])) is not None


def of_bodies(parsed: ParsedArticle, index: PartyIndex) -> None:
    """'Chancellor Signe Lindqvist of Tarvonia', 'Lindqvist, the mayor of Wexmoor': the body after 'of'
    when a title goes with the name and nothing else ties the person to a body."""
    for draft in [d for d in index.drafts if d.kind == PartyKind.PERSON and d.affiliation is None and d.role]:
        for mention in draft.mentions:
            rest = parsed.article.paragraphs[mention.paragraph][mention.end :]
            match = re.match(r"\s+of\s+(?:the\s+)?", rest)
            body = party_at(index, mention.paragraph, mention.end + match.end()) if match else None
            if body is not None and body is not draft and supported(draft, draft.role, body):
                draft.affiliation = body
                break


_MEMBER_CUES = frozenset(["including", "among"])
_SEAT_VERBS = frozenset(["be", "serve", "sit"])


def member_lists(parsed: ParsedArticle, index: PartyIndex) -> None:
    """'the union's leaders, including Signe Lindqvist and Ola Berg'; 'Lindqvist and Berg, who
    are both on the Rivers Committee': members of the body the sentence names."""
    for draft in [d for d in index.drafts if d.kind == PartyKind.PERSON and d.affiliation is None]:
        for mention in draft.mentions:
            ent = (
                None
                if mention.quoted
                else parsed.docs[mention.paragraph].char_span(mention.start, mention.end, alignment_mode="expand")
            )
            body = _listed_in(parsed, index, ent) if ent is not None else None
            if body is not None and body is not draft and body.kind != PartyKind.PERSON:
                draft.affiliation = body
                break


def _listed_in(parsed: ParsedArticle, index: PartyIndex, ent: Span) -> Draft | None:
    token = ent.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    paragraph = parsed.paragraph_of(token)
    if token.dep_ == "pobj" and token.head.lower_ in _MEMBER_CUES:
        group = token.head.head
        # the widest name over the word: "Wexmoor Labour members", not the party in it
        covering = index.covering(paragraph, group.idx)
        return min(covering, key=lambda md: (md[0].start, -md[0].end))[1] if covering else None
    clauses = [
        c
        for t in {token, ent.root, *token.conjuncts}
        for c in t.children
        if c.dep_ == "relcl" and c.lemma_ in _SEAT_VERBS
    ]
    for clause in sorted(clauses, key=lambda c: c.i):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "on"):
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None:
                return party_at(index, paragraph, body.idx) or party_at(index, paragraph, body.left_edge.idx)
    return None


def title_bodies(parsed: ParsedArticle, index: PartyIndex) -> None:
    """'Sen. Lindqvist' belongs to the Senate, 'Justice Korr' to the Supreme Court, when the article
    names that body (one draft whose name ends with it) and no other affiliation is known."""
    for draft in [d for d in index.drafts if d.kind == PartyKind.PERSON and d.affiliation is None]:
        titles = {bare(w) for w in (draft.role or "").split()[-1:]}
        for mention in draft.mentions:
            before = parsed.article.paragraphs[mention.paragraph][max(0, mention.start - 30) : mention.start].split()
            if before and not any(w.lower() == "state" for w in before[-3:]):
                titles.add(bare(before[-1]))
        bodies = {TITLE_BODIES[t] for t in titles if t in TITLE_BODIES}
        for body in sorted(bodies):
            hits = [
                d for d in index.drafts if d.kind != PartyKind.PERSON and any(_names_body(s, body) for s in d.spellings)
            ]
            if len(hits) == 1:
                draft.affiliation = hits[0]
                break
