"""Temporal expressions of documents in the TempEval-3 JSONL format (id, dct, text), printed in
the scorer's prediction format: one line per document, {"id", "timexes": [...]}."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ...errors import ExplainerError
from ..events.tense import clause_tense
from ..nlp import load_nlp
from . import as_timex3, find_timexes, is_timeml_timex

__all__ = ["document_timexes", "read_documents", "timex_predictions"]


def document_timexes(text: str, dct: dt.date | None, nlp) -> list[dict]:
    doc = nlp(text)
    found = find_timexes(text, dct, lambda char, strict=False: clause_tense(doc, char, strict))
    return [as_timex3(t) for t in found if is_timeml_timex(t)]


def read_documents(path: Path) -> Iterator[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExplainerError(f"cannot read the file ({exc})", path) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            dct = dt.date.fromisoformat(record["dct"][:10]) if record.get("dct") else None
            yield {"id": record["id"], "text": record["text"], "dct": dct}
        except (ValueError, KeyError, TypeError) as exc:
            raise ExplainerError(f"not a document record with id, dct and text ({exc})", path, number) from exc


def timex_predictions(path: Path) -> Iterator[str]:
    nlp = load_nlp()
    for record in read_documents(path):
        timexes = document_timexes(record["text"], record["dct"], nlp)
        yield json.dumps({"id": record["id"], "timexes": timexes}, ensure_ascii=False)
