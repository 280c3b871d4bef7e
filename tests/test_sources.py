"""Sources: outlets, reports and anonymous informants."""
from build_scripts.model import SourceKind

from helpers import explain, sources_by_name


def test_according_to_an_outlet_and_a_report():
    x = explain("Prices rose 8 percent, according to the Daily Courier. "
                "Exports fell, according to a study by the Institute for Trade Research.")
    found = sources_by_name(x)
    assert found["Daily Courier"] == SourceKind.NEWS_OUTLET
    assert any(kind == SourceKind.REPORT and "study" in name for name, kind in found.items())


def test_anonymous_official_speaking_to_an_outlet_is_two_sources():
    x = explain("A senior police official, speaking to Radio Meridian on condition of anonymity, "
                "said the arrests would continue.")
    found = sources_by_name(x)
    assert found.get("Radio Meridian") == SourceKind.NEWS_OUTLET
    assert found.get("senior police official") == SourceKind.ANONYMOUS


def test_a_source_cited_twice_is_one_entry_with_both_places():
    x = explain("Rain is due, according to the Weather Office.\n\nFloods followed, according to the Weather Office.")
    office = [s for s in x.sources if s.name == "Weather Office"]
    assert len(office) == 1 and [p.paragraph for p in office[0].places] == [0, 1]


def test_anonymous_informant_in_a_relative_clause_and_its_outlet():
    x = explain("The board will meet again, according to a person close to the talks who spoke to the "
                "Valley Courier on condition of anonymity.")
    found = sources_by_name(x)
    assert found.get("person close to the talks") == SourceKind.ANONYMOUS
    assert found.get("Valley Courier") == SourceKind.NEWS_OUTLET


def test_report_cited_as_subject_names_its_author():
    x = explain("A study published last week by the Centre for Coastal Research found that erosion doubled.")
    assert sources_by_name(x).get("Centre for Coastal Research") == SourceKind.REPORT
    assert x.party("Centre for Coastal Research") is None


def test_report_without_author_and_official_body():
    x = explain("In its final report, the commission said prices rose. The visit is planned, the "
                "presidential office said.")
    found = sources_by_name(x)
    assert found.get("final report") == SourceKind.REPORT
    assert found.get("presidential office") == SourceKind.OFFICIAL


def test_the_wire_a_dateline_credits_is_the_source_of_the_report_and_no_party():
    x = explain("Harbour board sacks its chief\n\n"
                "WEXMOOR, Tarvonia (Harbour Wire) - The harbour board dismissed its chief on Monday.\n\n"
                "The board gave no reason.")
    wire = next(s for s in x.sources if s.name == "Harbour Wire")
    assert wire.kind == SourceKind.AGENCY and (wire.article, wire.paragraph) == (x.articles[0].id, 1)
    assert wire.cited_for.startswith("the report: The harbour board dismissed its chief")
    assert x.party("Harbour Wire") is None


def test_a_dateline_after_the_pages_own_lines_still_credits_the_wire():
    # as pasted from a web page: the site's label, the headline, a time stamp and a photo credit first
    x = explain("Harbour\n\nHarbour board sacks its chief\n\nMay 6, 2024, 09:12 AM | Updated: May 7, 2024, 2:05 pm\n\n"
                "(Harbour Wire Photo/Ola Berg, File)\n\n"
                "WEXMOOR, Tarvonia (Harbour Wire) - The harbour board dismissed its chief on Monday.\n\n"
                "The board gave no reason.")
    wire = next(s for s in x.sources if s.name == "Harbour Wire")
    assert wire.kind == SourceKind.AGENCY and wire.paragraph == 4


def test_each_name_according_to_cites_is_a_source():
    x = explain("The cranes were sold at a loss, according to the harbour board and Signe Lindqvist, its auditor.")
    assert {"harbour board", "Signe Lindqvist"} <= set(sources_by_name(x))


def test_a_parenthesis_later_in_the_text_credits_no_one():
    x = explain("The board met on Monday.\n\nThe chief (Ola Berg) - who led it for years - left.")
    assert "Ola Berg" not in sources_by_name(x)


def test_entity_lookups_agree_with_spacys_own():
    from build_scripts.extract.doc import entities_in, entity_at
    from build_scripts.extract.nlp import load_nlp

    doc = load_nlp()("Ola Berg met the Harbour Board in Wexmoor. Signe Lindqvist told Radio Tamsin on Monday.")
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in entities_in(sent)] == [(e.start, e.end, e.label_) for e in sent.ents]
    for token in doc:
        inside = [e for e in doc.ents if e.start <= token.i < e.end]
        assert entity_at(token) == (inside[0] if inside else None)


def test_a_claim_the_parser_cut_short_runs_on_into_the_next_sentence():
    import spacy
    from spacy.tokens import Doc

    from build_scripts.extract.doc import cited_for

    words = ["Speaking", "to", "public", "radio", "Kanal", "4", "on", "Monday", ",", "he", "said", "the", "ship",
             "was", "free", ".", "Tugs", "left", "."]
    starts = [True] + [False] * 5 + [True] + [False] * 9 + [True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    first, *_ = doc.sents
    assert cited_for(first) == "Speaking to public radio Kanal 4 on Monday , he said the ship was free ."
