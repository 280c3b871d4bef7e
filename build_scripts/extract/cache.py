"""Content-addressed cache of per-article extractions.

The key is a hash of the article (id, metadata, paragraphs), the source of everything an
extraction's shape depends on (the extractor, the data model, this cache and its codec) and the
spaCy model's name and version: an unchanged article is never parsed again, a changed one is
re-extracted alone, and any change to the code invalidates everything.

The cache may be shared (a CI cache) or planted, so it holds data that cannot execute: JSON,
written by extract/codec.py and validated on the way back. A corrupt entry, an entry written for
another key, a link or anything that fails validation is a miss. Entries are written atomically.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from .. import settings
from ..load.untrusted import read_regular_file, real_directory
from ..model import Article

__all__ = ["PACKAGE", "SOURCE_SUFFIXES", "ExtractionCache", "article_key", "extractor_fingerprint", "package_digest"]

PACKAGE = Path(__file__).parent.parent  # build_scripts/, every stage
SOURCE_SUFFIXES = frozenset({".py", ".j2", ".txt", ".json", ".yml", ".yaml", ".csv"})


def package_digest(digest, skip: frozenset = frozenset()) -> None:
    """Feed every source and data file of the package, at any depth, into a hash: a module moved
    into a subpackage or a word list added anywhere changes it. Folders named in `skip` are left
    out (the templates, which no extraction reads)."""
    files = [
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in SOURCE_SUFFIXES
        and path.is_file()
        and not skip & set(path.relative_to(PACKAGE).parts[:-1])
        and "__pycache__" not in path.parts
    ]
    for path in sorted(files, key=lambda p: p.relative_to(PACKAGE).as_posix()):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """The package's code and word lists and the model: what an extraction depends on besides
    its input. Any module counts, not only the extractor's: they share the name knowledge."""
    from .nlp import model_version

    digest = hashlib.sha256(model_version().encode())
    package_digest(digest, skip=frozenset({"templates"}))
    return digest.hexdigest()[:16]


def article_key(article: Article) -> str:
    content = json.dumps(
        [article.id, article.title, article.published, article.outlet, article.url, list(article.paragraphs)],
        ensure_ascii=False,
    )
    return hashlib.sha256((extractor_fingerprint() + content).encode("utf-8", "surrogatepass")).hexdigest()


class ExtractionCache:
    def __init__(self, root: Path):
        self.root = root
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, article: Article):
        from .codec import CorruptEntry, decode

        key = article_key(article)
        try:
            record = json.loads(read_regular_file(self._path(key), settings.LIMITS.cache_entry_bytes))
            if not isinstance(record, dict) or record.get("key") != key:
                raise CorruptEntry("an entry for another article")
            value = decode(record.get("extraction"), article)
        except (OSError, ValueError, RecursionError):  # CorruptEntry and JSON errors are ValueErrors
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, article: Article, extraction) -> None:
        from .codec import encode

        key = article_key(article)
        path = self._path(key)
        data = json.dumps({"key": key, "extraction": encode(extraction)}, ensure_ascii=False, separators=(",", ":"))
        try:
            real_directory(path.parent, self.root.parent)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
                handle.write(data.encode("utf-8", "surrogatepass"))
            os.replace(handle.name, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
