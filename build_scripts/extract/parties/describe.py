"""Roles and affiliations of parties, from titles and appositives (what a description such as
'the union' refers to is descriptions.py's).

`the union's chief negotiator, Anika Shore` -> role "union's chief negotiator", affiliation the union;
`French President Emmanuel Macron` -> role "French President", affiliation the
country; `the armed wing of X, the Y` -> Y's role "armed wing of X", affiliation X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...model import PartyKind
from ...names import TITLE_WORDS
from ..doc import ParsedArticle, span_text
from ..drafts import Draft, Mention, PartyIndex, party_at
from ..lexicon import GROUP_KIND_WORDS, GROUP_NOUNS
from ..resources import word_set
from .affiliation import clean_role, supported
from .descriptions import add_descriptive_aliases
from .entities import capitalised_role_word
from .named_bodies import split_named_bodies
from .owners import affiliation_in, is_whose, office_holder_body, possessive_owner, whose_owner
from .roles import (
    body_role,
    is_office,
    mark_office_body,
    outlet_role,
    person_role,
    person_shaped,
    role_head,
)

__all__ = [
    "RoleFound",
    "describe_parties",
]

_TITLE_DEPS = word_set("describe_title_deps")
_ROLE_CUT_DEPS = word_set("describe_role_cut_deps")


def describe_parties(parsed: ParsedArticle, index: PartyIndex) -> None:
    split_named_bodies(parsed, index)
    for draft in list(index.drafts):
        for mention in list(draft.mentions):
            if mention.quoted:
                continue
            ent = parsed.docs[mention.paragraph].char_span(mention.start, mention.end, alignment_mode="expand")
            if ent is None:
                continue
            _apply(draft, _appositive(parsed, index, ent, draft))
            if draft.kind == PartyKind.PERSON:
                _apply(draft, _title_before(parsed, index, ent, draft))
            else:
                _apply(draft, _role_word_before(ent))
                if draft.affiliation is None:
                    _apply(draft, RoleFound(affiliation=possessive_owner(parsed, index, ent, draft)))
    add_descriptive_aliases(parsed, index)
    for draft in index.drafts:
        if draft.role is None and draft.kind in (PartyKind.GROUP, PartyKind.ORGANISATION):
            draft.role = _role_from_aliases(draft)


def _role_from_aliases(draft: Draft) -> str | None:
    """'the coast-based group' describes the group: with no title given, it is its role."""
    for alias in sorted(draft.aliases, key=lambda a: (-len(a.split()), a)):
        words = alias.split()
        if (
            len(words) >= 3
            and words[0].lower() == "the"
            and words[-1].lower() in GROUP_NOUNS
            and not any(w[:1].isupper() and not re.search(r"-[a-z]+$", w) for w in words[1:])
        ):
            return " ".join(words[1:])
    return None


_ROLE_VERBS = {
    "chair": "chair",
    "head": "head",
    "lead": "leader",
    "run": "head",
    "direct": "director",
    "manage": "manager",
    "own": "owner",
    "found": "founder",
    "represent": "representative",
    "edit": "editor",
    "coach": "coach",
    "command": "commander",
    "govern": "governor",
    "chairs": "chair",
    "heads": "head",
}
_POSSESSIVE_PRONOUNS = word_set("describe_possessive_pronouns")
_RELATIVE_PRONOUNS = word_set("relative_pronouns")


def _clean_role(tokens: list[Token], parsed: ParsedArticle, index: PartyIndex, draft: Draft):
    """A role as a reader wants it: no leading article or possessive pronoun, no trailing 'who',
    and for a person no 'of <the body it belongs to>' (that is the affiliation)."""
    owner = None
    while tokens and (
        tokens[0].dep_ == "det" or tokens[0].lower_ in _POSSESSIVE_PRONOUNS or tokens[0].is_punct or is_whose(tokens[0])
    ):
        if tokens[0].lower_ in _POSSESSIVE_PRONOUNS:
            from .coref import antecedent

            owner = antecedent(parsed, index, tokens[0])
        elif is_whose(tokens[0]):
            owner = whose_owner(parsed, index, tokens[0], draft)
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].lower_ in _RELATIVE_PRONOUNS or tokens[-1].dep_ in ("cc", "prep", "case")
    ):
        tokens = tokens[:-1]
    if draft.kind == PartyKind.PERSON:
        for i, token in enumerate(tokens):
            if (
                token.lower_ == "of"
                and i > 0
                and any(party_at(index, parsed.paragraph_of(t), t.idx) for t in tokens[i + 1 :])
            ):
                owner = owner or next(
                    party_at(index, parsed.paragraph_of(t), t.idx)
                    for t in tokens[i + 1 :]
                    if party_at(index, parsed.paragraph_of(t), t.idx)
                )
                tokens = tokens[:i]
                if tokens:
                    mark_office_body(owner, tokens[-1].lower_)
                break
    return tokens, owner


@dataclass(frozen=True)
class RoleFound:
    """What a title or an appositive says of a party: its role, whom it works for, another name
    for it, and a described head that stands for it ("the armed wing ... released a statement")."""

    role: str | None = None
    affiliation: Draft | None = None
    alias: str | None = None
    mention: Mention | None = None
    described: bool = False  # said in an apposition ('X, a news outlet'), not a title before the name


_NOTHING = RoleFound()


def _apply(draft: Draft, found: RoleFound) -> None:
    if found.mention is not None:
        draft.mentions.append(found.mention)
    role, affiliation, alias = clean_role(found.role), found.affiliation, found.alias
    if found.described and draft.kind == PartyKind.ORGANISATION and role and person_role(role, draft.name):
        draft.kind = PartyKind.PERSON  # 'The head of the operation, Ola Berg, said'
    elif role and draft.kind != PartyKind.PERSON and is_office(role_head(role)):
        role = None  # 'the chairman of the Harbour Board' is the board's chairman, not the board
    if role and not draft.role:
        draft.role = role
        # 'the governor' for 'former governor of Korr province' too; the last word stays one: a
        # person so described holds 'the governing party' away from another party's page
        draft.nouns |= {role.split()[-1].lower(), role_head(role)}
        if found.described and draft.kind == PartyKind.PERSON and body_role(role) and not person_shaped(draft.name):
            draft.kind = PartyKind.ORGANISATION  # 'Varnholm Gate, a state-run news site'
        if outlet_role(role) and not person_shaped(draft.name):
            # 'public radio Kanal Vesta': a newsroom the report cites, a source; a party only if it speaks
            draft.kind, draft.outlet = PartyKind.ORGANISATION, True
        if set(role.lower().split()) & (GROUP_KIND_WORDS | {"wing"}) and draft.kind == PartyKind.ORGANISATION:
            draft.kind = PartyKind.GROUP
    if (
        affiliation is not None
        and affiliation is not draft
        and draft.affiliation is None
        and supported(draft, role or draft.role, affiliation)
    ):
        draft.affiliation = affiliation
    if alias:
        draft.aliases.add(alias)


def _title_before(parsed: ParsedArticle, index: PartyIndex, ent: Span, draft: Draft) -> RoleFound:
    """Words before a name that modify it: 'US President', 'Norway's Foreign Ministry spokesperson'."""
    doc = ent.doc
    tokens: list[Token] = []
    i = ent.start - 1
    inside = set(range(ent.start, ent.end))
    while i >= 0:
        token = doc[i]
        if token.dep_ == "det" or token.is_sent_start and token.pos_ == "PUNCT" or _spaced_dash(token):
            break  # "WEXMOOR - Harbour chief Ola Berg": a dateline's dash ends the title
        attaches = token.head.i in inside or token.head.i in {t.i for t in tokens}
        if _word_hyphen(token) and tokens:
            # 'co-founder', 'vice-president': one word, however the parser hung its halves
            tokens[:0] = [doc[i - 1], token]
            i -= 2
            continue
        if token.dep_ == "case" and not parsed.token_in_quote(token):
            tokens.insert(0, token)  # "Norway's": the possessor comes next
            i -= 1
            continue
        if not attaches or token.dep_ not in _TITLE_DEPS or parsed.token_in_quote(token):
            break
        tokens.insert(0, token)
        i -= 1
    owned_by = whose_owner(parsed, index, tokens[0], draft) if tokens and is_whose(tokens[0]) else None
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "case" or is_whose(tokens[0])):
        tokens.pop(0)
    if not tokens or not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return _NOTHING
    if all(t.ent_type_ and t.ent_type_ not in ("NORP",) for t in tokens):
        return _NOTHING  # another name, not a title
    role = span_text(tokens)
    affiliation = affiliation_in(parsed, index, tokens, draft)
    first = tokens[0].i
    if (
        first >= 2
        and doc[first - 1].text == ","
        and doc[first - 2].pos_ == "NOUN"
        and not doc[first - 2].ent_type_
        and (doc[first - 2].dep_ != "pobj" or doc[first - 2].lower_ in TITLE_WORDS)
    ):
        # "(by) the inquiry's chair, retired judge X": spaCy misses the apposition; but in "In a
        # statement, harbour chief X" or "at one point, judge X" the noun is a circumstance's
        head = doc[first - 2]
        before = [t for t in head.subtree if t.i <= head.i]
        cleaned, owner = _clean_role(before, parsed, index, draft)
        if cleaned:
            role = span_text(cleaned) + ", " + role
            affiliation = affiliation or owner or affiliation_in(parsed, index, before, draft)
    return RoleFound(role=role, affiliation=owned_by or affiliation or office_holder_body(index, tokens))


