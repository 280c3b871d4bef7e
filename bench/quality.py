"""Quality gate: the benchmark figures that must not fall, against a committed baseline.

    .venv/bin/python -m bench.quality            # run the benchmarks, compare with bench/baseline.json
    .venv/bin/python -m bench.quality --update   # after a deliberate change: record the new figures

Runs bench.stories (every real story and the mean), bench.explainer (micro-average over the dev
articles and the seed), bench.quotes and bench.timex on their dev splits (never the test
splits: the gate must not become a way to tune on them). A figure that is worse than its
baseline by more than the tolerance fails the run (exit 1) with a line per figure; a better one
is reported so the baseline can be raised with --update, which is how it moves: deliberately,
like the golden pages.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from . import explainer, quotes, stories, timex
from .common import PROJECT

BASELINE = PROJECT / "bench" / "baseline.json"
TOLERANCE = 0.005  # the figures are deterministic; this only absorbs rounding
LOWER_IS_BETTER = frozenset({"split_rate", "merge_count", "key_duplicates"})
STORY_FIGURES = ("main_recall", "all_recall", "split_rate", "merge_count", "precision_at_20", "affiliation_precision",
                 "affiliation_recall", "kind_accuracy", "key_recall_3", "key_recall_all", "source_precision",
                 "source_recall", "source_f1",
                 "key_marked_precision", "key_marked_recall3", "main_marked_precision", "main_marked_recall",
                 # the key timeline as a reader sees it, and timeline-summarisation figures (bench/tls.py)
                 "key_distinct_precision", "key_duplicates", "key_date_f1", "key_what_r1", "key_readable",
                 "tls_date_f1", "tls_ar1", "tls_ar2")
QUOTE_FIGURES = ("det_f1", "e2e_f1", "attr_acc")
TIMEX_FIGURES = ("strict_f1", "relaxed_f1", "value_f1", "date_value_acc")


def collect() -> dict[str, float]:
    """Every pinned figure, named '<bench>.<part>.<figure>'; the benchmarks' own output is kept
    out of the way (it goes to stderr)."""
    figures: dict[str, float] = {}
    with contextlib.redirect_stdout(sys.stderr):
        rows = [(name, stories.score(name, folder, gold, details=False)) for name, folder, gold in stories.stories()]
        for name, row in rows:
            figures.update({f"stories.{name}.{key}": row[key] for key in STORY_FIGURES if row.get(key) is not None})
        means = stories.mean([row for _, row in rows], STORY_FIGURES)
        figures.update({f"stories.mean.{key}": value for key, value in means.items() if value is not None})
        micro = explainer.micro_figures(explainer.run(echo=lambda *_: None))
        figures.update({f"explainer.micro.{key}": value for key, value in micro.items() if value is not None})
        quote_dev = quotes.run_split("dev", False)
        figures.update({f"quotes.dev.{key}": quote_dev[key] for key in QUOTE_FIGURES})
        timex_dev = timex.run_split("dev", 0)
        figures.update({f"timex.dev.{key}": timex_dev[key] for key in TIMEX_FIGURES})
    return figures


def compare(baseline: dict[str, float], figures: dict[str, float]) -> tuple[list[str], list[str]]:
    """(worse, better): one line per figure past the tolerance; a pinned figure that is gone is worse."""
    worse, better = [], []
    for name, old in sorted(baseline.items()):
        new = figures.get(name)
        if new is None:
            worse.append(f"{name}: {old} -> missing")
            continue
        sign = -1 if name.rsplit(".", 1)[-1] in LOWER_IS_BETTER else 1
        change = sign * (new - old)
        if change < -TOLERANCE:
            worse.append(f"{name}: {old} -> {new}")
        elif change > TOLERANCE:
            better.append(f"{name}: {old} -> {new}")
    return worse, better


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="record the figures as the new baseline")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    args = parser.parse_args()
    figures = collect()
    if args.update:
        args.baseline.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"baseline: {len(figures)} figures written to {args.baseline}")
        return
    baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
    worse, better = compare(baseline, figures)
    for line in better:
        print(f"better  {line}")
    for line in worse:
        print(f"WORSE   {line}")
    print(f"{len(baseline)} figures: {len(worse)} worse, {len(better)} better than {args.baseline.name}"
          + (" (raise it with --update)" if better and not worse else ""))
    if worse:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
