"""Direct quotations and who said them.

Quoted spans come from the marks (quotemarks.py); this module decides which spans are speech
(not scare quotes or titles), finds statements read out as unquoted paragraphs after a colon,
and attributes each quote: a reporting verb's subject in the same sentence, a pronoun or a
description resolved to a party, or the previous speaker for a continuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Attribution, PartyKind
from .coref import antecedent
from .describe import resolve_description
from .doc import ParsedArticle, subject_of
from .lexicon import (DOCUMENT_NOUNS, LABEL_CUES, LIST_NOUNS, LIST_VERBS, PRONOUNS_GROUP, PRONOUNS_PERSON,
                      SPEECH_VERBS, SPOKES_NOUNS)
from .parties import Draft, PartyIndex, party_at
from .quotemarks import QuotedSpan
from .sources import SourceMention

_MAX_BLOCK_PARAGRAPHS = 10
_STARTS_WITH_MARK = re.compile(r"^\s*(``|[\"\u201c\u201e\u00ab\u2018'])")


@dataclass(frozen=True)
class QuoteDraft:
    paragraph: int
    start: int
    text: str
    speaker: Draft | None
    attribution: Attribution
    cue: str | None
    via: str | None


@dataclass(frozen=True)
class Speaker:
    party: Draft | None
    attribution: Attribution
    cue: str | None


_NOBODY = Speaker(None, Attribution.UNATTRIBUTED, None)


def extract_quotes(parsed: ParsedArticle, index: PartyIndex, sources: list[SourceMention]) -> list[QuoteDraft]:
    drafts: list[QuoteDraft] = []
    blocks = _colon_blocks(parsed, index)
    statement_paragraphs = {p for intro, (kind, paras, who) in blocks.items() if kind == "statement" for p in paras}
    for intro, (kind, paras, who) in blocks.items():
        if kind == "statement" and paras:
            text = "\n".join(parsed.article.paragraphs[p] for p in paras)
            drafts.append(QuoteDraft(paras[0], 0, text, who.party, Attribution.STATEMENT, who.cue, None))
    list_speaker = {p: who for intro, (kind, paras, who) in blocks.items() if kind == "list" for p in paras}
    previous: QuoteDraft | None = None
    for span in parsed.spans:
        if span.paragraph in statement_paragraphs:
            continue
        text = span.text(parsed.article.paragraphs)
        if not _is_speech(parsed, span, text, span.paragraph in list_speaker):
            continue
        if span.paragraph in list_speaker:
            who = list_speaker[span.paragraph]
            speaker = Speaker(who.party, Attribution.LIST, who.cue)
        else:
            speaker = _attribute(parsed, index, span, previous, blocks)
        seg = span.segments[0]
        draft = QuoteDraft(seg.paragraph, seg.start, text, speaker.party, speaker.attribution, speaker.cue,
                           _via(parsed, span, sources))
        drafts.append(draft)
        previous = draft
    return sorted(drafts, key=lambda d: (d.paragraph, d.start))


# --- which quoted spans are speech -------------------------------------------------------------

def _is_speech(parsed: ParsedArticle, span: QuotedSpan, text: str, in_list: bool) -> bool:
    words = text.split()
    if not words or not re.search(r"[^\W\d_]{2,}", text):
        return False  # times, dates, numbers: "12:50 p.m.", "2016-11-07"
    seg = span.segments[0]
    before = parsed.article.paragraphs[seg.paragraph][: max(0, seg.start - 1)].split()[-2:]
    before = [w.lower().strip(",;:") for w in before]
    if before and (before[-1] in LABEL_CUES or before[-2:] == ["known", "as"]):
        return False
    if len(words) <= 6 and _looks_like_title(words):
        return False
    if len(words) >= 4 or in_list:
        return True
    return _governed_by_speech(parsed, seg)


def _looks_like_title(words: list[str]) -> bool:
    """'Meet the Press.', 'Rivers in Decline': capitalised words and no inner punctuation."""
    words = words[:-1] + [words[-1].rstrip(".,!?;:")]
    if any(re.search(r"[,;:!?.]$", w) for w in words[:-1]):
        return False
    content = [w for w in words if w.lower() not in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"}]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _governed_by_speech(parsed: ParsedArticle, seg) -> bool:
    """A short fragment counts when a reporting verb outside the marks governs it."""
    doc = parsed.docs[seg.paragraph]
    inside = [t for t in doc if seg.start <= t.idx < seg.end]
    if not inside:
        return False
    roots = [t for t in inside if not (seg.start <= t.head.idx < seg.end) or t.head is t]
    if any(t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.pos_ in ("NOUN", "PROPN") for t in roots):
        return False  # a label modifying a noun: one of the summer's "red flag" days
    token = roots[0] if roots else inside[0]
    if token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # a label inside a noun phrase: "the takedown of the 'dishonest media'"
    for _ in range(4):
        token = token.head
        if not (seg.start <= token.idx < seg.end) and token.lemma_ in SPEECH_VERBS:
            return True
        if token.head is token:
            break
    return False


# --- statements and lists read out after a colon --------------------------------------------------

def _colon_blocks(parsed: ParsedArticle, index: PartyIndex) -> dict[int, tuple[str, list[int], Speaker]]:
    paragraphs = parsed.article.paragraphs
    blocks = {}
    for i, text in enumerate(paragraphs):
        if not text.rstrip().endswith(":") or parsed.in_quote(i, len(text.rstrip()) - 1):
            continue
        sent = list(parsed.docs[i].sents)[-1]
        kind = "list" if _introduces_list(sent) else "statement" if _introduces_speech(parsed, sent) else None
        if kind is None:
            continue  # "(all times EDT):" introduces no one's words
        paras = []
        for j in range(i + 1, min(len(paragraphs), i + 1 + _MAX_BLOCK_PARAGRAPHS)):
            follower = paragraphs[j]
            if _STARTS_WITH_MARK.match(follower) or follower.rstrip().endswith(":") or _has_named_report(parsed, j, index):
                break
            if kind == "statement" and parsed.quoted[j]:
                break
            paras.append(j)
        blocks[i] = (kind, paras, _intro_speaker(parsed, index, sent))
    return blocks


def _introduces_speech(parsed: ParsedArticle, sent: Span) -> bool:
    return any(t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not parsed.token_in_quote(t) for t in sent) \
        or any(t.lemma_.lower() in DOCUMENT_NOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in sent)


def _introduces_list(sent: Span) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & LIST_NOUNS) and bool(lemmas & (LIST_VERBS | {"include", "be", "have"})) or bool(
        {t.lower_ for t in sent} & {"points", "highlights", "takeaways"})


def _has_named_report(parsed: ParsedArticle, paragraph: int, index: PartyIndex) -> bool:
    """A paragraph that reports someone's words in the third person is the reporter again,
    not the statement or the speaker's list any more."""
    for token in parsed.docs[paragraph]:
        if token.lemma_ in _REPORTING_VERBS and token.pos_ == "VERB" and not parsed.token_in_quote(token):
            subject = subject_of(token)
            first_person = subject is not None and (subject.lower_ in ("i", "we") or any(
                c.lower_ in ("our", "my") for c in subject.children))
            if subject is not None and not first_person:
                return True
    return False


