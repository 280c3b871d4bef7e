"""The built site as a reader uses it, in Debian's chromium. Screenshots go to test-artifacts/."""
import json

import pytest

from browser import serve, settled_links
from conftest import ARTIFACTS, make_project, mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SHOTS = ARTIFACTS / "screenshots"


@pytest.fixture(scope="module")
def site(built_site, chromium):
    with serve(built_site) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        yield url, page, json.loads((built_site / "explainer.json").read_text(encoding="utf-8"))
        page.close()


def test_searching_a_party_name_returns_its_page(site, seed_gold):
    url, page, data = site
    person = next(p for p in seed_gold["parties"] if p["kind"] == "person")
    party = next(p for p in data["parties"] if p["name"] == person["name"])
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(person["name"].split()[-1], delay=30)  # Material searches on key events
    hrefs = [href for href, _ in settled_links(page, page.locator(".md-search-result__item a"))]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "search.png"))
    assert any(f"parties/{party['id']}/" in (h or "") for h in hrefs), hrefs


def test_a_quote_link_lands_on_its_source_paragraph(site):
    url, page, data = site
    page.goto(url + "quotes/")
    quote = data["quotes"][0]
    link = page.locator(f"[id='{quote['id']}'] a[href*='#p-']").last
    link.click()
    page.wait_for_url(f"**#p-{quote['paragraph']}")
    target = page.locator(f"#p-{quote['paragraph']}")
    assert target.is_visible()
    assert quote["text"].split("\n")[0][:40] in target.inner_text()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 900


def test_timeline_shows_events_in_date_order(site):
    url, page, data = site
    page.goto(url + "timeline/")
    def dates(selector: str) -> list[str]:
        return page.locator(selector).evaluate_all("els => els.map(e => e.getAttribute('datetime'))")

    # the key events, then the story's own events, then the background: each in date order
    key = dates(".tl-key > .tl-event time[datetime]")
    story = dates(".tl-period:not(.tl-key):not(:has(h2[id^=background], h3[id^=background])) time[datetime]")
    background = dates(".tl-period:has(h2[id^=background], h3[id^=background]) time[datetime]")
    assert len(key) >= 2 and len(story) + len(background) >= 3  # the seed's dated statements
    key_background = dates(".tl-key-background .tl-event time[datetime]")
    assert key == sorted(key) and key_background == sorted(key_background)
    assert not key_background or not key or key_background[-1] <= key[0]
    assert story == sorted(story) and background == sorted(background)
    assert not background or not story or background[-1] <= story[0]  # background is what came before
    undated = page.locator(".tl-period:not(.tl-key) .tl-date", has_text="Undated").count()
    assert undated == len([e for e in data["events"] if not e["date"]])


def every_page(data) -> list[str]:
    paths = ["", "timeline/", "parties/", "quotes/", "sources/", "about/"]
    return paths + [f"parties/{p['id']}/" for p in data["parties"]] + [
        f"sources/{a['id'].replace('_', '-').lower()}/" for a in data["articles"]]


@pytest.mark.parametrize("width, label", [(1280, "desktop"), (375, "phone")])
def test_screenshots_of_every_page_at_desktop_and_phone_width(site, chromium, width, label):
    url, _, data = site
    page = chromium.new_page(viewport={"width": width, "height": 900})
    SHOTS.mkdir(parents=True, exist_ok=True)
    for path in every_page(data):
        response = page.goto(url + path)
        assert response is not None and response.ok, path
        # nothing wider than the screen: a phone reader never scrolls sideways
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        name = (path.strip("/").replace("/", "_") or "overview") + f"-{label}.png"
        page.screenshot(path=str(SHOTS / name), full_page=True)
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_passes_axe_at_wcag_21_aa(site, chromium, scheme):
    from axe_playwright_python.sync_playwright import Axe

    url, _, data = site
    page = chromium.new_page(color_scheme=scheme)
    axe = Axe()
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    failures = {}
    for path in every_page(data):
        page.goto(url + path)
        violations = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}}).response["violations"]
        if violations:
            failures[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    page.close()
    assert failures == {}


def test_party_filter_shows_only_that_partys_events(site):
    url, page, data = site
    page.goto(url + "timeline/")
    total = page.locator(".tl-event").count()
    choice = page.locator(".filter-form input[type=radio]").nth(1)
    party_class = "party-" + choice.get_attribute("id").removeprefix("filter-")
    page.locator(f"label[for={choice.get_attribute('id')}]").click()
    visible = page.locator(".tl-event:visible")
    assert 0 < visible.count() < total
    assert all(party_class in visible.nth(i).get_attribute("class").split() for i in range(visible.count()))
    page.locator("label[for=filter]").click()
    assert page.locator(".tl-event:visible").count() == total


def test_dates_are_machine_readable(site):
    url, page, data = site
    page.goto(url + "timeline/")
    def values(selector: str) -> list[str]:
        return page.locator(selector).evaluate_all("els => els.map(e => e.getAttribute('datetime'))")

    assert sorted(values(".tl-period:not(.tl-key) .tl-event time[datetime]")) == sorted(
        e["date"] for e in data["events"] if e["date"])  # the full timeline
    assert sorted(values(".tl-key .tl-event time[datetime]")) == sorted(
        e["date"] for e in data["events"] if e["date"] and e.get("key"))


HOSTILE = ("---\ntitle: '<script>alert(\"title\")</script>'\noutlet: '<img src=x onerror=alert(2)>'\n"
           "url: 'javascript:alert(3)'\npublished: 2024-06-01\n---\n\n"
           "Mayor Helen Okafor said <script>alert(4)</script> and <img src=x onerror=alert(5)> on Monday.\n\n"
           "\"Click [here](javascript:alert(6)) and ![pic](http://127.0.0.1:9/x.png) {{ config }} {% raw %}\", "
           "Okafor said.\n\n<div onclick=alert(7)>raw block</div>\n\n!!! warning \"Injected\"\n\n"
           "Text {: onclick=alert(8) } and :material-alert: end.\n")


def test_article_text_cannot_inject_anything(tmp_path, chromium):
    project = make_project(tmp_path / "p", {"hostile.md": HOSTILE})
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    dialogs, errors = [], []
    with serve(project / "site") as url:
        page = chromium.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in ["", "quotes/", "sources/", "sources/hostile/", "parties/helen-okafor/", "timeline/"]:
            page.goto(url + path)
            page.wait_for_load_state("load")
            content = page.locator("article").first
            assert content.locator("img, script, div[onclick], [onclick]").count() == 0, path
            assert content.locator("a[href^='javascript']").count() == 0, path
            assert content.locator(".admonition").count() == 0, path
        page.goto(url + "sources/hostile/")
        text = page.locator("article").first.inner_text()
        assert "<script>alert(4)</script>" in text and "{{ config }}" in text and "!!! warning" in text
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "injection-article.png"), full_page=True)
    assert dialogs == [] and errors == []
