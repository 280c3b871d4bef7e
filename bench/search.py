"""Search latency in a real browser: time from typing a query to the first result, in Debian's
chromium through Playwright, on a built site (e.g. the 921-article site `bench.scale --keep` leaves).

    .venv/bin/python -m bench.search SITE_DIR [--queries trump,clinton,debate]

Material builds its search index in the browser on every page load, so three numbers:
- ready: from the page's load event to the search being ready (index fetched and built);
- typing at landing: each query typed the moment a fresh page has loaded (waits for ready);
- typing once ready: each query typed on a page whose search is ready (a reader who has read
  for a second).
Each is measured on a new page view per query; the median and the maximum are printed.
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

_READY = """() => { const meta = document.querySelector('.md-search-result__meta');
                   return meta !== null && !/Initializing/i.test(meta.textContent); }"""


def first_result_ms(page, query: str) -> float:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    start = time.perf_counter()
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
    return (time.perf_counter() - start) * 1000


def ready_ms(page, url: str) -> float:
    page.goto(url)
    loaded = time.perf_counter()
    page.wait_for_function(_READY, polling=10, timeout=60_000)
    return (time.perf_counter() - loaded) * 1000


def _row(name: str, values: list[float]) -> str:
    return f"{name:<28} median {statistics.median(values):5.0f} ms   max {max(values):5.0f} ms   ({len(values)} page views)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--queries", default="trump,clinton,debate,election,senate,police,email,tax")
    args = parser.parse_args()
    site = Path(args.site)
    index = site / "search" / "search_index.json"
    print(f"search index {index.stat().st_size / 2**20:.2f} MiB")
    queries = args.queries.split(",")
    with serve(site) as url, browser() as chromium:
        page = chromium.new_page()
        ready, landing, settled = [], [], []
        for query in queries:
            page.goto(url)
            landing.append(first_result_ms(page, query))
        for query in queries:
            ready.append(ready_ms(page, url))
            settled.append(first_result_ms(page, query))
    print(_row("ready after load", ready))
    print(_row("typing at landing", landing))
    print(_row("typing once ready", settled))


if __name__ == "__main__":
    main()
