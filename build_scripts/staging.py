"""The generated pages, staged on disk between builds.

A build whose inputs are the same as the last one's (every article, the curation file, the
extractor, the renderer and its templates) reuses the staged pages: nothing is extracted,
assembled or rendered, and the rebuild costs what MkDocs costs. A page is rewritten only when
its text changed, so its modification time tells `mkdocs serve --dirty` which pages to rebuild.
The manifest is removed before pages change and written last, so an interrupted write is never
taken for a finished one.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .cache import article_key
from .curate import curation_path
from .load import read_text
from .model import Article

RENDERER_FILES = ("*.py", "templates/*.j2")


@functools.lru_cache(maxsize=1)
def renderer_fingerprint() -> str:
    """Every source file of the build: a change to any of them may change the pages."""
    import jinja2

    package = Path(__file__).parent
    digest = hashlib.sha256(jinja2.__version__.encode())
    for pattern in RENDERER_FILES:
        for path in sorted(package.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def site_key(articles: tuple[Article, ...], seeds: Path) -> str:
    """What the pages depend on: the articles (through their extraction keys, which cover the
    extractor and the model), the curation file and the renderer."""
    digest = hashlib.sha256(renderer_fingerprint().encode())
    for article in articles:
        digest.update(article_key(article).encode())
    curation = curation_path(seeds)
    digest.update(b"\0curation\0" + (read_text(curation).encode("utf-8") if curation else b""))
    return digest.hexdigest()


@dataclass(frozen=True)
class Manifest:
    key: str
    pages: tuple[str, ...]  # paths relative to the staged pages folder, sorted
    notes: tuple[str, ...]  # curation warnings, said again on every build
    made: dict  # what the "how this page was made" note says, but the build date


class StagedSite:
    def __init__(self, root: Path):
        self.root = root
        self.pages_dir = root / "pages"
        self._manifest_path = root / "manifest.json"

    def manifest(self) -> Manifest | None:
        try:
            data = json.loads(self._manifest_path.read_text(encoding="utf-8"))
            manifest = Manifest(data["key"], tuple(data["pages"]), tuple(data["notes"]), data["made"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not all((self.pages_dir / page).is_file() for page in manifest.pages):
            return None  # somebody removed staged pages: build them again
        return manifest

    def write(self, key: str, pages: dict[str, str], notes: tuple[str, ...], made: dict) -> Manifest:
        """Stage the pages: unchanged ones keep their file (and its time), stale ones go."""
        self._manifest_path.unlink(missing_ok=True)
        self.pages_dir.mkdir(parents=True, exist_ok=True)
        for path, content in pages.items():
            _write_if_changed(self.pages_dir / path, content.encode("utf-8"))
        wanted = {self.pages_dir / path for path in pages}
        for existing in sorted(self.pages_dir.rglob("*"), reverse=True):
            if existing.is_file() and existing not in wanted:
                existing.unlink()
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()
        manifest = Manifest(key, tuple(sorted(pages)), tuple(notes), made)
        _atomic_write(self._manifest_path, json.dumps(
            {"key": key, "pages": manifest.pages, "notes": manifest.notes, "made": made},
            ensure_ascii=False, sort_keys=True).encode("utf-8"))
        return manifest


def _write_if_changed(path: Path, content: bytes) -> None:
    try:
        if path.stat().st_size == len(content) and path.read_bytes() == content:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, content)


def _atomic_write(path: Path, content: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(content)
    os.replace(handle.name, path)
