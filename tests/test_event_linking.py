"""One entry per real event (link/events.py): the same happening told by several reports joins
into one event that lists every telling; plans, other parties' doings and other days stay apart.
Drafts are written by hand, as the extractor would leave them (invented names)."""
from build_scripts.extract.drafts import ArticleExtraction, Draft, EventDraft, Mention, PartyIndex
from build_scripts.link.assemble import assemble
from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article, PartyKind

LEAD = "A paragraph long enough to be the lead of this report, with nothing else in it at all."


def report(stem: str, published: str, *events: EventDraft, index: PartyIndex | None = None) -> ArticleExtraction:
    article = Article(id=stem, title=stem, published=published, outlet=None, url=None,
                      paragraphs=split_paragraphs(LEAD + "\n\n" + LEAD), path=f"{stem}.txt")
    return ArticleExtraction(article=article, parties=index or PartyIndex(), quotes=[], sources=[],
                             events=list(events), positions=[])


def told(date: str, what: str, terms: str, paragraph: int = 1, **extra) -> EventDraft:
    return EventDraft(date=date, what=what, paragraph=paragraph, evidence="on Tuesday", char=0, stated=True,
                      terms=tuple(terms.split()), **extra)


def party(name: str, kind: PartyKind = PartyKind.PERSON) -> Draft:
    draft = Draft(kind=kind)
    draft.add(name, Mention(paragraph=1, start=0, end=len(name), subject=True, quoted=False, text=name))
    return draft


def tellings(x) -> list[tuple[str, int]]:
    return sorted((e.date or "", len({p.article for p in e.sources})) for e in x.events)


def test_reports_of_one_happening_in_other_words_are_one_event_dated_as_most_date_it():
    x = assemble([
        report("a", "2024-03-06", told("2024-03-05", "The ferry Nordlys ran aground near Kestle",
                                       "ferry nordlys run aground near kestle fog")),
        report("b", "2024-03-07", told("2024-03-05", "The Nordlys was stranded off Kestle in thick fog",
                                       "nordlys strand kestle thick fog ferry")),
        report("c", "2024-03-08", told("2024-03-04", "The Kestle ferry Nordlys hit the rocks in fog",
                                       "kestle ferry nordlys hit rock fog aground")),
    ])
    assert tellings(x) == [("2024-03-05", 3)]  # a report a day off joins, on the day two reports give
    assert {p.article for p in x.events[0].sources} == {"a", "b", "c"}


def test_a_plan_never_joins_what_happened():
    x = assemble([
        report("a", "2024-03-06", told("2024-03-05", "The harbour board voted to sell the cranes",
                                       "harbour board vote sell crane kestle")),
        report("b", "2024-03-04", told("2024-03-05", "The harbour board will vote to sell the cranes",
                                       "harbour board vote sell crane kestle")),
    ])
    assert tellings(x) == [("2024-03-05", 1), ("2024-03-05", 1)]


def test_two_parties_doings_of_one_day_stay_two_events():
    index = PartyIndex()
    kerr, vik = party("Ada Kerr"), party("Jonas Vik")
    index.drafts = [kerr, vik]
    x = assemble([
        report("a", "2024-03-06", told("2024-03-05", "Ada Kerr praised the harbour deal",
                                       "ada kerr praise harbour deal strike", actor=kerr), index=index),
        report("b", "2024-03-06", told("2024-03-05", "Jonas Vik praised the harbour deal",
                                       "jonas vik praise harbour deal strike", actor=vik), index=index),
    ])
    assert tellings(x) == [("2024-03-05", 1), ("2024-03-05", 1)]


def test_the_next_days_event_told_alike_in_reports_of_one_day_stays_apart():
    x = assemble([
        report("a", "2024-03-06", told("2024-03-04", "Four divers reached the miners in the shaft",
                                       "four diver reach miner shaft kestle rescue")),
        report("b", "2024-03-06", told("2024-03-05", "Four more miners were brought out of the shaft",
                                       "four miner bring shaft kestle rescue")),
    ])
    assert tellings(x) == [("2024-03-04", 1), ("2024-03-05", 1)]


def test_the_event_shows_the_statement_that_names_who_did_it():
    index = PartyIndex()
    board = party("Kestle Harbour Board", PartyKind.ORGANISATION)
    index.drafts = [board]
    x = assemble([
        report("a", "2024-03-06", told("2024-03-05", "The cranes were sold for scrap on the quay",
                                       "crane sell scrap quay kestle harbour board")),
        report("b", "2024-03-06", told("2024-03-05", "Kestle Harbour Board sold the cranes for scrap",
                                       "kestle harbour board sell crane scrap", actor=board), index=index),
    ])
    assert [(e.what, e.actor) for e in x.events] == [
        ("Kestle Harbour Board sold the cranes for scrap", "Kestle Harbour Board")]


def test_a_telling_that_says_it_as_fact_is_the_line_before_one_that_reports_a_belief():
    x = assemble([
        report("a", "2024-03-06", told("2024-03-02", "The crew are thought to have been trapped since Saturday",
                                       "crew trap saturday cave")),
        report("b", "2024-03-09", told("2024-03-02", "The crew went missing after they went into the cave",
                                       "crew miss cave trap")),
    ])
    assert [(e.what, len(e.sources)) for e in x.events] == [
        ("The crew went missing after they went into the cave", 2)]
