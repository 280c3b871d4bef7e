"""Who a report relies on without naming: unnamed informants ('a senior official', 'two people
familiar with the talks', 'former prosecutors') and bodies it names only by a description
('the presidential office said').

Rules read the parse: the subject of a reporting verb, or the noun an anonymity clause describes.
A definite 'the official' refers back to an informant already introduced; with none, it is
left out rather than guessed.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from ...model import SourceKind
from ...names import clean_name
from ..doc import ParsedArticle, cited_for, noun_phrase_tokens, span_text, subject_of
from ..drafts import SourceMention
from ..lexicon import ANONYMITY_CUES, GROUP_NOUNS, INFORMANT_NOUNS, REPORTING_VERBS
from ..resources import word_set

__all__ = ["Informants"]

_ANONYMITY_WORDS = word_set("informants_anonymity_words")
# who else may speak on condition of anonymity: "a woman who did not want to be named"
_PEOPLE_NOUNS = word_set("informants_people_nouns")
_BODY_NOUNS = GROUP_NOUNS | word_set("informants_body_nouns")
_NOBODY_IN_PARTICULAR = word_set("nobody_in_particular")
_DEFINITE_DETERMINERS = word_set("definite_determiners")


class Informants:
    """The informants of one article, so a later 'the official' can find its first mention."""

    def __init__(self, parsed: ParsedArticle):
        self.parsed = parsed
        self.latest: dict[str, SourceMention] = {}  # head noun -> its latest informant, for 'the official'

    def in_sentence(self, sent: Span) -> list[SourceMention]:
        found = {(m.paragraph, m.start): m for m in self._anonymous(sent)}
        for token in sent:
            if (
                token.pos_ not in ("VERB", "AUX")
                or self.parsed.token_in_quote(token)
                or any(c.dep_ == "neg" for c in token.children)
            ):
                continue  # "did not respond", "would not say": nothing is cited
            mention = self._citing(token, sent) if token.lemma_ == "cite" else self._reporting(token, sent)
            if mention is not None:
                found.setdefault((mention.paragraph, mention.start), mention)
        return list(found.values())

    def _citing(self, verb: Token, sent: Span) -> SourceMention | None:
        """'..., citing people familiar with the matter'."""
        cited = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in INFORMANT_NOUNS),
            None,
        )
        return self._informant(cited, sent) if cited is not None else None

    def _reporting(self, verb: Token, sent: Span) -> SourceMention | None:
        """'former prosecutors said', 'the foreign ministry confirmed'."""
        if verb.lemma_ not in REPORTING_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or self.parsed.token_in_quote(subject):
            return None
        return self._speaker(subject, verb, sent)

    def _speaker(self, subject: Token, verb: Token, sent: Span) -> SourceMention | None:
        if any(c.lower_ in _NOBODY_IN_PARTICULAR for c in subject.children):
            return None  # "few people would say": nobody in particular said it
        if (
            subject.pos_ == "NOUN"
            and subject.lemma_.lower() in INFORMANT_NOUNS
            and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)
        ):
            return self._informant(subject, sent)
        return self._body(subject, verb, sent)

    def _informant(self, head: Token, sent: Span) -> SourceMention | None:
        tokens = [
            t
            for t in noun_phrase_tokens(head, keep_participles=True)
            if (t.dep_ != "det" and not (t.dep_ == "poss" and t.pos_ == "PRON")) or t.i > head.i
        ]
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS for c in head.children)
        if definite:
            earlier = self._earlier(head)
            if earlier is None:
                return None
            return SourceMention(
                name=earlier.name,
                kind=earlier.kind,
                cited_for=cited_for(sent),
                paragraph=self.parsed.paragraph_of(head),
                start=head.idx,
                end=head.idx + len(head),
            )
        # the mention marks the head noun only: a body named in the phrase ('State Department
        # officials') is still a party
        mention = self._mention(tokens, SourceKind.ANONYMOUS, sent, marked=head)
        self.latest[head.lemma_.lower()] = mention
        return mention

    def _earlier(self, head: Token) -> SourceMention | None:
        return self.latest.get(head.lemma_.lower())

    def _body(self, subject: Token, verb: Token, sent: Span) -> SourceMention | None:
        """A body the report names by a description, speaking: 'the presidential office said',
        'the Harbour administration says'. One named by its own name ('the Harbour Board said')
        is a party: its words are on the quotes and party pages, not among the sources. The
        mention marks the verb, so the body stays a party too."""
        # spaCy may tag 'the foreign ministry' as a name; written in lower case, it is a description
        named = subject.ent_type_ == "ORG" and subject.text != subject.lower_
        if subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ not in _BODY_NOUNS or named:
            return None
        children = list(subject.children)
        proper = [c for c in children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        the = [c for c in children if c.dep_ == "det" and c.lower_ == "the"]
        described = [
            c
            for c in children
            if (c.dep_ == "amod" or (c.dep_ == "compound" and c.pos_ == "ADJ")) and c.text == c.lower_
        ]  # "the foreign ministry"; not "the law enforcement agency" (named before)
        if proper or (the and described and len(the) + len(described) == len(children)):
            tokens = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det" and not t.is_punct]
            return self._mention(tokens, SourceKind.OFFICIAL, sent, marked=verb)
        return None

    def _anonymous(self, sent: Span) -> list[SourceMention]:
        """'a person familiar with the talks who spoke to Radio X on condition of anonymity': the
        informant is the noun the anonymity clause describes, not the sentence's subject."""
        lowered = sent.text.lower()
        if not any(cue in lowered for cue in ANONYMITY_CUES):
            return []
        cue = next((t for t in sent if t.lower_ in _ANONYMITY_WORDS and not self.parsed.token_in_quote(t)), None)
        if cue is None:
            return []
        head = _described(cue)
        if (
            head is None
            or head.pos_ != "NOUN"
            or self.parsed.token_in_quote(head)
            or head.lemma_.lower() not in INFORMANT_NOUNS | _PEOPLE_NOUNS
        ):
            return []
        mention = self._informant(head, sent)
        if mention is None:
            return []
        return [dataclasses.replace(mention, kind=SourceKind.ANONYMOUS)]

    def _mention(self, tokens: list[Token], kind: SourceKind, sent: Span, marked: Token | None = None) -> SourceMention:
        marked_start = (marked or tokens[0]).idx
        marked_end = marked.idx + len(marked) if marked is not None else tokens[-1].idx + len(tokens[-1])
        return SourceMention(
            name=clean_name(span_text(tokens)),
            kind=kind,
            cited_for=cited_for(sent),
            paragraph=self.parsed.paragraph_of(tokens[0]),
            start=marked_start,
            end=marked_end,
        )


def _described(cue: Token) -> Token | None:
    """The noun an anonymity clause is about: the head of the relative or participle clause, or
    the subject of the verb it modifies."""
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "who did not want to be named": the clause is 'want'
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a senior official, speaking to X on condition of anonymity"
    if verb.dep_ == "relcl":
        head = verb.head
        while (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and (head.head.head.pos_ in ("NOUN", "ADJ") or head.head.head.dep_ == "acl")
        ):
            head = head.head.head  # "a person close to the board who spoke": the person
            if head.dep_ == "acl":
                head = head.head  # "a diplomat involved in the talks who spoke": the diplomat
        return head.head if head.pos_ == "ADJ" else head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    return subject if subject is not None else subject_of(verb)