# Speech verbs that also have everyday senses ("we will continue to farm") do not end a block.
_REPORTING_VERBS = SPEECH_VERBS - {"continue", "point", "put", "read", "call", "post", "answer", "note"}


def _intro_speaker(parsed: ParsedArticle, index: PartyIndex, sent: Span) -> Speaker:
    verb = sent.root
    subject = subject_of(verb)
    cue = verb.text
    if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS:
        cue = f"the {subject.lower_} {verb.text}"
        issuer = _document_issuer(parsed, index, sent, subject.lemma_.lower())
        return Speaker(issuer, Attribution.STATEMENT, cue)
    if subject is None:
        return Speaker(None, Attribution.UNATTRIBUTED, cue)
    return _resolve(parsed, index, subject, cue)


def _document_issuer(parsed: ParsedArticle, index: PartyIndex, sent: Span, noun: str) -> Draft | None:
    """'X released a statement ... The statement read:' -> X."""
    paragraph = parsed.paragraph_of(sent.root)
    candidates = [s for s in parsed.docs[paragraph].sents if s.start < sent.start]
    if paragraph > 0:
        candidates = list(parsed.docs[paragraph - 1].sents) + candidates
    for prior in reversed(candidates):
        for token in prior:
            if token.lemma_.lower() == noun and token.dep_ in ("dobj", "pobj", "nsubjpass"):
                verb = token.head if token.dep_ != "pobj" else token.head.head
                subject = subject_of(verb)
                if subject is not None:
                    speaker = _resolve(parsed, index, subject, None)
                    if speaker.party is not None:
                        return speaker.party
    return None


