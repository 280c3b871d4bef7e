"""Direct quotations and who said them.

Quoted spans come from the marks (marks.py); this module decides which spans are speech
(not scare quotes or titles), finds statements read out as unquoted paragraphs after a colon,
and attributes each quote: a reporting verb's subject in the same sentence, a pronoun or a
description resolved to a party, or the previous speaker for a continuation.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...model import Attribution, PartyKind
from ...names import STOP_WORDS
from ..doc import ParsedArticle, according_to, subject_of
from ..drafts import Draft, PartyIndex, QuoteDraft, SourceMention
from ..labels import NOUN_MODIFIER_DEPS
from ..lexicon import LABEL_CUES, SPEECH_VERBS
from ..parties.reference import NOBODY, Speaker, party_of, resolve_speaker
from .marks import QuotedSpan
from .statements import BlockKind, ColonBlocks

__all__ = ["extract_quotes"]

# a quoted title ("The Art of the Deal") is a label, not speech: its small words stay in lower case
_TITLE_SMALL_WORDS = STOP_WORDS | {"with"}


def extract_quotes(
    parsed: ParsedArticle, index: PartyIndex, sources: list[SourceMention], blocks: ColonBlocks
) -> list[QuoteDraft]:
    drafts: list[QuoteDraft] = []
    statements = [block for block in blocks.values() if block.kind == BlockKind.STATEMENT]
    statement_paragraphs = {p for block in statements for p in block.paragraphs}
    for block in statements:
        paras, who = block.paragraphs, block.speaker
        if paras:
            text = "\n".join(parsed.article.paragraphs[p] for p in paras)
            drafts.append(
                QuoteDraft(
                    paragraph=paras[0],
                    start=0,
                    text=text,
                    speaker=who.party,
                    attribution=Attribution.STATEMENT,
                    cue=who.cue,
                    via=None,
                )
            )
    list_speaker = {
        p: block.speaker for block in blocks.values() if block.kind == BlockKind.LIST for p in block.paragraphs
    }
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
        via = _via(parsed, span, sources)
        if speaker.party is not None and _relayed(speaker, seg.paragraph):
            via, speaker = via or speaker.party.name, NOBODY  # 'the Courier reported': whose words, unknown
        draft = QuoteDraft(
            paragraph=seg.paragraph,
            start=seg.start,
            text=text,
            speaker=speaker.party,
            attribution=speaker.attribution,
            cue=speaker.cue,
            via=via,
        )
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
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _governed_by_speech(parsed: ParsedArticle, seg) -> bool:
    """A short fragment counts when a reporting verb outside the marks governs it."""
    doc = parsed.docs[seg.paragraph]
    inside = [t for t in doc if seg.start <= t.idx < seg.end]
    if not inside:
        return False
    roots = [t for t in inside if not (seg.start <= t.head.idx < seg.end) or t.head == t]
    if any(t.dep_ in NOUN_MODIFIER_DEPS and t.head.pos_ in ("NOUN", "PROPN") for t in roots):
        return False  # a label modifying a noun: one of the summer's "red flag" days
    token = roots[0] if roots else inside[0]
    if token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # a label inside a noun phrase: "the takedown of the 'dishonest media'"
    for _ in range(4):
        token = token.head
        if not (seg.start <= token.idx < seg.end) and token.lemma_ in SPEECH_VERBS:
            return True
        if token.head == token:
            break
    return False


# --- attribution ----------------------------------------------------------------------------


def _frame(parsed: ParsedArticle, span: QuotedSpan) -> tuple[Span, ...]:
    """The sentences a quote stands in; for a wire-style quote also those of its last paragraph,
    where the cue after the closing mark is."""
    segments = {span.segments[0], span.segments[-1]}
    frame = [
        s
        for seg in sorted(segments, key=lambda g: g.paragraph)
        for s in parsed.sentences_over(seg.paragraph, seg.start, seg.end)
    ]
    last = span.segments[-1]
    following = next(
        (
            s
            for s in parsed.sentences_over(last.paragraph, last.end, last.end + 4)
            if last.end <= s.start_char <= last.end + 3
        ),
        None,
    )
    if following is not None and following not in frame:
        frame.append(following)  # spaCy often ends the sentence at '...?"' before 'he asked.'
    return tuple(frame)


def _attribute(parsed, index, span: QuotedSpan, previous: QuoteDraft | None, blocks: ColonBlocks) -> Speaker:
    seg = span.segments[0]
    sentences = _frame(parsed, span)
    cues = [
        t
        for s in sentences
        for t in s
        if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not parsed.token_in_quote(t)
    ]
    covered = parsed.docs[seg.paragraph].char_span(seg.start, seg.end, alignment_mode="expand") or ()
    first_inside = next((t for t in covered if seg.start <= t.idx < seg.end), None)
    cues.sort(key=lambda t: _cue_rank(parsed, t, span, first_inside))
    unresolved = None
    for cue in cues:
        subject = subject_of(cue)
        if subject is not None and subject.dep_ == "nsubjpass":
            continue  # "residents were told": the subject is the addressee, not the speaker
        if subject is not None and not parsed.token_in_quote(subject):
            speaker = resolve_speaker(parsed, index, subject, cue.text)
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
    if intro is not None and _starts_paragraph(seg):
        return intro.speaker
    if (
        previous is not None
        and previous.paragraph == seg.paragraph - 1
        and _starts_paragraph(seg)
        and not _outside_words(parsed, seg.paragraph)
    ):
        return Speaker(previous.speaker, previous.attribution, previous.cue)
    for sent in sentences:
        subject = subject_of(sent.root)
        if subject is not None and not parsed.token_in_quote(subject):
            speaker = resolve_speaker(parsed, index, subject, _verb_phrase(sent.root))
            if speaker.party is not None:
                return speaker
    introduced = _introducing_person(parsed, index, seg)
    if introduced is not None:
        return Speaker(introduced, Attribution.EXPLICIT, None)
    return NOBODY


def _introducing_person(parsed: ParsedArticle, index: PartyIndex, seg) -> Draft | None:
    """'X lost her home in the fire. "We had a text..."': a quote with no cue that follows a
    sentence about a person speaks in that person's voice."""
    before = parsed.sentence_before(seg.paragraph, seg.start)
    if before is None:
        return None
    subject = subject_of(before.root)
    if subject is None:
        return None
    party = party_of(parsed, index, subject).party
    return party if party is not None and party.kind == PartyKind.PERSON else None


