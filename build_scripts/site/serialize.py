"""explainer.json: the published data, in the shape of ../shared/explainer.schema.json."""

from __future__ import annotations

import json

from ..model import Explainer, Source

__all__ = ["SCHEMA_VERSION", "to_data", "to_json"]

SCHEMA_VERSION = 1


def to_data(explainer: Explainer) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "published": a.published,
                "outlet": a.outlet,
                "url": a.url,
                "paragraphs": list(a.paragraphs),
            }
            for a in explainer.articles
        ],
        "quotes": [
            {
                "id": q.id,
                "article": q.article,
                "paragraph": q.paragraph,
                "text": q.text,
                "speaker": q.speaker,
                "attribution": q.attribution.value,
                "cue": q.cue,
                "via": q.via,
                "key": bool(q.key),
            }
            for q in explainer.quotes
        ],
        "parties": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "aliases": list(p.aliases),
                "role": p.role,
                "affiliation": p.affiliation,
                "positions": [{"text": s.text, "article": s.article, "paragraph": s.paragraph} for s in p.positions],
                "mentions": [{"article": m.article, "paragraph": m.paragraph} for m in p.mentions],
                "main": bool(p.main),
            }
            for p in explainer.parties
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date,
                "relative": e.relative,
                "what": e.what,
                "article": e.article,
                "paragraph": e.paragraph,
                "evidence": e.evidence,
                "parties": list(e.parties),
                "approximate": e.approximate,
                "reported_in": [{"article": s.article, "paragraph": s.paragraph} for s in e.sources],
                "actor": e.actor,
                "key": bool(e.key),
            }
            for e in explainer.events
        ],
        "sources": [_citing_report(s, article) for s in explainer.sources for article in s.articles()],
    }


def _citing_report(source: Source, article: str) -> dict:
    """A source as one report cites it: the schema gives a source one article, and a reader of
    that report wants what it cites; "source" ties the reports citing the same one together."""
    citations = [c for c in source.citations if c.article == article]
    return {
        "id": f"{source.id}@{article}",
        "source": source.id,
        "name": source.name,
        "kind": source.kind.value,
        "cited_for": citations[0].cited_for,
        "article": article,
        "paragraph": citations[0].paragraph,
        "cited_in": [{"article": c.article, "paragraph": c.paragraph, "cited_for": c.cited_for} for c in citations],
    }


def to_json(explainer: Explainer) -> str:
    return json.dumps(to_data(explainer), ensure_ascii=False, indent=1) + "\n"
