"""The first screen of a story pasted from the web: the ten reports of ../shared/bench/stories/
ever-given (ten outlets, with their page furniture) dropped into seeds/, `mkdocs build --strict`,
read in Debian's chromium. The overview opens with what happened, written from the whole story,
and every key line on the timeline's first screen reads as a statement. What the story is about
comes from its gold file (read in place); what a line must be to read alone, from the story
scorer's own screen."""
import json
import re

import pytest

from browser import serve
from conftest import ARTIFACTS, STORIES, build_story, story_scorer

pytestmark = [pytest.mark.browser, pytest.mark.slow]
STORY = "ever-given"
SHOTS = ARTIFACTS / "screenshots"
SCREENS = [("desktop", 1280, 900), ("phone", 390, 844)]


@pytest.fixture(scope="module")
def story_site(tmp_path_factory):
    return build_story(tmp_path_factory.mktemp("web-story"), STORY)


def main_event(gold: dict) -> dict:
    """The gold's event the story is about: of those a reader must know, the one most reports tell."""
    return max((k for k in gold["key_events"] if k["importance"] == 3),
               key=lambda k: (len({e["article"] for e in k["evidence"]}), k["date"]))


def leads(data: dict) -> list[str]:
    """Each report's opening sentence of running text (six words or more)."""
    found = []
    for article in data["articles"]:
        for paragraph in article["paragraphs"]:
            sentence = re.split(r"(?<=[.!?])\s+", paragraph.strip())[0]
            if len(sentence.split()) >= 6 and paragraph.strip() != article["title"]:
                found.append(" ".join(sentence.split()))
                break
    return found


@pytest.mark.parametrize("label,width,height", SCREENS)
def test_the_overview_opens_with_what_happened_written_from_the_story(story_site, chromium, label, width, height):
    score = story_scorer()
    gold = json.loads((STORIES / f"{STORY}.gold.json").read_text(encoding="utf-8"))
    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    event = main_event(gold)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        first = " ".join(page.locator("article p").first.inner_text().split())
        page.screenshot(path=str(SHOTS / f"story-{STORY}-overview-{label}.png"))
        page.close()
    # it names the story's main event: its day, and the words of the gold's line for it
    day = f"{int(event['date'][8:])} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(event['date'][5:7]) - 1]} {event['date'][:4]}"
    assert day in first, first
    shared = set(score.content_words(first)) & set(score.content_words(event["what"]))
    assert len(shared) >= 3, (first, event["what"])
    # and it is no single report's lead, pasted
    assert not any(lead in first for lead in leads(data)), first
    assert first.startswith("How it began.")


@pytest.mark.parametrize("label,width,height", SCREENS)
def test_every_key_line_on_the_timelines_first_screen_is_a_whole_statement(story_site, chromium, label, width, height):
    score = story_scorer()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(story_site) as url:
        page = chromium.new_page(viewport={"width": width, "height": height})
        page.goto(url + "timeline/")
        lines = page.locator(".tl-key .tl-event .tl-body strong")
        boxes = lines.evaluate_all("els => els.map(e => [e.innerText, e.getBoundingClientRect().top])")
        page.screenshot(path=str(SHOTS / f"story-{STORY}-timeline-{label}.png"))
        page.close()
    on_screen = [" ".join(text.split()) for text, top in boxes if top < height]
    assert len(on_screen) >= (2 if label == "desktop" else 1), boxes  # not an empty check (an entry may take three lines)
    fragments = [line for line in on_screen if not score.reads_alone(line)]
    assert fragments == [], fragments


def test_no_page_stamp_byline_or_dateline_is_an_event(story_site):
    from build_scripts.extract.furniture import dateline_end, is_stamp

    data = json.loads((story_site / "explainer.json").read_text(encoding="utf-8"))
    paragraphs = {a["id"]: a["paragraphs"] for a in data["articles"]}
    stamps = [e for e in data["events"] for place in e["reported_in"]
              if is_stamp(paragraphs[place["article"]][place["paragraph"]])]
    assert stamps == []
    # a report's own dateline ('Wexmoor, May 7, (HW/TNA) -') never starts a line
    assert not [e["what"] for e in data["events"] if dateline_end(e["what"])]
    assert not [e["what"] for e in data["events"] if re.match(r"(?i)(updated|by) ", e["what"])]
