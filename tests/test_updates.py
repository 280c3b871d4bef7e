"""What each report adds (updates.py), the Updates page and the Atom feed (feed.py)."""
import dataclasses
import xml.etree.ElementTree as ET

import feedparser

from build_scripts.site.feed import FeedSettings, atom_feed
from build_scripts.model import (Article, Attribution, Citation, Event, Explainer, Party, PartyKind, Place, Quote,
                                 Source, SourceKind)
from build_scripts.site.render import render_site
from build_scripts.rank.updates import report_updates

ATOM = "{http://www.w3.org/2005/Atom}"


def story() -> Explainer:
    """Three reports: an undated one, one of 10 May and one of 12 May that repeats a quote."""
    articles = (Article(id="b-first", title="Strike looms at the harbour", published="2024-05-10",
                        outlet="Harbour Wire", url=None,
                        paragraphs=("Dockers threatened a strike.",
                                    '"We will stop work," said Ola Berg.'), path="seeds/b-first.txt"),
                Article(id="a-later", title="Harbour strike begins", published="2024-05-12", outlet="Quillby Ledger",
                        url=None,
                        paragraphs=("The strike began on Sunday.", '"We will stop work," Berg had said.',
                                    "Signe Lindqvist, the port's chief, "
                         "said talks would resume."), path="seeds/a-later.txt"),
                Article(id="c-undated", title="Port history", published=None, outlet=None, url=None,
                        paragraphs=("The port opened long ago.",), path="seeds/c-undated.txt"))
    union = Party(id="dockers-union", name="Dockers Union", kind=PartyKind.ORGANISATION, mentions=(Place("b-first", 0),
                                                                                                   Place("a-later", 0)), main=True)
    berg = Party(id="ola-berg", name="Ola Berg", kind=PartyKind.PERSON, mentions=(Place("b-first", 1),
                                                                                  Place("a-later", 1)), main=True)
    chief = Party(id="signe-lindqvist", name="Signe Lindqvist", kind=PartyKind.PERSON, role="the port's chief",
                  mentions=(Place("a-later", 2),))
    quotes = (Quote(id="q1", article="b-first", paragraph=1, text="We will stop work,", speaker="Ola Berg",
                    attribution=Attribution.EXPLICIT),
              Quote(id="q2", article="a-later", paragraph=1, text="We will  stop work,", speaker="Ola Berg",
                    attribution=Attribution.EXPLICIT),
              Quote(id="q3", article="a-later", paragraph=2, text="Talks resume Monday,", speaker="Signe Lindqvist",
                    attribution=Attribution.EXPLICIT, key=True))
    events = (Event(id="e1", date="2024-05-10", what="Dockers threatened a strike", article="b-first", paragraph=0,
                    evidence="threatened", sources=(Place("b-first", 0),)),
              Event(id="e2", date="2024-05-12", what="The strike began", article="a-later", paragraph=0,
                    evidence="on Sunday",
                    sources=(Place("a-later", 0), Place("b-first", 0))),
              # linked to a paragraph of the first report too
              Event(id="e3", date=None, what="The port opened", article="c-undated", paragraph=0, evidence="long ago",
                    relative="before this report",
                    sources=(Place("c-undated", 0),)))
    sources = (Source(id="harbour-wire", name="Harbour Wire", kind=SourceKind.NEWS_OUTLET,
                      citations=(Citation("a-later", 0, "the strike"),)),)
    return Explainer(articles=articles, quotes=quotes, parties=(union, berg, chief), events=events, sources=sources)


def test_reports_newest_first_each_with_what_no_earlier_report_had():
    updates = report_updates(story())
    assert [u.article.id for u in updates] == ["a-later", "b-first", "c-undated"]
    later, first, undated = updates
    assert [e.id for e in later.events] == [] and [e.id for e in first.events] == ["e1", "e2"]
    assert [p.name for p in later.parties] == ["Signe Lindqvist"]
    assert [q.id for q in later.quotes] == ["q3"]  # the repeated quotation is not new
    assert [s.name for s in later.sources] == ["Harbour Wire"]
    assert [p.name for p in first.parties] == ["Dockers Union", "Ola Berg"]
    assert [e.id for e in undated.events] == ["e3"] and not undated.parties


def test_a_report_that_adds_nothing_says_so_in_one_line():
    x = story()
    repeat = dataclasses.replace(x.articles[0], id="d-repeat", path="seeds/d-repeat.txt", published="2024-05-13")
    x = dataclasses.replace(x, articles=x.articles + (repeat,))
    page = render_site(x)["updates.md"]
    section = page.split("{ #report-d-repeat }")[1].split("\n## ")[0]
    assert section.count("Adds nothing the earlier reports did not have.") == 1 and "**New" not in section
    assert page.index("{ #report-d-repeat }") < page.index("{ #report-a-later }")  # newest first


