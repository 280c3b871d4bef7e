"""Temporal expressions of documents in the TempEval-3 JSONL format (id, dct, text), printed in
the scorer's prediction format: one line per document, {"id", "timexes": [...]}."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Iterator

from .errors import ExplainerError
from .extract.tense import is_future
from .extract.timex import Timex, find_timexes
from .extract.timex_patterns import UNITS
from .nlp import load_nlp


def document_timexes(text: str, dct: dt.date | None, nlp) -> list[dict]:
    doc = nlp(text)
    found = find_timexes(text, dct, lambda char, strict=False: is_future(doc, char, strict))
    return [_as_timex3(t) for t in found if not _TIMELINE_ONLY.search(t.text)]


# "the third round of talks" dates a timeline event, but TimeML marks no round or session
_TIMELINE_ONLY = re.compile(r"\b(?:round|session)\b", re.I)


def _as_timex3(timex: Timex) -> dict:
    """TIMEX3 marks the span of 'two years' in 'two years after/before/since the attack' as a
    DURATION; the timeline uses the anchored date, the annotation the duration."""
    words = timex.text.split()
    if timex.kind == "ago" and words[-1].lower() in ("after", "before", "since") and timex.offset:
        amount, unit = timex.offset
        span = timex.text[: timex.text.rstrip().rfind(" ")].rstrip()
        label = {"DE": "Y"}.get(unit, unit)
        count = abs(amount) * (10 if unit == "DE" else 1)
        value = f"PT{count}{unit}" if unit in ("H", "MIN") else f"P{count}{label}"
        return {"text": span, "start": timex.start, "end": timex.start + len(span), "type": "DURATION", "value": value}
    if timex.kind == "ago" and words[-1].lower() in ("after", "before") and len(words) == 2 \
            and words[0].lower().endswith("s"):  # "weeks before the vote": some weeks; "before" is the signal
        unit = UNITS.get(words[0].lower().rstrip("s"), "X")
        value = f"PTX{'M' if unit == 'MIN' else unit}" if unit in ("H", "MIN") else f"PX{unit}"
        return {"text": words[0], "start": timex.start, "end": timex.start + len(words[0]), "type": "DURATION", "value": value}
    if timex.kind == "ordinal_day" and timex.text.endswith(" of"):  # "the second day of": TimeML ends at the noun
        return {"text": timex.text[:-3], "start": timex.start, "end": timex.end - 3, "type": timex.type, "value": timex.value or ""}
    type_, value = timex.type, timex.value or ""
    part = _PART_OF_DAY.get(timex.text.lower().split()[-1])
    if part and type_ == "DATE" and len(value) == 10:
        # "Friday morning": the day and its part; TimeBank types it DATE (19 of 29 in TempEval train)
        value = f"{value}T{part}"
    return {"text": timex.text, "start": timex.start, "end": timex.end, "type": type_, "value": value}


_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


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
