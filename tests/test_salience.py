"""salience.py: main parties, key events and key quotes, on hand-built stories of several reports.

The names are invented; the story benchmark's figures are checked by bench.quality (test_quality.py).
"""
import dataclasses

from build_scripts.model import Article, Attribution, Event, Explainer, Party, PartyKind, Place, Quote
from build_scripts.link.leads import lead_paragraphs
from build_scripts.rank.salience import mark_salience
from build_scripts.settings import SALIENCE

TEXT = "A sentence of running text long enough to count as a lead paragraph here."


def report(n: int, published: str = "2025-03-10", title: str = "Harbour board sacks its chief") -> Article:
    return Article(id=f"r{n}", title=title, published=published, outlet="The Courier", url=None,
                   paragraphs=(title, TEXT, TEXT, TEXT, TEXT), path=f"seeds/r{n}.txt")


def party(name: str, reports: range, kind=PartyKind.PERSON, paragraph: int = 1, acts: bool = True, **extra) -> Party:
    places = tuple(Place(f"r{n}", paragraph) for n in reports)
    return Party(id=name.lower().replace(" ", "-"), name=name, kind=kind, mentions=places, acts=places if acts else (),
                 **extra)


def event(eid: str, date: str, article: str, paragraph: int = 1, parties=(), stated: bool = True, **extra) -> Event:
    """An event whose line reads as a statement (extract/events/statement.py decides that of real ones)."""
    return Event(id=eid, date=date, what=f"The harbour board met on {date}", article=article, paragraph=paragraph,
                 evidence="Monday", parties=parties, sources=extra.pop("sources", (Place(article, paragraph),)),
                 stated=stated, **extra)


def test_lead_skips_the_repeated_headline_and_short_lines():
    article = Article(id="a", title="Harbour board sacks its chief", published=None, outlet=None, url=None,
                      paragraphs=("Harbour board sacks its chief.", "By Ola Berg", TEXT, TEXT,
                                  TEXT), path="seeds/a.txt")
    assert list(lead_paragraphs(article)) == [2, 3]


def test_main_parties_are_named_across_reports_and_one_report_figures_are_not():
    articles = tuple(report(n) for n in range(8))
    x = Explainer(articles=articles, parties=(party("Ola Berg", range(8)), party("Harbour Board", range(6),
                                                                                 PartyKind.ORGANISATION),
                                     party("Rui Costa", range(1))))
    marked = {p.name: p.main for p in mark_salience(x).parties}
    assert marked == {"Ola Berg": True, "Harbour Board": True, "Rui Costa": False}


def test_a_country_named_as_a_place_and_a_persons_campaign_are_no_sides_of_their_own():
    articles = tuple(report(n) for n in range(6))
    x = Explainer(articles=articles, parties=(party("Ola Berg", range(6)), party("Tarvonia", range(6),
                                                                                 PartyKind.COUNTRY, acts=False),
                                     party("Berg campaign", range(6), PartyKind.ORGANISATION)))
    marked = {p.name: p.main for p in mark_salience(x).parties}
    assert marked == {"Ola Berg": True, "Tarvonia": False, "Berg campaign": False}


def test_a_name_that_only_describes_others_does_not_count_as_named():
    articles = tuple(report(n) for n in range(6))
    labour = party("Labour Party", range(6), PartyKind.ORGANISATION, acts=False)
    labour = dataclasses.replace(labour, describes=labour.mentions)
    x = Explainer(articles=articles, parties=(party("Ola Berg", range(6)), labour))
    assert [p.name for p in mark_salience(x).parties if p.main] == ["Ola Berg"]


def test_at_most_twelve_main_parties_and_the_editor_decides_first():
    articles = tuple(report(n) for n in range(10))
    crowd = tuple(party(f"Person {chr(65 + i)} Lind", range(10 - i % 3)) for i in range(20))
    dropped = dataclasses.replace(crowd[0], main=False)
    kept = party("Eva Holm", range(1), main=True)
    x = mark_salience(Explainer(articles=articles, parties=(dropped,) + crowd[1:] + (kept,)))
    main = [p.name for p in x.parties if p.main]
    assert len(main) == SALIENCE.main_parties and "Eva Holm" in main and crowd[0].name not in main


def test_key_events_are_the_days_the_reports_lead_with_one_day_once_before_a_second_event():
    articles = (report(0, "2025-03-10"), report(1, "2025-03-11"), report(2, "2025-03-11"), report(3, "2025-04-02"))
    events = (event("a", "2025-03-09", "r0"), event("b", "2025-03-09", "r1"), event("c", "2025-03-09", "r2"),
              event("d", "2025-04-01", "r3"), event("e", "2024", "r3", paragraph=4))
    x = mark_salience(Explainer(articles=articles, events=events))
    key = {e.id for e in x.events if e.key}
    assert "d" in key and len(key & {"a", "b", "c"}) == 1  # a day's other lines, by no actor: the same news again
    order = sorted(x.events, key=lambda e: not e.key)
    assert order[0].date in ("2025-03-09", "2025-04-01")


