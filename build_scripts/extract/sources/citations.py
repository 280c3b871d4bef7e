"""Sources: the outlets, documents, bodies and informants an article cites, and what for.

This module runs the rules over each sentence and holds those for wire credits, "according to"
and embedded posts; documents are documents.py's, outlets and programmes media.py's, unnamed
informants informants.py's, and posts (which need the article's parties) posts.py's.
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
    GENERIC_DOCUMENT_MODIFIERS,
    INFORMANT_NOUNS,
    OUTLET_NOUNS,
    REPORT_WORDS,
)
from ..resources import word_set
from .documents import documents_cited
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
            found.extend(documents_cited(parsed, sent))
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
    """The agency or outlet a dateline credits with the report: the source of all of it. The
    dateline opens one of the report's first three paragraphs, after the page's own lines (a
    pasted page's menu, stamp and photo are blank paragraphs here)."""
    found = []
    opening = [(i, text) for i, text in enumerate(parsed.article.paragraphs) if text.strip()][:3]
    for index, text in opening:
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


_OFFICIAL_WORDS = word_set("official_words")


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
    owner = _outlet_owner(head)
    if owner:
        # "the Varnholm Gate website", "the Harbour Times newspaper": the name is the outlet's
        kind = SourceKind.OTHER if head.lemma_.lower() in _SHARED_OUTLET_NOUNS else SourceKind.NEWS_OUTLET
        return _span_mention(parsed, owner, kind, sent)
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


_SHARED_OUTLET_NOUNS = word_set("sources_shared_outlet_nouns")  # a company's website is its own voice


def _outlet_owner(head: Token) -> list[Token]:
    """The name before an outlet's noun: 'Varnholm Gate' of 'the Varnholm Gate website'."""
    if head.lemma_.lower() not in OUTLET_NOUNS:
        return []
    name = next((t for t in head.lefts if t.i == head.i - 1 and t.dep_ == "compound" and t.pos_ == "PROPN"), None)
    tokens = list(name.subtree) if name is not None else []
    return tokens if tokens and all(t.pos_ == "PROPN" for t in tokens) else []


def _span_mention(parsed: ParsedArticle, tokens: list[Token], kind: SourceKind, sent: Span) -> SourceMention:
    return SourceMention(
        name=clean_name(span_text(tokens)),
        kind=kind,
        cited_for=cited_for(sent),
        paragraph=parsed.paragraph_of(tokens[0]),
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
