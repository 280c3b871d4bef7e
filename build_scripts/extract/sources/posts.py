"""Posts on social networks a report cites: 'Berg tweeted that', 'wrote in a tweet', 'took to
Twitter', 'posted on Facebook'.

A post is named after whoever posted it and where ('Ola Berg (Twitter)'), found through the
article's parties, so 'she' becomes the name it refers to. A statement a party issues is not
listed here: it is that party's words, on the quotes and party pages. A poster the text does not
name, or a description the parties do not explain ('the group tweeted'), is left out rather
than guessed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import SourceKind
from ...names import clean_name
from ..doc import ParsedArticle, cited_for, span_text, subject_of
from ..drafts import PartyIndex, SourceMention
from ..lexicon import SOCIAL_PLATFORMS
from ..parties.reference import resolve_speaker
from ..resources import word_set

__all__ = ["with_posts"]

_SUBJECT_PRONOUNS = word_set("subject_pronouns")


def with_posts(parsed: ParsedArticle, index: PartyIndex, sources: list[SourceMention]) -> list[SourceMention]:
    out: dict[tuple[int, str], SourceMention] = {}
    for doc in parsed.docs:
        for sent in doc.sents:
            for token in sent:
                found = _post(parsed, index, token, sent)  # a few word tests first: every token asks
                if found is not None and not parsed.token_in_quote(token):
                    out.setdefault((found.paragraph, found.name), found)
    return sources + list(out.values())


def _post(parsed: ParsedArticle, index: PartyIndex, token: Token, sent: Span) -> SourceMention | None:
    if token.pos_ == "VERB" and token.lemma_ == "tweet":
        return _named(parsed, index, "Twitter", subject_of(token), token, sent)  # "Berg tweeted that"
    if (
        token.pos_ == "NOUN"
        and token.lemma_ == "tweet"
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and token.head.head.pos_ in ("VERB", "AUX")
    ):
        return _named(parsed, index, "Twitter", subject_of(token.head.head), token, sent)  # "wrote in a tweet"
    if (
        token.pos_ == "PROPN"
        and token.lower_ in SOCIAL_PLATFORMS
        and token.dep_ == "pobj"
        and token.head.lower_ in ("to", "on")
        and token.head.head.pos_ in ("VERB", "AUX")
    ):
        return _named(parsed, index, token.text, subject_of(token.head.head), token, sent)  # "took to Twitter"
    return None


def _named(
    parsed: ParsedArticle, index: PartyIndex, network: str, poster: Token | None, cue: Token, sent: Span
) -> SourceMention | None:
    if poster is None or parsed.token_in_quote(poster):
        return None
    name = _poster_name(parsed, index, poster)
    if not name:
        return None
    return SourceMention(
        name=f"{name} ({network})",
        kind=SourceKind.STATEMENT,
        cited_for=cited_for(sent),
        paragraph=parsed.paragraph_of(cue),
        start=cue.idx,
        end=cue.idx + len(cue),
    )


def _poster_name(parsed: ParsedArticle, index: PartyIndex, poster: Token) -> str | None:
    """The poster by the name the article gives: a pronoun resolved to its party, a name as
    written; a description only when the party it is resolved to is called so ('the union'
    for the Dockers Union)."""
    if poster.pos_ == "PRON" and poster.lower_ not in _SUBJECT_PRONOUNS:
        return None
    speaker = resolve_speaker(parsed, index, poster, None)
    if speaker.party is not None:
        described = poster.pos_ == "NOUN" and not any(
            c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in poster.children
        )
        if described and poster.lower_ not in speaker.party.name.lower().split():
            return None
        return speaker.party.name
    if poster.pos_ == "PROPN" or poster.ent_type_ in ("ORG", "PERSON", "NORP"):
        tokens = [t for t in poster.subtree if t.i <= poster.i and t.dep_ not in ("det", "punct")]
        return clean_name(span_text(tokens)) or None
    return None
