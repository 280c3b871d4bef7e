"""Sources: the outlets, reports and anonymous informants an article cites, and what for."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import SourceKind
from .doc import ParsedArticle, span_text, subject_of
from ..names import clean_name
from .drafts import SourceMention
from .lexicon import AGENCY_WORDS, ANONYMITY_CUES, OUTLET_WORDS, REPORT_WORDS

# Verbs after which an organisation named as the object is the outlet that carried the words.
_OUTLET_OBJECT_VERBS = frozenset({"tell", "speak", "talk", "say"})


# 'WEXMOOR, Tarvonia, May 3 (Harbour Wire) -': the wire service a report's dateline credits
# the place is in capitals: "The chief (Ola Berg) - who ..." credits no one
DATELINE_CREDIT = re.compile(r"^[A-Z][A-Z.'-]{2,}(?:[ ,][\w .,'-]{0,45}?)?\s*\(([A-Z][\w .&-]{1,40})\)\s*[-\u2013\u2014]")


def find_sources(parsed: ParsedArticle) -> list[SourceMention]:
    found: list[SourceMention] = _wire_credits(parsed)
    for doc in parsed.docs:
        for sent in doc.sents:
            if all(parsed.token_in_quote(t) for t in sent if not t.is_punct):
                continue
            found.extend(_according_to(parsed, sent))
            found.extend(_outlet_objects(parsed, sent))
            found.extend(_anonymous(parsed, sent))
            found.extend(_documents(parsed, sent))
            found.extend(_officials(parsed, sent))
    return found


def _wire_credits(parsed: ParsedArticle) -> list[SourceMention]:
    """The agency or outlet a dateline credits with the report: the source of all of it."""
    found = []
    for index, text in enumerate(parsed.article.paragraphs[:3]):
        match = DATELINE_CREDIT.match(text)
        if match:
            name = match.group(1).strip()
            kind = SourceKind.NEWS_OUTLET if is_outlet_name(name) and not _is_agency_name(name) else SourceKind.AGENCY
            rest = " ".join(text[match.end():].split())
            cited = "the report: " + (rest if len(rest) <= 200 else rest[:197].rsplit(" ", 1)[0] + "\u2026")
            found.append(SourceMention(name, kind, cited, index, match.start(1), match.end(1)))
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
    """'speaking to Radio Meridian', 'told the Courier', 'in an interview with the Times'."""
    out = []
    for ent in sent.ents:
        if ent.label_ not in ("ORG", "PERSON", "WORK_OF_ART") or parsed.token_in_quote(ent.root):
            continue
        if ent.label_ != "ORG":
            ent = _outlet_span(ent)
            if ent is None:
                continue
        root = ent.root
        head = root.head
        via_object = root.dep_ in ("dobj", "dative") and head.lemma_ in _OUTLET_OBJECT_VERBS
        via_prep = (root.dep_ == "pobj" and head.lower_ in ("to", "with")
                    and (head.head.lemma_ in _OUTLET_OBJECT_VERBS or head.head.lemma_ == "interview"))
        if via_object or via_prep or is_outlet_name(ent.text):
            kind = SourceKind.AGENCY if _is_agency_name(ent.text) else SourceKind.NEWS_OUTLET
            if via_object or via_prep or _reports_something(ent):
                out.append(_mention(parsed, ent, kind, sent))
    return out


_PERSON_SOURCE_NOUNS = frozenset("""person people official officials source sources diplomat diplomats aide aides
spokesman spokeswoman spokesperson insider insiders executive executives member members adviser advisers
advisor advisors officer officers employee employees staffer staffers analyst negotiator negotiators""".split())
_OFFICIAL_SUBJECTS = frozenset("""office ministry department spokesman spokeswoman spokesperson police prosecutors
authorities government presidency embassy""".split())


def _anonymous(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    """'a person familiar with the talks who spoke to Radio X on condition of anonymity': the
    informant is the noun the anonymity clause describes, not the sentence's subject."""
    lowered = sent.text.lower()
    if not any(cue in lowered for cue in ANONYMITY_CUES):
        return []
    cue = next((t for t in sent if t.lower_ in ("anonymity", "anonymously", "named", "identified", "authorized",
                                              "authorised") and not parsed.token_in_quote(t)), None)
    if cue is None:
        return []
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head  # "a senior official, speaking to X on condition of anonymity"
    elif verb.dep_ == "relcl":
        head = verb.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "ADJ"):
            head = head.head.head  # "a person close to the board who spoke": the person
        if head.pos_ == "ADJ":
            head = head.head
    else:
        head = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if head is None:
            head = subject_of(verb)
    if head is None or head.pos_ == "PRON" or parsed.token_in_quote(head) or head.lemma_.lower() not in _PERSON_SOURCE_NOUNS:
        return []
    tokens = _noun_phrase_tokens(head, keep_participles=True)
    return [SourceMention(span_text(tokens), SourceKind.ANONYMOUS, _cited_for(sent, parsed),
                          parsed.paragraph_of(head), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))]


