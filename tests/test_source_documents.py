"""Documents, posts and what is not a source at all (extract/sources.py, extract/posts.py)."""
from build_scripts.model import SourceKind

from helpers import explain, sources_by_name


def test_a_letter_filed_in_court_named_after_the_body_that_speaks_in_it():
    x = explain("In a letter filed in federal court, the Harbour Board confirmed that the inquiry was open.")
    assert sources_by_name(x) == {"Harbour Board letter filed in federal court": SourceKind.REPORT}


def test_polls_from_two_pollsters_cite_both():
    x = explain("Recent polls from the Tamsin Institute and Quillby College show the mayor ahead.")
    found = sources_by_name(x)
    assert found.get("Tamsin Institute") == SourceKind.REPORT and found.get("Quillby College") == SourceKind.REPORT


def test_a_document_that_says_nothing_or_is_not_told_apart_is_no_source():
    x = explain("The new report shows prices rising. The investigation is being conducted by port agents.")
    assert x.sources == ()


def test_a_named_audit_that_finds_something():
    x = explain("The harbour audit found that two cranes were missing.")
    assert sources_by_name(x).get("harbour audit") == SourceKind.REPORT


def test_a_post_is_named_after_whoever_posted_it():
    x = explain("Ola Berg resigned on Monday.\n\nBerg tweeted that he was proud of the crews. "
                "Signe Lindqvist took to Facebook to thank him.")
    found = sources_by_name(x)
    assert found.get("Ola Berg (Twitter)") == SourceKind.STATEMENT
    assert found.get("Signe Lindqvist (Facebook)") == SourceKind.STATEMENT


def test_a_post_by_a_pronoun_resolves_and_a_vague_group_does_not():
    x = explain("Signe Lindqvist spoke on Monday. She wrote in a tweet that the port would reopen.\n\n"
                "One group campaigning for the port tweeted its thanks.")
    assert sources_by_name(x) == {"Signe Lindqvist (Twitter)": SourceKind.STATEMENT}


def test_a_partys_statement_is_its_quote_not_a_source():
    x = explain('The Harbour Board said in a statement: "The cranes are safe."')
    assert x.sources == () and [q.speaker for q in x.quotes] == ["Harbour Board"]


def test_an_embedded_post_is_a_source_of_its_report():
    x = explain('Ola Berg resigned.\n\n<tweet tweet-id="123"><tweet/>.\n\nThe board met.')
    assert sources_by_name(x) == {"embedded tweet": SourceKind.STATEMENT}


def test_boilerplate_cites_nobody():
    x = explain("Crane sold\n\nCrane sold.\n\nThe harbour crane was sold on Monday.\n\n"
                "Ola Berg / Harbour Wire.\n\nFollow Ola Berg on Twitter at the Harbour Wire.\n\n"
                "As published in the Quillby Ledger.\n\nBy Ola Berg\n\n(Photo: Harbour Wire)")
    assert x.sources == ()
