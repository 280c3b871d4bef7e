"""Untrusted seeds and caches, tried as an attacker would, through real builds (issue 13): no
file from outside seeds/, no page or id that overwrites another, no YAML that exhausts memory,
no build that loses the last good site, no code or markup from the cache."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import PROJECT, make_project, mkdocs_build

pytestmark = pytest.mark.slow
STORY = {"story.md": "---\ntitle: Bridge reopens\npublished: 2024-04-05\n---\n\n"
                     '"It is finally open," Mayor Helen Okafor said on Tuesday.\n\nThe Riverside Council voted in March.\n'}
SECRET = "TOPSECRET-4f1c"


def site_files(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def one_error(result: subprocess.CompletedProcess, *parts: str) -> str:
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and all(part in errors[0] for part in parts), result.stderr
    return errors[0]


# --- nothing from outside seeds/ --------------------------------------------------------------

def outside_file(tmp_path: Path, text: str) -> Path:
    target = tmp_path / "outside" / "private.txt"
    target.parent.mkdir(exist_ok=True)
    target.write_text(text)
    return target


@pytest.mark.parametrize("name, content", [
    ("leak.txt", f"Mayor Helen Okafor said {SECRET} on Monday.\n"),
    ("story.yml", f"title: {SECRET}\n"),
    ("curation.yml", f"parties:\n  - party: Helen Okafor\n    role: {SECRET}\n"),
    ("copy.txt", None),  # a link to another seed: still a link
])
def test_a_link_in_seeds_is_refused_and_nothing_it_points_to_is_published(tmp_path, name, content):
    project = make_project(tmp_path / "p", STORY)
    assert mkdocs_build(project, "--strict").returncode == 0
    before = site_files(project / "site")
    link = project / "seeds" / name
    link.symlink_to(outside_file(tmp_path, content) if content else project / "seeds" / "story.md")
    one_error(mkdocs_build(project, "--strict"), f"seeds/{name}", "link")
    assert site_files(project / "site") == before
    extract = subprocess.run([sys.executable, "-m", "build_scripts", "extract", str(project / "seeds")],
                             cwd=PROJECT, capture_output=True, text=True)
    assert extract.returncode == 2 and SECRET not in extract.stdout + extract.stderr
    assert len(extract.stderr.strip().splitlines()) == 1 and "link" in extract.stderr


def test_a_pipe_named_like_an_article_is_refused_without_waiting(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    os.mkfifo(project / "seeds" / "pipe.txt")
    started = time.monotonic()
    one_error(mkdocs_build(project, "--strict"), "seeds/pipe.txt", "not a regular file")
    assert time.monotonic() - started < 60


BAD_NAMES = {  # one character of each class in a file name; bytes that are not UTF-8 too
    "C0 control": b"story\x1b[2Jx.txt", "newline": b"two\nlines.txt", "DEL": b"story\x7f.txt",
    "C1 control": "story\u009b.txt".encode(), "noncharacter": "story\ufdd0.txt".encode(),
    "bidi override": "story\u202egnp.txt".encode(), "lone surrogate": b"story\xed\xa0\x80.txt",
    "not UTF-8": b"story\xff.txt",
}


def test_file_names_that_cannot_be_shown_as_they_are_are_refused(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert mkdocs_build(project, "--strict").returncode == 0
    before = site_files(project / "site")
    for label, name in BAD_NAMES.items():
        bad = os.path.join(os.fsencode(project / "seeds"), name)
        with open(bad, "wb") as handle:
            handle.write(b"Mayor Helen Okafor spoke on Monday.\n")
        line = one_error(mkdocs_build(project, "--strict"), "seeds/", "file name")
        assert "\x1b" not in line and "\u202e" not in line, label  # shown as escapes, not run by the terminal
        os.unlink(bad)
        assert site_files(project / "site") == before, label


# --- every page and id unique -------------------------------------------------------------------

CLASHING = {
    "index.txt": 'Mayor Helen Okafor met INDEX officials. INDEX said "we will talk" on Monday.\n',
    "a_b.txt": '"We will sign," Mayor Helen Okafor said on Tuesday.\n',
    "a-b.txt": '"We will not," Ola Berg said on Wednesday.\n',
    "a-b-2.txt": '"Nobody asked us," Ines Moreau said on Thursday.\n',
    "p-0.txt": 'The strike began on Friday, Ola Berg said.\n',
    "README.md": "# Readme\n\nThe talks resumed on Saturday.\n",
}
CLASHING.update({name.rsplit(".", 1)[0] + ".yml": "published: 2024-05-06\n" for name in CLASHING})  # weekdays need a date


def ids_on(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]*)"', html)


def test_no_article_or_party_name_can_take_another_page_or_id(tmp_path):
    project = make_project(tmp_path / "p", CLASHING)
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    data = json.loads((site / "explainer.json").read_text(encoding="utf-8"))
    for kind in ("quotes", "events", "parties", "sources"):
        ids = [item["id"] for item in data[kind]]
        assert len(ids) == len(set(ids)), (kind, ids)
    items = [q["id"] for q in data["quotes"]] + [e["id"] for e in data["events"]]
    assert len(items) == len(set(items))
    assert any(p["name"].lower() == "index" for p in data["parties"]), data["parties"]
    h1 = lambda path: re.search(r"<h1[^>]*>(.*?)<", (site / path / "index.html").read_text(encoding="utf-8")).group(1)
    assert h1("parties") == "Parties" and h1("sources") == "Sources"
    pages = {p.relative_to(site).parent.as_posix() for p in site.rglob("index.html")}
    party_pages = {f"parties/{p['id']}" for p in data["parties"]}
    assert party_pages <= pages and len(party_pages) == len(data["parties"])
    article_pages = {p for p in pages if p.startswith("sources/")}
    assert len(article_pages) == len(data["articles"]) == len([name for name in CLASHING if not name.endswith(".yml")])
    titles = sorted(h1(p) for p in article_pages)
    assert titles == sorted(a["title"] for a in data["articles"])
    for page in site.rglob("*.html"):
        repeated = [i for i, n in Counter(ids_on(page.read_text(encoding="utf-8"))).items() if n > 1]
        assert repeated == [], (page, repeated)


def test_a_hand_written_page_with_a_generated_name_stops_the_build_and_loses_nothing(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert mkdocs_build(project, "--strict").returncode == 0
    before = site_files(project / "site")
    (project / "docs" / "sources").mkdir()
    (project / "docs" / "sources" / "story.md").write_text("# Mine\n")
    one_error(mkdocs_build(project), "docs/sources/story.md", "rename or remove")
    assert site_files(project / "site") == before  # plain mkdocs build too: stopped before the clean
    assert (project / "docs" / "sources" / "story.md").read_text() == "# Mine\n"


# --- YAML that would exhaust memory ------------------------------------------------------------

def alias_bomb(levels: int = 10) -> str:
    """About 450 bytes that expand to 9**levels strings wherever the value is copied or printed."""
    rows = ["&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    rows += [f"&a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, levels)]
    return "[" + ", ".join(rows) + "]"


def limited_memory():
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


@pytest.mark.parametrize("name, content, line", [
    ("story.md", f"---\npublished: {alias_bomb()}\n---\nText.\n", 2),
    ("side.yml", f"title: Side\npublished: {alias_bomb()}\n", 2),
    ("curation.yml", f"add_events:\n  - what: x\n    article: story\n    paragraph: 1\n    date: {alias_bomb()}\n", 5),
])
def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path, name, content, line):
    project = make_project(tmp_path / "p", {**STORY, "side.txt": "Ola Berg spoke.\n", name: content})
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.monotonic()
    result = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300, preexec_fn=limited_memory)
    assert time.monotonic() - started < 60
    one_error(result, f"seeds/{name}:{line}", "alias")
    assert len(result.stderr) < 2000


# --- the last good site survives a failed build ------------------------------------------------

def publish(project: Path, *args: str, **kwargs) -> subprocess.CompletedProcess | subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    command = [sys.executable, "-m", "build_scripts", "publish", "-f", str(project / "mkdocs.yml"), *args]
    if kwargs.pop("background", False):
        return subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    return subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, **kwargs)


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site"))


def test_the_build_command_keeps_the_last_site_when_strict_fails_after_writing(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert publish(project).returncode == 0
    before = site_files(project / "site")
    (project / "docs" / "extra.md").write_text("# Extra\n\nSee [the missing page](missing.md).\n")
    failed = publish(project)
    assert failed.returncode != 0 and "unchanged" in failed.stderr
    assert site_files(project / "site") == before and leftovers(project) == []
    (project / "docs" / "extra.md").unlink()
    add_report(project)
    assert publish(project).returncode == 0
    assert "more" in {p.name for p in (project / "site" / "sources").iterdir()} and leftovers(project) == []


def add_report(project):
    (project / "seeds" / "more.txt").write_text("Ola Berg said on Friday that the dockers would return.\n")
    (project / "seeds" / "more.yml").write_text("published: 2024-05-06\n")


def test_the_build_command_keeps_the_last_site_when_the_disk_fills(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert publish(project).returncode == 0
    before = site_files(project / "site")
    add_report(project)
    small_disk = lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (64_000, 64_000))  # writes past 64 kB fail
    failed = publish(project, preexec_fn=small_disk)
    assert failed.returncode != 0
    assert site_files(project / "site") == before and leftovers(project) == []


def test_the_build_command_keeps_the_last_site_when_killed(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert publish(project).returncode == 0
    before = site_files(project / "site")
    add_report(project)
    build = publish(project, background=True)
    deadline = time.monotonic() + 120
    while not any(any(p.iterdir()) for p in project.glob(".site.build-*") if p.is_dir()):
        assert build.poll() is None and time.monotonic() < deadline, "the build ended before it could be killed"
        time.sleep(0.005)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    assert site_files(project / "site") == before
    assert publish(project).returncode == 0 and leftovers(project) == []  # the next build cleans up
    assert (project / "site" / "sources" / "more").is_dir()


# --- nothing from the cache runs or publishes --------------------------------------------------

class _Payload:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_planted_cache_entry_runs_no_code(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert mkdocs_build(project, "--strict").returncode == 0
    clean = (project / "site" / "explainer.json").read_bytes()
    marker = tmp_path / "code-ran"
    entries = [p for p in (project / ".cache" / "extraction").rglob("*") if p.is_file()]
    assert entries
    for entry in entries:
        entry.write_bytes(pickle.dumps(_Payload(marker)))
    (project / "seeds" / "curation.yml").write_text("parties:\n  - party: Helen Okafor\n    role: mayor\n")
    assert mkdocs_build(project, "--strict").returncode == 0  # the pages must be rendered again: the cache is read
    assert not marker.exists()
    (project / "seeds" / "curation.yml").unlink()
    assert mkdocs_build(project, "--strict").returncode == 0
    assert (project / "site" / "explainer.json").read_bytes() == clean


def test_a_planted_staged_page_is_not_published(tmp_path):
    project = make_project(tmp_path / "p", STORY)
    assert mkdocs_build(project, "--strict").returncode == 0
    staged = project / ".cache" / "site"
    page = staged / "pages" / "index.md"
    old = page.read_bytes()
    new = old + b"\n<script>alert('planted')</script>\n"
    page.write_bytes(new)
    manifest = staged / "manifest.json"  # as an attacker would: every digest of the old page updated
    manifest.write_text(manifest.read_text().replace(hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest()))
    assert mkdocs_build(project, "--strict").returncode == 0
    assert "planted" not in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_every_source_file_an_extraction_depends_on_is_in_its_cache_key(tmp_path):
    copy = tmp_path / "build_scripts"
    shutil.copytree(PROJECT / "build_scripts", copy, ignore=shutil.ignore_patterns("__pycache__"))
    fingerprint = "from build_scripts.extract.cache import extractor_fingerprint; print(extractor_fingerprint())"
    original = subprocess.run([sys.executable, "-c", fingerprint], cwd=tmp_path, capture_output=True, text=True, check=True)
    with (copy / "model.py").open("a") as handle:
        handle.write("\n# a change to the data model\n")
    changed = subprocess.run([sys.executable, "-c", fingerprint], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert original.stdout.strip() and original.stdout != changed.stdout
