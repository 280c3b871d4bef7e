"""Words introduced by a colon: a statement read out as unquoted paragraphs ('The statement
read:', 'she said:') is one quote of its issuer; a spokesperson's 'key points' are paraphrase,
and only quoted fragments inside them are quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Span

from ... import settings
from ...model import Attribution
from ..doc import ParsedArticle, subject_of
from ..drafts import Draft, PartyIndex
from ..lexicon import DOCUMENT_NOUNS, LIST_NOUNS, LIST_VERBS, SPEECH_VERBS
from ..parties.reference import Speaker, resolve_speaker
from ..resources import word_set

__all__ = ["BlockKind", "ColonBlock", "ColonBlocks", "colon_blocks", "list_point_speakers"]

_STARTS_WITH_MARK = re.compile(r"^\s*(``|[\"\u201c\u201e\u00ab\u2018'])")


class BlockKind(Enum):
    STATEMENT = "statement"  # "The statement read:" and the words read out, unquoted
    LIST = "list"  # "Among its demands:" and the points, paraphrased


@dataclass(frozen=True)
class ColonBlock:
    kind: BlockKind
    paragraphs: list[int]  # the paragraphs it introduces
    speaker: Speaker  # whose words they are


ColonBlocks = dict[int, ColonBlock]  # by the paragraph that ends in the colon


def colon_blocks(parsed: ParsedArticle, index: PartyIndex) -> ColonBlocks:
    """Paragraphs that introduce a statement read out or a list of points, once per article:
    quotes and positions both read them."""
    paragraphs = parsed.article.paragraphs
    blocks: ColonBlocks = {}
    for i, text in enumerate(paragraphs):
        if not text.rstrip().endswith(":") or parsed.in_quote(i, len(text.rstrip()) - 1):
            continue
        sent = list(parsed.docs[i].sents)[-1]
        kind = (
            BlockKind.LIST
            if _introduces_list(sent)
            else BlockKind.STATEMENT
            if _introduces_speech(parsed, sent)
            else None
        )
        if kind is None:
            continue  # "(all times EDT):" introduces no one's words
        paras = []
        for j in range(i + 1, min(len(paragraphs), i + 1 + settings.EXTRACTION.statement_block_paragraphs)):
            follower = paragraphs[j]
            if _STARTS_WITH_MARK.match(follower) or follower.rstrip().endswith(":") or _has_named_report(parsed, j):
                break
            if kind == BlockKind.STATEMENT and parsed.quoted[j]:
                break
            paras.append(j)
        blocks[i] = ColonBlock(kind, paras, _intro_speaker(parsed, index, sent))
    return blocks


def _introduces_speech(parsed: ParsedArticle, sent: Span) -> bool:
    return any(
        t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not parsed.token_in_quote(t) for t in sent
    ) or any(t.lemma_.lower() in DOCUMENT_NOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in sent)


def _introduces_list(sent: Span) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    return (
        bool(lemmas & LIST_NOUNS)
        and bool(lemmas & (LIST_VERBS | {"include", "be", "have"}))
        or bool({t.lower_ for t in sent} & {"points", "highlights", "takeaways"})
    )


def _has_named_report(parsed: ParsedArticle, paragraph: int) -> bool:
    """A paragraph that reports someone's words in the third person is the reporter again,
    not the statement or the speaker's list any more."""
    for token in parsed.docs[paragraph]:
        if token.lemma_ in _REPORTING_VERBS and token.pos_ == "VERB" and not parsed.token_in_quote(token):
            subject = subject_of(token)
            first_person = subject is not None and (
                subject.lower_ in ("i", "we") or any(c.lower_ in ("our", "my") for c in subject.children)
            )
            if subject is not None and not first_person:
                return True
    return False


# Speech verbs that also have everyday senses ("we will continue to farm") do not end a block.
_REPORTING_VERBS = SPEECH_VERBS - word_set("statements_everyday_speech_verbs")


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
    return resolve_speaker(parsed, index, subject, cue)


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
                    speaker = resolve_speaker(parsed, index, subject, None)
                    if speaker.party is not None:
                        return speaker.party
    return None


def list_point_speakers(blocks: ColonBlocks) -> dict[int, Draft]:
    """Paragraphs that are paraphrased points of a spokesperson's list, with whose points they are."""
    return {
        p: block.speaker.party
        for block in blocks.values()
        if block.kind == BlockKind.LIST and block.speaker.party is not None
        for p in block.paragraphs
    }
