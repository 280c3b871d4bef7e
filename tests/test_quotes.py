"""Quote attribution cases, on sentences written for these tests."""
from build_scripts.model import Attribution

from helpers import explain, quotes_by_speaker


def test_speaker_after_and_split_quote():
    x = explain('"We have waited long enough," Maria Lindqvist said, "and we will not wait again."')
    assert quotes_by_speaker(x) == [("We have waited long enough,", "Maria Lindqvist"),
                                    ("and we will not wait again.", "Maria Lindqvist")]


def test_speaker_before_with_colon():
    x = explain('Union leader Tomas Berg told reporters: "The offer is an insult to every worker here."')
    assert quotes_by_speaker(x) == [("The offer is an insult to every worker here.", "Tomas Berg")]


def test_inverted_speaker_with_appositive():
    x = explain('"Nobody leaves this room until we have a deal," said Anika Shore, the union\'s chief negotiator.')
    assert quotes_by_speaker(x)[0][1] == "Anika Shore"
    assert x.quotes[0].attribution == Attribution.EXPLICIT


def test_pronoun_speaker_across_paragraphs():
    x = explain('Mayor Helen Okafor opened the meeting on the bridge closure.\n\n'
                '"The city cannot wait another winter for this repair," she said.')
    assert quotes_by_speaker(x) == [("The city cannot wait another winter for this repair,", "Helen Okafor")]
    assert x.quotes[0].attribution == Attribution.PRONOUN


def test_continuation_paragraph_carries_the_speaker():
    x = explain('"We will rebuild the harbour first," Governor Paul Achebe said.\n\n'
                '"Then the schools, then the roads, in that order."')
    assert [s for _, s in quotes_by_speaker(x)] == ["Paul Achebe", "Paul Achebe"]


def test_statement_read_out_is_one_quote_of_its_issuer():
    x = explain("The Northern Farmers Alliance released a statement on the water plan. The statement read:\n\n"
                "We reject any plan that takes water from the valley.\n\n"
                "Our members will continue to farm the land they own.\n\n"
                "Minister Rosa Vance said the plan was final.")
    statement = [q for q in x.quotes if q.attribution == Attribution.STATEMENT]
    assert len(statement) == 1
    assert statement[0].text == ("We reject any plan that takes water from the valley.\n"
                                 "Our members will continue to farm the land they own.")
    assert statement[0].speaker == "Northern Farmers Alliance"


def test_list_of_points_is_paraphrase_but_quoted_fragment_is_a_quote():
    x = explain("The ministry's spokesperson, Ines Moreau, shared key points of the government's position:\n\n"
                "Funding will come from the existing budget.\n\n"
                "Talks included \"a long and difficult exchange of views\" on Friday.\n\n"
                '"We remain hopeful," Moreau said.')
    texts = [q.text for q in x.quotes]
    assert "Funding will come from the existing budget." not in texts
    assert quotes_by_speaker(x)[0] == ("a long and difficult exchange of views", "Ines Moreau")
    assert x.quotes[0].attribution == Attribution.LIST


def test_scare_quotes_and_titles_are_not_quotes():
    x = explain('Critics call the levy a so-called "green tax". The report, "Rivers in Decline", came out.')
    assert x.quotes == ()


def test_partial_quote_governed_by_reporting_verb():
    x = explain('Director Samuel Price described the budget as "unworkable" in a letter to staff.')
    assert quotes_by_speaker(x) == [("unworkable", "Samuel Price")]


def test_outlet_credited_for_the_quote_is_via():
    x = explain('Coach Lena Park said "we were robbed in the final minute", according to the Harbor Times.')
    assert x.quotes[0].via == "Harbor Times"


def test_nominal_speaker_resolves_to_the_party_the_text_names():
    x = explain("The Harbour Pilots Union rejected the offer on Monday.\n\n"
                '"This is not a serious proposal," the union said.')
    assert quotes_by_speaker(x) == [("This is not a serious proposal,", "Harbour Pilots Union")]
    assert x.quotes[0].attribution == Attribution.NOMINAL


def test_an_outlet_that_is_quoted_becomes_a_party():
    x = explain("The Riverside Herald endorsed the mayor on Sunday.\n\n"
                '"She has earned a second term," the newspaper wrote.')
    assert quotes_by_speaker(x) == [("She has earned a second term,", "Riverside Herald")]
    assert x.party("Riverside Herald") is not None


def test_outlets_that_are_only_cited_stay_sources():
    x = explain('"We will appeal," Governor Paul Achebe said, according to the Riverside Herald.')
    assert x.party("Riverside Herald") is None and x.quotes[0].via == "Riverside Herald"


def test_wire_style_quote_takes_the_cue_after_its_closing_mark():
    x = explain("Mayor Helen Okafor spoke first.\n\n"
                '"We were told to wait. We waited.\n\n'
                '"Then the water came," Paul Achebe said.')
    assert quotes_by_speaker(x) == [("We were told to wait. We waited.\nThen the water came,", "Paul Achebe")]


def test_she_said_colon_then_unquoted_paragraphs_is_one_statement():
    x = explain("Minister Rosa Vance read out her reply. She said:\n\n"
                "The plan is final and it is fair.\n\n"
                "The valley will get its water.\n\n"
                "Farmers said they would protest.")
    assert quotes_by_speaker(x) == [("The plan is final and it is fair.\nThe valley will get its water.", "Rosa Vance")]


def test_pronoun_skips_a_person_of_the_other_gender():
    x = explain("Senator Mary Collins met Governor Paul Achebe on Tuesday.\n\n"
                '"We found common ground on the budget," she said.')
    assert quotes_by_speaker(x) == [("We found common ground on the budget,", "Mary Collins")]


def test_question_mark_sentence_break_before_the_cue():
    x = explain('Mr. Tom Greaves raised the point. "What exactly are we buying?" he asked.')
    assert quotes_by_speaker(x) == [("What exactly are we buying?", "Tom Greaves")]


def test_according_to_a_named_body_attributes_the_quote():
    x = explain('Dumping waste is banned. "Fines can reach a million pounds," according to the Rivers Agency.')
    assert quotes_by_speaker(x) == [("Fines can reach a million pounds,", "Rivers Agency")]


def test_participle_cue_takes_the_main_clause_subject():
    x = explain('Governor Paul Achebe signed the bill, telling reporters: "This is a good day for the valley."')
    assert quotes_by_speaker(x) == [("This is a good day for the valley.", "Paul Achebe")]


def test_label_inside_a_noun_phrase_is_not_a_quote():
    x = explain('During his attack on the "lying press" in Leeds, Governor Paul Achebe said little.')
    assert x.quotes == ()


def test_ap_wire_quotes_close_with_two_single_marks_and_keep_their_speaker():
    x = explain("\u201cWe will reopen the strait by Friday,\u2019\u2019 said Ola Berg, the port director. "
                "\u2018\u2018Nobody will be hurt,\u2019\u2019 he added.")
    assert quotes_by_speaker(x) == [("We will reopen the strait by Friday,", "Ola Berg"),
                                    ("Nobody will be hurt,", "Ola Berg")]
