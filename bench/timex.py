"""Timex benchmark: TempEval-3 train, dev and test (Platinum), scored by ../shared/bench/score_timex.py.

    .venv/bin/python -m bench.timex [--split train|dev|test|both|all] [--errors N] [--causes N] [--share N]

Runs the same code as `python -m build_scripts timex GOLD.jsonl`, writes the predictions to
bench/out/timex-SPLIT.jsonl, prints the scorer's rows and the speed (documents per second).
`--causes N` adds a table of the errors by cause (missed span, extra span, boundary, type,
value) with N examples each, written in full to bench/out/timex-SPLIT-causes.txt; for test only
the counts, since test is for reporting only. Tune on train and dev. `--share N` measures instead what the timex step
(finding and dating expressions, tense included) costs of the whole extraction of the first N
corpus articles, spaCy's parse included, in one process.
"""
from __future__ import annotations

import argparse
import json
import time

from build_scripts.extract.nlp import load_nlp
from build_scripts.extract.timex.tempeval import timex_predictions

from .common import OUT, SHARED_BENCH, run_scorer


def run_split(split: str, errors: int, causes: int = 0) -> dict:
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
    if causes:  # test is for reporting only: its errors are counted, never shown
        print_causes(split, gold, pred, 0 if split == "test" else causes)
    return json.loads(output.strip().splitlines()[-1])


CAUSES = ("missed span", "extra span", "boundary", "type", "value")


def error_causes(gold_path, pred_path) -> dict[str, list[str]]:
    """Each error once, by its first cause: a gold timex no prediction overlaps (missed), a
    prediction no gold overlaps (extra), overlapping with other offsets (boundary), the same
    span with another type, the same span and type with another value."""
    predicted = {d["id"]: d["timexes"] for d in map(json.loads, pred_path.read_text(encoding="utf-8").splitlines())}
    found: dict[str, list[str]] = {cause: [] for cause in CAUSES}
    for doc in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()):
        preds = predicted.get(doc["id"], [])
        overlaps = lambda a, b: a["start"] < b["end"] and b["start"] < a["end"]  # noqa: E731
        for gold in doc["timexes"]:
            where = f"{doc['id']} {doc['dct']}: \u201c{gold['text']}\u201d"
            hits = [p for p in preds if overlaps(p, gold)]
            exact = next((p for p in hits if (p["start"], p["end"]) == (gold["start"], gold["end"])), None)
            if not hits:
                found["missed span"].append(f"{where} {gold['type']} {gold['value']}")
            elif exact is None:
                found["boundary"].append(f"{where} predicted \u201c{hits[0]['text']}\u201d")
            elif exact["type"] != gold["type"]:
                found["type"].append(f"{where} {gold['type']} predicted {exact['type']}")
            elif exact["value"] != gold["value"]:
                found["value"].append(f"{where} {gold['value']} predicted {exact['value']}")
        for pred in preds:
            if not any(overlaps(pred, gold) for gold in doc["timexes"]):
                found["extra span"].append(f"{doc['id']} {doc['dct']}: \u201c{pred['text']}\u201d {pred['type']} {pred['value']}")
    return found


def print_causes(split: str, gold_path, pred_path, examples: int) -> None:
    found = error_causes(gold_path, pred_path)
    if not examples:
        print(f"errors by cause ({split}): " + ", ".join(f"{cause} {len(items)}" for cause, items in found.items()))
        return
    report = OUT / f"timex-{split}-causes.txt"
    report.write_text("".join(f"## {cause} ({len(items)})\n" + "".join(f"{item}\n" for item in items) + "\n"
                              for cause, items in found.items()), encoding="utf-8")
    print(f"errors by cause ({split}; all of them in bench/out/{report.name}):")
    print("| cause | count | examples |\n| --- | --- | --- |")
    for cause, items in found.items():
        print(f"| {cause} | {len(items)} | {'; '.join(items[:examples])} |")


def timex_share(limit: int) -> dict:
    """Seconds of the timex step and of the whole extraction (parse + rules) over corpus articles."""
    from build_scripts.extract.events import find as events
    from build_scripts.extract.article import extract_parsed
    from build_scripts.extract.doc import parse_article
    from build_scripts.pipeline import load_models

    from .corpus import CORPUS, corpus_article

    load_models()
    spent = {"timex": 0.0}
    find = events.find_timexes

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return find(*args, **kwargs)
        finally:
            spent["timex"] += time.perf_counter() - start

    events.find_timexes = timed
    total = 0.0
    try:
        for line in CORPUS.read_text(encoding="utf-8").splitlines()[:limit]:
            article = corpus_article(json.loads(line))
            start = time.perf_counter()
            extract_parsed(parse_article(article, load_nlp()))
            total += time.perf_counter() - start
    finally:
        events.find_timexes = find
    return {"articles": limit, "extraction_seconds": round(total, 2), "timex_seconds": round(spent["timex"], 2),
            "timex_share": round(spent["timex"] / total, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "dev", "test", "both", "all"], default="all",
                        help="both: dev and test; all: train, dev and test")
    parser.add_argument("--errors", type=int, default=0, help="list this many errors per split")
    parser.add_argument("--causes", type=int, default=0, help="errors by cause, with this many examples each")
    parser.add_argument("--share", type=int, default=0, metavar="N",
                        help="measure the timex step's share of extracting N corpus articles, and stop")
    args = parser.parse_args()
    load_nlp()
    if args.share:
        print("timex share", json.dumps(timex_share(args.share)))
        return
    splits = {"both": ["dev", "test"], "all": ["train", "dev", "test"]}.get(args.split, [args.split])
    for split in splits:
        run_split(split, args.errors, args.causes)


if __name__ == "__main__":
    main()