def _documents(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    """A report the article relies on: 'The inquiry report ... makes 41 recommendations', 'In its
    final report, the commission said', 'A report published by the Observatory found'."""
    out = []
    for token in sent:
        if token.lemma_.lower() not in REPORT_WORDS or token.pos_ != "NOUN" or parsed.token_in_quote(token):
            continue
        cited = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ == "in"
                                                        and token.head.head.pos_ == "VERB" and token.head.i < token.head.head.i)
        specific = any(c.dep_ in ("compound", "amod", "poss") or (c.dep_ == "acl" and c.tag_ == "VBN") for c in token.children)
        if not (cited and specific):
            continue
        author = next((obj for acl in token.children if acl.dep_ == "acl" for agent in acl.children
                       if agent.dep_ == "agent" for obj in agent.children if obj.dep_ == "pobj" and obj.ent_type_ == "ORG"), None)
        if author is not None:
            ent = next(e for e in sent.ents if e.start <= author.i < e.end)
            out.append(SourceMention(clean_name(ent.text), SourceKind.REPORT, _cited_for(sent, parsed),
                                     parsed.paragraph_of(token), ent.start_char, ent.end_char))
            continue
        words = [c for c in token.lefts if c.dep_ in ("compound", "amod")] + [token]
        tokens = sorted(set(t for w in words for t in w.subtree if t.i <= token.i and t.dep_ not in ("det", "poss", "case")),
                        key=lambda t: t.i)
        out.append(SourceMention(span_text(tokens), SourceKind.REPORT, _cited_for(sent, parsed),
                                 parsed.paragraph_of(token), tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    return out


def _officials(parsed: ParsedArticle, sent: Span) -> list[SourceMention]:
    """'..., the presidential office said': an unnamed official body speaking."""
    out = []
    for token in sent:
        if token.lemma_ not in ("say", "announce", "confirm", "state") or parsed.token_in_quote(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in _OFFICIAL_SUBJECTS or subject.ent_type_:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue
        tokens = sorted((t for t in subject.subtree if t.i <= subject.i), key=lambda t: t.i)
        out.append(SourceMention(span_text(tokens), SourceKind.OFFICIAL, _cited_for(sent, parsed),
                                 parsed.paragraph_of(subject), tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    return out


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
        elif is_outlet_name(ent.text) or ent.label_ == "WORK_OF_ART":
            kind = SourceKind.NEWS_OUTLET
        else:
            kind = SourceKind.OTHER  # a body that is cited: it stays a party too
        return _mention(parsed, ent, kind, sent)
    tokens = phrase
    words = {t.lower_ for t in tokens}
    if head.pos_ == "PRON" or not tokens:
        return None
    lowered = sent.text.lower()
    if head.lemma_.lower() in _PERSON_SOURCE_NOUNS and any(cue in lowered for cue in ANONYMITY_CUES):
        return None  # the anonymous informant: _anonymous names it
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


def _noun_phrase_tokens(head: Token, keep_participles: bool = False) -> list[Token]:
    """The noun phrase under head, cut before a clause or an appositive that follows it (also
    inside its prepositional phrases: 'a person close to the board who spoke ...')."""
    tokens = [head]
    for token in head.subtree:
        if token.i < head.i:
            tokens.append(token)
    for child in head.rights:
        participle = keep_participles and child.dep_ == "acl" and child.tag_ == "VBN"
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl") and not participle:
            break
        tokens.extend(_without_clauses(child))
    tokens = sorted(set(tokens), key=lambda t: t.i)
    # keep the contiguous run that holds the head
    run = [t for t in tokens if abs(t.i - head.i) <= len(tokens)]
    return [t for t in run if not t.is_punct or t.text in "-\u2019'&"]


def _without_clauses(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ in ("relcl", "advcl") or (child.dep_ == "acl" and child.tag_ != "VBN") or child.dep_ == "npadvmod":
            continue
        out.extend(_without_clauses(child))
    return out


def _mention(parsed: ParsedArticle, ent: Span, kind: SourceKind, sent: Span) -> SourceMention:
    return SourceMention(clean_name(ent.text), kind, _cited_for(sent, parsed), parsed.paragraph_of(ent),
                         ent.start_char, ent.end_char)


def _cited_for(sent: Span, parsed: ParsedArticle) -> str:
    text = " ".join(sent.text.split())
    return text if len(text) <= 240 else text[:237].rsplit(" ", 1)[0] + "\u2026"


def _outlet_span(ent: Span) -> Span | None:
    """spaCy sometimes sees only 'Gazette' of 'the Quillby Gazette', and as a person."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    span = Span(doc, start, ent.end, label="ORG")
    return span if is_outlet_name(span.text) else None


def is_outlet_name(text: str) -> bool:
    """A news organisation's name: 'Valley Gazette', 'Radio Tamsin', 'Agence France-Presse'.
    A government 'Rivers Agency' is not one."""
    words = [w.lower() for w in re.split(r"[\s-]+", text)]
    return bool(words) and (words[-1] in OUTLET_WORDS or bool(set(words) & {"news", "press", "presse", "agence"})
                            or words[0] == "radio")


def _is_agency_name(text: str) -> bool:
    return bool({w.lower() for w in text.split()} & AGENCY_WORDS)


def _reports_something(ent: Span) -> bool:
    return ent.root.dep_ in ("nsubj", "pobj", "dobj") or ent.root.head.lemma_ in ("report", "say")