def test_a_plan_or_a_forecast_is_no_key_event_unless_the_editor_says_so():
    articles = (report(0, "2025-03-10"), report(1, "2025-03-11"), report(2, "2025-03-15"))
    events = (event("held", "2025-03-09", "r0"), event("planned", "2025-03-14", "r1"),
              event("told-after", "2025-03-14", "r2", paragraph=2),
              dataclasses.replace(event("editors-pick", "2025-03-20", "r1", paragraph=3), key=True))
    x = mark_salience(Explainer(articles=articles, events=events))
    assert {e.id for e in x.events if e.key} == {"held", "told-after", "editors-pick"}


def test_at_most_twelve_key_events_and_an_unmarked_event_stays_unmarked():
    articles = tuple(report(n, f"2025-03-{n + 1:02d}") for n in range(20))
    events = tuple(event(f"e{n}", f"2025-03-{n + 1:02d}", f"r{n}") for n in range(20))
    events = (dataclasses.replace(events[0], key=False),) + events[1:]
    x = mark_salience(Explainer(articles=articles, events=events))
    assert sum(1 for e in x.events if e.key) == SALIENCE.key_events and not x.events[0].key


def test_key_quotes_are_said_by_main_parties_and_marked_once_however_many_reports_carry_them():
    articles = tuple(report(n) for n in range(4))
    said = "We will not sell the harbour to anyone, whatever the board decides."
    quotes = tuple(Quote(id=f"q{n}", article=f"r{n}", paragraph=2, text=said, speaker="Ola Berg",
                         attribution=Attribution.EXPLICIT) for n in range(3)) + (
        Quote(id="q9", article="r3", paragraph=2, text="A bystander's long remark about the weather and the tides.",
              speaker="Rui Costa", attribution=Attribution.EXPLICIT),
        Quote(id="q8", article="r3", paragraph=3, text="A long remark that nobody can be credited with saying here.",
              speaker=None, attribution=Attribution.UNATTRIBUTED))
    bystander = party("Rui Costa", range(3, 4), paragraph=2, acts=False)  # quoted once, low in one report
    x = mark_salience(Explainer(articles=articles, quotes=quotes, parties=(party("Ola Berg", range(4)), bystander)))
    assert [q.id for q in x.quotes if q.key] == ["q0"]


def test_the_same_reports_give_the_same_marks():
    articles = tuple(report(n, f"2025-03-{n + 1:02d}") for n in range(6))
    events = tuple(event(f"e{n}", f"2025-03-{n % 3 + 1:02d}", f"r{n}") for n in range(6))
    x = Explainer(articles=articles, events=events, parties=tuple(party(f"Ola Berg{n}",
                                                                        range(n + 1)) for n in range(6)))
    assert mark_salience(x) == mark_salience(x)


def test_a_lone_surname_the_linker_left_apart_is_no_main_side():
    articles = tuple(report(n) for n in range(6))
    x = Explainer(articles=articles, parties=(party("Signe Lindqvist", range(6)), party("Per Lindqvist", range(3)),
                                     party("Lindqvist", range(6))))
    marked = {p.name: p.main for p in mark_salience(x).parties}
    assert marked == {"Signe Lindqvist": True, "Per Lindqvist": True, "Lindqvist": False}


def test_a_year_every_report_names_is_a_backdrop_and_the_day_two_reports_lead_with_is_key(tune):
    tune("SALIENCE", key_events=1)
    articles = tuple(report(n) for n in range(30))
    years = tuple(event(f"y{n}", "2024", f"r{n}", paragraph=4) for n in range(30))
    day = (event("d0", "2025-03-09", "r0"), event("d1", "2025-03-09", "r1"))
    x = mark_salience(Explainer(articles=articles, events=years + day))
    assert [e.id for e in x.events if e.key] in (["d0"], ["d1"])


def test_only_a_line_that_reads_as_a_statement_is_a_key_event():
    articles = (report(0, "2025-03-10"), report(1, "2025-03-11"))
    events = (event("clause", "2025-03-09", "r0", stated=False), event("line", "2025-03-09", "r1"))
    x = mark_salience(Explainer(articles=articles, events=events))
    assert [e.id for e in x.events if e.key] == ["line"]


