"""The overview's lead, key figures and latest developments, on hand-built stories (invented names)."""
from build_scripts.model import Article, Event, Explainer, Place
from build_scripts.rank.timeline import latest_events
from build_scripts.site.summary import key_figures, split_sentences, summary_sentences


def article(aid: str, published: str, *paragraphs: str) -> Article:
    return Article(id=aid, title=f"Report {aid}", published=published, outlet="The Courier", url=None,
                   paragraphs=paragraphs, path=f"seeds/{aid}.txt")


OLD = article("old", "2025-03-01", "Report old",
              "WEXMOOR, Tarvonia (Harbour Wire) - The harbour board met on Monday to "
              "discuss the 212 homes at risk of flooding along the river.")
NEW = article("new", "2025-03-09", "Report new",
              "Sen. Ola Berg said on Sunday that the board had approved a $4.5 million "
              "flood wall for the 212 homes.", "Correction: an earlier version gave the cost as 41 percent more.",
              "A poll of 1,358 residents found most support the wall.")


def test_the_lead_is_the_newest_reports_and_is_never_cut_at_an_abbreviation():
    lead = summary_sentences(Explainer(articles=(OLD, NEW)))
    assert lead[0] == ("Sen. Ola Berg said on Sunday that the board had approved a $4.5 million flood wall for the "
                       "212 homes.", Place("new", 1))
    assert split_sentences("Sen. Berg met U.S. officials on Feb. 3. They agreed.") == [
        "Sen. Berg met U.S. officials on Feb. 3.", "They agreed."]


def test_key_figures_come_from_key_events_or_several_reports_never_from_a_correction_or_a_side_story():
    key = Event(id="e1", date="2025-03-08", what="The board approved a flood wall", article="new", paragraph=1,
                evidence="Sunday", sources=(Place("new", 1),),
                key=True)
    figures = {f.text for f in key_figures(Explainer(articles=(OLD, NEW), events=(key,)))}
    assert "$4.5 million" in figures and "212 homes" in figures  # a key event's paragraph; and two reports
    assert not any("41 percent" in f for f in figures)  # a correction
    assert not any("1,358" in f for f in figures)  # one report's side story


def test_latest_developments_are_what_happened_not_plans_or_predictions():
    happened = Event(id="e1", date="2025-03-08", what="The board approved a flood wall", article="new", paragraph=1,
                     evidence="Sunday")
    planned = Event(id="e2", date="2025-03-20", what="Work will start on the wall", article="new", paragraph=1,
                    evidence="March 20")
    expected = Event(id="e3", date="2025-03-09", what="A vote is expected on the levy", article="new", paragraph=1,
                     evidence="today")
    forecast = Event(id="e4", date="2025-03-05", what="Hearings are underway by March 5", article="old", paragraph=1,
                     evidence="March 5")  # after its report
    assert latest_events(Explainer(articles=(OLD, NEW), events=(happened, planned, expected, forecast))) == [happened]


def test_a_key_event_is_told_by_its_whole_sentence():
    from build_scripts.site.context import Site
    event = Event(id="e1", date="2025-02-24", what="Who met on Monday", article="old", paragraph=1, evidence="Monday")
    site = Site(Explainer(articles=(OLD, NEW)))
    assert site.event_sentence(event).startswith("The harbour board met on Monday to discuss")
    assert site.event_context(event) == site.event_sentence(event)  # the clause leaves most of it out
    told = Event(id="e2", date="2025-02-24",
                 what="The harbour board met on Monday to discuss the 212 homes at risk of flooding", article="old",
                 paragraph=1, evidence="Monday")
    assert site.event_context(told) is None


def story_of_three():
    """Three reports of a harbour strike, their key events marked as rank/ would mark them."""
    reports = tuple(article(f"r{n}", f"2025-03-{10 + n}", "Report", "A lead paragraph of running text for this "
                            "report, long enough to count.", "More running text of the report here.")
                    for n in range(3))

    def key(eid, date, what, *places, headline=""):
        return Event(id=eid, date=date, what=what, article=places[0].article, paragraph=places[0].paragraph,
                     evidence="Monday", sources=places, key=True, stated=True, headline=headline)

    events = (
        key("a", "2025-03-03", "The dockers walked out over pay", Place("r0", 1)),
        key("b", "2025-03-05", "The harbour board sacked its chief", Place("r0", 1), Place("r1", 1), Place("r2", 1),
            headline="The harbour board sacked its chief"),
        key("c", "2025-03-08", "Ines Moreau was named to lead the board", Place("r1", 2)),
        key("d", "2025-03-11", "The dockers voted to return to work", Place("r2", 2)),
        key("e", "2025-03", "The strike cost the port dearly", Place("r2", 2)),  # a month: no opening sentence
    )
    return Explainer(articles=reports, events=events)


def test_the_overview_opens_with_how_the_story_began_and_where_it_stands():
    from build_scripts.site.summary import story_summary

    parts = story_summary(story_of_three())
    assert [p.label for p in parts] == ["How it began", "Where it stands"]
    assert [s for s, _ in parts[0].sentences] == [
        "On 3 March 2025, the dockers walked out over pay.",  # the first key day's event
        "On 5 March 2025, the harbour board sacked its chief.",  # the one most reports tell
    ]
    # where it stands: only what came after how it began
    assert [s for s, _ in parts[1].sentences] == [
        "On 8 March 2025, Ines Moreau was named to lead the board.",  # a name keeps its capital
        "On 11 March 2025, the dockers voted to return to work.",
    ]
    assert parts[0].sentences[1][1] == Place("r0", 1)


def test_the_sites_title_is_the_main_events_headline_unless_the_editor_or_a_single_report_gives_one():
    import dataclasses

    from build_scripts.site.summary import story_title

    story = story_of_three()
    assert story_title(story) == "The harbour board sacked its chief"
    # a main event whose line will not make a title gives way to the next the story is about
    wordy = tuple(dataclasses.replace(e, headline=" ".join(["word"] * 20)) if e.id == "b" else e for e in story.events)
    assert story_title(dataclasses.replace(story, events=wordy)) == "The dockers walked out over pay"
    assert story_title(dataclasses.replace(story, title="The harbour strike")) == "The harbour strike"
    assert story_title(Explainer(articles=(NEW,))) == "Report new"
    assert story_title(dataclasses.replace(story, events=())) == "What happened"


def test_a_single_reports_overview_is_its_lead():
    from build_scripts.site.summary import story_summary

    assert [s for s, _ in story_summary(Explainer(articles=(NEW,)))[0].sentences][0].startswith("Sen. Ola Berg said")
