"""One article's parsed paragraphs, with the quoted regions marked, shared by every extractor."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Article
from .furniture import page_furniture, text_start
from .labels import PHRASE_END_DEPS, SUBJECT_CLIMB_DEPS
from .quotes.marks import QuotedSpan, find_quoted_spans

__all__ = [
    "CharRanges",
    "ParsedArticle",
    "according_to",
    "cited_for",
    "coordinated",
    "entities_in",
    "entity_at",
    "noun_phrase_tokens",
    "parse_article",
    "span_text",
    "subject_of",
    "token_at",
]


@dataclass
class ParsedArticle:
    article: Article  # as extraction reads it: page furniture blanked (parse_article)
    docs: list[Doc]
    spans: list[QuotedSpan]
    quoted: list[list[tuple[int, int]]] = field(default_factory=list)  # char ranges per paragraph
    pasted: Article | None = None  # as the editor pasted it, which the article page shows

    def __post_init__(self):
        self.quoted = [[] for _ in self.docs]
        for span in self.spans:
            for seg in span.segments:
                self.quoted[seg.paragraph].append((seg.start, seg.end))
        self._quoted = [CharRanges(ranges) for ranges in self.quoted]
        if self.pasted is None:
            self.pasted = self.article

    def in_quote(self, paragraph: int, char: int) -> bool:
        """Whether a character is inside quotation marks."""
        return self._quoted[paragraph].covers(char)

    def token_in_quote(self, token: Token) -> bool:
        return self.in_quote(self.paragraph_of(token), token.idx)

    def paragraph_of(self, token: Token | Span | Doc) -> int:
        return token.doc.user_data["paragraph"]

    def sentences(self, paragraph: int) -> list[Span]:
        """A paragraph's sentences, listed once: `doc.sents` walks the whole paragraph on every
        call, which is quadratic when each of a long paragraph's quotes asks."""
        cached = self.docs[paragraph].user_data.get("sentences")
        if cached is None:
            cached = list(self.docs[paragraph].sents)
            self.docs[paragraph].user_data["sentences"] = cached
            self.docs[paragraph].user_data["sentence_ends"] = [s.end_char for s in cached]
        return cached

    def sentences_over(self, paragraph: int, start: int, end: int) -> list[Span]:
        """The sentences of a paragraph that share a character with start..end."""
        sentences = self.sentences(paragraph)
        at = bisect.bisect_right(self.docs[paragraph].user_data["sentence_ends"], start)
        found = []
        while at < len(sentences) and sentences[at].start_char < end:
            found.append(sentences[at])
            at += 1
        return found

    def text_start(self, paragraph: int) -> int:
        """Where a paragraph's own text starts, after a dateline or a photo credit pasted before
        it (extract/furniture.py): read once, since every event and mention of the paragraph asks."""
        user_data = self.docs[paragraph].user_data
        if "text_start" not in user_data:
            user_data["text_start"] = text_start(self.article.paragraphs[paragraph])
        return user_data["text_start"]

    def sentence_before(self, paragraph: int, char: int) -> Span | None:
        """The last sentence of a paragraph that ends at or before a character."""
        sentences = self.sentences(paragraph)
        at = bisect.bisect_right(self.docs[paragraph].user_data["sentence_ends"], char)
        return sentences[at - 1] if at else None


# spaCy's tokenizer splits the affixes of one whitespace-free run over and over: 20,000 quotation
# marks or 10,000 nested parentheses in a row take minutes (quadratic). No word of news copy is
# that long, so the parser reads such a run with a space every few characters; the same length
# keeps every offset into the paragraph, which is what the pages show.
_LONG_RUN = re.compile(r"\S{80,}")
_RUN_STEP = 40


def _parser_text(text: str) -> str:
    """A paragraph as the parser reads it, every offset the same: long runs broken, and AP's
    doubled single marks (\u2018\u2018...\u2019\u2019) as one double mark and a space, since the parser
    takes '\u2019\u2019' for a word, even for the subject of 'said'."""
    text = text.replace("\u2019\u2019", "\u201d ").replace("\u2018\u2018", " \u201c")
    return _LONG_RUN.sub(lambda m: "".join(c if i % _RUN_STEP else " " for i, c in enumerate(m.group(), 1)), text)


class CharRanges:
    """Character ranges of a paragraph (its quotations, its date expressions), merged once so
    that whether a character falls in one is a binary search: a paragraph may hold thousands
    of them and every token asks."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._merged = _union(list(ranges))
        self._starts = [start for start, _ in self._merged]

    def covers(self, char: int) -> bool:
        at = bisect.bisect_right(self._starts, char) - 1
        return at >= 0 and char < self._merged[at][1]


def _union(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def parse_article(article: Article, nlp) -> ParsedArticle:
    """Parse an article as extraction reads it: a web page's own lines (a caption, a byline, a
    menu; extract/furniture.py) as blank paragraphs of the same length, so that no party, event,
    quote or source comes from them and every other paragraph keeps its index and offsets."""
    kinds = page_furniture(article.paragraphs)
    reading = dataclasses.replace(
        article, paragraphs=tuple(" " * len(p) if kind else p for p, kind in zip(article.paragraphs, kinds))
    )
    docs = list(nlp.pipe(_parser_text(p) for p in reading.paragraphs))
    for index, doc in enumerate(docs):
        doc.user_data["paragraph"] = index
    return ParsedArticle(reading, docs, find_quoted_spans(reading.paragraphs), pasted=article)


def span_text(tokens: list[Token]) -> str:
    """The source text covered by a run of tokens, keeping the article's own spacing."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return doc[start:end].text