def test_a_days_further_key_event_is_another_partys_doing():
    articles = tuple(report(n, "2025-03-10") for n in range(4))
    events = (event("shooting", "2025-03-09", "r0", sources=(Place("r0", 1), Place("r1", 1))),
              event("again", "2025-03-09", "r1", paragraph=2),  # no one named as doing it: the same news again
              event("berg", "2025-03-09", "r2", actor="Ola Berg"),
              event("berg-again", "2025-03-09", "r3", actor="Ola Berg"),  # the same party's: no second line
              event("berg-side", "2025-03-09", "r3", paragraph=2, actor="Berg campaign"))  # the same side
    x = mark_salience(Explainer(articles=articles, events=events))
    assert sorted(e.id for e in x.events if e.key) == ["berg", "shooting"]


def test_a_month_one_report_names_or_one_that_retells_a_key_day_is_no_key_event():
    articles = tuple(report(n, "2025-03-20") for n in range(3))
    events = (event("day", "2025-03-09", "r0", sources=(Place("r0", 1), Place("r1", 1))),
              event("aside", "2025-02", "r2"),  # one report's 'this month'
              dataclasses.replace(event("retold", "2025-03", "r2", paragraph=2, sources=(Place("r1", 2), Place("r2", 2))),
                                  what="The harbour board met in March"))  # two reports, but the day says it
    x = mark_salience(Explainer(articles=articles, events=events))
    assert [e.id for e in x.events if e.key] == ["day"]


def test_a_month_one_report_names_is_key_when_a_main_party_does_it_to_another():
    # 'the governor appointed Dana Reyes in March', told once: the story's own sides acting on each other
    articles = tuple(report(n, "2025-03-20" if n < 3 else "2025-04-20") for n in range(6))
    parties = (party("Ola Berg", range(6)), party("Dana Reyes", range(6)), party("Rui Costa", range(1)))
    events = (event("day", "2025-03-09", "r0", sources=(Place("r0", 1), Place("r1", 1))),
              dataclasses.replace(event("between", "2025-03", "r2", actor="Ola Berg", parties=("Ola Berg", "Dana Reyes"),
                                        centrality=1.0),
                                  what="Ola Berg appointed Dana Reyes to the inquiry panel"),
              dataclasses.replace(event("aside", "2025-04", "r3", actor="Rui Costa", parties=("Rui Costa", "Dana Reyes"),
                                        centrality=1.0),
                                  what="Rui Costa praised Dana Reyes in a newspaper column"))
    x = mark_salience(Explainer(articles=articles, parties=parties, events=events))
    assert [e.id for e in x.events if e.key] == ["day", "between"]


def test_background_several_reports_retell_keeps_a_key_place(tune):
    tune("SALIENCE", key_events=3)
    articles = tuple(report(n, "2025-03-10") for n in range(6))
    days = tuple(event(f"d{n}", f"2025-03-0{n + 1}", f"r{n}", sources=(Place(f"r{n}", 1), Place(f"r{n + 1}", 1)))
                 for n in range(4))
    origin = dataclasses.replace(event("origin", "2019", "r5", paragraph=3, sources=(Place("r4", 3), Place("r5", 3))),
                                 what="The harbour board was founded by the dockers")
    x = mark_salience(Explainer(articles=articles, events=days + (origin,)))
    key = [e.id for e in x.events if e.key]
    assert "origin" in key and len(key) == 3


def test_one_sentence_dated_to_two_days_is_one_key_line():
    # 'Crews brought eight miners out on Monday and Tuesday': the same words on two days are one entry
    articles = (report(0, "2025-03-12"), report(1, "2025-03-12"))
    line = "Crews brought eight miners out of the flooded Korr mine"
    events = tuple(dataclasses.replace(e, what=what) for e, what in (
        (event("mon", "2025-03-10", "r0"), line), (event("tue", "2025-03-11", "r0"), line),
        (event("other", "2025-03-11", "r1", paragraph=2), "The mine's owner Quillby Mining closed the shaft")))
    x = mark_salience(Explainer(articles=articles, events=events))
    assert [e.what for e in x.events if e.key].count(line) == 1


def test_one_reports_lead_actor_who_speaks_is_a_main_party_of_a_story_no_one_dominates():
    # ten reports, none naming anyone in more than four: the one who leads a report, acts and is
    # quoted there is a side of the story; one who leads and acts but says nothing is not
    articles = tuple(report(n) for n in range(10))
    costa, abara = party("Rui Costa", range(1)), party("Ines Abara", range(1, 2))
    x = Explainer(articles=articles, parties=(party("Ola Berg", range(4)), costa, abara),
                  quotes=(Quote(id="q1", article="r0", paragraph=1, text="We have reached the miners.",
                                speaker="Rui Costa", attribution=Attribution.EXPLICIT),))
    marked = {p.name: p.main for p in mark_salience(x).parties}
    assert marked == {"Ola Berg": True, "Rui Costa": True, "Ines Abara": False}
