"""Live-preview benchmark: how long `mkdocs serve` takes to show an edited seed.

    .venv/bin/python -m bench.serve [--n 100] [--edits 3]

Builds an N-article project from ../shared/corpus, starts `mkdocs serve --dirty` and then plain
`mkdocs serve`, appends a paragraph to one seed at a time, and times each edit from the write to
the server's "Reloading browsers" (MkDocs' own build time beside it). After the dirty edits it
checks that the served site is still whole: the search index equals a clean build's, entry for
entry, and the edited article's page shows the new paragraph.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import PROJECT
from .scale import CORPUS, ENV, project

sys.path.insert(0, str(PROJECT / "tests"))
from live_server import MKDOCS, LiveServer as Server  # noqa: E402  (the tests' mkdocs serve driver)


def edit_times(server: Server, seeds: list[Path], label: str) -> list[dict]:
    rows = []
    for number, seed in enumerate(seeds, 1):
        time.sleep(1.0)  # let the watcher settle between edits
        start = time.perf_counter()
        with seed.open("a", encoding="utf-8") as handle:
            handle.write(f"\n\nEdit {number} to {seed.stem}: an editor added this paragraph.\n")
        seen = server.wait_for("Reloading browsers", timeout=300)
        wall = time.perf_counter() - start
        built = next((float(m.group(1)) for line in seen if (m := re.search(r"built in ([\d.]+) seconds", line))), None)
        rows.append({"server": label, "edit": number, "edit_to_reload_s": round(wall, 2), "mkdocs_build_s": built})
        print(json.dumps(rows[-1]), flush=True)
    return rows


def clean_index(root: Path) -> list:
    subprocess.run([MKDOCS, "build", "-q"], cwd=root, env=ENV, check=True, capture_output=True)
    return json.loads((root / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def canonical(entries: list) -> list[str]:
    return sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        root = project(Path(tmp) / "site", records[: args.n])
        seeds = sorted((root / "seeds").glob("*.txt"))
        subprocess.run([MKDOCS, "build", "-q"], cwd=root, env=ENV, check=True, capture_output=True)  # warm caches
        rows = []
        server = Server(root, dirty=True)
        try:
            rows += edit_times(server, seeds[: args.edits], "serve --dirty")
            served = json.loads(server.get("search/search_index.json"))["docs"]
            page = server.get(f"sources/{seeds[args.edits - 1].stem}/").decode("utf-8")
        finally:
            server.stop()
        clean = clean_index(root)
        same_index = canonical(served) == canonical(clean)
        if not same_index:
            out = Path(__file__).parent / "out"
            out.mkdir(exist_ok=True)
            (out / "serve-index-diff.json").write_text(json.dumps(
                {"only_served": sorted(set(canonical(served)) - set(canonical(clean)))[:50],
                 "only_clean": sorted(set(canonical(clean)) - set(canonical(served)))[:50]}, indent=1))
        shows_edit = f"Edit {args.edits} to {seeds[args.edits - 1].stem}" in page
        print(json.dumps({"search_index_equals_clean_build": same_index, "entries": len(served),
                          "edited_page_shows_edit": shows_edit}), flush=True)
        server = Server(root, dirty=False)
        try:
            rows += edit_times(server, seeds[args.edits: 2 * args.edits], "serve")
        finally:
            server.stop()
    print(f"\nN = {args.n}\n| server | edit | edit to reload (s) | MkDocs build (s) |\n| --- | --- | --- | --- |")
    for row in rows:
        print(f"| {row['server']} | {row['edit']} | {row['edit_to_reload_s']} | {row['mkdocs_build_s']} |")
    if not (same_index and shows_edit):
        raise SystemExit("the dirty-served site differs from a clean build")


if __name__ == "__main__":
    main()
