"""Names a report only cites: sources, not parties, unless the story shows them speaking or
having a member (decided when the story's parties are linked)."""

from __future__ import annotations

from ...model import PartyKind
from ..doc import ParsedArticle
from ..drafts import Mention, PartyIndex, SourceMention

__all__ = ["mark_cited_only"]


def mark_cited_only(parsed: ParsedArticle, index: PartyIndex, sources: list[SourceMention]) -> None:
    _bodies_only_cited(index, sources)
    _reporters_only(parsed, index, sources)


def _bodies_only_cited(index: PartyIndex, sources: list[SourceMention]) -> None:
    """A body the article only cites ('according to the Weather Bureau') is a source; it becomes a
    party only if it also acts or speaks (decided when the explainer is assembled)."""
    ranges = [(s.paragraph, s.start, s.end) for s in sources]
    for draft in index.drafts:
        if (
            draft.kind in (PartyKind.ORGANISATION, PartyKind.GROUP)
            and draft.mentions
            and all(any(p == m.paragraph and s <= m.start < e for p, s, e in ranges) for m in draft.mentions)
        ):
            draft.cited = True


def _reporters_only(parsed: ParsedArticle, index: PartyIndex, sources: list[SourceMention]) -> None:
    """'Kanal Vesta reported on Tuesday that ...', the newsroom tagged a person: a name the report
    only ever cites as the one who reported something is its source (a newsroom or a reporter),
    a party only if it speaks. A person who reported a theft to the police acts: no clause follows.
    So is a one-word 'person' the report only cites ('according to Vesta'): no one's full name."""
    cited = {(s.paragraph, s.start) for s in sources}
    for draft in index.drafts:
        if (
            draft.kind == PartyKind.PERSON
            and draft.mentions
            and not draft.role
            and all((m.paragraph, m.start) in cited for m in draft.mentions)
            and (len(draft.name.split()) == 1 or all(_reports_that(parsed, m) for m in draft.mentions))
        ):
            draft.cited = True


def _reports_that(parsed: ParsedArticle, mention: Mention) -> bool:
    doc = parsed.docs[mention.paragraph]
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    verb = span.root.head if span is not None and len(span) and span.root.dep_ == "nsubj" else None
    return verb is not None and verb.lemma_ == "report" and any(c.dep_ == "ccomp" for c in verb.children)
