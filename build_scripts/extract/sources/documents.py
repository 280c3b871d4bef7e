"""Documents a report relies on: 'The inquiry report ... makes 41 recommendations', 'In its final
report, the commission said', 'a letter filed in federal court', 'polls from X and Y show'; named
after the body that issued them where the text says which."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import SourceKind
from ...names import clean_name
from ..doc import ParsedArticle, cited_for, entity_at, span_text
from ..drafts import SourceMention
from ..lexicon import (
    CITED_DOCUMENT_NOUNS,
    FIGURE_DOCUMENT_NOUNS,
    FINDING_VERBS,
    GENERIC_DOCUMENT_MODIFIERS,
    REPORT_WORDS,
    REPORTING_VERBS,
)
from ..resources import word_set

__all__ = ["documents_cited"]

_PLACE_PREPOSITIONS = word_set("sources_place_prepositions")


def documents_cited(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    """A document the article relies on: 'The inquiry report ... makes 41 recommendations', 'In
    its final report, the commission said', 'in a letter filed in federal court, the agency
    confirmed', 'A report published by the Observatory found', 'polls from X and Y show'."""
    out: list[SourceMention] = []
    for token in sent:
        lemma = token.lemma_.lower()
        # a title-case "the Harbour News Poll"; but "the Berg Inquiry" is a body
        named = token.pos_ == "PROPN" and lemma in FIGURE_DOCUMENT_NOUNS
        if (
            not (token.pos_ == "NOUN" or named)
            or parsed.token_in_quote(token)
            or not (lemma in REPORT_WORDS or lemma in CITED_DOCUMENT_NOUNS or token.lower_ in CITED_DOCUMENT_NOUNS)
        ):
            continue
        if not (_document_says(token) and _specific(token)):
            continue
        authors = _authors(token)
        if authors:
            out.extend(
                SourceMention(
                    name=clean_name(ent.text),
                    kind=SourceKind.REPORT,
                    cited_for=cited_for(sent),
                    paragraph=parsed.paragraph_of(token),
                    start=ent.start_char,
                    end=ent.end_char,
                )
                for ent in authors
            )
            continue
        tokens = _document_phrase(token)
        if len(tokens) < 2:
            continue
        name = clean_name(span_text(tokens))
        issuer = _issuer(token)
        if issuer and not name.lower().startswith(issuer.lower()):
            name = f"{issuer} {name}"  # "In a letter filed in court, the agency said": the agency's letter
        out.append(
            SourceMention(
                name=name,
                kind=SourceKind.REPORT,
                cited_for=cited_for(sent),
                paragraph=parsed.paragraph_of(token),
                start=tokens[0].idx,
                end=tokens[-1].idx + len(tokens[-1]),
            )
        )
    return out


def _document_says(token: Token) -> bool:
    """The document is what speaks: the subject of a finding verb ('the audit found'), or the
    place a claim is made in ('In a letter ..., the agency said')."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return token.head.lemma_ in FINDING_VERBS
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "from"):
        verb = token.head.head
        if verb.pos_ == "VERB" and (token.head.i < verb.i or verb.lemma_ in FINDING_VERBS | REPORTING_VERBS):
            return True
        # "the approval rating in the Harbour News poll": a named poll or survey holds the figure
        return token.lemma_.lower() in FIGURE_DOCUMENT_NOUNS and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
        )
    return False


def _issuer(token: Token) -> str | None:
    """The organisation that speaks in a document: the subject of 'In a letter ..., X said'."""
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    ent = entity_at(subject)
    return clean_name(ent.text) if ent is not None and ent.label_ == "ORG" and ent.end - 1 == subject.i else None


def _specific(token: Token) -> bool:
    """'the 2019 audit', 'a letter filed in court', 'the board's report': not 'the new report'."""
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ not in GENERIC_DOCUMENT_MODIFIERS:
            return True
        if child.dep_ == "compound" or (child.dep_ == "poss" and child.pos_ != "PRON"):
            return True
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return True
    return False


def _authors(token: Token) -> list[Span]:
    """Who issued a document: 'published by the Observatory', 'polls from X and Y'."""
    objects = [
        obj
        for acl in token.children
        if acl.dep_ == "acl"
        for agent in acl.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]
    objects += [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    objects += [c for obj in objects for c in obj.conjuncts]
    found = []
    for obj in objects:
        ent = entity_at(obj)
        ent = ent if ent is not None and ent.label_ in ("ORG", "PERSON") else None
        if (
            ent is not None
            and ent.start >= 2
            and ent.doc[ent.start - 1].text == "/"
            and ent.doc[ent.start - 2].pos_ == "PROPN"
        ):
            ent = Span(ent.doc, ent.start - 2, ent.end, label=ent.label_)  # "X/ORC": a joint poll
        if ent is not None and ent not in found:
            found.append(ent)
    return found


def _document_phrase(token: Token) -> list[Token]:
    """'Inspector General report', 'letter filed in federal court': the modifiers that tell the
    document apart (not 'new' or 'latest', no article or possessive pronoun) and, for a document
    with no name of its own, a participle saying where it was filed or published."""
    modifiers = [
        c
        for c in token.lefts
        if (c.dep_ in ("compound", "poss") and c.pos_ != "PRON")
        or (c.dep_ == "amod" and c.lower_ not in GENERIC_DOCUMENT_MODIFIERS)
    ]
    tokens = {
        t
        for m in modifiers
        for t in m.subtree
        if t.dep_ not in ("det", "case") and not (t.dep_ == "poss" and t.pos_ == "PRON")
    } | {token}
    if not any(m.dep_ in ("compound", "poss") for m in modifiers):
        participles = [c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
        participles += [c for p in participles for c in p.conjuncts if c.tag_ == "VBN"]
        placed = [
            p for p in participles if any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS for c in p.children)
        ]
        for acl in placed[:1]:  # "a letter dated May 2 and filed in court": where it was filed
            tokens.add(acl)
            tokens.update(
                t for c in acl.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS for t in c.subtree
            )
    ordered = sorted(tokens, key=lambda t: t.i)
    run = [t for i, t in enumerate(ordered) if i == 0 or t.i - ordered[i - 1].i == 1 or t.i > token.i]
    run = [t for t in run if t.i - run[0].i < 12]
    while run and (run[-1].is_punct or run[-1].dep_ in ("cc", "prep")):
        run.pop()
    return run
