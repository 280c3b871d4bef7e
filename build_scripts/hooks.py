"""MkDocs hook: adapts the pipeline to MkDocs and does nothing else.

The pipeline runs in on_pre_build, before MkDocs cleans site/, so a bad seed stops the build
with the last good site still in place. Generated pages are virtual files: nothing is written
into docs/.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

# MkDocs imports hooks by file path, not as part of a package: make the package importable.
_PROJECT = Path(__file__).resolve().parent.parent
if str(_PROJECT) not in sys.path:
    sys.path.insert(0, str(_PROJECT))

from build_scripts.cache import ExtractionCache  # noqa: E402
from build_scripts.errors import ExplainerError  # noqa: E402
from build_scripts.pipeline import build_explainer  # noqa: E402
from build_scripts.render import provenance, render_site  # noqa: E402
from build_scripts.serialize import to_json  # noqa: E402

log = get_plugin_logger(__name__)
_generated: dict[str, str] = {}


def seeds_dir(config) -> Path:
    return Path(config.config_file_path).resolve().parent / "seeds"


def on_pre_build(config) -> None:
    cache = ExtractionCache(Path(config.config_file_path).resolve().parent / ".cache" / "extraction")
    try:
        explainer = build_explainer(seeds_dir(config), cache)
        pages = render_site(explainer)
    except ExplainerError as exc:
        raise PluginError(exc.describe()) from exc
    log.info(f"extraction: {cache.hits} article(s) from the cache, {cache.misses} extracted")
    for note in explainer.notes:
        log.warning(note)
    if explainer.notes and config.strict:
        # strict builds abort only after writing; stop here instead, keeping the last good site
        raise PluginError(f"{len(explainer.notes)} curation warning(s) in strict mode")
    _generated.clear()
    _generated.update(pages)
    _generated["explainer.json"] = to_json(explainer)
    config.extra["made"] = provenance(explainer)


def on_files(files: Files, config) -> Files:
    # one lookup of the hand-written files: MkDocs re-indexes its file list after every append
    clashes = sorted(path for path in _generated if files.get_file_from_path(path) is not None)
    if clashes:
        raise PluginError(f"docs/{clashes[0]} is generated from seeds/; remove the hand-written file")
    for path in sorted(_generated):
        files.append(File.generated(config, path, content=_generated[path]))
    return files


def on_serve(server, config, builder):
    server.watch(str(seeds_dir(config)))
    return server
