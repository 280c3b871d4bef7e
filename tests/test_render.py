"""Rendering: golden Markdown for a hand-built explainer, and escaping of hostile text.

Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff.
"""
import dataclasses
import os
from pathlib import Path

import pytest

from build_scripts.model import (Article, Attribution, Citation, Event, Explainer, Party, PartyKind, Place, Position,
                                 Quote, Source, SourceKind)
from build_scripts.site.render import render_site
from build_scripts.rank.timeline import timeline_rows

GOLDEN = Path(__file__).parent / "golden"


def sample() -> Explainer:
    article = Article(id="harbour", title="Harbour strike ends", published="2024-05-10", outlet="The Courier",
                      url="https://example.org/h",
                      paragraphs=("Dock workers ended a strike on Thursday, the union said.",
                       '"We won," said Ola Berg, the union\'s leader.',
                       "The strike began in March, according to the Port Bulletin.",
                       "Earlier walkouts failed."), path="seeds/harbour.txt")
    union = Party(id="dockers-union", name="Dockers Union", kind=PartyKind.ORGANISATION, aliases=("the union",),
                  role="union of dock workers",
                  affiliation=None, positions=(Position("wanted higher pay", "harbour",
                                                        0),), mentions=(Place("harbour", 0), Place("harbour",
                                                                                                   1)), main=True)
    berg = Party(id="ola-berg", name="Ola Berg", kind=PartyKind.PERSON, aliases=("Berg",), role="union's leader",
                 affiliation="Dockers Union", positions=(),
                 mentions=(Place("harbour", 1),), main=True)
    quote = Quote(id="harbour-q1", article="harbour", paragraph=1, text="We won,", speaker="Ola Berg",
                  attribution=Attribution.EXPLICIT, cue="said", via=None, start=1)
    events = (Event(id="harbour-e1", date="2024-05-09", what="Dock workers ended a strike", article="harbour",
                    paragraph=0, evidence="Thursday",
                    parties=("Dockers Union",), order=0, sources=(Place("harbour", 0),), key=True),
              Event(id="harbour-e2", date="2024-03", what="The strike began", article="harbour", paragraph=2,
                    evidence="in March", order=1,
                    sources=(Place("harbour", 2),)),
              Event(id="harbour-e3", date=None, what="Earlier walkouts failed", article="harbour", paragraph=3,
                    evidence="Earlier walkouts",
                    relative="before this report", order=2, sources=(Place("harbour", 3),)))
    source = Source(id="port-bulletin", name="Port Bulletin", kind=SourceKind.NEWS_OUTLET,
                    citations=(Citation("harbour", 2, "when the strike began"),))
    return Explainer(articles=(article,), quotes=(quote,), parties=(union, berg), events=events, sources=(source,))


@pytest.mark.parametrize("page", ["index.md", "timeline.md", "parties/index.md", "parties/ola-berg.md",
                                  "quotes.md", "sources/index.md", "sources/harbour.md", "updates.md"])
def test_golden_pages(page):
    rendered = render_site(sample())[page]
    golden = GOLDEN / page.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


def test_timeline_orders_by_date_with_undated_before_the_report_days():
    assert [e.id for e in timeline_rows(sample())] == ["harbour-e2", "harbour-e3", "harbour-e1"]


def test_every_party_has_a_page_and_the_index_links_it():
    pages = render_site(sample())
    for party in sample().parties:
        assert f"parties/{party.id}.md" in pages
        assert f"parties/{party.id}.md)" in pages["parties/index.md"]


def test_hostile_text_is_escaped_on_every_page():
    x = sample()
    hostile = '<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} !!! note'
    article = x.articles[0]
    x = Explainer(articles=(Article(id=article.id, title=hostile, published=article.published, outlet=hostile,
                                    url=hostile, paragraphs=(hostile,) * 4, path=article.path),),
                  quotes=x.quotes, parties=x.parties, events=x.events, sources=x.sources)
    for path, page in render_site(x).items():
        _, front_matter, text = page.split("---\n", 2)
        assert "<" not in front_matter, path  # titles: plain text, angle brackets replaced
        assert "<script>" not in text and "](javascript" not in text and "{{ 7*7 }}" not in text, path
        assert "\n!!! note" not in text, path


def _crowd(people: int) -> Explainer:
    """An article naming `people` people; person i is mentioned i + 1 times."""
    base = sample()
    crowd = tuple(Party(id=f"person-{i}", name=f"Person {i:02d}", kind=PartyKind.PERSON, aliases=(), role=None,
                        affiliation=None, positions=(),
                        mentions=tuple(Place("harbour", 0) for _ in range(i + 1))) for i in range(people))
    unmarked = tuple(dataclasses.replace(p, main=None) for p in base.parties)  # no salience: rank by mentions
    return Explainer(articles=base.articles, quotes=base.quotes, parties=unmarked + crowd, events=base.events,
                     sources=base.sources)


def test_overview_names_the_most_mentioned_sides_and_points_to_the_rest():
    overview = render_site(_crowd(14))["index.md"]
    people = overview.split("### People")[1].split("###")[0]
    assert people.count("- **[") == 12
    assert "Person 13" in people and "Person 02" in people
    assert "Person 00" not in people and "Ola Berg" not in people  # mentioned once: on the Parties page
    assert "And 3 more people on [the Parties page](parties/index.md)." in people
    assert "more" not in overview.split("### Organisations")[1].split("## Latest")[0]


