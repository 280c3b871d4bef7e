"""The build, top-down: load -> extract -> assemble -> curate. Rendering is render.py's."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from .assemble import assemble
from .cache import ExtractionCache
from .curate import apply_curation, load_curation
from .load import load_article, load_seeds
from .model import Article, Explainer


def build_explainer(seeds: Path, cache: ExtractionCache | None = None) -> Explainer:
    articles = load_seeds(seeds)
    corrections = load_curation(seeds)  # read before the slow part so a bad file fails fast
    explainer = extract(articles, cache)
    curated, warnings = apply_curation(explainer, corrections)
    return dataclasses.replace(curated, notes=tuple(warnings))


def build_from_files(paths: list[Path]) -> Explainer:
    """The extract command: articles named on the command line, with no curation."""
    articles: list[Article] = []
    for path in paths:
        articles.extend(load_seeds(path) if path.is_dir() else [load_article(path)])
    return extract(articles)


def extract(articles, cache: ExtractionCache | None = None) -> Explainer:
    return assemble(extract_articles(list(articles), cache))


def extract_articles(articles: list[Article], cache: ExtractionCache | None = None) -> list:
    """Per-article extractions, from the cache where the article is unchanged."""
    results = [cache.get(a) if cache else None for a in articles]
    missing = [i for i, r in enumerate(results) if r is None]
    if missing:
        # imported here: a build whose articles are all cached needs no NLP stack at all
        from .extract.article import extract_parsed
        from .extract.doc import parse_article
        from .nlp import load_nlp

        nlp = load_nlp()
        for i in missing:
            results[i] = extract_parsed(parse_article(articles[i], nlp))
            if cache:
                cache.put(articles[i], results[i])
    return results
