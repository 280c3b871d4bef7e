"""Temporal expressions normalised against a publication date (a Thursday)."""
import datetime as dt

import pytest

from build_scripts.extract.timex import Tense, find_timexes

DCT = dt.date(2023, 3, 23)


def values(text, future=False):
    return [(t.text, t.type, t.value) for t in find_timexes(text, DCT, (lambda _char, _strict=False: Tense.FUTURE) if future else None)]


@pytest.mark.parametrize("text, expected", [
    ("on March 13", ("March 13", "DATE", "2023-03-13")),
    ("on December 31", ("December 31", "DATE", "2022-12-31")),
    ("in April 2024", ("April 2024", "DATE", "2024-04")),
    ("on 4 June 2019", ("4 June 2019", "DATE", "2019-06-04")),
    ("in 2014", ("2014", "DATE", "2014")),
    ("since 1998", ("1998", "DATE", "1998")),
    ("yesterday", ("yesterday", "DATE", "2023-03-22")),
    ("earlier this month", ("earlier this month", "DATE", "2023-03")),
    ("last year", ("last year", "DATE", "2022")),
    ("next month", ("next month", "DATE", "2023-04")),
    ("last June", ("last June", "DATE", "2022-06")),
    ("for 48 hours", ("48 hours", "DURATION", "PT48H")),
    ("a two-year war", ("two-year", "DURATION", "P2Y")),
    ("every week", ("every week", "SET", "P1W")),
])
def test_values(text, expected):
    assert values(text)[0] == expected


def test_weekdays_past_and_future():
    assert values("talks ended on Wednesday") == [("Wednesday", "DATE", "2023-03-22")]
    assert values("talks ended on Thursday") == [("Thursday", "DATE", "2023-03-23")]
    assert values("voting opens on Monday", future=True) == [("Monday", "DATE", "2023-03-27")]


def test_numbers_that_are_not_years():
    assert values("about 2000 people and 1999 percent, 2000 votes") == []


def test_a_year_after_a_preposition_or_before_a_word_that_is_no_plural():
    text = "Cuts by 2030 to 32 percent, a plan unveiled in 2014 of his rules, voted in 2003 and 2005 as a 2007 address said."
    assert [v for _, _, v in values(text)] == ["2030", "2014", "2003", "2005", "2007"]


def test_anchored_expressions_resolve_from_the_last_date_given():
    text = "The accord was signed in May 2012. Three weeks later the first prisoners were freed."
    assert values(text)[-1] == ("Three weeks later", "DATE", "2012")
    text = "Talks opened on March 1, 2023. The next day the envoy left; later that year he returned."
    assert [v for _, _, v in values(text)] == ["2023-03-01", "2023-03-02", "2023"]


def test_times_of_day_quarters_centuries_and_references():
    assert values("The vote closed at 10 p.m. on Monday.")[0] == ("10 p.m. on Monday", "TIME", "2023-03-20T22:00")
    assert values("Polls close at 8 p.m.")[0] == ("8 p.m.", "TIME", "2023-03-23T20:00")
    assert values("profits in the fourth quarter")[0] == ("the fourth quarter", "DATE", "2022-Q4")
    assert values("since the 19th century")[0] == ("the 19th century", "DATE", "18")
    assert values("plans for the future")[0] == ("the future", "DATE", "FUTURE_REF")
    assert values("prices are rising now")[0] == ("now", "DATE", "PRESENT_REF")


def test_durations_and_sets_are_typed_not_dated():
    assert values("over the past three years")[0] == ("the past three years", "DURATION", "P3Y")
    assert values("for years")[0] == ("years", "DURATION", "PXY")
    assert values("the fair is held annually in June")[0] == ("annually", "SET", "P1Y")
    assert values("in his weekly radio address")[0] == ("weekly", "SET", "P1W")
    assert values("the dividend is paid quarterly.")[0] == ("quarterly", "SET", "P3M")
    assert values("they march every Sunday")[0] == ("every Sunday", "SET", "XXXX-WXX-7")
    assert values("the party daily Granma said") == []  # a newspaper, before its name
    assert values("on Breitbart News Daily today")[0][0] == "today"
    assert values("a 6-year-old boy") == []


def test_months_are_the_most_recent_unless_the_clause_is_future():
    assert values("the report released in November")[0] == ("November", "DATE", "2022-11")
    assert values("the summit set for Washington in April", future=True)[0] == ("April", "DATE", "2023-04")


