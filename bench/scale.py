"""Scale benchmark: N = 1, 10, 100, 921 articles of ../shared/corpus/polnear-articles.jsonl.

    .venv/bin/python -m bench.scale [--sizes 1,10,100,921]

For each N, in fresh processes: spaCy's own nlp.pipe over the paragraphs (the NLP floor, one
process), our extraction (articles per second, ratio to the floor; on both cores from 8 articles), a cold `mkdocs build` (empty cache), a
rebuild with nothing changed (warm cache: the staged pages are reused), `mkdocs build` over the
already-rendered Markdown alone (the site floor), a rebuild after one article changed; peak memory (max RSS
of the build process), site size, search-index size, the largest generated HTML page and the number over 1 MiB,
and the size of the Atom feed.
Timings are wall-clock on this machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from .common import PROJECT

CORPUS = PROJECT.parent / "shared" / "corpus" / "polnear-articles.jsonl"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def run(args: list[str], cwd: Path) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MiB (GNU time's %M), stderr of a child process."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "PEAK_KB %M", *args], cwd=cwd, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr[-2000:]}")
    peak = int(next(line for line in reversed(result.stderr.splitlines()) if line.startswith("PEAK_KB")).split()[1])
    return seconds, peak // 1024, result.stderr


def timed_child(code: str, cwd: Path) -> tuple[float, int, str]:
    """Run Python code in a fresh interpreter; it prints its own timing on the last line."""
    child = subprocess.Popen([sys.executable, "-c", code], cwd=cwd, env=ENV, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    _, _, usage = os.wait4(child.pid, 0)
    out, err = child.stdout.read(), child.stderr.read()
    if usage is None or not out.strip():
        raise SystemExit(err[-2000:])
    return float(out.strip().splitlines()[-1]), usage.ru_maxrss // 1024, err


def write_seeds(seeds: Path, records: list[dict]) -> None:
    seeds.mkdir(parents=True)
    for number, record in enumerate(records):
        stem = f"{number:04d}"
        (seeds / f"{stem}.txt").write_text(record["text"].replace("\r\n", "\n"), encoding="utf-8")
        meta = {"title": record.get("title") or stem, "outlet": record.get("outlet")}
        if record.get("published"):
            meta["published"] = record["published"][:10]
        (seeds / f"{stem}.yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")


def project(root: Path, records: list[dict]) -> Path:
    root.mkdir(parents=True)
    shutil.copy(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("docs", "overrides"):
        shutil.copytree(PROJECT / folder, root / folder)
    (root / "build_scripts").symlink_to(PROJECT / "build_scripts")
    write_seeds(root / "seeds", records)
    return root


def floor_project(root: Path, built: Path) -> Path:
    """The same site from the already-rendered Markdown (the build's staged pages): no hook, no
    extraction, no rendering."""
    config = yaml.safe_load((built / "mkdocs.yml").read_text())
    config.pop("hooks", None)
    config["docs_dir"] = "docs"
    root.mkdir()
    shutil.copytree(built / "docs", root / "docs")
    shutil.copytree(built / "overrides", root / "overrides")
    shutil.copytree(built / ".cache" / "site" / "pages", root / "docs", dirs_exist_ok=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config))
    return root


NLP_FLOOR = """
import time
from pathlib import Path
from build_scripts.load.seeds import load_seeds
from build_scripts.extract.nlp import load_nlp
nlp = load_nlp()
articles = load_seeds(Path("{seeds}"))
start = time.perf_counter()
for article in articles:
    for _ in nlp.pipe(article.paragraphs):
        pass
print(time.perf_counter() - start)
"""

EXTRACTION = """
import time
from pathlib import Path
from build_scripts.load.seeds import load_seeds
from build_scripts.extract.nlp import load_nlp
from build_scripts.pipeline import extract
from build_scripts.extract.article import load_resources
load_nlp()
load_resources()  # like the model, loaded once per process: outside the timing of both
articles = load_seeds(Path("{seeds}"))
start = time.perf_counter()
extract(articles)
print(time.perf_counter() - start)
"""


def largest_page(site: Path) -> tuple[str, float, int]:
    """The biggest generated HTML page (what a reader's browser must load at once), its size,
    and how many pages are over 1 MiB."""
    pages = sorted((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html"))
    size, path = pages[-1]
    return path, round(size / 2**20, 2), sum(1 for s, _ in pages if s > 2**20)


def measure(n: int, records: list[dict], work: Path) -> dict:
    root = project(work / f"n{n}", records[:n])
    seeds = root / "seeds"
    row = {"N": n}
    row["spacy_s"], _, _ = timed_child(NLP_FLOOR.format(seeds=seeds), PROJECT)
    row["extract_s"], row["extract_peak_mib"], _ = timed_child(EXTRACTION.format(seeds=seeds), PROJECT)
    row["articles_per_s"] = round(n / row["extract_s"], 1)
    row["extract_vs_spacy"] = round(row["extract_s"] / row["spacy_s"], 2)
    # not --strict: the corpus holds one report twice, which the build counts once with a
    # warning; the warnings are counted here instead of failing a speed measurement
    mkdocs = [str(Path(sys.executable).parent / "mkdocs"), "build"]  # not -q, which hides the warnings
    row["cold_build_s"], row["build_peak_mib"], log = run(mkdocs, root)
    row["build_warnings"] = sum(1 for line in log.splitlines() if line.startswith("WARNING"))
    row["warm_build_s"], _, _ = run(mkdocs, root)
    floor = floor_project(work / f"floor{n}", root)
    row["floor_build_s"], _, _ = run(mkdocs, floor)
    first = sorted(seeds.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nAn editor added this paragraph.\n", encoding="utf-8")
    row["one_changed_s"], _, _ = run(mkdocs, root)
    row["warm_vs_floor"] = round(row["warm_build_s"] / row["floor_build_s"], 2)
    row["site_mib"] = round(sum(p.stat().st_size for p in (root / "site").rglob("*") if p.is_file()) / 2**20, 1)
    row["search_index_mib"] = round((root / "site" / "search" / "search_index.json").stat().st_size / 2**20, 2)
    row["largest_page"], row["largest_page_mib"], row["pages_over_1mib"] = largest_page(root / "site")
    row["feed_kib"] = round((root / "site" / "feed.xml").stat().st_size / 2**10, 1)  # the newest 50 reports: under 1 MB
    for key in ("spacy_s", "extract_s", "cold_build_s", "warm_build_s", "one_changed_s", "floor_build_s"):
        row[key] = round(row[key], 2)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,921")
    parser.add_argument("--keep", help="copy the largest site here (for bench.search)")
    args = parser.parse_args()
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            rows.append(measure(n, records, Path(tmp)))
            print(json.dumps(rows[-1]), flush=True)
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(Path(tmp) / f"n{rows[-1]['N']}" / "site", args.keep)
    keys = list(rows[0])
    print("\n| " + " | ".join(keys) + " |\n|" + " --- |" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")


if __name__ == "__main__":
    main()
