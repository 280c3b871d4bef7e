"""MkDocs hook: adapts the pipeline to MkDocs and does nothing else.

The pipeline runs in on_pre_build, before MkDocs cleans site/, so a bad seed stops the build
with the last good site still in place. Generated pages are staged in .cache/site/, never in
docs/.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

__all__ = [
    "BuildState",
    "check_site_dir",
    "feed_settings",
    "log",
    "on_files",
    "on_post_build",
    "on_pre_build",
    "on_serve",
    "on_startup",
    "seeds_dir",
]

# MkDocs imports hooks by file path, not as part of a package: make the package importable.
_PROJECT = Path(__file__).resolve().parent.parent
if str(_PROJECT) not in sys.path:
    sys.path.insert(0, str(_PROJECT))

from build_scripts.errors import ExplainerError
from build_scripts.extract.cache import ExtractionCache
from build_scripts.pipeline import build_site, load_models
from build_scripts.site.feed import FeedSettings
from build_scripts.site.render import build_date
from build_scripts.site.staging import SECRET_FILE, Manifest, StagedSite, local_secret

log = get_plugin_logger(__name__)


@dataclass
class BuildState:
    """What one build's events hand on to the next: MkDocs calls a hook module's functions, so
    the only place for it is the module. One record, replaced at the start of every build, so
    nothing of an earlier `mkdocs serve` rebuild survives into the next."""

    staged: StagedSite | None = None  # on_pre_build -> on_files
    manifest: Manifest | None = None
    page_urls: set[str] = field(default_factory=set)  # on_files -> on_post_build (a dirty rebuild's search index)


_build = BuildState()


def on_startup(command: str, dirty: bool) -> None:
    """Under `mkdocs serve` the first build reuses the staged pages without spaCy, so the first
    edit would pay for loading the model (about a second); load it while the editor reads."""
    if command == "serve":
        threading.Thread(target=load_models, name="load-spacy", daemon=True).start()


def seeds_dir(config) -> Path:
    return Path(config.config_file_path).resolve().parent / "seeds"


def check_site_dir(site_dir: Path) -> None:
    """MkDocs empties and rewrites the site folder after this hook; one it cannot write would
    fail half-way with a traceback. Checked first, so the last good site stays as it is."""
    if os.path.lexists(site_dir) and not site_dir.is_dir():
        raise PluginError(f"{site_dir}: not a folder, and the site is built there; move it away")
    folders = (
        (f for f, _, _ in os.walk(site_dir)) if site_dir.exists() else [next(p for p in site_dir.parents if p.exists())]
    )
    for folder in folders:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PluginError(f"{folder}: cannot write here, and the site is built here; make it writable")


def feed_settings(config) -> FeedSettings:
    return FeedSettings(
        site_name=config.site_name, site_url=config.site_url or None, directory_urls=bool(config.use_directory_urls)
    )


def on_pre_build(config) -> None:
    global _build
    _build = BuildState()
    check_site_dir(Path(config.site_dir))
    project = Path(config.config_file_path).resolve().parent
    cache_dir = project / ".cache"
    cache = ExtractionCache(cache_dir / "extraction")
    staged = StagedSite(cache_dir / "site", local_secret(project / SECRET_FILE))
    try:
        manifest, reused = build_site(seeds_dir(config), cache, staged, log.info, feed_settings(config))
    except ExplainerError as exc:
        raise PluginError(exc.describe()) from exc
    if not config.site_url:  # info, not a warning: the README's strict build must pass without it
        log.info("feed: links in feed.xml are relative; feed readers work best with site_url set in mkdocs.yml")
    if staged.unwritable:  # costs speed, not the build: no warning, which --strict would count
        log.info(f"pages: cannot write .cache/site ({staged.unwritable}); staged in a temporary folder instead")
    if reused:
        log.info("pages: unchanged inputs, the staged pages are reused")
    else:
        log.info(f"extraction: {cache.hits} article(s) from the cache, {cache.misses} extracted")
    for note in manifest.notes:
        log.warning(note)
    if manifest.notes and config.strict:
        # strict builds abort only after writing; stop here instead, keeping the last good site
        raise PluginError(f"{len(manifest.notes)} warning(s) about the seeds in strict mode")
    # checked here, before MkDocs empties site/, rather than when the file lists meet in on_files
    clashes = [path for path in manifest.pages if os.path.lexists(Path(config.docs_dir, path))]
    if clashes:
        raise PluginError(f"docs/{clashes[0]} has the name of a page generated from seeds/; rename or remove it")
    _build.staged, _build.manifest = staged, manifest
    config.extra["made"] = {**manifest.made, "built": build_date()}
    # the story's name, not the product's ('News explainer' in mkdocs.yml): the editor's title in
    # the curation file, or the event most reports tell (site/summary.py), made safe to print raw
    if manifest.made.get("title"):
        config.site_name = manifest.made["title"]
    if manifest.made.get("description"):
        config.site_description = manifest.made["description"]


def on_files(files: Files, config) -> Files:
    if _build.staged is None or _build.manifest is None:
        raise PluginError("on_files ran without on_pre_build: the explainer's pages were not staged")
    for path in _build.manifest.pages:
        files.append(File(path, str(_build.staged.pages_dir), config.site_dir, config.use_directory_urls))
    # as Material's search locates them: the home page is "", not "./"
    _build.page_urls = {"" if f.url == "./" else f.url for f in files.documentation_pages()}
    return files


@event_priority(50)  # before Material's search plugin writes the index
def on_post_build(config) -> None:
    """`mkdocs serve --dirty` rebuilds only the pages whose staged Markdown changed. Material's
    search merges such a partial index with the previous one assuming a single page changed;
    one edited article changes several. Merge here instead: the previous entries of every page
    not rebuilt and still in the site, then this build's entries."""
    search = config.plugins.get("material/search")
    if search is None or not getattr(search, "is_dirty", False) or search.search_index_prev is None:
        return
    rebuilt = {entry["location"].split("#")[0] for entry in search.search_index.entries}
    kept = [
        entry
        for entry in search.search_index_prev.entries
        if entry["location"].split("#")[0] not in rebuilt and entry["location"].split("#")[0] in _build.page_urls
    ]
    search.search_index.entries = kept + search.search_index.entries
    search.search_index_prev = None  # merged already


def on_serve(server, config, builder):
    server.watch(str(seeds_dir(config)))
    return server
