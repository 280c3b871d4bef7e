"""The build, top-down: load -> extract -> assemble -> curate. Rendering is render.py's."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from .assemble import assemble
from .curate import apply_curation, load_curation
from .extract import extract_parsed
from .extract.doc import parse_article
from .load import load_article, load_seeds
from .model import Article, Explainer
from .nlp import load_nlp


def build_explainer(seeds: Path) -> Explainer:
    articles = load_seeds(seeds)
    corrections = load_curation(seeds)  # read before the slow part so a bad file fails fast
    explainer = extract(articles)
    curated, warnings = apply_curation(explainer, corrections)
    return dataclasses.replace(curated, notes=tuple(warnings))


def build_from_files(paths: list[Path]) -> Explainer:
    """The extract command: articles named on the command line, with no curation."""
    articles: list[Article] = []
    for path in paths:
        articles.extend(load_seeds(path) if path.is_dir() else [load_article(path)])
    return extract(articles)


def extract(articles) -> Explainer:
    nlp = load_nlp()
    return assemble([extract_parsed(parse_article(a, nlp)) for a in articles])
