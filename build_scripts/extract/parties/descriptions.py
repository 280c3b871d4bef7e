"""What a definite description refers to: 'the union', 'the ministry', 'the daily' tied to the
party the text named before (or, for an owner, the one party whose name has the word), and
such descriptions kept as the party's aliases."""

from __future__ import annotations

import functools

from ...model import PartyKind
from ..doc import ParsedArticle, span_text
from ..drafts import Draft, Mention, PartyIndex, party_at
from ..lexicon import GROUP_KIND_WORDS, GROUP_NOUNS, OUTLET_NOUNS
from ..resources import word_set

__all__ = ["add_descriptive_aliases", "name_heads", "named_later", "resolve_description"]

_GROUP_DESCRIPTIONS = word_set("describe_group_descriptions")


def resolve_description(index: PartyIndex, noun: str, paragraph: int, char: int, outlets: bool = True) -> Draft | None:
    """'the union', 'the minister': the party the text has tied that word to, nearest first.
    `outlets`: whether an outlet's noun may stand for the outlet named last ("the daily wrote");
    not where the noun describes the name beside it ('X, the site of a fire')."""
    noun = noun.lower()
    if outlets and noun in OUTLET_NOUNS:  # "the daily wrote": the outlet named last
        outlet = next((d for m, d in index.mentions_before(paragraph, char) if d.outlet), None)
        if outlet is not None:
            return outlet
    for mention, draft in index.mentions_before(paragraph, char):
        if noun in draft.nouns or any(noun in name_heads(s) for s in draft.spellings):
            return draft
    if noun in _GROUP_DESCRIPTIONS:
        # 'the group' is a group named before ('the Kestrel Brigades'), not any body: a navy, a
        # ministry or a firm is not called so, and 'the group' of boys a report never names stays none
        for mention, draft in index.mentions_before(paragraph, char):
            if draft.kind == PartyKind.GROUP and not mention.modifier:  # not 'Army officials'
                return draft
    return None


@functools.lru_cache(maxsize=4096)
def name_heads(name: str) -> frozenset[str]:
    """The words a definite description can take from a name: its last word ('the union' for
    the Dockers' Union) and the word before 'of' ('the ministry' for the Ministry of Transport),
    not any word ('the department' is not the Department's inspector general)."""
    words = name.lower().split()
    heads = {words[-1]} if words else set()
    heads |= {words[i - 1] for i, w in enumerate(words) if w == "of" and i > 0}
    return frozenset(heads)


def named_later(index: PartyIndex, noun: str) -> Draft | None:
    """'the county's office' before the article names 'Quillby County Council': the one party
    whose name has that word."""
    hits = [
        d
        for d in index.drafts
        if d.kind != PartyKind.PERSON
        and not d.outlet
        and noun.lower() in {w.lower() for s in d.spellings for w in s.split()}
    ]
    return hits[0] if len(hits) == 1 else None


def add_descriptive_aliases(parsed: ParsedArticle, index: PartyIndex) -> None:
    """'the union delegation', 'the coast-based group', 'the union': definite descriptions as aliases."""
    for doc in parsed.docs:
        for token in doc:
            if token.pos_ != "NOUN" or token.lower_ not in GROUP_NOUNS or parsed.token_in_quote(token):
                continue
            left = list(token.lefts)
            if not left or left[0].lower_ != "the" or any(c.lower_ == "of" for c in token.rights):
                continue
            tokens = [t for t in token.subtree if t.i <= token.i]
            if tokens[0].lower_ != "the":
                continue
            paragraph = parsed.paragraph_of(token)
            owner = next(
                (found for t in tokens[1:-1] if (found := party_at(index, paragraph, t.idx)) is not None), None
            )
            if owner is None:
                owner = resolve_description(index, token.lower_, paragraph, token.idx)
            if owner is None or owner.kind == PartyKind.PERSON:
                continue  # "the court" names a body, never a person (not the judge named in it)
            text = span_text(tokens)
            owner.aliases.add("the" + text[3:] if text.startswith("The") else text)
            owner.nouns.add(token.lower_)
            if token.lower_ in GROUP_KIND_WORDS and owner.kind == PartyKind.ORGANISATION:
                owner.kind = PartyKind.GROUP
            owner.mentions.append(
                Mention(
                    paragraph=paragraph,
                    start=tokens[0].idx,
                    end=token.idx + len(token),
                    subject=token.dep_ in ("nsubj", "nsubjpass"),
                    quoted=False,
                    text=text,
                )
            )