def test_a_month_up_to_five_ahead_is_the_coming_one_in_a_clause_told_in_no_past():
    unmarked = lambda text: [(t.text, t.value) for t in find_timexes(text, DCT, lambda _char, _strict=False: Tense.UNMARKED)]
    assert unmarked("the convention in June, the vote in August and the summit in September") == [
        ("June", "2023-06"), ("August", "2023-08"), ("September", "2022-09")]  # six ahead: half a year either way
    assert unmarked("the deadline of Aug. 4") == [("Aug. 4", "2023-08-04")]
    assert unmarked("a race that could stretch into the summer") == [("the summer", "2023-SU")]
    assert values("the race stretched into the summer") == [("the summer", "DATE", "2022-SU")]
    assert unmarked("the ads to run until Bastille Day") == [("Bastille Day", "2023-07-14")]
    assert values("the ads ran until Bastille Day") == [("Bastille Day", "DATE", "2022-07-14")]
    assert values("the convention in June, the vote in August") == [
        ("June", "DATE", "2022-06"), ("August", "DATE", "2022-08")]  # a past clause: the ones gone by


@pytest.mark.parametrize("text, month, value", [
    ("The party is bent on winning the nomination before the convention in July.", "July", "2023-07"),
    ("Let's beat them in August.", "August", "2023-08"),
    ("Harbour Wire says the merger could close in August.", "August", "2023-08"),
    ("Supporters are working to win the seat in August.", "August", "2023-08"),
    ("Signe Lindqvist testified in July.", "July", "2022-07"),
    ("Ola Berg, who announced her run in July, leads the polls.", "July", "2022-07"),
    ("The board, which met in July, named Ola Berg chairman.", "July", "2022-07"),
    ("They’ve had three floods in June.", "June", "2022-06"),
    ("Ola Berg counts three floods since June.", "June", "2022-06"),
    ("Ola Berg says she’ll win the seat in October.", "October", "2023-10"),  # a typographic apostrophe
])
def test_the_parser_tells_a_clause_in_no_past_from_a_past_one(nlp, text, month, value):
    from build_scripts.extract.timex.tempeval import document_timexes

    found = {t["text"]: t["value"] for t in document_timexes(text, DCT, nlp)}
    assert found[month] == value


def test_a_holiday_is_ahead_only_in_a_clause_that_says_so_as_a_date_is(nlp):
    from build_scripts.extract.timex.tempeval import document_timexes

    found = lambda text, dct: [(t["text"], t["value"]) for t in document_timexes(text, dct, nlp)]
    assert found("The coast will be decisive on Election Day.", DCT) == [("Election Day", "2023-11-07")]
    assert found("Labor Day is barely over.", dt.date(2023, 9, 6)) == [("Labor Day", "2023-09-04")]


def test_a_month_of_that_year_takes_the_year_last_given():
    text = "The strike began in 2014; a court case opened in early June of that year."
    assert [(t.text, t.value) for t in find_timexes(text, DCT)] == [("2014", "2014"), ("early June of that year", "2014-06")]
    assert values("in October of that year") == [("October of that year", "DATE", "2022-10")]  # no year given: a guess


def test_holidays_resolve_to_their_day():
    assert values("shops closed on Christmas Eve")[0] == ("Christmas Eve", "DATE", "2022-12-24")
    assert values("the Easter 2024 ceasefire")[0] == ("Easter 2024", "DATE", "2024-03-31")
    assert values("protests since Thanksgiving")[0] == ("Thanksgiving", "DATE", "2022-11-24")


def test_after_before_since_are_durations_in_timex3_output(nlp):
    from build_scripts.extract.timex.tempeval import document_timexes

    found = document_timexes("Three years after the flood, the town was rebuilt.", DCT, nlp)
    assert [(t["text"], t["type"], t["value"]) for t in found] == [("Three years", "DURATION", "P3Y")]
    text = "Ola Berg resigned; a few days later he left, at least 72 hours after the vote."
    found = document_timexes(text, DCT, nlp)
    assert [(t["text"], t["type"], t["value"]) for t in found] == [
        ("a few days", "DURATION", "PXD"), ("at least 72 hours", "DURATION", "PT72H")]
    found = document_timexes("It ended seven hours\u00a0after the vote.", DCT, nlp)  # a no-break space
    assert [(t["text"], t["type"], t["value"]) for t in found] == [("seven hours", "DURATION", "PT7H")]


def test_numeric_dates_seasons_and_fiscal_years():
    assert values("filed on 3/15/2021")[0] == ("3/15/2021", "DATE", "2021-03-15")
    assert values("the talks in the summer failed")[0] == ("the summer", "DATE", "2022-SU")
    assert values("results for fiscal 2024")[0] == ("fiscal 2024", "DATE", "2024")
    assert values("up from the year-earlier period")[0] == ("the year-earlier period", "DATE", "2022")


