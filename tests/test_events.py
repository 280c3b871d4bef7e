"""Events: dated clauses, anchored events, undated ones, relative dates without a publication date."""
from helpers import explain


def events(x):
    return [(e.date, e.paragraph, e.approximate) for e in x.events]


def test_dated_clause_becomes_an_event_with_its_parties():
    x = explain("Dock workers led by Jonas Vik walked out on March 13.", published="2023-03-23")
    assert events(x) == [("2023-03-13", 0, False)]
    assert "Jonas Vik" in x.events[0].parties


def test_anniversary_dates_the_anchor_approximately():
    x = explain("Marking three years since the flood in the valley, Mayor Ada Kerr opened a memorial.",
                published="2024-05-10")
    dated = {e.date: e for e in x.events}
    assert dated["2021-05-10"].approximate and "flood" in dated["2021-05-10"].what.lower()
    assert "2024-05-10" in dated


def test_years_since_without_an_anniversary_is_about_a_month():
    x = explain("It is two years since the war began, and Mayor Ada Kerr wants it over.", published="2024-05-10")
    assert [(e.date, e.approximate) for e in x.events] == [("2022-05", True)]


def test_after_a_clause_dates_it_from_the_sentence_date():
    x = explain("The lease expired in January, three years after it was signed.", published="2023-03-23")
    assert ("2020-01", "It was signed") in [(e.date, e.what) for e in x.events]


def test_following_weekday_and_same_day_keep_the_anchor():
    x = explain("The fire started on August 9 last year.\n\nBy the following Monday the valley was empty. "
                "On the night of August 9 the crews had waited.", published="2022-08-17")
    assert [e.date for e in x.events] == ["2021-08-09", "2021-08-16", "2021-08-09"]


def test_second_day_dates_the_first_day():
    x = explain("The second day of talks in Oslo has ended.", published="2024-02-08")
    assert [e.date for e in x.events] == ["2024-02-07", "2024-02-08"]


def test_without_publication_date_events_are_relative():
    x = explain("The factory closed three years ago.")
    assert x.events[0].date is None and x.events[0].relative == "three years before this report"


def test_dates_inside_quotes_are_not_events():
    x = explain('"We waited since 1998 for this," the mayor said.', published="2024-01-01")
    assert x.events == ()


def test_previous_events_are_undated_and_kept():
    x = explain("The rebels accused the army of breaking three previous truces.", published="2024-01-01")
    assert [(e.date, e.evidence) for e in x.events] == [(None, "three previous truces")]


def test_anniversary_in_weeks_is_a_calendar_date():
    x = explain("Marking two weeks since the flood, Mayor Ada Kerr opened the bridge.", published="2024-05-10")
    assert all(e.date is None or len(e.date) in (4, 7, 10) for e in x.events)
    assert "2024-04-26" in [e.date for e in x.events]


def test_a_timeline_date_is_never_before_year_1000_nor_far_after_the_newest_report_unless_scheduled():
    from build_scripts.link.events import story_date

    assert story_date("2216", "2016-05-03", "The law would stand more than 200 years later.") is None
    assert story_date("0999", "2016-05-03", "It was founded long ago.") is None
    assert story_date("2017-06", "2016-05-03", "Prices would rise two summers later.", "two summers later") is None
    assert story_date("2025-03-31", "2023-10-29", "The long-stop date is March 31, 2025.", "March 31, 2025") == "2025-03-31"
    assert story_date("2017-06", "2016-05-03", "The vote is scheduled for June 2017.") == "2017-06"
    assert story_date("2017-05-03", "2016-05-03", "A year on, it reopened.") == "2017-05-03"
    assert story_date("2016-02-14", "2016-05-03", "Scalia died on Feb. 13.") == "2016-02-14"


def test_a_bound_on_days_gives_the_month_not_a_day():
    # 'more than 150 days ago' is at least 150 days: counting exactly would show a wrong day
    x = explain("The mayor of Port Ella, Ola Korr, was arrested more than 150 days ago.", published="2016-08-22")
    assert [e.date for e in x.events] == ["2016-03"]
    x = explain("The mayor of Port Ella, Ola Korr, was arrested 150 days ago.", published="2016-08-22")
    assert [e.date for e in x.events] == ["2016-03-25"]
    x = explain("It has been nearly 40 days since the strike at the Kestle docks began.", published="2016-08-22")
    assert [e.date for e in x.events if e.date] == ["2016-07"]