def token_at(doc: Doc, char: int) -> Token | None:
    """The token a character offset falls in (None in the space between tokens)."""
    if not len(doc) or not 0 <= char < doc[-1].idx + len(doc[-1].text_with_ws):  # not doc.text: rebuilt per call
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx <= char < span[0].idx + len(span[0]) else None


def coordinated(token: Token) -> bool:
    """Whether a word is one of two or more names joined by 'and'/'or' ('Presidents Vik and Lund',
    'Ola Berg and Signe Lund'): the pair is one plural phrase, which 'he' or 'she' does not stand for."""
    if token.dep_ == "conj" and token.head.pos_ == "PROPN":
        return True
    return token.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children)


def entity_at(token: Token) -> Span | None:
    """The named entity a token is part of. (spaCy's `Span.ents` rebuilds the whole document's
    entities on every call, which makes a rule that asks per sentence quadratic in a long
    paragraph; this index is built once per paragraph.)"""
    doc = token.doc
    at = doc.user_data.get("entity_at")
    if at is None:
        at = [None] * len(doc)
        for ent in doc.ents:
            at[ent.start : ent.end] = [ent] * len(ent)
        doc.user_data["entity_at"] = at
    return at[token.i]


def entities_in(sent: Span) -> list[Span]:
    """The named entities of one sentence, in text order."""
    return [ent for token in sent if (ent := entity_at(token)) is not None and ent.start == token.i]


def according_to(sent: Span) -> list[Token]:
    """What 'according to' cites in a sentence, by its head: 'Commission' in 'according to the
    Commission', both of 'according to the Courier and the Ledger'. One rule for the sources
    (who is cited) and the quotes (who said it)."""
    return [
        cited
        for token in sent
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"
        for obj in token.nbor().children
        if obj.dep_ == "pobj"
        for cited in (obj, *obj.conjuncts)
    ]


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, climbing through participles, conjunctions and
    prepositions ('inflamed tensions by saying'), and from a clause on a noun to the verb that
    governs the noun ('issued a tweet saying')."""
    token = verb
    for _ in range(6):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if token.dep_ == "acl" and token.head.dep_ in ("nsubj", "nsubjpass"):
            return token.head  # "A senior official, speaking to X, said": the official
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.sent.root.i:
            # "X did Y, telling Z ...": the participle's subject is the main clause's
            return next((c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.dep_ in SUBJECT_CLIMB_DEPS and token.head != token:
            token = token.head
            continue
        return None
    return None


def noun_phrase_tokens(head: Token, keep_participles: bool = False) -> list[Token]:
    """The noun phrase under head, cut before a clause or an appositive that follows it (also
    inside its prepositional phrases: 'a person close to the board who spoke ...')."""
    tokens = [head]
    for token in head.subtree:
        if token.i < head.i:
            tokens.append(token)
    for child in head.rights:
        participle = keep_participles and child.dep_ == "acl" and child.tag_ == "VBN"
        if child.dep_ in PHRASE_END_DEPS and not participle:
            break
        tokens.extend(_without_clauses(child))
    tokens = sorted(set(tokens), key=lambda t: t.i)
    run = [t for t in tokens if abs(t.i - head.i) <= len(tokens)]  # the contiguous run that holds the head
    comma = next((t.i for t in run if t.i > head.i and t.text in ",;:("), None)
    if comma is not None:
        run = [t for t in run if t.i < comma]  # "analysis by X, a crowdfunding site, ...": the name ends there
    return [t for t in run if not t.is_punct or t.text in "-\u2019'&"]


def _without_clauses(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if (
            child.dep_ in ("relcl", "advcl")
            or (child.dep_ == "acl" and child.tag_ != "VBN")
            or child.dep_ == "npadvmod"
        ):
            continue
        out.extend(_without_clauses(child))
    return out


_CLAIM_LEAST_WORDS = 8
_CLAIM_CHARS = 240


def cited_for(sent: Span) -> str:
    """The claim a source is cited for: its sentence, trimmed to a line. A sentence the parser
    cut short ('Speaking to public radio Kanal 4') runs on into the next ones of its paragraph."""
    doc, end = sent.doc, sent.end
    words = sum(1 for t in sent if t.is_alpha)
    # a line is all the claim can show: never read past it, however the text is punctuated
    while end < len(doc) and words < _CLAIM_LEAST_WORDS and doc[end].idx - sent.start_char < _CLAIM_CHARS:
        following = doc[end].sent
        words += sum(1 for t in following if t.is_alpha)
        end = following.end
    text = " ".join(doc[sent.start : end].text.split())
    return text if len(text) <= _CLAIM_CHARS else text[: _CLAIM_CHARS - 3].rsplit(" ", 1)[0] + "\u2026"