# --- attribution ----------------------------------------------------------------------------

def _frame(parsed: ParsedArticle, span: QuotedSpan) -> tuple[Span, ...]:
    """The sentences a quote stands in; for a wire-style quote also those of its last paragraph,
    where the cue after the closing mark is."""
    segments = {span.segments[0], span.segments[-1]}
    frame = [s for seg in sorted(segments, key=lambda g: g.paragraph) for s in parsed.docs[seg.paragraph].sents
             if s.start_char < seg.end and s.end_char > seg.start]
    last = span.segments[-1]
    following = next((s for s in parsed.docs[last.paragraph].sents if last.end <= s.start_char <= last.end + 3), None)
    if following is not None and following not in frame:
        frame.append(following)  # spaCy often ends the sentence at '...?"' before 'he asked.'
    return tuple(frame)


def _attribute(parsed, index, span: QuotedSpan, previous: QuoteDraft | None, blocks) -> Speaker:
    seg = span.segments[0]
    sentences = _frame(parsed, span)
    cues = [t for s in sentences for t in s if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")
            and not parsed.token_in_quote(t)]
    cues.sort(key=lambda t: _cue_rank(parsed, t, span))
    unresolved = None
    for cue in cues:
        subject = subject_of(cue)
        if subject is not None and subject.dep_ == "nsubjpass":
            continue  # "residents were told": the subject is the addressee, not the speaker
        if subject is not None and not parsed.token_in_quote(subject):
            speaker = _resolve(parsed, index, subject, cue.text)
            if speaker.party is not None:
                return speaker
            unresolved = unresolved or speaker
    if unresolved is not None:
        return unresolved
    cited = _according_to_party(parsed, index, sentences)
    if cited is not None:
        return Speaker(cited, Attribution.EXPLICIT, "according to")
    if previous is not None and previous.paragraph == seg.paragraph and previous.speaker is not None:
        return Speaker(previous.speaker, previous.attribution, previous.cue)
    intro = blocks.get(seg.paragraph - 1)
    if intro is not None and _starts_paragraph(parsed, seg):
        return intro[2]
    if previous is not None and previous.paragraph == seg.paragraph - 1 and _starts_paragraph(parsed, seg) \
            and not _outside_words(parsed, seg.paragraph):
        return Speaker(previous.speaker, previous.attribution, previous.cue)
    for sent in sentences:
        subject = subject_of(sent.root)
        if subject is not None and not parsed.token_in_quote(subject):
            speaker = _resolve(parsed, index, subject, _verb_phrase(sent.root))
            if speaker.party is not None:
                return speaker
    introduced = _introducing_person(parsed, index, seg)
    if introduced is not None:
        return Speaker(introduced, Attribution.EXPLICIT, None)
    return _NOBODY


def _introducing_person(parsed: ParsedArticle, index: PartyIndex, seg) -> Draft | None:
    """'X lost her home in the fire. "We had a text..."': a quote with no cue that follows a
    sentence about a person speaks in that person's voice."""
    doc = parsed.docs[seg.paragraph]
    before = [s for s in doc.sents if s.end_char <= seg.start]
    if not before:
        return None
    subject = subject_of(before[-1].root)
    if subject is None:
        return None
    party = _party_of_phrase(parsed, index, subject)
    return party if party is not None and party.kind == PartyKind.PERSON else None


def _verb_phrase(verb: Token) -> str:
    """'has made it clear', not just 'made': the verb with a short adjectival complement."""
    tail = [t for t in verb.doc[verb.i + 1: verb.i + 3]]
    for n, token in enumerate(tail, 1):
        if token.pos_ == "ADJ":
            return verb.doc[verb.i: verb.i + 1 + n].text
    return verb.text


