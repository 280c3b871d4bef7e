"""The extraction cache holds JSON that is checked on the way back: a corrupt, foreign or
planted entry is a miss, never a crash, never code that runs."""
import json
import pickle
from pathlib import Path

import pytest

from build_scripts.link.assemble import assemble
from build_scripts.extract.cache import ExtractionCache
from build_scripts.extract.codec import decode, encode
from build_scripts.load.seeds import load_seeds
from build_scripts.pipeline import extract_articles
from build_scripts.site.serialize import to_json
from conftest import PROJECT

TWO = {"a.md": '---\ntitle: A\npublished: 2024-05-02\n---\n\n"We will sign," Mayor Helen Okafor said on Tuesday.\n\n'
               "Ola Berg, the union's leader, met her in March.\n",
       "b.txt": '"Not yet," Ola Berg said on Wednesday.\n'}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    for name, text in TWO.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return list(load_seeds(seeds)) + list(load_seeds(PROJECT / "seeds"))


@pytest.fixture(scope="module")
def extractions(articles):
    return extract_articles(articles)


def test_an_extraction_reads_back_as_it_was_written(articles, extractions):
    back = [decode(json.loads(json.dumps(encode(x))), a) for x, a in zip(extractions, articles)]
    assert to_json(assemble(back)) == to_json(assemble(extractions))


def test_the_places_a_report_writes_read_back(articles, extractions):
    x, article = extractions[-1], articles[-1]  # the seed article names its places
    assert x.places and decode(json.loads(json.dumps(encode(x))), article).places == x.places


def test_cached_articles_give_the_same_explainer(tmp_path, articles, extractions):
    cache = ExtractionCache(tmp_path / "extraction")
    for article, extraction in zip(articles, extractions):
        cache.put(article, extraction)
    again = extract_articles(articles, cache)
    assert cache.hits == len(articles) and cache.misses == 0
    assert to_json(assemble(again)) == to_json(assemble(extractions))


def tamper(record: dict, how: str) -> bytes | dict:
    x = record["extraction"]
    if how == "garbage":
        return b"\x80\x81not json"
    if how == "truncated":
        return json.dumps(record).encode()[:-40]
    if how == "pickle":
        return pickle.dumps(record)
    if how == "deep":
        return b"[" * 100_000 + b"]" * 100_000
    if how == "other key":
        record["key"] = "0" * 64
    elif how == "invented quote":
        x["quotes"][0][2] = "words nobody wrote"
    elif how == "paragraph out of range":
        x["quotes"][0][0] = 99
    elif how == "offset out of range":
        x["drafts"][0]["mentions"][0][2] = 10**9
    elif how == "dangling speaker":
        x["quotes"][0][3] = 999
    elif how == "unknown kind":
        x["drafts"][0]["kind"] = "alien"
    elif how == "control character":
        x["drafts"][0]["role"] = "chair\x1b[2J\ud800"
    elif how == "boolean as number":
        x["indexed"] = True
    elif how == "missing field":
        del x["drafts"][0]["gender"]
    elif how == "other format":
        x["format"] = 99
    elif how == "more quotes than text":  # each would check out: together they cannot
        x["quotes"] = x["quotes"] * 1000
    elif how == "invented place":  # it would hide a person of another report
        x["places"] = ["Helen Okafor", "Wexmoor Ford"]
    return record


@pytest.mark.parametrize("how", ["garbage", "truncated", "pickle", "deep", "other key", "invented quote",
                                 "paragraph out of range", "offset out of range", "dangling speaker", "unknown kind",
                                 "control character", "boolean as number", "missing field", "other format",
                                 "more quotes than text", "invented place"])
def test_a_tampered_entry_is_a_miss(tmp_path, articles, extractions, how):
    cache = ExtractionCache(tmp_path / "extraction")
    cache.put(articles[0], extractions[0])
    entry = next((tmp_path / "extraction").rglob("*.json"))
    changed = tamper(json.loads(entry.read_text(encoding="utf-8")), how)
    entry.write_bytes(changed if isinstance(changed, bytes) else json.dumps(changed).encode())
    assert cache.get(articles[0]) is None and cache.misses == 1


def test_an_entry_of_another_article_is_a_miss(tmp_path, articles, extractions):
    cache = ExtractionCache(tmp_path / "extraction")
    cache.put(articles[0], extractions[0])
    cache.put(articles[1], extractions[1])
    first, second = sorted((tmp_path / "extraction").rglob("*.json"))
    one, other = first.read_bytes(), second.read_bytes()
    first.write_bytes(other)
    second.write_bytes(one)
    assert [cache.get(a) for a in articles[:2]] == [None, None]


def test_the_cache_neither_reads_nor_writes_through_links(tmp_path, articles, extractions):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache = ExtractionCache(tmp_path / ".cache" / "extraction")
    cache.put(articles[0], extractions[0])
    entry = next((tmp_path / ".cache").rglob("*.json"))
    saved = entry.read_bytes()
    entry.unlink()
    entry.parent.rmdir()
    entry.parent.symlink_to(elsewhere)  # a planted link in place of the entry's folder
    cache.put(articles[0], extractions[0])
    assert not entry.parent.is_symlink() and list(elsewhere.iterdir()) == []
    (elsewhere / "entry.json").write_bytes(saved)
    entry.unlink()
    entry.symlink_to(elsewhere / "entry.json")  # a planted link in place of the entry
    assert cache.get(articles[0]) is None


FINGERPRINTS = ("from build_scripts.extract.cache import extractor_fingerprint as e; "
                "from build_scripts.site.staging import renderer_fingerprint as r; print(e(), r())")


def _fingerprints(root: Path) -> tuple[str, str]:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", FINGERPRINTS], cwd=root, capture_output=True, text=True, check=True)
    extractor, renderer = out.stdout.split()
    return extractor, renderer


@pytest.fixture()
def package_copy(tmp_path):
    import shutil

    shutil.copytree(PROJECT / "build_scripts", tmp_path / "build_scripts", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


@pytest.mark.parametrize("new_file", ["extract/names/rules.py", "names.py", "extract/words/titles.txt"])
def test_a_new_module_or_word_list_anywhere_in_the_package_invalidates_both_caches(package_copy, new_file):
    before = _fingerprints(package_copy)
    path = package_copy / "build_scripts" / new_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# knowledge an extraction may depend on\n", encoding="utf-8")
    after = _fingerprints(package_copy)
    assert after[0] != before[0] and after[1] != before[1]


def test_a_template_change_renders_again_but_keeps_the_extractions(package_copy):
    before = _fingerprints(package_copy)
    template = sorted((package_copy / "build_scripts" / "site" / "templates").glob("*.j2"))[0]
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after = _fingerprints(package_copy)
    assert after[0] == before[0] and after[1] != before[1]
