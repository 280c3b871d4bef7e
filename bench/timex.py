"""Timex benchmark: TempEval-3 dev and test (Platinum), scored by ../shared/bench/score_timex.py.

    .venv/bin/python -m bench.timex [--split dev|test|both] [--errors N]

Runs the same code as `python -m build_scripts timex GOLD.jsonl`, writes the predictions to
bench/out/timex-SPLIT.jsonl, prints the scorer's rows and the speed (documents per second).
"""
from __future__ import annotations

import argparse
import json
import time

from build_scripts.nlp import load_nlp
from build_scripts.timex_io import timex_predictions

from .common import OUT, SHARED_BENCH, run_scorer


def run_split(split: str, errors: int) -> dict:
    gold = SHARED_BENCH / "timex" / f"{split}.jsonl"
    start = time.perf_counter()
    lines = list(timex_predictions(gold))
    seconds = time.perf_counter() - start
    OUT.mkdir(parents=True, exist_ok=True)
    pred = OUT / f"timex-{split}.jsonl"
    pred.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    extra = ["--errors", str(errors)] if errors else []
    print(f"== {split}: {len(lines)} documents -> bench/out/{pred.name}")
    output = run_scorer("score_timex.py", gold, pred, "--name", f"ours-{split}", *extra)
    print(output)
    print("speed", json.dumps({"documents": len(lines), "seconds": round(seconds, 2),
                               "documents_per_second": round(len(lines) / seconds, 1)}))
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--errors", type=int, default=0, help="list this many errors per split")
    args = parser.parse_args()
    load_nlp()
    for split in (["dev", "test"] if args.split == "both" else [args.split]):
        run_split(split, args.errors)


if __name__ == "__main__":
    main()
