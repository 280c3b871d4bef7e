"""Every dev story, extracted as a user's seeds/ folder is: no party, event, quote or source
comes from a line of the page's own (a caption, a credit, a stamp, a byline, a menu), and no
party is named like a picture's credit."""
import re

import pytest

from build_scripts.extract.furniture import page_furniture
from build_scripts.pipeline import build_from_files
from conftest import STORIES

DEV_STORIES = sorted(path.name[: -len(".gold.json")] for path in STORIES.glob("*.gold.json"))
# what a credit looks like, by its form: 'Name/Agency Photo', 'Photo: Agency', 'Agency via Images'
CREDIT_NAME = re.compile(r"(?i:photo|picture|image|video|credit)s?\b.*[/:]|/.*(?i:photo|images?)\b|\bvia\b")


@pytest.fixture(scope="module", params=DEV_STORIES)
def story(request):
    return build_from_files([STORIES / request.param])


def test_the_dev_stories_have_page_lines_to_check():
    from build_scripts.load.seeds import load_article

    counts = {name: sum(kind is not None for report in sorted((STORIES / name).glob("*.md"))
                        for kind in page_furniture(load_article(report).paragraphs)) for name in DEV_STORIES}
    assert len(counts) >= 6 and sum(1 for n in counts.values() if n >= 10) >= 3, counts


def test_nothing_comes_from_the_pages_own_lines(story):
    furniture = {
        (article.id, i)
        for article in story.articles
        for i, kind in enumerate(page_furniture(article.paragraphs))
        if kind is not None
    }
    places = [(m.article, m.paragraph, p.name) for p in story.parties for m in p.mentions]
    places += [(e.article, e.paragraph, e.what) for e in story.events]
    places += [(q.article, q.paragraph, q.text) for q in story.quotes]
    places += [(m.article, m.paragraph, s.name) for s in story.sources for m in s.citations]
    assert [item for item in places if item[:2] in furniture] == []


def test_no_party_is_named_like_a_credit(story):
    assert [p.name for p in story.parties if CREDIT_NAME.search(p.name)] == []
