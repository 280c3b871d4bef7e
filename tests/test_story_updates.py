"""A returning reader's view: the orlando-shooting story of ../shared/bench/stories built from its
reports but the newest, then the newest dropped in and the site rebuilt, as a journalist does.
Its additions head the Updates page and the feed; the feed is valid Atom, byte-identical
between two independent builds, announced in every page's head; the page passes axe."""
import html
import json
import re
import shutil
import xml.etree.ElementTree as ET

import feedparser
import pytest

from browser import browser, serve
from conftest import ARTIFACTS, SHARED, make_project, mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.slow]
STORY = SHARED / "bench" / "stories" / "orlando-shooting"
SHOTS = ARTIFACTS / "screenshots"
ATOM = "{http://www.w3.org/2005/Atom}"


def published(report) -> str:
    return next(line.split(":", 1)[1].strip() for line in report.read_text(encoding="utf-8").splitlines()
                if line.startswith("published:"))


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """(site after the newest report was added, a fresh build of all reports, the newest report)."""
    root = tmp_path_factory.mktemp("updates")
    reports = sorted(STORY.iterdir(), key=lambda r: (published(r), r.name))
    newest = reports[-1]
    project = make_project(root / "project", {})
    for report in reports[:-1]:
        shutil.copy(report, project / "seeds" / report.name)
    first = mkdocs_build(project, "--strict", "-d", str(root / "before"))
    assert first.returncode == 0, first.stderr[-3000:]
    shutil.copy(newest, project / "seeds" / newest.name)
    second = mkdocs_build(project, "--strict", "-d", str(root / "after"))
    assert second.returncode == 0, second.stderr[-3000:]
    assert "feed readers work best with site_url" in second.stderr  # an info line, not a warning
    fresh = make_project(root / "fresh", {})
    for report in reports:
        shutil.copy(report, fresh / "seeds" / report.name)
    third = mkdocs_build(fresh, "--strict", "-d", str(root / "fresh-site"))
    assert third.returncode == 0, third.stderr[-3000:]
    return root / "after", root / "fresh-site", root / "before", newest


def test_the_new_reports_additions_head_the_updates_page_and_the_feed(rebuilt):
    site, _, before, newest = rebuilt
    data = json.loads((site / "explainer.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if published(newest) == a["published"] and newest.stem.startswith(a["id"][:20]))
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.entries[0].title.startswith(article["title"])
    assert parsed.entries[0].updated == f"{article['published']}T00:00:00Z" == parsed.feed.updated
    html_page = (site / "updates" / "index.html").read_text(encoding="utf-8")
    first_heading = re.search(r'<h2 id="report-[^"]*">(.*?)</h2>', html_page).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", first_heading)).strip().startswith(article["title"][:40])
    old_feed = feedparser.parse((before / "feed.xml").read_bytes())
    assert {e.id for e in old_feed.entries} < {e.id for e in parsed.entries}  # older entries keep their ids
    assert len(parsed.entries) == len(old_feed.entries) + 1


def test_the_feed_is_valid_atom_and_the_same_from_two_independent_builds(rebuilt):
    site, fresh, _, _ = rebuilt
    xml = (site / "feed.xml").read_bytes()
    assert xml == (fresh / "feed.xml").read_bytes()
    root = ET.fromstring(xml)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 9
    for element in (root, *entries):
        assert all(element.find(f"{ATOM}{tag}") is not None for tag in ("id", "title", "updated", "link"))
    assert len({e.find(f"{ATOM}id").text for e in entries}) == 9
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    for entry in entries:  # each entry's link lands on its report's heading on the Updates page
        href = entry.find(f"{ATOM}link").get("href")
        page, anchor = href.split("#")
        assert page == "updates/" and f'id="{anchor}"' in (site / "updates" / "index.html").read_text(encoding="utf-8")


def test_readers_find_the_feed_and_the_page_passes_axe(rebuilt):
    from axe_playwright_python.sync_playwright import Axe

    site = rebuilt[0]
    SHOTS.mkdir(parents=True, exist_ok=True)
    with browser() as chromium, serve(site) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "parties/")
        href = page.locator('head link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
        assert page.request.get(url + "parties/" + href).ok
        page.goto(url)
        page.get_by_role("link", name="What each report added, newest first").click()
        page.wait_for_url("**/updates/")
        page.screenshot(path=str(SHOTS / "story-orlando-shooting-updates.png"), full_page=True)
        page.screenshot(path=str(SHOTS / "story-orlando-shooting-updates-top.png"))
        first_event = page.locator(".md-content li a[href*='timeline/']").first
        first_event.click()
        assert "/timeline/" in page.url and page.url.split("#")[1]
        assert page.locator(f"[id='{page.url.split('#')[1]}']").count() == 1
        page.goto(url + "updates/")
        tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
        violations = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}}).response["violations"]
        assert [v["id"] for v in violations] == []
        page.close()