def _verb_phrase(verb: Token) -> str:
    """'has made it clear', not just 'made': the verb with a short adjectival complement."""
    tail = [t for t in verb.doc[verb.i + 1 : verb.i + 3]]
    for n, token in enumerate(tail, 1):
        if token.pos_ == "ADJ":
            return verb.doc[verb.i : verb.i + 1 + n].text
    return verb.text


def _cue_rank(parsed: ParsedArticle, cue: Token, span: QuotedSpan, first_inside: Token | None) -> tuple:
    """Reporting verbs that govern the quote first, the innermost of them first ("the governor to post
    that 'Y'" inside "he said Sunday, only for ..."); then the nearest. A governing verb whose
    subject names nobody ("his crews had asked for 'Y'") is passed over for the next one.
    `first_inside` is the quote's first token."""
    distance = min(
        abs(cue.idx - seg.start) if seg.paragraph == parsed.paragraph_of(cue) else 10_000 for seg in span.segments
    )
    first = span.segments[0]
    governs = first_inside is not None and parsed.paragraph_of(cue) == first.paragraph and cue in first_inside.ancestors
    depth = sum(1 for _ in cue.ancestors)
    return (not governs, -depth if governs else 0, distance)


def _according_to_party(parsed: ParsedArticle, index: PartyIndex, sentences) -> Draft | None:
    """'"...," according to the Commission': the body cited for the words (an outlet is `via`)."""
    for sent in sentences:
        for obj in according_to(sent):
            party = party_of(parsed, index, obj).party
            if party is not None and not party.outlet:
                return party
    return None


def _starts_paragraph(seg) -> bool:
    return seg.start <= 3


def _outside_words(parsed: ParsedArticle, paragraph: int) -> bool:
    return any(t.is_alpha and not parsed.token_in_quote(t) for t in parsed.docs[paragraph])


_RELAYING_CUES = re.compile(r"^(?:report|writ|wrote|publish)", re.IGNORECASE)


def _relayed(speaker: Speaker, paragraph: int) -> bool:
    """A newsroom that reports or writes the words passes them on: it is the quote's source
    (`via`), not a side of the story speaking. A newsroom that says something of its own ('the
    Courier said in a statement') speaks, and so does one that acts elsewhere in the report (an
    endorsement, then "the newspaper wrote")."""
    party = speaker.party
    if party is None or not party.outlet or not _RELAYING_CUES.match(speaker.cue or ""):
        return False
    return not any(m.subject and m.paragraph != paragraph for m in party.mentions)


def _via(parsed: ParsedArticle, span: QuotedSpan, sources: list[SourceMention]) -> str | None:
    seg = span.segments[0]
    outlets = [s for s in sources if s.paragraph == seg.paragraph and s.kind.value in ("news outlet", "agency")]
    for sent in _frame(parsed, span):
        for source in outlets:
            if sent.start_char <= source.start < sent.end_char:
                return source.name
    return None
