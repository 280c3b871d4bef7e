"""Several articles make one explainer: parties, sources and repeated events merged."""
import json

import jsonschema

from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article
from build_scripts.pipeline import extract
from conftest import SHARED


def article(stem, text, published):
    return Article(id=stem, title=stem, published=published, outlet=None, url=None, paragraphs=split_paragraphs(text),
                   path=f"{stem}.txt")


def test_two_reports_share_parties_and_events():
    first = article("a", "Governor Lena Marsh signed the water bill on Monday, according to the Valley Post.",
                    "2024-06-05")
    second = article("b", "Marsh signed the water bill on Monday. Governor Lena Marsh called it overdue, "
                          "according to the Valley Post.", "2024-06-06")
    x = extract([first, second])
    assert [p.name for p in x.parties].count("Lena Marsh") == 1
    marsh = x.party("Lena Marsh")
    assert {m.article for m in marsh.mentions} == {"a", "b"}
    signings = [e for e in x.events if e.date == "2024-06-03"]
    assert len(signings) == 1 and {p.article for p in signings[0].sources} == {"a", "b"}
    post = [s for s in x.sources if s.name == "Valley Post"]
    assert len(post) == 1 and {p.article for p in post[0].places} == {"a", "b"}


def test_every_dev_article_gives_schema_valid_json():
    from build_scripts.pipeline import build_from_files
    from build_scripts.site.serialize import to_data

    schema = json.loads((SHARED / "explainer.schema.json").read_text(encoding="utf-8"))
    articles = sorted((SHARED / "bench" / "explainer").glob("*.md"))
    assert articles
    data = to_data(build_from_files(articles))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == len(articles)


def test_events_told_in_two_words_are_not_taken_for_one_event():
    from build_scripts.link.assemble import assemble
    from build_scripts.extract.drafts import ArticleExtraction, EventDraft, PartyIndex

    def report(stem: str, *events: EventDraft) -> ArticleExtraction:
        text = "A paragraph long enough to be the lead of this report, with nothing in it."
        return ArticleExtraction(article=article(stem, text, "2024-06-05"), parties=PartyIndex(), quotes=[],
                                 sources=[], events=list(events), positions=[])

    short = EventDraft(date="2023", what="Last year", paragraph=0, evidence="last year", char=0)
    again = EventDraft(date="2023", what="Last year the board met", paragraph=0, evidence="last year", char=0)
    told = EventDraft(date="2023", what="The harbour board raised its fees", paragraph=0, evidence="last year", char=0)
    retold = EventDraft(date="2023", what="The harbour board raised fees", paragraph=0, evidence="last year", char=0)
    x = assemble([report("a", short, told), report("b", again, retold)])
    assert sorted(len(e.sources) for e in x.events) == [1, 1, 2]  # only the told twins are one event
