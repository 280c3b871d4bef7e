"""A web page saved from a news site is a seed (load/webpage.py): its article body, not its
furniture, becomes the article; its title, site name, address and date fill the metadata; a
hostile or empty page, or one that is no article, is refused or shown as text, never run.
The pages in tests/pages/ are written for these tests, in the shapes real news pages have."""
from __future__ import annotations

import shutil

import pytest

from browser import serve
from build_scripts.errors import ExplainerError
from build_scripts.load.seeds import article_files, load_article
from build_scripts.pipeline import extract
from conftest import ARTIFACTS, PROJECT, make_project, mkdocs_build
from test_injection import CHECK_PAGE

PAGES = PROJECT / "tests" / "pages"
NEWS = PAGES / "harbour-wire-ferry.html"
HOSTILE = PAGES / "hostile.html"


def test_the_article_body_and_the_pages_metadata_not_its_furniture():
    article = load_article(NEWS)
    assert (article.title, article.outlet, article.published) == (
        "Ferry Nordlys freed after six days in the strait", "Harbour Wire", "2024-05-08")
    assert article.url == "https://harbourwire.example/2024/05/08/ferry-nordlys-freed"
    text = "\n".join(article.paragraphs)
    assert "Salvage crews freed the ferry Nordlys" in text and "Six days is a long time" in text
    for furniture in ("cookie", "Skip to main content", "Related stories", "Report abuse", "seadog77",
                      "Brannigan", "newsletter", "All rights reserved", "Injected by a tracker", "dataLayer"):
        assert furniture not in text, furniture


def test_a_saved_page_makes_parties_and_quotes_of_the_report_not_of_its_comments():
    explainer = extract([load_article(NEWS)])
    names = {p.name for p in explainer.parties}
    assert {"Ola Berg", "Ada Kerr", "Quillby Shipping"} <= names
    assert not names & {"Brannigan", "Holloway", "Ines Moreau", "Marta L.", "Jonas Vik"}  # comments, byline, credit
    assert ("The hull held, and nobody was hurt,", "Ola Berg") in [(q.text, q.speaker) for q in explainer.quotes]


def test_a_sidecar_wins_over_the_pages_own_metadata(tmp_path):
    shutil.copy(NEWS, tmp_path / "ferry.html")
    (tmp_path / "ferry.yml").write_text("outlet: The Kestle Courier\npublished: 2024-05-09\n", encoding="utf-8")
    article = load_article(tmp_path / "ferry.html")
    assert (article.outlet, article.published, article.title) == (
        "The Kestle Courier", "2024-05-09", "Ferry Nordlys freed after six days in the strait")
    assert [p.name for p in article_files(tmp_path)] == ["ferry.html"]


def test_a_hostile_pages_markup_is_text_at_most_and_its_claims_are_not_believed():
    article = load_article(HOSTILE)
    text = "\n".join(article.paragraphs)
    assert "Written by a script" not in text and "Drawn text" not in text and "Enable scripts" not in text
    assert '<script>alert("in the text")</script> was written on a placard' in text  # the copy's own words
    assert article.url is None  # 'javascript:' and a <base> are not the page's address
    assert article.published is None  # '2024-13-45' is no day, and no year is guessed from the text


@pytest.mark.parametrize("html, problem", [
    ("<html><head><title>Home</title></head><body><nav>" + "".join(f'<a href="/{i}">Story {i}</a> ' for i in range(50))
     + "</nav></body></html>", "no article text found"),
    ("   \n ", "the web page is empty"),
    ("\x00\x01\x02", "no article text found"),
    ("<html><body><article><p>The ferry ran aground in the strait on Tuesday, the coast guard said.</p>"
     + "<div><span>x</span></div>" * 40_000 + "</article></body></html>", "elements, more than a news page has"),
])
def test_a_page_that_is_no_article_is_one_clear_error_naming_the_file(tmp_path, html, problem):
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    with pytest.raises(ExplainerError) as raised:
        load_article(page)
    assert problem in raised.value.describe() and "page.html" in raised.value.describe()


@pytest.mark.slow
@pytest.mark.browser
def test_a_site_built_from_saved_pages_shows_the_report_and_runs_nothing_of_the_page(tmp_path, chromium):
    # the hostile page states no day of its own: a sidecar gives it one, as the build's warning says
    project = make_project(tmp_path / "project", {"ferry.html": NEWS.read_bytes(), "hostile.html": HOSTILE.read_bytes(),
                                                  "hostile.yml": "published: 2024-05-09\n"})
    result = mkdocs_build(project, "--strict", "-d", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr[-3000:]
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with serve(tmp_path / "site") as url:
        page = chromium.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for name in ("ferry", "hostile"):
            page.goto(f"{url}sources/{name}/")
            body = page.inner_text("article")
            assert page.evaluate(CHECK_PAGE) == [], name
            if name == "ferry":
                assert "Salvage crews freed the ferry Nordlys" in body and "Report abuse" not in body
                assert "Harbour Wire" in body and "cookie" not in body.lower()
            else:
                assert '<script>alert("in the text")</script>' in body
            page.screenshot(path=str(shots / f"webpage-{name}.png"), full_page=True)
        assert dialogs == []
        page.close()
