"""Sources: the outlets, reports and anonymous informants an article cites, and what for."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import SourceKind
from .doc import ParsedArticle, clean_name, span_text
from .lexicon import AGENCY_WORDS, ANONYMITY_CUES, OUTLET_WORDS, REPORT_WORDS

# Verbs after which an organisation named as the object is the outlet that carried the words.
_OUTLET_OBJECT_VERBS = frozenset({"tell", "speak", "talk", "say"})


@dataclass(frozen=True)
class SourceMention:
    name: str
    kind: SourceKind
    cited_for: str
    paragraph: int
    start: int  # character range of the name in the paragraph: not a party mention
    end: int


def find_sources(parsed: ParsedArticle) -> list[SourceMention]:
    found: list[SourceMention] = []
    for doc in parsed.docs:
        for sent in doc.sents:
            if all(parsed.token_in_quote(t) for t in sent if not t.is_punct):
                continue
            found.extend(_according_to(parsed, sent))
            found.extend(_outlet_objects(parsed, sent))
            found.extend(_anonymous(parsed, sent))
    return found


def _according_to(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    out = []
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            for obj in objects:
                if parsed.token_in_quote(obj):
                    continue
                mention = _noun_phrase_source(parsed, obj, sent)
                if mention:
                    out.append(mention)
    return out


def _outlet_objects(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    """'speaking to Al Jazeera', 'told Reuters', 'in an interview with the Times'."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "ORG" or parsed.token_in_quote(ent.root):
            continue
        root = ent.root
        head = root.head
        via_object = root.dep_ in ("dobj", "dative") and head.lemma_ in _OUTLET_OBJECT_VERBS
        via_prep = (root.dep_ == "pobj" and head.lower_ in ("to", "with")
                    and (head.head.lemma_ in _OUTLET_OBJECT_VERBS or head.head.lemma_ == "interview"))
        if via_object or via_prep or _is_outlet_name(ent.text):
            kind = SourceKind.AGENCY if _is_agency_name(ent.text) else SourceKind.NEWS_OUTLET
            if via_object or via_prep or _reports_something(ent):
                out.append(_mention(parsed, ent, kind, sent))
    return out


def _anonymous(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    lowered = sent.text.lower()
    if not any(cue in lowered for cue in ANONYMITY_CUES):
        return []
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or parsed.token_in_quote(subject):
        return []
    tokens = _noun_phrase_tokens(subject)
    name = span_text(tokens)
    return [SourceMention(name[:1].upper() + name[1:], SourceKind.ANONYMOUS, _cited_for(sent, parsed),
                          parsed.paragraph_of(subject), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))]


def _noun_phrase_source(parsed: ParsedArticle, head: Token, sent: Span) -> SourceMention | None:
    ent = next((e for e in sent.ents if e.start <= head.i < e.end), None)
    phrase = _noun_phrase_tokens(head)
    beyond = [t for t in phrase if ent is not None and t.i >= ent.end]
    if ent is not None and beyond and {t.lower_ for t in phrase} & REPORT_WORDS:
        ent = None  # "the Costs of X project at Y University": the whole phrase names the source
    if ent is not None and ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "FAC"):
        words = {w.lower() for w in ent.text.split()}
        if ent.label_ == "PERSON":
            kind = SourceKind.OFFICIAL
        elif words & AGENCY_WORDS:
            kind = SourceKind.AGENCY
        elif words & REPORT_WORDS:
            kind = SourceKind.REPORT
        elif _is_outlet_name(ent.text) or ent.label_ == "WORK_OF_ART":
            kind = SourceKind.NEWS_OUTLET
        else:
            kind = SourceKind.OTHER  # a body that is cited: it stays a party too
        return _mention(parsed, ent, kind, sent)
    tokens = phrase
    words = {t.lower_ for t in tokens}
    if head.pos_ == "PRON" or not tokens:
        return None
    if words & REPORT_WORDS:
        kind = SourceKind.REPORT
    elif words & {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister"}:
        kind = SourceKind.OFFICIAL
    elif words & {"statement"}:
        kind = SourceKind.STATEMENT
    else:
        kind = SourceKind.OTHER
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    if not tokens:
        return None
    return SourceMention(clean_name(span_text(tokens)), kind, _cited_for(sent, parsed),
                         parsed.paragraph_of(head), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _noun_phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase under head, cut before a clause or an appositive that follows it."""
    tokens = [head]
    for token in head.subtree:
        if token.i < head.i:
            tokens.append(token)
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        tokens.extend(child.subtree)
    tokens = sorted(set(tokens), key=lambda t: t.i)
    # keep the contiguous run that holds the head
    run = [t for t in tokens if abs(t.i - head.i) <= len(tokens)]
    return [t for t in run if not t.is_punct or t.text in "-\u2019'&"]


def _mention(parsed: ParsedArticle, ent: Span, kind: SourceKind, sent: Span) -> SourceMention:
    return SourceMention(clean_name(ent.text), kind, _cited_for(sent, parsed), parsed.paragraph_of(ent),
                         ent.start_char, ent.end_char)


def _cited_for(sent: Span, parsed: ParsedArticle) -> str:
    text = " ".join(sent.text.split())
    return text if len(text) <= 240 else text[:237].rsplit(" ", 1)[0] + "\u2026"


def _is_outlet_name(text: str) -> bool:
    words = [w.lower() for w in text.split()]
    return bool(words) and words[-1] in OUTLET_WORDS | AGENCY_WORDS


def _is_agency_name(text: str) -> bool:
    return bool({w.lower() for w in text.split()} & AGENCY_WORDS)


def _reports_something(ent: Span) -> bool:
    return ent.root.dep_ in ("nsubj", "pobj", "dobj") or ent.root.head.lemma_ in ("report", "say")
