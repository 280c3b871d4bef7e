"""The generated pages, staged on disk between builds.

A build whose inputs are the same as the last one's (every article, the curation file, the
extractor, the renderer and its templates) reuses the staged pages: nothing is extracted,
assembled or rendered, and the rebuild costs what MkDocs costs. A page is rewritten only when
its text changed, so its modification time tells `mkdocs serve --dirty` which pages to rebuild.
The manifest is removed before pages change and written last, so an interrupted write is never
taken for a finished one.

A staged page is Markdown that MkDocs publishes as it is, so .cache/ (shareable, plantable) must
not be able to supply one: the manifest holds each page's SHA-256 and is signed with a key kept
outside .cache/ (local_secret); a page is reused only under a valid signature and digest.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import settings
from ..extract.cache import article_key, package_digest
from ..load.untrusted import read_regular_file, real_directory
from ..model import Article

__all__ = ["SECRET_FILE", "Manifest", "StagedSite", "local_secret", "renderer_fingerprint", "site_key"]

SECRET_FILE = ".cache-key"  # beside .cache/, in the project folder; never shared, never committed


@functools.lru_cache(maxsize=1)
def renderer_fingerprint() -> str:
    """Every source file of the build: a change to any of them may change the pages."""
    import jinja2

    digest = hashlib.sha256(jinja2.__version__.encode())
    package_digest(digest)
    return digest.hexdigest()


def site_key(articles: tuple[Article, ...], curation: str, site_settings: str = "") -> str:
    """What the pages depend on: the articles (through their extraction keys, which cover the
    extractor and the model), the curation file's text, the renderer and the site's settings
    that reach a generated file (the feed's site_url and name)."""
    digest = hashlib.sha256(renderer_fingerprint().encode())
    for article in articles:
        digest.update(article_key(article).encode())
    digest.update(b"\0curation\0" + curation.encode("utf-8"))
    digest.update(b"\0settings\0" + site_settings.encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Manifest:
    key: str
    pages: tuple[str, ...]  # paths relative to the staged pages folder, sorted
    notes: tuple[str, ...]  # warnings about the seeds and the curation, said again on every build
    made: dict  # what the "how this page was made" note says, but the build date


def local_secret(path: Path) -> bytes:
    """This checkout's key for signing staged pages, made on first use. It lives outside
    .cache/ so that a shared or planted cache cannot carry a valid signature; if it cannot be
    kept, a key for this process alone only means the pages are rendered again next time."""
    try:
        data = read_regular_file(path, 1024).strip()
        if re.fullmatch(rb"[0-9a-f]{64}", data):
            return data
    except OSError:
        pass
    secret = secrets.token_hex(32).encode()
    try:
        path.unlink(missing_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secret + b"\n")
    except OSError:
        pass
    return secret


class StagedSite:
    """The staged pages and their manifest. The manifest lists every page with its SHA-256 and
    is signed (HMAC) with the checkout's secret: staged pages are published again only if they
    are exactly what this checkout wrote. Folders in .cache/ are never followed through links."""

    def __init__(self, root: Path, secret: bytes):
        self._move_to(root)
        self._secret = secret
        self.unwritable: str | None = None  # why the pages are staged in a temporary folder instead

    def _move_to(self, root: Path) -> None:
        self.root = root
        self.pages_dir = root / "pages"
        self._manifest_path = root / "manifest.json"

    def _signature(self, record: dict) -> str:
        return hmac.new(
            self._secret, json.dumps(record, sort_keys=True, ensure_ascii=True).encode(), "sha256"
        ).hexdigest()

    def manifest(self) -> Manifest | None:
        """The last build's manifest if it is signed by this checkout and every page is intact."""
        try:
            data = json.loads(read_regular_file(self._manifest_path, settings.LIMITS.manifest_bytes))
            record = {k: data[k] for k in ("key", "pages", "notes", "made")}
            if not hmac.compare_digest(str(data["signature"]), self._signature(record)):
                return None
            digests = record["pages"]
            if not all(_PAGE_PATH.fullmatch(page) for page in digests):
                return None
            for page, digest in digests.items():
                if (
                    hashlib.sha256(read_regular_file(self.pages_dir / page, settings.LIMITS.page_bytes)).hexdigest()
                    != digest
                ):
                    return None  # a page changed or removed since: build again
            return Manifest(record["key"], tuple(sorted(digests)), tuple(record["notes"]), record["made"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def write(self, key: str, pages: dict[str, str], notes: tuple[str, ...], made: dict) -> Manifest:
        """Stage the pages: unchanged ones keep their file (and its time), stale ones go. Where
        they cannot be written (.cache is a file, read-only or on a full disk), they go to a
        temporary folder for this process: that costs the next build its reuse, not this build."""
        try:
            return self._write(key, pages, notes, made)
        except OSError as exc:
            if self.unwritable is not None:
                raise  # the temporary folder failed too: nothing left to fall back on
            self.unwritable = f"{exc.strerror or exc} ({exc.filename or self.root})"
            self._move_to(_temporary_root())
            return self._write(key, pages, notes, made)

    def _write(self, key: str, pages: dict[str, str], notes: tuple[str, ...], made: dict) -> Manifest:
        real_directory(self.pages_dir, self.root.parent)
        self._manifest_path.unlink(missing_ok=True)
        for folder in sorted({(self.pages_dir / path).parent for path in pages}):
            real_directory(folder, self.root.parent)
        digests = {}
        for path, content in pages.items():
            data = content.encode("utf-8")
            _write_if_changed(self.pages_dir / path, data)
            digests[path] = hashlib.sha256(data).hexdigest()
        _remove_unwanted(self.pages_dir, {self.pages_dir / path for path in pages})
        manifest = Manifest(key, tuple(sorted(pages)), tuple(notes), made)
        record = {"key": key, "pages": digests, "notes": list(manifest.notes), "made": made}
        _atomic_write(
            self._manifest_path,
            json.dumps({**record, "signature": self._signature(record)}, ensure_ascii=False, sort_keys=True).encode(
                "utf-8"
            ),
        )
        return manifest


@functools.cache
def _temporary_root() -> Path:
    """One temporary staging folder per process (`mkdocs serve` rebuilds into it), removed at exit."""
    folder = tempfile.TemporaryDirectory(prefix="explainer-pages-")
    atexit.register(folder.cleanup)
    return Path(folder.name) / "site"


_PAGE_PATH = re.compile(r"[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*\.(md|json|xml)")


def _remove_unwanted(folder: Path, wanted: set[Path]) -> None:
    """Delete what is in the staged folder but not wanted, links included (the link, never
    its target); os.walk does not descend into linked folders."""
    for directory, folders, files in os.walk(folder, topdown=False):
        here = Path(directory)
        for name in files + [f for f in folders if (here / f).is_symlink()]:
            if here / name not in wanted:
                (here / name).unlink()
        for name in folders:
            child = here / name
            if not child.is_symlink() and child.is_dir() and not any(child.iterdir()):
                child.rmdir()


def _write_if_changed(path: Path, content: bytes) -> None:
    try:
        if path.lstat().st_size == len(content) and read_regular_file(path, len(content)) == content:
            return
    except OSError:
        pass
    _atomic_write(path, content)


def _atomic_write(path: Path, content: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(content)
    os.replace(handle.name, path)
