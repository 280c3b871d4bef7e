"""Pathological articles: does the time to load and extract one grow about linearly with its size,
whatever it contains? (issue 17)

    .venv/bin/python -m bench.adversarial [--cases quotes,parens,...] [--timeout 60]

Each case is an article generated at two sizes, n and 2n. Each size runs in a fresh process
(model loaded first, not timed) under a time limit: load.py reads the file from a temporary seeds
folder, then the whole per-article extraction and the story assembly. Printed per case: the two
times and their ratio (about 2 for linear growth; the goal is under 2.5, and under 30 s at 2n).
Timings are wall-clock on this machine; nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import PROJECT

FRONT = "---\ntitle: Pathological report\npublished: 2024-05-10\n---\n\n"
ORDINARY = ('The harbour board met on Tuesday, a spokesman said. "We will reopen the port," Ola Berg told the '
            'Quillby Ledger, adding that talks with the dockers union would resume next week.\n\n')

# name -> (n, how to write an article of size n)
CASES = {
    "quotes": (20_000, lambda n: FRONT + '"' * n + "\n"),
    "parens": (5_000, lambda n: FRONT + "(" * n + "x" + ")" * n + "\n"),
    "dateline-spaces": (2_000, lambda n: FRONT + "WEXMOOR," + " " * n + "May 3 -\n"),
    "weekdays": (2_000, lambda n: FRONT + " ".join(["Monday"] * n) + ".\n"),
    "one-word-quotes": (2_000, lambda n: FRONT + " ".join(f'"w{i}"' for i in range(n)) + "\n"),
    "quotes-per-paragraph": (1_000, lambda n: FRONT + "".join(f'"We will win {i}," Ola Berg said.\n\n' for i in range(n))),
    "quotes-in-one-paragraph": (1_000, lambda n: FRONT + "".join(f'"We will win {i}," Ola Berg said. ' for i in range(n)) + "\n"),
    "ordinary-news": (1_000, lambda n: FRONT + ORDINARY * n),
    # the same news pasted with no blank line: paragraphs over 100,000 characters are cut
    "one-long-paragraph": (1_000, lambda n: FRONT + ORDINARY.replace("\n\n", " ") * n),
}


def run_one(case: str, n: int) -> float:
    """In this process: the seconds to load and extract the case's article of size n."""
    from build_scripts.load.seeds import load_article
    from build_scripts.extract.nlp import load_nlp
    from build_scripts.pipeline import extract

    load_nlp()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.md"
        path.write_text(CASES[case][1](n), encoding="utf-8")
        start = time.perf_counter()
        extract([load_article(path)])
        return time.perf_counter() - start


def timed(case: str, n: int, limit: float) -> float | None:
    command = [sys.executable, "-m", "bench.adversarial", "--one", case, str(n)]
    try:
        result = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        raise SystemExit(f"{case} at {n}: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'failed'}")
    return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--one", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(run_one(args.one[0], int(args.one[1])))
        return
    rows = []
    print("| case | n | s at n | s at 2n | ratio |\n| --- | --- | --- | --- | --- |")
    for case in args.cases.split(","):
        n = CASES[case][0]
        small, large = timed(case, n, args.timeout), timed(case, 2 * n, args.timeout)
        ratio = round(large / small, 2) if small and large else None
        shown = lambda s: f"{s:.2f}" if s is not None else f"> {args.timeout:g}"  # noqa: E731
        print(f"| {case} | {n} | {shown(small)} | {shown(large)} | {ratio if ratio is not None else '-'} |", flush=True)
        rows.append({"case": case, "n": n, "small_s": small, "large_s": large, "ratio": ratio})
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
