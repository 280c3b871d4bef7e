"""The real site: `mkdocs build --strict`, link completeness, failure safety, determinism."""
import hashlib
import json
import re
from pathlib import Path

import pytest

from conftest import PROJECT, make_project, mkdocs_build

pytestmark = pytest.mark.slow
SEED = next((PROJECT / "seeds").glob("*.txt"))
SMALL = {"story.md": "---\ntitle: Bridge reopens\npublished: 2024-04-05\n---\n\n"
                     '"It is finally open," Mayor Helen Okafor said on Tuesday.\n\nThe Riverside Council voted in March.\n'}


def site_files(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_strict_build_publishes_every_page_and_the_data(built_site):
    for page in ("index.html", "timeline/index.html", "parties/index.html", "quotes/index.html",
                 "sources/index.html", "updates/index.html", "feed.xml", "explainer.json", "search/search_index.json",
                 "about/index.html"):
        assert (built_site / page).is_file(), page
    data = json.loads((built_site / "explainer.json").read_text(encoding="utf-8"))
    for party in data["parties"]:
        assert (built_site / "parties" / party["id"] / "index.html").is_file()
    assert not any("fonts.googleapis" in p.read_text(encoding="utf-8") for p in built_site.rglob("*.html"))


def test_every_internal_link_and_anchor_resolves(built_site):
    ids_by_page = {}
    for page in built_site.rglob("*.html"):
        ids_by_page[page] = set(re.findall(r'id="([^"]+)"', page.read_text(encoding="utf-8")))
    checked = 0
    for page in built_site.rglob("*.html"):
        for href in re.findall(r'href="([^"#:?]*)(?:#([^"]*))?"', page.read_text(encoding="utf-8")):
            path, anchor = href
            if (not path and not anchor) or path.startswith("/"):  # 404.html is served from the root
                continue
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if path.endswith((".css", ".js", ".json", ".svg", ".png", ".ico", ".xml")) or "assets" in path:
                assert target.exists(), (page, path)
                continue
            assert target.exists(), (page, path)
            if anchor:
                assert anchor in ids_by_page.get(target, set()), (page, path, anchor)
            checked += 1
    assert checked > 50


def test_the_seeds_updates_page_and_feed_have_one_entry_announced_on_every_page(built_site):
    import feedparser

    updates = (built_site / "updates" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<h2 id="report-', updates)) == 1 and "New events" in updates
    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 1
    data = json.loads((built_site / "explainer.json").read_text(encoding="utf-8"))
    assert feed.entries[0].title.startswith(data["articles"][0]["title"])
    pages = list(built_site.rglob("*.html"))
    assert all('<link rel="alternate" type="application/atom+xml"' in p.read_text(encoding="utf-8") for p in pages)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="updates/">What each report added, newest first</a>' in home
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert any(loc.startswith("timeline/") for loc in locations)  # its items are found where they live
    assert not any(loc.startswith("updates/") for loc in locations)


def test_party_index_links_every_party_page(built_site):
    index = (built_site / "parties" / "index.html").read_text(encoding="utf-8")
    data = json.loads((built_site / "explainer.json").read_text(encoding="utf-8"))
    for party in data["parties"]:
        assert f'href="{party["id"]}/"' in index or f'href="../parties/{party["id"]}/"' in index, party["id"]


def test_builds_are_byte_identical(tmp_path):
    project = make_project(tmp_path / "p", {SEED.name: SEED.read_text(encoding="utf-8"),
                                             SEED.with_suffix(".yml").name: SEED.with_suffix(".yml").read_text()})
    first, second = tmp_path / "one", tmp_path / "two"
    assert mkdocs_build(project, "-d", str(first)).returncode == 0
    assert mkdocs_build(project, "-d", str(second)).returncode == 0
    assert site_files(first) == site_files(second)


def test_a_broken_seed_stops_the_build_and_keeps_the_last_site(tmp_path):
    project = make_project(tmp_path / "p", SMALL)
    assert mkdocs_build(project, "--strict").returncode == 0
    before = site_files(project / "site")
    docs_before = site_files(project / "docs")
    (project / "seeds" / "story.md").write_bytes(b"---\ntitle: Bridge\npublished: last week\n---\nText.\n")
    result = mkdocs_build(project, "--strict")
    assert result.returncode != 0
    assert "story.md:3" in result.stderr and "'published' must be a date" in result.stderr
    assert "Traceback" not in result.stderr
    assert site_files(project / "site") == before
    assert site_files(project / "docs") == docs_before


def test_stale_curation_entry_fails_strict_build_and_keeps_the_site(tmp_path):
    project = make_project(tmp_path / "p", SMALL)
    assert mkdocs_build(project, "--strict").returncode == 0
    before = site_files(project / "site")
    (project / "seeds" / "curation.yml").write_text("parties:\n  - party: Nobody\n    drop: true\n")
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0 and "curation.yml:2" in relaxed.stderr
    mkdocs_build(project, "--strict", "-d", str(project / "site"))
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0 and "curation" in strict.stderr
    (project / "seeds" / "curation.yml").unlink()
    assert mkdocs_build(project, "--strict").returncode == 0
    assert site_files(project / "site") == before


def test_curation_that_drops_a_party_of_the_timeline_or_names_a_new_speaker_builds(tmp_path):
    """Both once ended in a template traceback: a dropped party left in an event, a speaker with
    no party."""
    project = make_project(tmp_path / "p", SMALL)
    (project / "seeds" / "curation.yml").write_text(
        "parties:\n  - party: Helen Okafor\n    drop: true\n"
        "quotes:\n  - quote: finally open\n    speaker: Mara Quillby\n", encoding="utf-8")
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads((project / "site" / "explainer.json").read_text(encoding="utf-8"))
    assert [q["speaker"] for q in data["quotes"]] == ["Mara Quillby"]
    assert "Helen Okafor" not in {p["name"] for p in data["parties"]}
    assert (project / "site" / "parties" / "mara-quillby" / "index.html").is_file()


def tree(root: Path) -> dict[str, str]:
    """Every file under root except the build's outputs: the site, the cache and its key."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()
            and p.relative_to(root).parts[0] not in ("site", ".cache", ".cache-key")}


def test_the_build_writes_nothing_outside_its_output_folder(tmp_path):
    project = make_project(tmp_path / "p", SMALL)
    (project / "seeds" / "curation.yml").write_text("parties:\n  - party: Helen Okafor\n    role: mayor\n")
    before = tree(project)
    assert mkdocs_build(project, "--strict").returncode == 0
    assert tree(project) == before
    assert sorted(p.name for p in project.iterdir()) == [".cache", ".cache-key", "build_scripts", "docs", "mkdocs.yml",
                                                          "overrides", "seeds", "site"]
    assert (project / ".cache-key").stat().st_mode & 0o077 == 0  # the staging key is the owner's alone


def test_headings_are_in_order_on_every_page(built_site):
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        article = html[html.find("<article"):html.find("</article>")]
        levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", article)]
        if not levels:
            continue
        assert levels[0] == 1 and levels.count(1) == 1, (page, levels)
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), (page, levels)
