"""A real story as a user builds it: the seven reports of ../shared/bench/stories/
supreme-court-vacancy (five outlets, seven months) dropped into seeds/, `mkdocs build --strict`,
read in Debian's chromium. Expectations come from the story's gold file, matched with the story
scorer's own name normalisation (read in place)."""
import json
import re

import pytest

from browser import serve, settled_links
from conftest import ARTIFACTS, STORIES, build_story, story_scorer

pytestmark = [pytest.mark.browser, pytest.mark.slow]
STORY = "supreme-court-vacancy"
SHOTS = ARTIFACTS / "screenshots"


@pytest.fixture(scope="module")
def story_site(tmp_path_factory):
    return build_story(tmp_path_factory.mktemp("story"), STORY)


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
            # the diagram of a story this size draws the main sides the build marks: once each
            marked = next(p for p in data["parties"] if p["id"] == shown[0]).get("main")
            boxes = node_ids.count(shown[0])
            assert boxes == 1 if marked else boxes <= 1, f"{name}: {boxes} boxes in the diagram"
        assert all(node_ids.count(p["id"]) == 1 for p in data["parties"] if p.get("main"))
        first_main = next(pid for pid in row_ids if entities_of[pid] == {mains[0]})
        page.goto(url + f"parties/{first_main}/")
        assert page.locator("h1").first.inner_text().strip(" \n\u00b6") == next(p["name"] for p in data["parties"] if p["id"] == first_main)
        page.screenshot(path=str(SHOTS / f"story-{STORY}-party-{first_main}.png"), full_page=True)
        page.close()


PAGE_TYPES = ["", "timeline/", "parties/", "quotes/", "sources/", "about/"]


def _story_pages(data) -> list[str]:
    party = next(p["id"] for p in data["parties"] if p.get("main"))
    return PAGE_TYPES + [f"parties/{party}/", "sources/" + sorted(a["id"] for a in data["articles"])[0] + "/"]


def test_the_timeline_opens_with_key_events_and_no_background(story_site, chromium):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "timeline/")
        key = page.locator(".tl-key .tl-event")
        assert key.count() >= 3
        first = key.first.bounding_box()
        assert first is not None and first["y"] + first["height"] <= 900  # on the first screen
        background = page.locator("[id^=background-]")
        assert background.count() > 0, "the story has background events, after the story's own"
        assert background.first.bounding_box()["y"] > 900
        page.screenshot(path=str(SHOTS / f"story-{STORY}-timeline-first-screen.png"))
        page.close()


def test_every_filter_offers_the_main_parties_only(story_site, chromium):
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    main = {p["name"] for p in data["parties"] if p.get("main")}
    with serve(story_site) as url:
        page = chromium.new_page()
        for path in ("timeline/", "quotes/"):
            page.goto(url + path)
            labels = page.locator(".filter-form label").all_inner_texts()
            assert 2 <= len(labels) <= 13, (path, labels)
            assert labels[0] == "everyone" and set(labels[1:]) <= main, (path, labels)
        page.close()


def test_the_overview_tells_how_it_began_and_where_it_stands_then_the_key_events(story_site, chromium):
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    key = {e["what"] for e in data["events"] if e.get("key")}
    with serve(story_site) as url:
        page = chromium.new_page()
        page.goto(url)
        opening = [" ".join(p.split()) for p in page.locator("article p.story-summary").all_inner_texts()]
        assert opening and opening[0].startswith("How it began.") and opening[-1].startswith("Where it stands.")
        # each sentence is a key line, dated: 'On 13 February 2016, the unexpected death of ...'
        sentences = re.findall(r"(?:On|In) [^,]+, ([^.]+(?:\.[^ ][^.]*)*)\.", " ".join(opening))
        assert sentences and all(any(s.lower() == line.lower().rstrip(".") for line in key) for s in sentences), sentences
        assert page.locator("h2", has_text="Key events").count() == 1
        page.close()


@pytest.mark.parametrize("label,width,height", [("desktop", 1280, 900), ("phone", 390, 844)])
def test_every_page_type_of_the_story_fits_and_is_kept_for_review(story_site, chromium, label, width, height):
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": width, "height": height})
        for path in _story_pages(data):
            page.goto(url + path)
            assert page.locator("h1").count() >= 1, path
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
            name = "story-" + (path.strip("/").replace("/", "_") or "overview") + f"-{label}.png"
            page.screenshot(path=str(SHOTS / name), full_page=True)
        page.close()


def test_the_story_pages_pass_axe(story_site, chromium):
    from axe_playwright_python.sync_playwright import Axe

    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    failures = {}
    with serve(story_site) as url:
        page = chromium.new_page()
        for path in _story_pages(data):
            page.goto(url + path)
            violations = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}}).response["violations"]
            if violations:
                failures[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
        page.close()
    assert failures == {}


def _search(page, url: str, text: str) -> list[tuple[str, str]]:
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(text, delay=20)  # Material searches on key events
    return settled_links(page, page.locator(".md-search-result__item > a"))


def test_a_main_partys_name_finds_its_page_first_and_no_result_shows_twice(story_site, chromium):
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    main = [p for p in data["parties"] if p.get("main")]
    newest = max(data["articles"], key=lambda a: a["published"])
    lead_words = " ".join(next(p for p in newest["paragraphs"] if len(p.split()) >= 8).split()[2:7])
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        for party in main:
            results = _search(page, url, party["name"])
            assert f"parties/{party['id']}/" in results[0][0], (party["name"], results[:3])
        results = _search(page, url, lead_words)
        page.screenshot(path=str(SHOTS / f"story-{STORY}-search.png"))
        texts = [text.strip() for _, text in results]
        assert len(texts) == len(set(texts)), results
        page.close()


def test_the_sources_page_groups_by_kind_and_each_citation_opens_its_paragraph(story_site, chromium):
    score = story_scorer()
    gold = json.loads((STORIES / f"{STORY}.gold.json").read_text(encoding="utf-8"))
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    found = {(s["article"], s["name"]) for s in data["sources"]}
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "sources/")
        kinds = page.locator("article h2").all_inner_texts()
        names = [n.strip(" \n\u00b6") for n in page.locator("article h3").all_inner_texts()]
        page.screenshot(path=str(SHOTS / f"story-{STORY}-sources.png"), full_page=True)
        assert kinds[-1].strip(" \n\u00b6") == "The articles" and len(kinds) >= 3, kinds
        # every gold source this build found in its report has its heading on the page; most are found
        hits = [next((name for article, name in found if article == g["article"] and score.source_ok(g, {"name": name})),
                     None) for g in gold["sources"]]
        assert sum(h is not None for h in hits) >= len(gold["sources"]) // 2, hits
        assert [h for h in hits if h is not None and h not in names] == []
        link = page.locator("article li a[href*='#p-']").first
        href = link.get_attribute("href")
        link.click()
        page.wait_for_load_state("load")
        anchor = href.split("#", 1)[1]
        assert page.url.endswith("#" + anchor) and page.locator(f"[id='{anchor}']").count() == 1
        page.close()
