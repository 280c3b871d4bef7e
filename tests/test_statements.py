"""A timeline line is a statement (extract/events/statement.py, wording.py), and page furniture
is never an event (extract/furniture.py): each rule on sentences written for it, invented names."""
import pytest

from build_scripts.extract.furniture import credit_end, dateline_end, is_stamp, strip_dateline
from helpers import explain


def lines(text: str, published: str = "2024-03-07") -> list[tuple[str | None, str, bool, str | None]]:
    return [(e.date, e.what, e.stated, e.actor) for e in explain(text, published=published).events]


def stated(text: str, published: str = "2024-03-07") -> list[str]:
    return [what for _, what, is_stated, _ in lines(text, published) if is_stated]


def test_the_date_goes_to_the_date_column():
    assert stated("The ferry Nordlys ran aground near the port of Kestle on Tuesday morning.") == [
        "The ferry Nordlys ran aground near the port of Kestle"]


def test_a_relative_clause_takes_the_noun_it_describes():
    assert stated("The harbour pilots welcomed the news about Ines Moreau, who resigned on Monday as head of "
                  "the port authority.") == ["Ines Moreau resigned as head of the port authority"]
    # the noun as the object: 'which the mayor opened' -> 'the mayor opened the rowing club'
    assert stated("The rowing club, which Mayor Ada Kerr opened on Friday in Kestle, has 300 members.") == [
        "Mayor Ada Kerr opened the rowing club in Kestle"]


def test_a_pronoun_becomes_the_party_it_refers_to():
    found = lines("Mayor Ada Kerr chairs the harbour board.\n\nOn Tuesday, she announced that the harbour would close "
                  "for a month.")
    assert [(what, actor) for _, what, ok, actor in found if ok] == [
        ("Ada Kerr announced that the harbour would close for a month", "Ada Kerr")]


def test_a_pronoun_no_party_surely_answers_is_no_statement():
    assert stated("They walked out of the talks on Monday.") == []
    # 'it' is the ship far more often than the board: never resolved
    assert stated("The Harbour Board met on Monday.\n\nIt voted on Tuesday to sell the old cranes to a buyer.") == []


def test_an_infinitive_is_told_with_the_verb_it_hangs_on():
    assert stated("Mayor Ada Kerr called the harbour board on Monday to offer her support.") == [
        "Mayor Ada Kerr called the harbour board to offer her support"]


def test_a_when_clause_is_told_after_its_main_clause():
    assert stated("When the pumps failed on Sunday, the dam at Wexmoor flooded the whole valley.") == [
        "The dam at Wexmoor flooded the whole valley when the pumps failed"]


def test_saying_is_the_event_only_with_what_was_said():
    assert stated('On Monday, Mayor Ada Kerr said: "We will rebuild the harbour wall."') == []
    # said after what was said: what was said is the line
    assert stated("Dock workers ended their strike at the harbour, union leader Jonas Vik said on Thursday.",
                  "2024-03-08") == ["Dock workers ended their strike at the harbour"]
    # but not when what was said has a day of its own: Thursday is only when it was said
    assert "2024-03-07" not in [d for d, _, ok, _ in lines(
        "The dockers walked out in 2019 over pay, union leader Jonas Vik said on Thursday.", "2024-03-08") if ok]


def test_a_description_or_a_judgment_is_no_event():
    assert stated("Tuesday's vote was a turning point for the dockers' union.") == []


def test_a_photo_caption_in_the_present_is_no_event():
    assert stated("Mayor Ada Kerr leaves the court in Kestle on March 3, 2024.") == []


def test_a_dateline_is_neither_the_subject_nor_a_date():
    found = lines("KESTLE, Tarvonia (Harbour Wire) - The port of Kestle reopened on Friday after a week-long strike.",
                  "2024-03-09")
    assert [(d, what) for d, what, ok, _ in found if ok] == [
        ("2024-03-08", "The port of Kestle reopened after a week-long strike")]
    # the filing date of 'Wexmoor, March 9, (Harbour Wire) -' dates nothing
    assert {d for d, *_ in lines("Wexmoor, March 9, (Harbour Wire) - The board met on Friday to sell the cranes.",
                                 "2024-03-09")} == {"2024-03-08"}


def test_a_page_stamp_is_no_event():
    assert lines("Updated 6:14 AM ET, Tue March 5, 2024\n\nThe board met on Monday to sell the cranes.") == [
        ("2024-03-04", "The board met to sell the cranes", True, None)]


@pytest.mark.parametrize("line,place_ends", [
    ("PORT ELLA, Tarvonia: Crews battled the blaze", 21),
    ("KESTLE (Harbour Wire) \u2014 The board met", 24),
    ("Wexmoor, March 9, (Harbour Wire) - The board met", 35),
    ("Kestle, Tarvonia (Courier)The board met", 26),
    ("Officials said: the board met", 0),
    ("Harbour strike: what we know", 0),
])
def test_a_dateline_is_a_place_in_capitals_or_with_its_country_then_a_separator_or_a_credit(line, place_ends):
    assert dateline_end(line) == place_ends
    assert strip_dateline(line) == line[place_ends:]


@pytest.mark.parametrize("line,stamp", [
    ("Updated 6:14 AM ET, Wed May 8, 2024", True),
    ("May 8, 2024, 9:02 PM | Updated: May 9, 2024, 6:30 pm", True),
    ("ClockIconMay 9, 2024 at 2:17 a.m. UTC", True),
    ("9 May 2024", True),
    ("Police arrived at 9 pm.", False),
    ("On Monday, the court ruled.", False),
    ("Breaking News", False),
])
def test_a_stamp_is_a_short_line_of_dates_times_and_stamp_words(line, stamp):
    assert is_stamp(line) is stamp


def test_a_photo_credit_before_the_text_is_furniture():
    glued = "Ines Moreau, left, and Ada Kerr (Harbour Wire) Credit: Harbour The board met on Monday."
    assert glued[credit_end(glued):] == "The board met on Monday."
    assert credit_end("Ines Moreau and Ada Kerr (Harbour Wire) Credit: Courier") == 55
    assert credit_end("The board (Credit: Courier) met on Monday.") == 0


def test_he_is_not_one_of_a_pair_named_before_him():
    # 'Vik and Lund' is one plural phrase: 'he' is Korr, named first in the sentence
    found = lines("While Ola Korr's standing mirrors the second terms of Mayors Vik and Lund, it has been 150 days "
                  "since he appointed Judge Signe Brekke to the harbour court.", "2016-08-22")
    assert [(date, what, actor) for date, what, ok, actor in found if ok] == [
        ("2016-03-25", "Ola Korr appointed Judge Signe Brekke to the harbour court", "Ola Korr")]
    # the sentence's subject still comes first; a pair alone before the pronoun is nobody a reader could name
    assert stated("Ola Berg met Jonas Vik and Aron Lund in Kestle. On Monday he closed the harbour.") == [
        "Ola Berg closed the harbour"]
    assert stated("Jonas Vik and Aron Lund met in Kestle. On Monday he closed the harbour.") == []
