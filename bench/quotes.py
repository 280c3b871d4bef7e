"""Quote benchmark: PolNeAR dev and test splits, scored by ../shared/bench/score_quotes.py.

    .venv/bin/python -m bench.quotes [--split dev|test|both] [--details]

Writes predictions to bench/out/quotes-SPLIT.jsonl, prints the scorer's rows for each split and
the speed: articles per second, and the ratio of our extraction time to spaCy's own parse
(nlp.pipe over the same paragraphs), the floor for any spaCy-based extractor.
"""
from __future__ import annotations

import argparse
import json

from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article
from build_scripts.extract.nlp import load_nlp
from build_scripts.pipeline import extract

from .common import OUT, SHARED_BENCH, Stopwatch, run_scorer


def article_of(record: dict) -> Article:
    text = record["text"].replace("\r\n", "\n")
    return Article(id=record["id"], title=record["id"], published=None, outlet=None, url=None,
                   paragraphs=split_paragraphs(text), path=record["id"])


def predictions(record: dict) -> dict:
    """One prediction per quote-mark segment: the gold splits quotes that run over paragraphs."""
    explainer = extract([article_of(record)])
    quotes = []
    for quote in explainer.quotes:
        for segment in quote.text.split("\n"):
            quotes.append({"quote": segment, "speaker": quote.speaker or ""})
    return {"id": record["id"], "quotes": quotes}


def run_split(split: str, details: bool) -> dict:
    gold = SHARED_BENCH / "quotes" / f"{split}.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_nlp()
    articles = [article_of(r) for r in records]
    parse = Stopwatch()
    with parse:
        for article in articles:
            list(nlp.pipe(article.paragraphs))
    ours = Stopwatch()
    with ours:
        preds = [predictions(r) for r in records]
    OUT.mkdir(parents=True, exist_ok=True)
    pred_path = OUT / f"quotes-{split}.jsonl"
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    extra = ["--details", str(OUT / f"quotes-{split}-details.jsonl")] if details else []
    print(f"== {split}: {len(records)} articles -> {pred_path.relative_to(OUT.parent.parent)}")
    output = run_scorer("score_quotes.py", gold, pred_path, "--name", f"ours-{split}", *extra)
    print(output)
    speed = {"articles": len(records), "seconds": round(ours.seconds, 2),
             "articles_per_second": round(len(records) / ours.seconds, 1),
             "spacy_parse_seconds": round(parse.seconds, 2),
             "ratio_to_spacy_parse": round(ours.seconds / parse.seconds, 2)}
    print("speed", json.dumps(speed))
    return {**json.loads(output.strip().splitlines()[-1]), "speed": speed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--details", action="store_true", help="also write the scorer's per-quote details")
    args = parser.parse_args()
    load_nlp()  # loading the model is not part of either timing
    for split in (["dev", "test"] if args.split == "both" else [args.split]):
        run_split(split, args.details)


if __name__ == "__main__":
    main()
