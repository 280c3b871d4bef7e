"""TimeML's conventions for the TIMEX3 export (the TempEval benchmark and the `timex` command):
where the annotation guidelines mark a different extent or type than the timeline needs."""

from __future__ import annotations

import re

from ..resources import word_set
from .durations import normalise_duration
from .find import Timex
from .vocabulary import PARTS_OF_DAY, UNITS, Tense, number, words_of

__all__ = ["as_timex3", "is_timeml_timex"]

# "the third round of talks" dates a timeline event, but TimeML marks no round or session
_TIMELINE_ONLY = re.compile(r"\b(?:round|session)\b", re.IGNORECASE)
# TempEval train: 13 lengths before such a signal annotated without it, none with it
_SIGNALS = word_set("timeml_signals")


def is_timeml_timex(timex: Timex) -> bool:
    return not _TIMELINE_ONLY.search(timex.text)


def as_timex3(timex: Timex) -> dict:
    """The export record {text, start, end, type, value} of one expression.

    TIMEX3 marks 'two years' in 'two years after/before/since the attack' as a DURATION (the
    timeline uses the anchored date), 'weeks' in 'weeks before the vote' likewise, and ends 'the
    second day of' at its noun; 'Friday morning' is the day and its part, typed DATE as TimeBank
    does (19 of 29 in TempEval train), but 'this morning' and 'last night' are TIMEs (4 of 4)."""
    words = timex.text.split()
    if timex.kind == "ago" and words[-1].lower() in _SIGNALS:
        span = re.sub(r"\s+\S+\s*$", "", timex.text)  # any space before the signal, a no-break one too
        return _record(span, timex.start, "DURATION", _length_of(span))
    if timex.kind == "ordinal_day" and timex.text.endswith(" of"):
        return _record(timex.text[:-3], timex.start, timex.type, timex.value or "")
    value = timex.value or ""
    last_word = timex.text.lower().split()[-1]
    part = PARTS_OF_DAY.get(last_word)
    if part and timex.type == "DATE" and len(value) == 10:
        value = f"{value}T{part}"
    if part and timex.kind == "deictic" and last_word != "tonight":
        return _record(timex.text, timex.start, "TIME", value)  # "this morning", "last night": 4 of 4 TIME
    return _record(timex.text, timex.start, timex.type, value)


def _length_of(span: str) -> str:
    """The TIMEX3 value of the length 'at least 72 hours', 'several months', 'weeks'."""
    words = words_of(span.lower())
    counted = next((i for i, w in enumerate(words) if w in ("few", "several") or number(w) is not None), None)
    if counted is None:  # "weeks before the vote": some number of them
        unit = UNITS.get(words[-1].rstrip("s"), "X")
        return f"PTX{'M' if unit == 'MIN' else unit}" if unit in ("H", "MIN") else f"PX{unit}"
    return normalise_duration(span, span.lower(), words[counted:], None, Tense.PAST)[1]


def _record(text: str, start: int, type_: str, value: str) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "type": type_, "value": value}
