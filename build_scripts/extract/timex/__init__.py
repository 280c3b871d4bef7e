"""Temporal expressions (TIMEX3): the rule table (rules), the words it is built from
(vocabulary, holidays), the normalisers (dates, relative, durations), calendar arithmetic
(calendar), the walk over a text (find) and TimeML's export conventions (timeml)."""

from __future__ import annotations

from .calendar import as_date, precision_value, shift
from .context import TimexContext
from .find import Timex, find_timexes, normalise
from .timeml import as_timex3, is_timeml_timex
from .vocabulary import ORDINALS, PARTS_OF_DAY, Tense

__all__ = [
    "ORDINALS",
    "PARTS_OF_DAY",
    "Tense",
    "Timex",
    "TimexContext",
    "as_date",
    "as_timex3",
    "find_timexes",
    "is_timeml_timex",
    "normalise",
    "precision_value",
    "shift",
]
