"""Outlets and programmes (extract/media.py): cited on evidence in the text, not on a list."""
from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article, SourceKind
from build_scripts.pipeline import extract

from helpers import explain, sources_by_name


def test_told_a_body_that_is_no_outlet_cites_nothing():
    x = explain("Ola Berg told the harbour committee that the cranes were unsafe.")
    assert x.sources == ()


def test_names_listed_with_an_outlet_are_outlets():
    x = explain("Ola Berg gave interviews to Harbour News, KVXT and WQLB on Monday.")
    found = sources_by_name(x)
    assert {found.get(n) for n in ("Harbour News", "KVXT", "WQLB")} == {SourceKind.NEWS_OUTLET}


def test_evidence_later_in_the_report_confirms_an_outlet():
    x = explain("Ola Berg told KVXT that the cranes were unsafe.\n\nA KVXT reporter later filmed the cranes.")
    kvxt = next(s for s in x.sources if s.name == "KVXT")
    assert kvxt.kind == SourceKind.NEWS_OUTLET and [p.paragraph for p in kvxt.places] == [0, 1]


def test_evidence_in_another_report_of_the_story_confirms_an_outlet():
    first = Article(id="a", title="A", published="2024-05-01", outlet=None, url=None,
                    paragraphs=split_paragraphs("Ola Berg told KVXT that the cranes were unsafe."), path="a.txt")
    second = Article(id="b", title="B", published="2024-05-02", outlet=None, url=None,
                     paragraphs=split_paragraphs("KVXT's evening bulletin showed the cranes. A KVXT reporter asked the board."), path="b.txt")
    x = extract([first, second])
    kvxt = next(s for s in x.sources if s.name == "KVXT")
    assert kvxt.kind == SourceKind.NEWS_OUTLET and kvxt.articles() == ("a", "b")


def test_as_an_outlet_reported_and_said_on_an_outlet():
    x = explain("As the Quillby Ledger reported, the cranes were sold. Ola Berg said on KVXT that he regretted it.")
    found = sources_by_name(x)
    assert found.get("Quillby Ledger") == SourceKind.NEWS_OUTLET and found.get("KVXT") == SourceKind.NEWS_OUTLET


def test_the_outlet_which_first_reported_the_story():
    x = explain("The board disclosed the sale to the Quillby Ledger, which first reported the story.")
    assert sources_by_name(x).get("Quillby Ledger") == SourceKind.NEWS_OUTLET


def test_a_group_that_reports_is_cited_and_stays_a_party():
    x = explain("The Quillby Research Centre reported that the cranes were sold. The Quillby Research Centre sued "
                "the board.")
    assert sources_by_name(x).get("Quillby Research Centre") == SourceKind.OTHER
    assert x.party("Quillby Research Centre") is not None


def test_a_public_body_that_reports_is_a_party_speaking():
    x = explain("The Harbour Department reported that the cranes were sold.")
    assert x.sources == () and x.party("Harbour Department") is not None


def test_programmes_quoted_by_title():
    x = explain('Ola Berg told "Morning Desk" the sale was final. Signe Lindqvist said on Harbour TV\'s "Evening Round," '
                'that it was not.')
    found = sources_by_name(x)
    assert found.get("Morning Desk") == SourceKind.NEWS_OUTLET
    assert found.get("Harbour TV's Evening Round") == SourceKind.NEWS_OUTLET
    assert "Harbour TV" not in found  # cited as its programme


def test_a_title_that_nobody_speaks_on_is_no_source():
    assert explain('As the boss on "The Big Haul," Ola Berg fired a crane driver.').sources == ()


def test_the_reports_own_outlet_is_not_its_source_unless_it_reported_earlier():
    told = explain("Ola Berg told the Harbour Times that he would resign.", outlet="harbour-times")
    assert told.sources == ()
    earlier = explain("As the Harbour Times has reported, Ola Berg resigned.", outlet="harb-times")
    assert sources_by_name(earlier).get("Harbour Times") == SourceKind.NEWS_OUTLET


def test_an_authors_note_cites_no_outlet():
    x = explain("The cranes were sold.\n\nOla Berg is a columnist for the Quillby Gazette and editor of Harbour Review.")
    assert x.sources == ()


def test_a_press_secretary_is_a_person_not_an_outlet():
    x = explain("Harbour Press Secretary Ola Berg said the cranes were sold.")
    assert "Harbour Press" not in sources_by_name(x)


def test_a_name_described_as_a_newsroom_is_a_source_not_a_party():
    # the description is the only evidence: the name has no outlet's word in it
    x = explain("Speaking to Tarvonian public radio Kanal Vesta on Monday, Ola Berg said the cranes were unsafe. "
                "Kestrel Gate, a state-run news outlet, reported on Tuesday that the cranes were sold.")
    assert x.party("Kanal Vesta") is None and x.party("Kestrel Gate") is None and x.party("Ola Berg") is not None
    found = sources_by_name(x)
    assert found.get("Kanal Vesta") == SourceKind.NEWS_OUTLET and found.get("Kestrel Gate") == SourceKind.NEWS_OUTLET


def test_a_body_described_as_a_jobs_website_or_a_space_agency_stays_a_party():
    x = explain("Brekke Marine, a jobs website, sued the harbour board on Monday. The Wexmoor Space Agency, the "
                "national space agency, sued the harbour board too.")
    assert x.party("Brekke Marine") is not None and x.party("Wexmoor Space Agency") is not None


def test_an_outlets_website_or_newspaper_cites_the_outlet_by_its_name():
    x = explain("The cranes were sold, according to the Varnholm Gate website. The board was sued, according to "
                "the Harbour Times newspaper.")
    found = sources_by_name(x)
    assert set(found) == {"Varnholm Gate", "Harbour Times"} and found["Harbour Times"] == SourceKind.NEWS_OUTLET


def test_words_a_newsroom_reports_are_passed_on_not_spoken_by_it():
    x = explain("The harbour board sold the cranes over their \u201cfailure to lift a single box,\u201d the Harbour Times "
                "reported on Monday.", "2024-05-02")
    assert [(q.speaker, q.via) for q in x.quotes] == [(None, "Harbour Times")]
    assert x.party("Harbour Times") is None


def test_a_newsroom_one_of_the_storys_people_works_for_is_their_affiliation():
    x = explain("Ola Berg, a Quillby Gazette columnist, said: \u201cThe sale was a scandal from the start.\u201d",
                "2024-05-02")
    assert x.party("Ola Berg").affiliation == "Quillby Gazette" and x.party("Quillby Gazette") is not None
