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
