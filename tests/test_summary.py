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
