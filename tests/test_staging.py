"""Staged pages: reused while the inputs are unchanged, rewritten only where they change, and a
`mkdocs serve --dirty` rebuild that serves the same search index as a clean build."""
from __future__ import annotations

import hashlib
import json
import os
import time

import pytest

from build_scripts.site.staging import StagedSite
from conftest import make_project, mkdocs_build
from live_server import LiveServer

SMALL = {
    "bridge.md": "---\ntitle: Bridge talks\npublished: 2024-05-02\n---\n"
                 "Mayor Helen Okafor said on Tuesday that the bridge would reopen in June.\n\n"
                 "\"We will not wait another winter,\" Okafor said.\n",
    "budget.md": "---\ntitle: Budget row\npublished: 2024-05-03\n---\n"
                 "The council voted on Wednesday to cut the roads budget.\n\n"
                 "\"This is a mistake,\" said councillor Tomas Reyes.\n",
}


SECRET = b"0" * 64


def test_unchanged_pages_keep_their_file_and_stale_pages_go(tmp_path):
    staged = StagedSite(tmp_path / "site", SECRET)
    staged.write("k1", {"a.md": "A", "sub/b.md": "B", "c.md": "C"}, (), {})
    a, b = staged.pages_dir / "a.md", staged.pages_dir / "sub" / "b.md"
    os.utime(a, (1, 1))
    os.utime(b, (1, 1))
    manifest = staged.write("k2", {"a.md": "A", "sub/b.md": "B changed"}, ("a note",), {"articles": 2})
    assert a.stat().st_mtime == 1 and b.stat().st_mtime > 1
    assert not (staged.pages_dir / "c.md").exists()
    assert staged.manifest() == manifest and manifest.pages == ("a.md", "sub/b.md")
    b.unlink()
    assert staged.manifest() is None  # a page gone from the stage: build again


def test_staged_pages_are_reused_only_as_this_checkout_wrote_them(tmp_path):
    staged = StagedSite(tmp_path / "site", SECRET)
    staged.write("k", {"index.md": "# Safe", "parties/a.md": "A"}, (), {})
    assert staged.manifest() is not None
    assert StagedSite(tmp_path / "site", b"1" * 64).manifest() is None  # signed by another checkout
    (staged.pages_dir / "index.md").write_text("# Safe<script>alert(1)</script>")
    assert staged.manifest() is None  # a page changed behind the manifest's back
    staged.write("k", {"index.md": "# Safe"}, (), {})
    manifest = json.loads((staged.root / "manifest.json").read_text())
    manifest["pages"]["index.md"] = hashlib.sha256(b"<script>").hexdigest()
    (staged.root / "manifest.json").write_text(json.dumps(manifest))
    assert staged.manifest() is None  # a manifest edited without the key


def test_staging_never_writes_or_deletes_through_a_planted_link(tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    root = tmp_path / "cache" / "site"
    root.mkdir(parents=True)
    (root / "pages").symlink_to(victim)
    staged = StagedSite(root, SECRET)
    staged.write("k", {"index.md": "# Page", "parties/a.md": "A"}, (), {})
    assert (victim / "precious.txt").read_text() == "keep me" and sorted(p.name for p in victim.iterdir()) == ["precious.txt"]
    assert not (root / "pages").is_symlink() and (root / "pages" / "index.md").read_text() == "# Page"
    (root / "pages" / "parties").rename(root / "parties-moved")
    (root / "pages" / "parties").symlink_to(victim)
    (root / "pages" / "stale").symlink_to(victim)
    staged.write("k2", {"index.md": "# Page"}, (), {})
    assert (victim / "precious.txt").read_text() == "keep me"
    assert sorted(p.name for p in (root / "pages").iterdir()) == ["index.md"]


def site_pages(site) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_reused_stage_gives_the_same_site_and_follows_every_change(tmp_path):
    project = make_project(tmp_path / "p", SMALL)
    assert mkdocs_build(project, "--strict", "-d", str(tmp_path / "cold")).returncode == 0
    result = mkdocs_build(project, "--strict", "-d", str(tmp_path / "warm"), "-v")
    assert "staged pages are reused" in result.stderr
    assert site_pages(tmp_path / "cold") == site_pages(tmp_path / "warm")

    (project / "seeds" / "budget.md").unlink()
    assert mkdocs_build(project, "--strict").returncode == 0
    assert not (project / "site" / "sources" / "budget").exists()
    assert "Tomas Reyes" not in (project / "site" / "quotes" / "index.html").read_text(encoding="utf-8")
    (project / "seeds" / "curation.yml").write_text("parties:\n  - party: Helen Okafor\n    role: mayor of the city\n")
    assert mkdocs_build(project, "--strict").returncode == 0
    assert "mayor of the city" in (project / "site" / "parties" / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_dirty_serve_rebuild_serves_the_index_of_a_clean_build(tmp_path):
    project = make_project(tmp_path / "p", SMALL)
    server = LiveServer(project)
    try:
        time.sleep(1)
        with (project / "seeds" / "budget.md").open("a", encoding="utf-8") as handle:
            handle.write("\nCouncillor Ana Silva said on Thursday that the vote was \"a betrayal of drivers\".\n")
        server.wait_for("Reloading browsers")
        served = sorted(json.dumps(e, sort_keys=True) for e in json.loads(server.get("search/search_index.json"))["docs"])
    finally:
        server.stop()
    assert mkdocs_build(project, "--strict").returncode == 0
    clean = sorted(json.dumps(e, sort_keys=True) for e in
                   json.loads((project / "site" / "search" / "search_index.json").read_text())["docs"])
    assert any("betrayal of drivers" in entry for entry in served)
    assert served == clean
