"""Bodies named after a person: 'the Hollis campaign', 'Lindqvist's administration' are parties
of their own, not that person."""

from __future__ import annotations

from ...model import PartyKind
from ...names import PERSON_BODY_NOUNS, clean_name
from ..doc import ParsedArticle
from ..drafts import Mention, PartyIndex

__all__ = ["split_named_bodies"]


def split_named_bodies(parsed: ParsedArticle, index: PartyIndex) -> None:
    """'the Hollis campaign', 'Lindqvist's administration': a body named after a person is a party
    of its own, not that person; the mention moves from the person to the body."""
    for draft in [d for d in index.drafts if d.kind == PartyKind.PERSON]:
        for mention in list(draft.mentions):
            doc = parsed.docs[mention.paragraph]
            ent = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if ent is None or mention.quoted:
                continue
            after = ent.end + (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
            if after >= len(doc) or doc[after].lower_ not in PERSON_BODY_NOUNS or doc[after].pos_ != "NOUN":
                continue
            name = clean_name(doc[ent.start : ent.end].text) + " " + doc[after].lower_
            body = next((d for d in index.drafts if d.kind == PartyKind.ORGANISATION and name in d.spellings), None)
            body = body or index.new(PartyKind.ORGANISATION)
            draft.mentions.remove(mention)
            noun = doc[after]
            body.add(
                name,
                Mention(
                    paragraph=mention.paragraph,
                    start=mention.start,
                    end=noun.idx + len(noun),
                    subject=noun.dep_ in ("nsubj", "nsubjpass"),
                    quoted=mention.quoted,
                    text=name,
                ),
            )
