"""Timeline-summarisation figures of a key timeline against a story's gold key events, as the
tilse and news-tls evaluations compute them (Martschat and Markert 2017, Ghalandari and Ifrim
2020), in standard-library Python:

- date F1: the key timeline's dates against the gold's, matched exactly;
- alignment-based ROUGE-1 and ROUGE-2 (AR-1, AR-2): each predicted date is aligned to its nearest
  gold date, and the overlap of their day summaries (all lines of that date, content words cut
  to a stem as score_story.py does) counts 1 / (days apart + 1); recall aligns each gold date to
  its nearest predicted date the same way. F1 of the two.

Gold key events of importance 2 and 3 make the gold timeline (those a two-minute reader should
see). A date given to the month or the year is placed at its middle to measure distance.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
from collections import Counter, defaultdict

from .common import SHARED_BENCH

__all__ = ["timeline_figures"]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_story", SHARED_BENCH / "stories" / "score_story.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_STORY_SCORER = _scorer()


def _day(date: str) -> dt.date:
    parts = date.split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat(date)
    if len(parts) == 2:
        return dt.date(int(parts[0]), int(parts[1]), 15)
    return dt.date(int(parts[0]), 7, 1)


def _ngrams(text: str, n: int) -> Counter:
    words = _STORY_SCORER.content_words(text)
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def _timeline(pairs) -> dict[str, list[str]]:
    days: dict[str, list[str]] = defaultdict(list)
    for date, text in pairs:
        if date:
            days[date].append(text or "")
    return days


def _aligned(source: dict[str, list[str]], target: dict[str, list[str]], n: int) -> tuple[float, int]:
    """Overlap of each source date's n-grams with its nearest target date's, weighted by
    closeness; and the source's n-gram count."""
    numerator, denominator = 0.0, 0
    targets = sorted(target, key=_day)
    for date, lines in source.items():
        grams = _ngrams(" ".join(lines), n)
        denominator += sum(grams.values())
        if not targets:
            continue
        nearest = min(targets, key=lambda d: (abs((_day(d) - _day(date)).days), d))
        overlap = sum((grams & _ngrams(" ".join(target[nearest]), n)).values())
        numerator += overlap / (abs((_day(nearest) - _day(date)).days) + 1)
    return numerator, denominator


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def timeline_figures(gold: dict, pred: dict) -> dict:
    """date F1, AR-1 and AR-2 F1 of the prediction's key events (`"key": true`)."""
    predicted = _timeline((e.get("date"), e.get("what")) for e in pred.get("events") or [] if e.get("key"))
    reference = _timeline((k.get("date"), k.get("what")) for k in gold.get("key_events") or []
                          if (k.get("importance") or 0) >= 2)
    if not predicted or not reference:
        return {"tls_date_f1": None, "tls_ar1": None, "tls_ar2": None}
    hits = len(set(predicted) & set(reference))
    figures = {"tls_date_f1": _f1(hits / len(predicted), hits / len(reference))}
    for n in (1, 2):
        p_num, p_den = _aligned(predicted, reference, n)
        r_num, r_den = _aligned(reference, predicted, n)
        figures[f"tls_ar{n}"] = _f1(p_num / p_den if p_den else None, r_num / r_den if r_den else None)
    return figures