@pytest.mark.parametrize("text, expected", [
    ("for twenty-five years", ("twenty-five years", "DURATION", "P25Y")),
    ("for sixteen years", ("sixteen years", "DURATION", "P16Y")),
    ("It lasted a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
    ("They waited half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("after a half-century of rule", ("a half-century", "DURATION", "P50Y")),
    ("for two straight days", ("two straight days", "DURATION", "P2D")),
    ("in the past 24 hours", ("the past 24 hours", "DURATION", "PT24H")),
    ("prices rose 5 percent a year", ("a year", "SET", "P1Y")),
    ("they meet twice a week", ("twice a week", "SET", "P1W")),
    ("in the second half of 2022", ("the second half of 2022", "DATE", "2022-H2")),
    ("third-quarter profits fell", ("third-quarter", "DATE", "2022-Q3")),
    ("from 2005 to 2008", ("2005", "DATE", "2005")),
])
def test_durations_rates_and_periods(text, expected):
    assert values(text)[0] == expected


def test_relative_to_the_last_date_given():
    text = "Talks opened on March 3. The following week they broke down. The year before, little happened."
    assert [v for _, _, v in values(text)] == ["2023-03-03", "2023-03", "2022"]


def test_parts_of_day_in_the_timex3_export():
    from build_scripts.extract.timex import find_timexes
    from build_scripts.extract.timex import as_timex3 as _as_timex3
    found = [_as_timex3(t) for t in find_timexes("He spoke on Monday morning and again last night.", DCT)]
    assert [(t["text"], t["type"], t["value"]) for t in found] == [
        ("Monday morning", "DATE", "2023-03-20TMO"), ("last night", "TIME", "2023-03-22TNI")]
    found = [_as_timex3(t) for t in find_timexes("Talks began on March 3 and ended that afternoon.", DCT)]
    assert (found[-1]["text"], found[-1]["value"]) == ("that afternoon", "2023-03-03TAF")


@pytest.mark.parametrize("text, expected", [
    ("it fell nearly three weeks ago", ("nearly three weeks ago", "DATE", "2023-W09")),
    ("jailed for more than two decades", ("more than two decades", "DURATION", "P20Y")),
    ("it passed about a year ago", ("about a year ago", "DATE", "2022")),
    ("a ban of over 20 years", ("over 20 years", "DURATION", "P20Y")),
    ("over the past two years", ("the past two years", "DURATION", "P2Y")),  # a preposition there
    ("they have fought for decades", ("decades", "DURATION", "PXY")),
    ("a few seconds later it exploded", ("a few seconds later", "DATE", None)),
    ("the 30-second advertisement", ("30-second", "DURATION", "PT30S")),
    ("it happened in the 1890s", ("the 1890s", "DATE", "189")),
    ("unlike in the ’90s", ("the ’90s", "DATE", "199")),
    ("the worst war of this century", ("this century", "DATE", "20")),
    ("I saw him the other day", ("the other day", "DATE", "PAST_REF")),
    ("that was a long time ago", ("a long time ago", "DATE", "PAST_REF")),
    ("police arrived late Tuesday", ("late Tuesday", "DATE", "2023-03-21")),
    ("talks resume at 9:30 a.m. EDT", ("9:30 a.m. EDT", "TIME", "2023-03-23T09:30")),
    ("a picture from the film High Noon", None),
])
def test_modifiers_decades_seconds_and_references(text, expected):
    found = values(text)
    assert (found[0] if found else None) == expected


def test_a_month_glued_to_its_day_is_still_a_date_but_a_tag_or_a_link_is_not():
    import datetime as dt
    from build_scripts.extract.timex import find_timexes
    found = lambda text: [(t.text, t.value) for t in find_timexes(text, dt.date(2016, 8, 22))]
    assert found("On July20, the nominee broke the record.") == [("July20", "2016-07-20")]
    assert found("Tagged #July4 and example.org/june12 only.") == []


def test_a_date_beyond_the_calendar_is_no_date_not_a_crash(nlp):
    from helpers import explain

    text = "The town was founded 9000 years ago and will stand 9,000 years from now, on the 99999999th day of the siege."
    found = {t.text: t.value for t in find_timexes(text, dt.date(2024, 5, 1))}
    assert found == {"9000 years ago": None, "9,000 years from now": None}
    assert all(e.date is None for e in explain(text, published="2024-05-01").events)


def test_a_number_with_thousands_separators_is_one_number():
    assert values("the city was founded 1,500 years ago") == [("1,500 years ago", "DATE", "0523")]
    assert values("the siege lasted 1,000 days") == [("1,000 days", "DURATION", "P1000D")]


def test_a_report_on_a_quarter_dates_its_year_ago_and_the_quarter_by_it():
    dct = dt.date(2021, 10, 20)
    text = ("Wexmoor Foods said profit in the third quarter rose to $5 million from $4 million a year ago. "
            "Sales in the latest quarter fell, and the year-earlier quarter had been weak.")
    assert [(t.text, t.value) for t in find_timexes(text, dct)] == [
        ("the third quarter", "2021-Q3"), ("a year ago", "2020-Q3"), ("the latest quarter", "2021-Q3"),
        ("the year-earlier quarter", "2020-Q3")]


def test_a_quarter_that_is_no_period_of_time_is_no_timex():
    text = "They walked through the quarter to the harbour a year ago."
    assert [(t.text, t.value) for t in find_timexes(text, dt.date(2021, 10, 20))] == [("a year ago", "2020")]


def test_last_and_next_week_are_weeks():
    assert values("prices rose last week") == [("last week", "DATE", "2023-W11")]
    assert values("talks resume next week", future=True) == [("next week", "DATE", "2023-W13")]


def reads_ahead(nlp, text: str, word: str, strict: bool = False) -> bool:
    """Does the parser read the clause around `word` as looking ahead?"""
    from build_scripts.extract.events.tense import is_future

    return is_future(nlp(text), text.index(word), strict)


def test_an_infinitive_after_expect_or_plan_looks_ahead(nlp):
    for text, ahead in (("The three are expected to join in April.", True),
                        ("The board plans to sell the port in May.", True),
                        ("He was forced to leave in April.", False)):
        assert reads_ahead(nlp, text, next(w for w in ("April", "May") if w in text), strict=True) is ahead, text


def test_a_day_with_its_part_reads_its_clause_and_a_past_perfect_plan_lay_behind(nlp):
    for text, ahead in (("Signe Lindqvist is scheduled to land on Tuesday morning.", True),
                        ("Signe Lindqvist landed on Tuesday morning.", False),
                        ("The offer had been due to expire Friday evening.", False),
                        ("The offer had been scheduled to expire on Friday.", False),
                        ("The offer is scheduled to expire on Friday.", True)):
        assert reads_ahead(nlp, text, next(w for w in ("Tuesday", "Friday") if w in text)) is ahead, text


def test_as_soon_as_looks_ahead_and_a_bare_infinitive_does_not(nlp):
    for text, ahead in (("The envoy could arrive as soon as Tuesday.", True),
                        ("Crowds gathered to mark the treaty on Tuesday.", False),
                        ("The talks will resume on Tuesday.", True)):
        assert reads_ahead(nlp, text, "Tuesday") is ahead, text


def test_ahead_of_a_day_looks_ahead_even_before_a_noun(nlp):
    for text, ahead in (("Polls show Ola Berg trailing just ahead of Tuesday's vote.", True),
                        ("Ola Berg toured the coast in advance of Saturday's caucus.", True),
                        ("Tuesday's vote went to Ola Berg.", False),
                        ("Ola Berg toured the coast before Saturday's caucus.", False)):
        assert reads_ahead(nlp, text, next(w for w in ("Tuesday", "Saturday") if w in text)) is ahead, text


def test_a_weekday_before_a_noun_lies_ahead_where_its_clause_says_so_unless_it_is_the_subject(nlp):
    for text, ahead in (("Ola Berg will speak during Sunday's final.", True),
                        ("Nobody knows how the row will affect the Sunday vote.", True),
                        ("Ola Berg spoke during Sunday's final.", False),
                        ("The results of Sunday's vote will force Ola Berg out.", False),
                        # the subject of its own clause, not of the one above it
                        ("Ola Berg, who will speak during Sunday's final, left early.", True)):
        assert reads_ahead(nlp, text, "Sunday") is ahead, text


def test_an_infinitive_or_a_gerund_is_told_by_the_clause_it_depends_on_a_participle_is_not(nlp):
    for text, word, ahead in (("Ola Berg will begin airing ads after Monday.", "Monday", True),
                              ("Ola Berg would be able to hold the seat in November.", "November", True),
                              ("Ola Berg began airing ads after Monday.", "Monday", False),
                              ("The merger announced Monday would cut costs.", "Monday", False)):
        assert reads_ahead(nlp, text, word, strict=word == "November") is ahead, text


def test_a_present_is_no_schedule_beside_a_past_auxiliary_or_in_its_subject(nlp):
    # the tagger reads "mention" after "did not at any time Thursday" as a present
    for text, ahead in (("Ola Berg did not at any time Thursday mention the vote.", False),
                        ("Ola Berg meets the board on Thursday.", True),
                        # the subject of a present names what has happened
                        ("The vote on Thursday brings Ola Berg closer to the post.", False)):
        assert reads_ahead(nlp, text, "Thursday") is ahead, text


def test_slated_looks_ahead_as_scheduled_does(nlp):
    for text, ahead in (("Ola Berg cancelled a rally slated for Wednesday.", True),
                        ("Signe Lindqvist is slated to speak on Wednesday.", True),
                        ("Signe Lindqvist spoke on Wednesday.", False)):
        assert reads_ahead(nlp, text, "Wednesday") is ahead, text


def test_quarterly_before_a_noun_is_the_reporting_period_not_a_recurrence():
    assert values("Wexmoor posted quarterly earnings") == []
    assert values("the dividend is paid quarterly.") == [("quarterly", "SET", "P3M")]


def test_timeml_export_conventions(nlp):
    from build_scripts.extract.timex.tempeval import document_timexes

    text = ("Weeks before the vote, on the second day of the third round of talks, the envoy left "
            "on Friday morning.")
    found = [(t["text"], t["type"], t["value"]) for t in document_timexes(text, DCT, nlp)]
    assert found == [("Weeks", "DURATION", "PXW"), ("the second day", "DATE", ""),
                     ("Friday morning", "DATE", "2023-03-17TMO")]


def test_around_joins_a_clock_time_or_a_day_of_the_month_but_not_a_weekday():
    text = "Ola Berg arrived around 7:15 p.m. and the sale closes around April 1, to get around Wednesday's ruling."
    assert [t for t, _, _ in values(text)] == ["around 7:15 p.m.", "around April 1", "Wednesday"]


def test_the_quarter_of_a_report_on_results_is_the_last_quarter_ended():
    assert values("Harbour Wire said profit rose 5% in the quarter.") == [("the quarter", "DATE", "2022-Q4")]
    assert values("Ola Berg walked through the quarter to the harbour.") == []


def test_a_month_name_begins_with_a_capital_so_the_verb_may_and_a_march_are_no_months():
    assert values("This may be true, and this march in the rain may go on.") == []
    assert values("The vote came in late May and LAST MARCH.") == [
        ("late May", "DATE", "2023-05"), ("LAST MARCH", "DATE", "2022-03")]


def test_today_in_a_newspapers_or_a_programmes_title_is_no_day():
    text = ("Ola Berg told USA TODAY's weekly series and NBC's Today show, then the BBC's Today programme. "
            "This is HWR Today. Today, he said, the USA voted.")
    assert values(text) == [("weekly", "SET", "P1W"), ("Today", "DATE", "2023-03-23")]


def test_every_hour_night_and_quarter_recur_but_a_quarter_of_a_town_does_not():
    assert values("It pays $9 million every quarter and checks the pumps every 15 minutes.") == [
        ("every quarter", "SET", "P1Q"), ("every 15 minutes", "SET", "PT15M")]
    assert values("He was welcomed in every quarter of the town.") == []


def test_a_live_blogs_entry_time_is_the_reports_day_not_the_day_the_entry_before_named():
    text = "___.\n9:40 p.m.\nSigne Lindqvist recalled the vote of March 1 at 10 a.m.\n___.\n9:05 p.m.\nThe count began."
    assert [(t.text, t.value) for t in find_timexes(text, DCT)] == [
        ("9:40 p.m.", "2023-03-23T21:40"), ("March 1", "2023-03-01"), ("10 a.m.", "2023-03-01T10:00"),
        ("9:05 p.m.", "2023-03-23T21:05")]


def test_a_month_before_a_noun_reads_its_clause_and_a_weekday_before_one_does_not(nlp):
    for text, word, ahead in (("The bill would put the measure on the November ballot.", "November", True),
                              ("The November election will test Ola Berg.", "November", True),
                              ("The November vote went to Ola Berg.", "November", False),
                              ("Wednesday's ruling will be appealed.", "Wednesday", False)):
        assert reads_ahead(nlp, text, word, strict=word == "November") is ahead, text


def test_the_day_before_an_event_of_its_own_is_not_dated_from_the_last_date_given():
    from build_scripts.extract.timex.find import find_timexes
    import datetime as dt

    text = "Ola Berg left the port on Saturday evening -- the day after her arrest."
    assert [t.text for t in find_timexes(text, dt.date(2024, 5, 8))] == ["Saturday evening"]
