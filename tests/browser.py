"""Serve a built site on 127.0.0.1 and open it in Debian's chromium through Playwright."""
from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The machine has no network: keep chromium from trying to reach its background services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def settled_links(page, locator) -> list[tuple[str, str]]:
    """(href, text) of every link a locator finds, read in one go once the list has stayed the
    same for a moment: Material renders search results for the query typed so far and again as
    the last keys arrive, so reading them one by one can meet a list that is being replaced."""
    locator.first.wait_for(timeout=10000)
    snapshot = "els => els.map(e => [e.getAttribute('href') || '', e.innerText])"
    seen, shown = None, locator.evaluate_all(snapshot)
    for _ in range(50):
        if shown == seen:
            break
        page.wait_for_timeout(200)
        seen, shown = shown, locator.evaluate_all(snapshot)
    return [(href, text) for href, text in shown]
