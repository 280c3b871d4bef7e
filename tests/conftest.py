"""Shared fixtures: paths to the research data, the seed's extraction, throwaway projects."""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
SEED_GOLD = sorted((SHARED / "seeds").glob("*.gold.json"))
ARTIFACTS = PROJECT / "test-artifacts"
MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def run_extract(*paths: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "build_scripts", "extract", *map(str, paths)],
                            cwd=PROJECT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def chromium():
    """Debian's chromium driven by Playwright (tests/browser.py), one per test module."""
    from browser import browser

    with browser() as instance:
        yield instance


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    assert SEED_GOLD, f"no gold file in {SHARED / 'seeds'}"
    return json.loads(SEED_GOLD[0].read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_extraction() -> dict:
    """The extract command's JSON for the project's seeds folder (the seed and its sidecar)."""
    return run_extract(PROJECT / "seeds")


@pytest.fixture(scope="session")
def nlp():
    from build_scripts.extract.nlp import load_nlp
    return load_nlp()


def make_project(root: Path, seeds: dict[str, str | bytes]) -> Path:
    """A throwaway copy of the project's site config with its own seeds/ folder."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(PROJECT / "docs", root / "docs")
    shutil.copytree(PROJECT / "overrides", root / "overrides")
    (root / "build_scripts").symlink_to(PROJECT / "build_scripts")
    seed_dir = root / "seeds"
    seed_dir.mkdir()
    for name, content in seeds.items():
        target = seed_dir / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


def mkdocs_build(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run([MKDOCS, "build", "-f", str(project / "mkdocs.yml"), *args],
                          cwd=project, capture_output=True, text=True, env=env)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real project, built with `mkdocs build --strict` into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([MKDOCS, "build", "--strict", "-d", str(out)], cwd=PROJECT,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def tune(monkeypatch):
    """Change tunables for one test: tune("PAGES", timeline_page_events=1) (build_scripts/settings.py)."""
    from build_scripts import settings

    def change(group: str, **values) -> None:
        monkeypatch.setattr(settings, group, dataclasses.replace(getattr(settings, group), **values))
    return change


STORIES = SHARED / "bench" / "stories"


def story_scorer():
    """../shared/bench/stories/score_story.py, read in place: its name matching and its screen
    for a line that reads alone."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_story", STORIES / "score_story.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_story(root: Path, story: str) -> Path:
    """A dev story's reports dropped into a fresh project's seeds/, built with
    `mkdocs build --strict`: the built site's folder."""
    project = make_project(root / "project", {})
    for report in sorted((STORIES / story).iterdir()):
        shutil.copy(report, project / "seeds" / report.name)
    result = mkdocs_build(project, "--strict", "-d", str(root / "site"))
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"
