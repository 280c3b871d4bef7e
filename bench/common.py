"""Helpers shared by the benchmark commands."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED_BENCH = PROJECT.parent / "shared" / "bench"
OUT = PROJECT / "bench" / "out"  # predictions, git-ignored


def run_scorer(scorer: str, gold: Path, pred: Path, *extra: str) -> str:
    result = subprocess.run([sys.executable, str(SHARED_BENCH / scorer), str(gold), str(pred), *extra],
                            capture_output=True, text=True, check=True)
    return result.stdout


class Stopwatch:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds += time.perf_counter() - self._start
