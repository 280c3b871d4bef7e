"""Explainer benchmark: the extract command on each dev article and on the seed, scored by
../shared/bench/score_explainer.py, as a per-article table and the micro-average.

    .venv/bin/python -m bench.explainer [--details]

Each article is extracted on its own (the scorer matches events by paragraph), through the same
command line a user runs: `python -m build_scripts extract ARTICLE [SIDECAR-FREE COPY]`.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import OUT, PROJECT, SHARED_BENCH, run_scorer

SEEDS = PROJECT.parent / "shared" / "seeds"


def articles() -> list[tuple[str, Path, Path]]:
    """(name, article path, gold path): the dev set, then the seed with its editor sidecar."""
    found = [(p.stem, p, p.with_name(p.stem + ".gold.json")) for p in sorted((SHARED_BENCH / "explainer").glob("*.md"))
             if p.with_name(p.stem + ".gold.json").is_file()]
    for gold in sorted(SEEDS.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        found.append((stem, PROJECT / "seeds" / f"{stem}.txt", gold))
    return found


def extract(article: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        # the seed's editor metadata (its publication date) lives in a sidecar beside it
        copy = Path(tmp) / article.name
        shutil.copy(article, copy)
        sidecar = article.with_suffix(".yml")
        if sidecar.is_file():
            shutil.copy(sidecar, copy.with_suffix(".yml"))
        result = subprocess.run([sys.executable, "-m", "build_scripts", "extract", str(copy)], cwd=PROJECT,
                                capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def counts(scores: dict, gold: dict, pred: dict) -> dict:
    """Turn one article's P/R into true-positive counts, so the average is micro, not macro."""
    dated_pred = len([e for e in pred["events"] if e.get("date")])
    sizes = {"quote_det": (len(pred["quotes"]), len(gold["quotes"])),
             "quote_e2e": (len(pred["quotes"]), len(gold["quotes"])),
             "party": (len(pred["parties"]), len(gold["parties"])),
             "event_dated": (dated_pred, len([e for e in gold["events"] if e.get("date")])),
             "source": (len(pred["sources"]), len(gold["sources"]))}
    out = {}
    for key, (npred, ngold) in sizes.items():
        recall = scores[key][1]
        out[key] = (round(recall * ngold), npred, ngold)
    out["affiliation"] = tuple(scores["party_affiliation_n"])
    out["role"] = tuple(scores["party_role_n"])
    return out


def prf(tp: int, npred: int, ngold: int) -> str:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f}/{r:.2f}/{f:.2f}"


def micro_figures(totals: dict) -> dict:
    """The micro-averaged F1 of each count, and the affiliation and role accuracy: what the
    quality baseline pins."""
    def f1(tp, npred, ngold):
        return round(2 * tp / (npred + ngold), 3) if npred + ngold else None
    figures = {key: f1(*totals[key]) for key in ("quote_det", "quote_e2e", "party", "event_dated", "source")}
    for key in ("affiliation", "role"):
        figures[key] = round(totals[key][0] / totals[key][1], 3) if totals[key][1] else None
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print the scorer's list of misses per article")
    args = parser.parse_args()
    run(args.details)


def run(details: bool = False, echo=print) -> dict:
    """Every article extracted and scored; a row each and the micro-average printed; the totals."""
    OUT.mkdir(parents=True, exist_ok=True)
    header = f"{'article':28} {'quote det P/R/F':15} {'quote e2e':15} {'party':15} {'affil':7} {'role':7} {'events(dated)':15} {'source':15}"
    echo(header)
    totals: dict = {}
    for name, article, gold_path in articles():
        pred = extract(article)
        pred_path = OUT / f"explainer-{name}.json"
        pred_path.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        output = run_scorer("score_explainer.py", gold_path, pred_path, *(["--details"] if details else []))
        scores = json.loads(output.strip().splitlines()[-1])
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        row = counts(scores, gold, pred)
        for key, value in row.items():
            totals[key] = tuple(a + b for a, b in zip(totals.get(key, (0,) * len(value)), value))
        aff, role = row["affiliation"], row["role"]
        echo(f"{name[:28]:28} {prf(*row['quote_det']):15} {prf(*row['quote_e2e']):15} {prf(*row['party']):15} "
              f"{aff[0]}/{aff[1]:<5} {role[0]}/{role[1]:<5} {prf(*row['event_dated']):15} {prf(*row['source']):15}")
        if details:
            echo("\n".join("    " + line for line in output.splitlines() if line.isupper() or line[:6].isupper()))
    aff, role = totals["affiliation"], totals["role"]
    echo(f"{'micro-average':28} {prf(*totals['quote_det']):15} {prf(*totals['quote_e2e']):15} {prf(*totals['party']):15} "
         f"{aff[0] / aff[1]:.2f}    {role[0] / role[1]:.2f}    {prf(*totals['event_dated']):15} {prf(*totals['source']):15}")
    return totals


if __name__ == "__main__":
    main()
