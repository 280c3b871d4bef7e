"""A real story as a user builds it: the seven reports of ../shared/bench/stories/
supreme-court-vacancy (five outlets, seven months) dropped into seeds/, `mkdocs build --strict`,
read in Debian's chromium. Expectations come from the story's gold file, matched with the story
scorer's own name normalisation (read in place)."""
import importlib.util
import json
import shutil

import pytest

from browser import browser, serve
from conftest import ARTIFACTS, SHARED, make_project, mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.slow]
STORIES = SHARED / "bench" / "stories"
STORY = "supreme-court-vacancy"
SHOTS = ARTIFACTS / "screenshots"


def story_scorer():
    spec = importlib.util.spec_from_file_location("score_story", STORIES / "score_story.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def story_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("story")
    project = make_project(root / "project", {})
    for report in sorted((STORIES / STORY).iterdir()):
        shutil.copy(report, project / "seeds" / report.name)
    result = mkdocs_build(project, "--strict", "-d", str(root / "site"))
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"


@pytest.fixture(scope="module")
def chromium():
    with browser() as instance:
        yield instance


def test_each_main_party_appears_once_on_the_parties_page_and_its_diagram(story_site, chromium):
    score = story_scorer()
    gold = json.loads((STORIES / f"{STORY}.gold.json").read_text(encoding="utf-8"))
    index, _ = score.form_index(gold)
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    entities_of = {p["id"]: score.map_forms(score.party_forms(p), index) for p in data["parties"]}
    mains = [i for i, e in enumerate(gold["entities"]) if e.get("main")]
    assert mains
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "parties/")
        rows = page.locator("table tbody tr td:first-child a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        nodes = page.locator("svg.relations a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        page.screenshot(path=str(SHOTS / f"story-{STORY}-parties.png"), full_page=True)
        row_ids, node_ids = [h.strip("/").split("/")[-1] for h in rows], [h.strip("/").split("/")[-1] for h in nodes]
        assert sorted(row_ids) == sorted(entities_of)  # every party has one row, and only parties have rows
        for i in mains:
            name = gold["entities"][i]["name"]
            shown = [pid for pid in row_ids if i in entities_of[pid]]
            assert len(shown) == 1, f"{name}: {len(shown)} rows on the parties page ({shown})"
            assert entities_of[shown[0]] == {i}, f"{name} shares a party with another entity"
            assert node_ids.count(shown[0]) == 1, f"{name}: {node_ids.count(shown[0])} boxes in the diagram"
        first_main = next(pid for pid in row_ids if entities_of[pid] == {mains[0]})
        page.goto(url + f"parties/{first_main}/")
        assert page.locator("h1").first.inner_text().strip(" \n\u00b6") == next(p["name"] for p in data["parties"] if p["id"] == first_main)
        page.screenshot(path=str(SHOTS / f"story-{STORY}-party-{first_main}.png"), full_page=True)
        page.close()