def _cue_rank(parsed: ParsedArticle, cue: Token, span: QuotedSpan) -> tuple:
    """Reporting verbs that govern the quote first, the innermost of them first ("Trump to tweet
    that 'Y'" inside "he said Sunday, only for ..."); then the nearest. A governing verb whose
    subject names nobody ("his crews had asked for 'Y'") is passed over for the next one."""
    distance = min(abs(cue.idx - seg.start) if seg.paragraph == parsed.paragraph_of(cue) else 10_000
                   for seg in span.segments)
    first = span.segments[0]
    inside = [t for t in parsed.docs[first.paragraph] if first.start <= t.idx < first.end]
    governs = bool(inside) and parsed.paragraph_of(cue) == first.paragraph and cue in inside[0].ancestors
    depth = sum(1 for _ in cue.ancestors)
    return (not governs, -depth if governs else 0, distance)


def _according_to_party(parsed: ParsedArticle, index: PartyIndex, sentences) -> Draft | None:
    """'"...," according to the Commission': the body cited for the words (an outlet is `via`)."""
    for sent in sentences:
        for token in sent:
            if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
                for obj in (c for c in token.nbor().children if c.dep_ == "pobj"):
                    party = _party_of_phrase(parsed, index, obj)
                    if party is not None and not party.outlet:
                        return party
    return None


def _starts_paragraph(parsed: ParsedArticle, seg) -> bool:
    return seg.start <= 3


def _outside_words(parsed: ParsedArticle, paragraph: int) -> bool:
    return any(t.is_alpha and not parsed.token_in_quote(t) for t in parsed.docs[paragraph])


def _resolve(parsed: ParsedArticle, index: PartyIndex, subject: Token, cue: str | None) -> Speaker:
    paragraph = parsed.paragraph_of(subject)
    direct = _party_of_phrase(parsed, index, subject)
    if direct is not None:
        named = subject.pos_ == "PROPN" or subject.ent_type_ or any(
            c.dep_ == "appos" and c.ent_type_ for c in subject.children)
        kind = Attribution.EXPLICIT if named else Attribution.NOMINAL
        return Speaker(direct, kind, cue)
    word = subject.lower_
    if word in PRONOUNS_PERSON or word in PRONOUNS_GROUP:
        found = antecedent(parsed, index, subject)
        return Speaker(found, Attribution.PRONOUN if found else Attribution.UNATTRIBUTED, cue)
    if subject.pos_ == "NOUN":
        owner = resolve_description(index, subject.lemma_, paragraph, subject.idx)
        if owner is not None:
            return Speaker(owner, Attribution.NOMINAL, cue)
    return Speaker(None, Attribution.UNATTRIBUTED, cue)


def _party_of_phrase(parsed: ParsedArticle, index: PartyIndex, head: Token) -> Draft | None:
    paragraph = parsed.paragraph_of(head)
    found = party_at(index, paragraph, head.idx)
    if found is not None:
        return found
    for child in head.children:
        if child.dep_ == "appos":
            found = party_at(index, paragraph, child.idx)
            if found is not None:
                return found
    if head.lemma_ in SPOKES_NOUNS:  # "a spokesman for Disney"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = party_at(index, paragraph, obj.idx)
                if found is not None:
                    return found
    if head.pos_ == "NOUN" and head.lemma_ not in {"official", "source", "person", "people", "officials"}:
        for child in head.children:
            if child.dep_ in ("compound", "poss") and party_at(index, paragraph, child.idx) is not None:
                return party_at(index, paragraph, child.idx)
    return None


def _via(parsed: ParsedArticle, span: QuotedSpan, sources: list[SourceMention]) -> str | None:
    seg = span.segments[0]
    outlets = [s for s in sources if s.paragraph == seg.paragraph and s.kind.value in ("news outlet", "agency")]
    for sent in _frame(parsed, span):
        for source in outlets:
            if sent.start_char <= source.start < sent.end_char:
                return source.name
    return None


def list_point_speakers(parsed: ParsedArticle, index: PartyIndex) -> dict[int, Draft]:
    """Paragraphs that are paraphrased points of a spokesperson's list, with whose points they are."""
    return {p: who.party for kind, paras, who in _colon_blocks(parsed, index).values()
            if kind == "list" and who.party is not None for p in paras}
