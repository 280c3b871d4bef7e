"""Robustness over the PolNeAR corpus (../shared/corpus/polnear-articles.jsonl, 921 articles):
every article through load and extract; crashes and empty results counted.

    .venv/bin/python -m bench.corpus [--limit N]
"""
from __future__ import annotations

import argparse
import json
import time
import traceback

from build_scripts.errors import ExplainerError
from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article
from build_scripts.extract.nlp import load_nlp
from build_scripts.pipeline import extract
from build_scripts.site.render import render_site

from .common import PROJECT

CORPUS = PROJECT.parent / "shared" / "corpus" / "polnear-articles.jsonl"


def corpus_article(record: dict) -> Article:
    """One corpus line as the loader would give it."""
    return Article(id=record["id"], title=record.get("title") or record["id"],
                   published=(record.get("published") or "")[:10] or None, outlet=record.get("outlet"), url=None,
                   paragraphs=split_paragraphs(record["text"].replace("\r\n", "\n")), path=record["id"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    load_nlp()
    counts = {"articles": 0, "crashes": 0, "input errors": 0, "zero quotes": 0, "zero parties": 0,
              "zero events": 0, "zero sources": 0}
    start = time.perf_counter()
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if args.limit and number > args.limit:
            break
        record = json.loads(line)
        counts["articles"] += 1
        article = corpus_article(record)
        try:
            if not article.paragraphs:
                raise ExplainerError("no text", record["id"])
            explainer = extract([article])
            render_site(explainer)  # a page that cannot be rendered is a crash too
        except ExplainerError:
            counts["input errors"] += 1
            continue
        except Exception:  # the point of this run: count and show any crash
            counts["crashes"] += 1
            print(f"CRASH {record['id']}\n{traceback.format_exc(limit=3)}")
            continue
        for key, items in (("zero quotes", explainer.quotes), ("zero parties", explainer.parties),
                           ("zero events", explainer.events), ("zero sources", explainer.sources)):
            counts[key] += not items
    seconds = time.perf_counter() - start
    print("| measure | articles |\n| --- | --- |")
    for key, value in counts.items():
        print(f"| {key} | {value} |")
    print(f"seconds {seconds:.1f}, articles per second {counts['articles'] / seconds:.1f}")


if __name__ == "__main__":
    main()
