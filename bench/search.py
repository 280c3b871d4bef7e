"""Search latency in a real browser: time from typing a query to the first result, in Debian's
chromium through Playwright, on a built site (e.g. the 921-article site `bench.scale --keep` leaves).

    .venv/bin/python -m bench.search SITE_DIR [--queries trump,clinton,debate]

The first query of a fresh page includes loading and indexing search_index.json (cold); the
others reuse it (warm). Prints the index size and the latency of each query.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from .common import PROJECT

sys.path.insert(0, str(PROJECT / "tests"))
from browser import browser, serve  # noqa: E402  (the tests' helpers: served on 127.0.0.1, Debian chromium)


def first_result_ms(page, query: str) -> float:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    start = time.perf_counter()
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--queries", default="trump,clinton,debate,election,senate")
    args = parser.parse_args()
    site = Path(args.site)
    index = site / "search" / "search_index.json"
    print(f"search index {index.stat().st_size / 2**20:.2f} MiB")
    queries = args.queries.split(",")
    with serve(site) as url, browser() as chromium:
        page = chromium.new_page()
        page.goto(url)
        cold = first_result_ms(page, queries[0])
        warm = []
        for query in queries[1:]:
            page.goto(url)  # a new page view, as a reader arriving from a link
            warm.append(first_result_ms(page, query))
    print(f"cold (first query, index loaded) {cold:.0f} ms")
    print(f"warm (each later page view) median {statistics.median(warm):.0f} ms, max {max(warm):.0f} ms")


if __name__ == "__main__":
    main()
