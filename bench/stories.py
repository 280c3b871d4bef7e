"""Story benchmark: the extract command over each story folder of ../shared/bench/stories,
scored by its score_story.py, one row per story and the mean, with the time of each extraction;
then the key timeline as a reader sees it, with timeline-summarisation figures (tls.py).

    .venv/bin/python -m bench.stories [--details]

Each folder is extracted the way a user's seeds/ folder is, through the command line:
`python -m build_scripts extract STORY_DIR` (a fresh process, no cache). Predictions go to
bench/out/stories-<story>.json; with --details the scorer's list of misses goes beside them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from .common import OUT, PROJECT, SHARED_BENCH, Stopwatch, run_scorer
from .tls import timeline_figures

STORIES = SHARED_BENCH / "stories"
COLUMNS = [("main_recall", "main R"), ("split_rate", "splits"), ("merge_count", "merges"),
           ("precision_at_20", "P@20"), ("affiliation_precision", "aff P"), ("affiliation_recall", "aff R"),
           ("kind_accuracy", "kind"), ("key_recall_3", "key3 R"), ("key_marked", "key n"), ("key_marked_precision", "key P"),
           ("key_marked_recall3", "key R3"), ("main_marked", "main n"), ("main_marked_precision", "main P"),
           ("main_marked_recall", "main mR"), ("source_precision", "src P"), ("source_recall", "src R"),
           ("source_f1", "src F1"), ("seconds", "s")]
# the key timeline as a reader sees it (score_story.py), and timeline-summarisation figures (tls.py)
TIMELINE_COLUMNS = [("key_marked", "key n"), ("key_distinct_precision", "distinct P"), ("key_duplicates", "dups"),
                    ("key_marked_recall3", "key R3"), ("key_recall_3", "key3 R"), ("key_date_f1", "date F1"),
                    ("key_what_r1", "what R1"), ("key_readable", "readable"), ("tls_date_f1", "TLS date F1"),
                    ("tls_ar1", "AR-1"), ("tls_ar2", "AR-2")]


def stories() -> list[tuple[str, Path, Path]]:
    return [(gold.name[: -len(".gold.json")], gold.with_name(gold.name[: -len(".gold.json")]), gold)
            for gold in sorted(STORIES.glob("*.gold.json")) if gold.with_name(gold.name[: -len(".gold.json")]).is_dir()]


def score(name: str, folder: Path, gold: Path, details: bool) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    pred = OUT / f"stories-{name}.json"
    with Stopwatch() as watch:
        result = subprocess.run([sys.executable, "-m", "build_scripts", "extract", str(folder)], cwd=PROJECT,
                                capture_output=True, text=True, check=True)
    pred.write_text(result.stdout, encoding="utf-8")
    output = run_scorer("stories/score_story.py", gold, pred, *(["--details"] if details else []))
    if details:
        (OUT / f"stories-{name}-details.txt").write_text(output, encoding="utf-8")
    figures = json.loads(output.strip().splitlines()[-1])
    figures.update(timeline_figures(json.loads(gold.read_text(encoding="utf-8")), json.loads(result.stdout)))
    figures["seconds"] = round(watch.seconds, 1)
    return figures


def mean(rows: list[dict], keys) -> dict:
    """Each figure's mean over the stories that have it (None where none has): the macro average
    the README and the quality baseline report."""
    out = {}
    for key in keys:
        values = [row[key] for row in rows if row.get(key) is not None]
        out[key] = round(sum(values) / len(values), 1 if key == "seconds" else 3) if values else None
    return out


def cell(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) and value <= 1 else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="write the scorer's misses to bench/out/")
    args = parser.parse_args()
    rows = [(name, score(name, folder, gold, args.details)) for name, folder, gold in stories()]
    for columns in (COLUMNS, TIMELINE_COLUMNS):
        print("| story | " + " | ".join(label for _, label in columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name, figures in rows:
            print(f"| {name} | " + " | ".join(cell(figures.get(key)) for key, _ in columns) + " |")
        means = mean([figures for _, figures in rows], [key for key, _ in columns])
        print("| mean | " + " | ".join(cell(means[key]) for key, _ in columns) + " |")
        print()


if __name__ == "__main__":
    main()