def test_the_overview_shows_the_main_parties_and_counts_the_others():
    overview = render_site(dataclasses.replace(_crowd(3), parties=sample().parties + _crowd(3).parties[2:]))["index.md"]
    people = overview.split("### People")[1].split("###")[0]
    assert "Ola Berg" in people and "Person 01" not in people and "And 3 more people" in people


def test_a_large_timeline_is_one_page_per_period_and_links_follow_the_events(tune):
    tune("PAGES", timeline_page_events=1)
    pages = render_site(sample())
    assert {"timeline/2024-05.md", "timeline/undated.md", "timeline/background-period-2024-03.md"} <= set(pages)
    assert "Dock workers ended a strike" in pages["timeline.md"]  # the key events stay on the first page
    assert "(timeline/2024-05.md)" in pages["timeline.md"]
    assert "](../timeline/2024-05.md#harbour-e1)" in pages["parties/dockers-union.md"]


def test_beyond_the_article_limit_repeated_and_unattributed_quotes_stay_out_of_the_index(tune):

    base = sample()
    again = Quote(id="harbour-q2", article="harbour", paragraph=1, text="We won,", speaker="Ola Berg",
                  attribution=Attribution.EXPLICIT, cue="said", via=None, start=1)
    nobody = Quote(id="harbour-q3", article="harbour", paragraph=2, text="It began in March", speaker=None,
                   attribution=Attribution.EXPLICIT, cue=None, via=None, start=1)
    explainer = Explainer(articles=base.articles, quotes=base.quotes + (again, nobody), parties=base.parties,
                          events=base.events, sources=base.sources)

    def excluded(quotes_page):
        return {card.split('"')[0] for card in quotes_page.split('id="')[1:] if "data-search-exclude>" in card.split("\n")[0]}

    assert excluded(render_site(explainer)["quotes.md"]) == set()
    tune("PAGES", search_article_text=0)
    assert excluded(render_site(explainer)["quotes.md"]) == {"harbour-q2", "harbour-q3"}


def test_the_overview_lead_is_never_cut_at_an_abbreviation():
    from build_scripts.site.summary import split_sentences, summary_sentences

    assert split_sentences('Sen. Ines Abara said on Feb. 13 that the U.S. would act, and James B. Oduya agreed. '
                           'He left. "We are done." Acme Inc. said no.') == [
        "Sen. Ines Abara said on Feb. 13 that the U.S. would act, and James B. Oduya agreed.", "He left.",
        '"We are done."', "Acme Inc. said no."]
    article = Article(id="a", title="A", published="2024-05-02", outlet=None, url=None,
                      paragraphs=("KESTLE \u2014 Gov. Ines Abara signed the harbour bill on Monday after a long fight. She smiled.",), path="a.txt")
    assert summary_sentences(Explainer(articles=(article,
                                                 )))[0][0] == "Gov. Ines Abara signed the harbour bill on Monday after a long fight."


def test_many_parties_go_on_directory_pages_and_the_diagram_keeps_to_the_main_sides(tune):
    tune("PAGES", directory_page_parties=1, diagram_all_parties=1)
    x = _crowd(3)
    x = dataclasses.replace(x, parties=sample().parties + x.parties[2:])  # Berg and the union are main
    pages = render_site(x)
    assert {"directory/people-1.md", "directory/people-4.md", "directory/organisations-1.md"} <= set(pages)
    assert "(../directory/people-2.md)" in pages["parties/index.md"]
    assert "Person 02" in pages["directory/people-4.md"] and "| Person" not in pages["parties/index.md"]
    diagram = pages["parties/index.md"].split("<svg")[1].split("</svg>")[0]
    assert "Ola Berg" in diagram and "Person 02" not in diagram


def test_many_quotes_show_the_key_quotes_a_few_per_main_party_and_links_for_the_rest(tune):
    tune("PAGES", quotes_page_quotes=1, quotes_per_speaker_at_scale=1)
    base = sample()
    said = tuple(Quote(id=f"harbour-q{n}", article="harbour", paragraph=1, text=f"We won round {n},",
                       speaker="Ola Berg", attribution=Attribution.EXPLICIT,
                       cue="said", via=None, start=n) for n in range(2, 5))
    other = Quote(id="harbour-q9", article="harbour", paragraph=2, text="The port is calm", speaker="Dockers Union",
                  attribution=Attribution.EXPLICIT, cue="said")
    nobody = Quote(id="harbour-q8", article="harbour", paragraph=3, text="It began in March", speaker=None,
                   attribution=Attribution.EXPLICIT, cue=None, via=None, start=1)
    union = dataclasses.replace(base.parties[0], main=False)
    pages = render_site(dataclasses.replace(base, quotes=base.quotes + said + (other, nobody),
                                            parties=(union, base.parties[1])))
    quotes = pages["quotes.md"]
    assert quotes.count('class="quote-card') == 1 and "All 4 quotes" in quotes
    assert "- [Dockers Union](parties/dockers-union.md) (1)" in quotes
    assert "It began in March" in pages["quotes/no-speaker-1.md"] and "It began in March" not in quotes
