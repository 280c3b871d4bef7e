"""The quality gate (bench/quality.py): no benchmark figure falls below bench/baseline.json."""
import subprocess
import sys

import pytest

from bench.quality import compare
from conftest import PROJECT


def test_compare_flags_a_fall_past_the_tolerance_either_way_round():
    baseline = {"stories.mean.main_recall": 0.95, "stories.mean.split_rate": 0.02, "quotes.dev.e2e_f1": 0.88,
                "timex.dev.strict_f1": 0.9}
    figures = {"stories.mean.main_recall": 0.94, "stories.mean.split_rate": 0.01, "quotes.dev.e2e_f1": 0.882}
    worse, better = compare(baseline, figures)
    assert worse == ["stories.mean.main_recall: 0.95 -> 0.94", "timex.dev.strict_f1: 0.9 -> missing"]
    assert better == ["stories.mean.split_rate: 0.02 -> 0.01"]  # lower is better; 0.002 is within tolerance


@pytest.mark.slow
def test_no_benchmark_figure_falls_below_the_committed_baseline():
    result = subprocess.run([sys.executable, "-m", "bench.quality"], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "0 worse" in result.stdout