def test_the_page_links_every_item_to_its_place_and_its_paragraph():
    page = render_site(story())["updates.md"]
    later = page.split("{ #report-a-later }")[1].split("\n## ")[0]
    assert "[Signe Lindqvist](parties/signe-lindqvist.md)" in later and "(sources/a-later.md#p-2)" in later
    assert "**Key quote:** “Talks resume Monday,”" in later and "(quotes.md#q3)" in later
    assert "(sources/index.md#source-harbour-wire)" in later
    first = page.split("{ #report-b-first }")[1].split("\n## ")[0]
    assert "(timeline.md#e2)" in first and "(sources/b-first.md#p-0)" in first


def test_the_feed_is_valid_atom_one_entry_per_report_newest_first():
    xml = atom_feed(story(), FeedSettings(site_name="Harbour explainer"), "2024-06-01")
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    assert [e.title for e in parsed.entries] == ["Harbour strike begins (Quillby Ledger)",
                                                 "Strike looms at the harbour (Harbour Wire)", "Port history"]
    assert [e.updated for e in parsed.entries] == ["2024-05-12T00:00:00Z", "2024-05-10T00:00:00Z",
                                                   "2024-06-01T00:00:00Z"]
    assert parsed.feed.updated == "2024-05-12T00:00:00Z"
    ids = [e.id for e in parsed.entries]
    assert len(set(ids)) == 3 and all(i.startswith("urn:uuid:") for i in ids)
    assert [e.link for e in parsed.entries][0] == "updates/#report-a-later"  # relative to the feed
    assert "1 party (Signe Lindqvist)" in parsed.entries[0].summary
    root = ET.fromstring(xml)  # the Atom rules feedparser does not enforce: required elements
    for element in (root, *root.findall(f"{ATOM}entry")):
        assert all(element.find(f"{ATOM}{tag}") is not None for tag in ("id", "title", "updated", "link"))
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Harbour explainer"


def test_entry_ids_follow_the_report_not_the_build_and_links_are_absolute_with_site_url():
    settings = FeedSettings(site_name="Harbour explainer", site_url="https://example.org/harbour", directory_urls=False)
    one = feedparser.parse(atom_feed(story(), settings, "2024-06-01"))
    x = story()
    fewer = dataclasses.replace(x, articles=x.articles[:1] + x.articles[2:])
    two = feedparser.parse(atom_feed(fewer, settings, "2030-01-01"))
    ids = {e.title: e.id for e in one.entries}
    assert all(ids[e.title] == e.id for e in two.entries)
    assert one.entries[0].link == "https://example.org/harbour/updates.html#report-a-later"
    assert any(link.rel == "self" and link.href == "https://example.org/harbour/feed.xml" for link in one.feed.links)
    assert atom_feed(story(), settings, "2024-06-01") == atom_feed(story(), settings, "2024-06-01")


def test_markup_and_control_characters_cannot_break_the_feed():
    x = story()
    hostile = '<script>alert(1)</script> & </title></entry><entry> ]]> \x01\x0b\ufffe "Ola"'
    article = dataclasses.replace(x.articles[1], title=hostile, outlet="Wire <b>&amp;</b>")
    quote = dataclasses.replace(x.quotes[2], text=hostile)
    xml = atom_feed(dataclasses.replace(x, articles=(x.articles[0], article, x.articles[2]),
                                        quotes=x.quotes[:2] + (quote,)), FeedSettings(site_name="A <i>site</i>"),
                    "2024-06-01")
    root = ET.fromstring(xml)  # well-formed XML
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    assert entries[0].find(f"{ATOM}title").text == '<script>alert(1)</script> & </title></entry><entry> ]]>  "Ola" (Wire <b>&amp;</b>)'
    assert "<script>" not in xml and "\x01" not in xml
    parsed = feedparser.parse(xml)
    assert not parsed.bozo and len(parsed.entries) == 3


def test_a_long_story_puts_older_reports_on_pages_of_their_own_linked_from_the_updates_page():
    articles = tuple(Article(id=f"r{i:03d}", title=f"Report {i}", published=f"2024-{i // 28 + 1:02d}-{i % 28 + 1:02d}",
                             outlet=None, url=None, paragraphs=(f"Paragraph {i}.",), path=f"seeds/r{i:03d}.txt")
                     for i in range(120))
    pages = render_site(Explainer(articles=articles))
    assert sorted(p for p in pages if p.startswith("updates")) == ["updates.md", "updates/older-1.md", "updates/older-2.md"]
    assert pages["updates.md"].count("{ #report-") == 50 and pages["updates/older-2.md"].count("{ #report-") == 20
    assert "{ #report-r119 }" in pages["updates.md"] and "{ #report-r000 }" in pages["updates/older-2.md"]
    assert "[Earlier updates &#40;1 of 2&#41;](updates/older-1.md)" in pages["updates.md"]
    assert "(../updates.md)" in pages["updates/older-1.md"]
