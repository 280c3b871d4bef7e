"""The build, top-down: load -> extract -> assemble -> curate -> rank -> render (pages, data, feed) -> stage."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import settings
from .curate.apply import apply_curation
from .curate.corrections import curation_text, load_curation, parse_curation, splits
from .extract.cache import ExtractionCache
from .link.assemble import assemble
from .load.seeds import (
    article_files,
    check_unique_stems,
    load_article,
    load_seeds,
    named_articles,
    once_each,
    unread_entries,
)
from .model import Article, Explainer
from .progress import Progress
from .rank.salience import mark_salience
from .rank.timeline import undated_reports
from .site.feed import FeedSettings, atom_feed
from .site.render import build_date, provenance, render_site
from .site.serialize import to_json
from .site.staging import Manifest, StagedSite, site_key

__all__ = ["Report", "build_explainer", "build_from_files", "build_site", "extract", "extract_articles", "load_models"]

Report = Callable[[str], None] | None  # where progress lines go


def build_site(
    seeds: Path, cache: ExtractionCache, staged: StagedSite, report: Report = None, feed: FeedSettings = FeedSettings()
) -> tuple[Manifest, bool]:
    """The site's generated pages, staged; True when the last build's pages were still current."""
    articles, notes = _seeds(seeds)
    curation = curation_text(seeds)
    corrections = parse_curation(*curation)  # validated on every build, even when nothing changed
    key = site_key(articles, curation[1], repr(feed))
    manifest = staged.manifest()
    if manifest is not None and manifest.key == key:
        return manifest, True
    explainer = _curated(extract(articles, cache, splits(corrections), report), corrections, notes)
    pages = render_site(explainer)
    pages["explainer.json"] = to_json(explainer)
    pages["feed.xml"] = atom_feed(explainer, feed, build_date())
    return staged.write(key, pages, explainer.notes, provenance(explainer)), False


def build_explainer(seeds: Path, cache: ExtractionCache | None = None) -> Explainer:
    articles, notes = _seeds(seeds)
    corrections = load_curation(seeds)  # read before the slow part so a bad file fails fast
    return _curated(extract(articles, cache, splits(corrections)), corrections, notes)


def _seeds(seeds: Path) -> tuple[tuple[Article, ...], list[str]]:
    """The seeds' articles, each text once, and what the editor should know about the folder."""
    articles, repeats = once_each(load_seeds(seeds))
    return articles, unread_entries(seeds) + repeats


def _curated(explainer: Explainer, corrections, notes: Sequence[str] = ()) -> Explainer:
    """The editor's corrections, then what matters first: ranked after curation so a merge or a
    drop counts, and so the editor's own `main` and `key` marks stand."""
    curated, warnings = apply_curation(explainer, corrections)
    every_note = (*notes, *undated_reports(curated), *warnings)
    return dataclasses.replace(mark_salience(curated), notes=every_note, corrections=len(corrections))


def build_from_files(paths: list[Path], report: Report = None) -> Explainer:
    """The extract command: articles named on the command line, with no curation. A metadata
    file named too (`extract seeds/*`) is read with its article, not as one."""
    files = [file for path in paths for file in (article_files(path) if path.is_dir() else named_articles(path))]
    check_unique_stems(files)
    return mark_salience(extract([load_article(file) for file in files], report=report))


def extract(
    articles, cache: ExtractionCache | None = None, split: dict[str, set[str]] | None = None, report: Report = None
) -> Explainer:
    """Extract each article (from the cache where it is unchanged), then link the reports into
    one story, keeping apart what the editor split."""
    return assemble(extract_articles(list(articles), cache, report), split)


def extract_articles(articles: list[Article], cache: ExtractionCache | None = None, report: Report = None) -> list:
    """Per-article extractions, from the cache where the article is unchanged; a long
    extraction reports its progress (progress.py)."""
    results = [cache.get(a) if cache else None for a in articles]
    missing = [i for i, r in enumerate(results) if r is None]
    if missing:
        with Progress(len(missing), report) as progress:
            for i, extraction in zip(missing, _extract_uncached([articles[i] for i in missing])):
                results[i] = extraction
                if cache:
                    cache.put(articles[i], extraction)
                progress.article_done()
    return results


def _extract_one(article: Article):
    # imported here: a build whose articles are all cached needs no NLP stack at all
    from .extract.article import extract_parsed
    from .extract.doc import parse_article
    from .extract.nlp import load_nlp

    return extract_parsed(parse_article(article, load_nlp()))


def load_models() -> None:
    """The spaCy model and the name lists the rules consult, loaded once per process."""
    from .extract.article import load_resources
    from .extract.nlp import load_nlp

    load_nlp()
    load_resources()


def _extract_uncached(articles: list[Article]) -> Iterator:
    """Parse and extract, one result as each is ready; with many articles, on every core.
    Workers are forked after the model is loaded, so they share it instead of loading it
    again; results keep input order."""
    load_models()
    workers = min(os.cpu_count() or 1, settings.WORK.most_workers)
    if (
        len(articles) < settings.WORK.parallel_from
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield from map(_extract_one, articles)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_extract_one, articles, chunksize=4)
