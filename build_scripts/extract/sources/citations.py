"""Sources: the outlets, documents, bodies and informants an article cites, and what for.

This module runs the rules over each sentence and holds those for wire credits, "according to",
documents and embedded posts; outlets and programmes are media.py's, unnamed informants
informants.py's, and posts (which need the article's parties) posts.py's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...model import SourceKind
from ...names import clean_name
from ..doc import ParsedArticle, according_to, cited_for, entity_at, noun_phrase_tokens, span_text
from ..drafts import SourceMention
from ..lexicon import (
    ANONYMITY_CUES,
    CITED_DOCUMENT_NOUNS,
    FIGURE_DOCUMENT_NOUNS,
    FINDING_VERBS,
    GENERIC_DOCUMENT_MODIFIERS,
    INFORMANT_NOUNS,
    OUTLET_NOUNS,
    REPORT_WORDS,
    REPORTING_VERBS,
)
from ..resources import word_set
from .informants import Informants
from .media import Outlets, is_agency_name, is_outlet_name, programmes

__all__ = ["BOILERPLATE", "DATELINE_CREDIT", "EMBED", "EMBEDDED_POST_PREFIX", "find_sources"]

# 'WEXMOOR, Tarvonia, May 3 (Harbour Wire) -': the wire service a report's dateline credits
# the place is in capitals: "The chief (Ola Berg) - who ..." credits no one
DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Z.'-]{2,}(?:[ ,][\w .,'-]{0,45}?)?\s*\(([A-Z][\w .&-]{1,40})\)\s*[-\u2013\u2014]"
)


# Lines that credit the page, not a claim: "Carlos Ruiz / Harbour Wire.", "Follow Ola on
# Twitter", "As published in the Courier", "(Photo: ...)", "By Ola Berg".
BOILERPLATE = re.compile(
    r"^\s*(?:follow\b|as published (?:in|on|by)\b|this (?:article|story) (?:was )?(?:originally )?"
    r"(?:appeared|published|ran)\b|\(?(?:photo|image|picture)s?(?: credit)?\s*(?::|by\b)|by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*$"
    r"|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} ?/ ?[A-Z][\w.&' -]{1,40}\.?\s*$)",
    re.IGNORECASE,
)


def find_sources(parsed: ParsedArticle) -> list[SourceMention]:
    found: list[SourceMention] = _wire_credits(parsed)
    informants, outlets = Informants(parsed), Outlets(parsed)
    for credit in found:
        outlets.note(credit)
    for doc in parsed.docs:
        if _is_headline(parsed, doc.user_data["paragraph"]):
            continue  # a headline's words are the body's, said again and shortened
        for programme in programmes(parsed, doc):
            outlets.note(programme)
            found.append(programme)
        for sent in doc.sents:
            if BOILERPLATE.match(sent.text) or all(parsed.token_in_quote(t) for t in sent if not t.is_punct):
                continue
            found.extend(_according_to(parsed, sent))
            found.extend(outlets.in_sentence(sent))
            found.extend(informants.in_sentence(sent))
            found.extend(_documents(parsed, sent))
    found += outlets.waiting() + _embedded_posts(parsed)
    return _outermost(found)


# A post embedded in the page, which copy scraped from the web keeps as a placeholder tag.
# named only by what they are: each is its own report's ("embedded tweet"), like an anonymous informant
EMBEDDED_POST_PREFIX = "embedded "
EMBED = re.compile(r"^\s*<\s*(tweet|twitter|instagram|facebook|youtube|tiktok)\b[^>]*>", re.IGNORECASE)
_EMBED_NAMES = {"tweet": EMBEDDED_POST_PREFIX + "tweet", "twitter": EMBEDDED_POST_PREFIX + "tweet"}


def _embedded_posts(parsed: ParsedArticle) -> list[SourceMention]:
    out = []
    for index, text in enumerate(parsed.article.paragraphs):
        match = EMBED.match(text)
        if match:
            network = match.group(1).lower()
            name = _EMBED_NAMES.get(network, f"{EMBEDDED_POST_PREFIX}{network.capitalize()} post")
            out.append(
                SourceMention(
                    name=name,
                    kind=SourceKind.STATEMENT,
                    cited_for="a post embedded in the report",
                    paragraph=index,
                    start=match.start(1),
                    end=match.end(1),
                )
            )
    return out


def _is_headline(parsed: ParsedArticle, paragraph: int) -> bool:
    words = re.findall(r"\w+", parsed.article.title.lower())
    return paragraph == 0 and bool(words) and re.findall(r"\w+", parsed.article.paragraphs[0].lower()) == words


def _outermost(found: list[SourceMention]) -> list[SourceMention]:
    """A name inside a longer cited name is cited as part of it: the outlet of 'the Courier's
    poll' or of 'Harbour TV's "Morning Desk"' is not cited again on its own. One sweep over the
    mentions in text order, so a report with thousands of them stays quick."""
    inner = set()
    widest: dict[int, SourceMention] = {}  # per paragraph, the mention reaching furthest so far
    for index, m in sorted(enumerate(found), key=lambda e: (e[1].paragraph, e[1].start, -e[1].end)):
        best = widest.get(m.paragraph)
        if best is not None and (best.end > m.end or (best.end == m.end and best.start < m.start)):
            inner.add(index)
        elif best is None or m.end > best.end:
            widest[m.paragraph] = m
    return [m for index, m in enumerate(found) if index not in inner]


def _wire_credits(parsed: ParsedArticle) -> list[SourceMention]:
    """The agency or outlet a dateline credits with the report: the source of all of it."""
    found = []
    for index, text in enumerate(parsed.article.paragraphs[:3]):
        match = DATELINE_CREDIT.match(text)
        if match:
            name = match.group(1).strip()
            kind = SourceKind.NEWS_OUTLET if is_outlet_name(name) and not is_agency_name(name) else SourceKind.AGENCY
            rest = " ".join(text[match.end() :].split())
            cited = "the report: " + (rest if len(rest) <= 200 else rest[:197].rsplit(" ", 1)[0] + "\u2026")
            found.append(
                SourceMention(
                    name=name, kind=kind, cited_for=cited, paragraph=index, start=match.start(1), end=match.end(1)
                )
            )
    return found


def _according_to(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    out = []
    for obj in according_to(sent):
        if parsed.token_in_quote(obj):
            continue
        mention = _noun_phrase_source(parsed, obj, sent)
        if mention:
            out.append(mention)
    return out


_PLACE_PREPOSITIONS = word_set("sources_place_prepositions")
_OFFICIAL_WORDS = word_set("official_words")


def _documents(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
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


def _noun_phrase_source(parsed: ParsedArticle, head: Token, sent: Span) -> SourceMention | None:
    ent = entity_at(head)
    phrase = noun_phrase_tokens(head)
    beyond = [t for t in phrase if ent is not None and t.i >= ent.end]
    if ent is not None and beyond and {t.lower_ for t in phrase} & REPORT_WORDS:
        ent = None  # "the Costs of X project at Y University": the whole phrase names the source
    if ent is not None and ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "FAC"):
        words = {w.lower() for w in ent.text.split()}
        if ent.label_ == "PERSON":
            kind = SourceKind.OTHER  # a person cited by name: an expert, a witness, an official
        elif is_agency_name(ent.text):
            kind = SourceKind.AGENCY
        elif words & REPORT_WORDS:
            kind = SourceKind.REPORT
        elif is_outlet_name(ent.text) or ent.label_ == "WORK_OF_ART":
            kind = SourceKind.NEWS_OUTLET
        else:
            kind = SourceKind.OTHER  # a body that is cited: it stays a party too
        return _mention(parsed, ent, kind, sent)
    tokens = phrase
    words = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    if (
        head.pos_ == "PRON"
        or not tokens
        or (head.lemma_.lower() in OUTLET_NOUNS and not any(t.pos_ == "PROPN" for t in tokens))
    ):
        return None  # "according to the outlet": one named before, cited there
    lowered = sent.text.lower()
    if head.lemma_.lower() in INFORMANT_NOUNS and any(cue in lowered for cue in ANONYMITY_CUES):
        return None  # the anonymous informant: informants.py names it
    text = span_text(tokens)
    if is_outlet_name(text):
        kind = SourceKind.AGENCY if is_agency_name(text) else SourceKind.NEWS_OUTLET
    elif words & REPORT_WORDS:
        kind = SourceKind.REPORT
    elif words & _OFFICIAL_WORDS:
        kind = SourceKind.OFFICIAL
    elif words & {"statement"}:
        kind = SourceKind.STATEMENT
    else:
        kind = SourceKind.OTHER
    while tokens and (
        tokens[0].dep_ == "det" or (tokens[0].dep_ == "amod" and tokens[0].lower_ in GENERIC_DOCUMENT_MODIFIERS)
    ):
        tokens = tokens[1:]  # "a new poll": the poll
    if not tokens:
        return None
    return SourceMention(
        name=clean_name(span_text(tokens)),
        kind=kind,
        cited_for=cited_for(sent),
        paragraph=parsed.paragraph_of(head),
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1]),
    )


def _mention(parsed: ParsedArticle, ent: Span, kind: SourceKind, sent: Span) -> SourceMention:
    return SourceMention(
        name=clean_name(ent.text),
        kind=kind,
        cited_for=cited_for(sent),
        paragraph=parsed.paragraph_of(ent),
        start=ent.start_char,
        end=ent.end_char,
    )
