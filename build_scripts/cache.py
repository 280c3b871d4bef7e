"""Content-addressed cache of per-article extractions.

The key is a hash of the article (id, metadata, paragraphs), the extractor's own source code and
the spaCy model's name and version: an unchanged article is never parsed again, a changed one is
re-extracted alone, and any change to the extractor invalidates everything. Entries are written
atomically; an unreadable entry is treated as missing.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path

from .model import Article

EXTRACTOR_PACKAGE = Path(__file__).parent / "extract"


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """The extractor's source files and the model: what an extraction depends on besides input."""
    from .nlp import model_version

    digest = hashlib.sha256(model_version().encode())
    for path in sorted(EXTRACTOR_PACKAGE.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(article: Article) -> str:
    content = json.dumps([article.id, article.title, article.published, article.outlet, article.url,
                          list(article.paragraphs)], ensure_ascii=False)
    return hashlib.sha256((extractor_fingerprint() + content).encode("utf-8")).hexdigest()


class ExtractionCache:
    def __init__(self, root: Path):
        self.root = root
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, article: Article):
        path = self._path(article_key(article))
        try:
            with path.open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, article: Article, extraction) -> None:
        path = self._path(article_key(article))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
                pickle.dump(extraction, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