def _role_word_before(ent: Span) -> RoleFound:
    """'Insurer Brekke said': a body's role the recogniser took for a given name, its capital the
    sentence's (entities.py leaves it out of the name)."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.is_sent_start and capitalised_role_word(before):
        return RoleFound(role=before.lower_)
    return _NOTHING


def _word_hyphen(token: Token) -> bool:
    """A hyphen inside a word: nothing between it and the words either side."""
    return (
        token.text in ("-", "\u2011")
        and token.i > 0
        and not token.whitespace_
        and not token.doc[token.i - 1].whitespace_
        and token.doc[token.i - 1].is_alpha
    )


def _spaced_dash(token: Token) -> bool:
    """A dash between spaces or a long dash: punctuation between clauses, never inside a title
    ('co-founder' keeps its hyphen between words)."""
    if token.text in ("\u2013", "\u2014", "--"):
        return True
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def _appositive(parsed: ParsedArticle, index: PartyIndex, ent: Span, draft: Draft) -> RoleFound:
    root = ent.root
    after_and = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("and", "or", "nor")
    if root.dep_ == "appos" and not after_and:  # '... in Iraq and Tarvonia': a list, hung wrong
        head = _true_head(root.head)
        if head.ent_type_ or parsed.token_in_quote(head):
            return _NOTHING
        if any(t.text == ":" for t in ent.doc[min(head.i, root.i) : max(head.i, root.i)]):
            return _NOTHING  # 'Candles and chanting: Tarvonian boys ...': a headline's colon, no apposition
        tokens = [t for t in head.subtree if t.i < root.i and t not in root.subtree]
        tokens = _trim(tokens)
        if not tokens:
            return _NOTHING
        role_tokens, owner = _clean_role(list(tokens), parsed, index, draft)
        if not role_tokens:
            return _NOTHING
        # the described head stands for the party: "the armed wing ... released a statement"
        stands_for = Mention(
            paragraph=parsed.paragraph_of(head),
            start=head.idx,
            end=head.idx + len(head),
            subject=head.dep_ in ("nsubj", "nsubjpass"),
            quoted=False,
            text=head.text,
        )
        alias = None
        if tokens[0].dep_ == "det" and draft.kind != PartyKind.PERSON:
            alias = tokens[0].lower_ + span_text(tokens)[len(tokens[0].text) :]
        # the head is the party itself, never whom it works for
        others = [t for t in tokens if t is not head]
        owner = owner or (affiliation_in(parsed, index, others, draft) if others else None)
        return RoleFound(
            role=span_text(role_tokens), affiliation=owner, alias=alias, mention=stands_for, described=True
        )
    colon = ent.end < len(ent.doc) and ent.doc[ent.end].text == ":"  # "Pellow: No influence on port probe"
    for child in root.children:
        titled = child.pos_ == "PROPN" and child.lower_ in TITLE_WORDS  # 'Aron Falk, CEO of Brekkel'
        if child.dep_ == "appos" and not child.ent_type_ and (child.pos_ == "NOUN" or titled) and not colon:
            if _not_its_own(root, child, draft):
                return _NOTHING  # a list: what follows describes its other members
            tokens = []
            for token in child.subtree:
                if token.dep_ in _ROLE_CUT_DEPS and token != child:
                    break
                tokens.append(token)
            tokens, owner = _clean_role(_trim(tokens), parsed, index, draft)
            if tokens:
                # 'a nurse who has led the panel' belongs to the panel; 'a firm that owns X' does not
                person = draft.kind == PartyKind.PERSON and not body_role(span_text(tokens))
                owner = (
                    owner
                    or affiliation_in(parsed, index, tokens, draft)
                    or (_relative_clause_body(parsed, index, child, draft) if person else None)
                )
                return RoleFound(role=span_text(tokens), affiliation=owner, described=True)
        if (
            child.dep_ == "relcl"
            and child.lemma_ in _ROLE_VERBS
            and any(c.lower_ in ("who", "that") and c.dep_ == "nsubj" for c in child.children)
        ):
            # "Tove Amundsen, who chairs the commission": role "chair", affiliation the commission
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            owner = None
            if obj is not None:
                owner = party_at(index, parsed.paragraph_of(obj), obj.idx) or affiliation_in(
                    parsed, index, list(obj.subtree), draft
                )
            return RoleFound(role=_ROLE_VERBS[child.lemma_], affiliation=owner)
    return _NOTHING


def _not_its_own(root: Token, appos: Token, draft: Draft) -> bool:
    """An apposition that describes someone else: 'Quillby and Marlow, an affiliated firm' after a
    pair is the last one's (the parser hangs it on the first); 'Judge Ola Berg, prosecutors and
    defence lawyers' is a list, and a plural never describes one person; a description with a
    name of its own is that name's."""
    if any(c.dep_ == "conj" and root.i < c.i < appos.i for c in root.children):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ for c in appos.children):
        return True  # 'Quillby, the shipping line Marlow Lines, and ...': it names the next one in a list
    return draft.kind == PartyKind.PERSON and appos.tag_ in ("NNS", "NNPS")


def _relative_clause_body(parsed: ParsedArticle, index: PartyIndex, noun: Token, draft: Draft) -> Draft | None:
    """'a former nurse who has led the service's panel': the body named in the clause."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in _ROLE_VERBS):
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return affiliation_in(parsed, index, list(obj.subtree), draft)
    return None


def _true_head(head: Token) -> Token:
    """spaCy often hangs 'the wing of X, the Y' on X; the apposition is to 'wing'."""
    if head.ent_type_ and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of":
        noun = head.head.head
        if noun.pos_ == "NOUN" and not noun.ent_type_:
            return noun
    return head


def _trim(tokens: list[Token]) -> list[Token]:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "prep")):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens
