"""Affiliations only where the text states them (extract/affiliation.py and describe.py), and
what is not a party. Sentences of our own."""
import pytest

from build_scripts.model import PartyKind
from helpers import explain


def affiliation(text: str, person: str) -> str | None:
    party = explain(text, "2024-05-02").party(person)
    assert party is not None, person
    return party.affiliation


@pytest.mark.parametrize("text", [
    "Sen. Maria Lopez (R-Texas) said on Monday that the bill would pass.",
    "Republican Sen. Maria Lopez said on Monday that the bill would pass.",
    "Gov. Maria Lopez (R) said on Monday that the bill would pass.",
])
def test_a_party_label_ties_a_politician_to_the_party_as_a_party_of_its_own(text):
    x = explain(text, "2024-05-02")
    assert x.party("Maria Lopez").affiliation == "Republican Party"
    assert x.party("Republican Party").kind == PartyKind.ORGANISATION


def test_members_listed_after_including_belong_to_the_group():
    x = explain("Maria Lopez met top Senate Democrats, including Ola Berg and Rui Costa, on Monday.", "2024-05-02")
    assert x.party("Ola Berg").affiliation and x.party("Rui Costa").affiliation
    assert x.party("Senate Democrats").affiliation == "Democratic Party"


def test_who_sits_on_a_committee_is_a_member():
    assert affiliation("Ola Berg, who is on the Harbour Committee, said on Monday the plan was sound.",
                       "Ola Berg") == "Harbour Committee"


def test_a_title_and_of_name_the_country():
    x = explain("Chancellor Maria Lopez of Germany met French President Rui Costa and officials of Japan on Monday.",
                "2024-05-02")
    assert x.party("Maria Lopez").affiliation == "Germany"
    assert x.party("Rui Costa").affiliation == "France"


def test_a_junta_is_a_countrys_government():
    assert affiliation("Peru's junta leader Rui Costa arrived at the mine on Monday.", "Rui Costa") == "Peru"


@pytest.mark.parametrize("text, person", [
    ("Rui Costa, a longtime Lopez ally, said on Monday that Maria Lopez would win.", "Rui Costa"),
    ("Rui Costa, an Lopez appointee, said on Monday that Maria Lopez had chosen well.", "Rui Costa"),
    ("Ola Berg, France's most wanted jihadist, was killed on Monday, France said.", "Ola Berg"),
    ("Presidential candidate Ola Berg in the United States said on Monday that he would win.", "Ola Berg"),
    ("Maria Lopez, exactly the kind of judge many Republicans fear, said on Monday she would rule.", "Maria Lopez"),
    ("Former state Senate leader Ola Berg said on Monday that the Senate would vote.", "Ola Berg"),
])
def test_no_affiliation_the_text_does_not_state(text, person):
    assert affiliation(text, person) is None


@pytest.mark.parametrize("text", [
    "Maria Lopez's lawyer, Rui Costa, said on Monday that she would appeal.",
    "Rui Costa, legal representative for Maria Lopez, said on Monday that she would appeal.",
])
def test_an_employee_of_a_person_belongs_to_that_person(text):
    assert affiliation(text, "Rui Costa") == "Maria Lopez"


def test_an_honorific_is_never_a_role():
    x = explain("Maria Lopez spoke on Monday. Ms. Lopez said the port would reopen.", "2024-05-02")
    assert x.party("Maria Lopez").role is None


def test_a_country_only_named_as_a_place_is_not_a_party_but_one_that_acts_is():
    x = explain("Rui Costa said on Monday that fighters went to Maravia and Korvania. "
                "Ola Berg posted on Twitter that France had closed its border.", "2024-05-02")
    names = {p.name for p in x.parties}
    assert "France" in names and "Twitter" not in names


def test_a_body_named_after_its_leader_is_its_own_party():
    x = explain("The Lopez campaign said on Monday that Maria Lopez would visit the port.", "2024-05-02")
    assert x.party("Lopez campaign") is not None and x.party("Lopez campaign").kind != PartyKind.PERSON
    assert "Lopez campaign" not in x.party("Maria Lopez").aliases


def test_a_group_or_office_named_by_words_after_a_name_is_a_party():
    x = explain("The Harbour Department inspector general said on Monday that the rules were broken. "
                "The inspector general said the Harbour Department must act.", "2024-05-02")
    assert x.party("Harbour Department inspector general") is not None
    assert x.party("Harbour Department") is not None


def test_a_position_is_what_the_party_says_itself_not_what_another_says_of_it():
    x = explain("Maria Lopez said on Monday that the Harbour Union had agreed to end the strike. "
                "The Harbour Union demanded a new contract on Tuesday.", "2024-05-02")
    union = x.party("Harbour Union")
    assert [p.text for p in union.positions] == ["The Harbour Union demanded a new contract on Tuesday."]


def test_a_description_of_a_body_is_never_a_persons_alias():
    x = explain("Judge Maria Lopez of the Harbour Court ruled on Monday. The Lopez court said the law was void.",
                "2024-05-02")
    assert not any("court" in a.lower() for a in x.party("Maria Lopez").aliases)


def test_names_in_a_case_title_or_after_a_capitalised_preposition_are_not_parties():
    x = explain("In Lopez v. Harbour Board, the judges ruled on Monday. "
                "Among Harbour Court judges, Maria Lopez spoke first on Tuesday.", "2024-05-02")
    names = {p.name for p in x.parties}
    assert not any(n.startswith("Among") for n in names)
    assert "Harbour Board" not in names


def test_a_title_alone_is_not_a_party():
    x = explain("Justice Maria Lopez wrote the opinion on Monday, and Justice Rui Costa joined it.", "2024-05-02")
    assert "Justice" not in {p.name for p in x.parties}


def test_people_credited_for_the_report_are_not_parties():
    x = explain("Maria Lopez said on Monday that the port would reopen.\n\n"
                "(Additional reporting by Julia Harte in Orlando; Editing by Howard Goller)\n\n"
                "Carlos Barria / Reuters.", "2024-05-02")
    assert {p.name for p in x.parties} == {"Maria Lopez"}


def test_an_agency_credited_in_the_dateline_is_a_source_not_a_party():
    x = explain("KESTLE, Maraveth (Kestrel) - Maria Lopez said on Monday that the port would reopen.\n\n"
                "This Kestrel article was updated on Tuesday.", "2024-05-02")
    assert "Kestrel" not in {p.name for p in x.parties}


def test_whose_spokesman_belongs_to_the_name_before_whose():
    for text, person in (
            ("Quillby Shipping, whose spokesman, Aron Falk, said the ferry would sail, declined to comment.", "Aron Falk"),
            ("Brekke Oil, whose spokesman Darren Vik said the rig was safe, shut the platform on Monday.", "Darren Vik")):
        x = explain(text)
        company = text.split(",")[0]
        assert (x.party(person).role, x.party(person).affiliation) == ("spokesman", company)
        assert x.party(company).affiliation is None  # never the other way round



@pytest.mark.parametrize("text, person, role", [
    # a circumstance before the comma is no part of the title
    ("In a statement, Harbour Board Deputy Director Ola Berg said the ferry would sail.", "Ola Berg",
     "Harbour Board Deputy Director"),
    ("At one point, Assistant Harbour Master Rui Costa asked the crew to leave.", "Rui Costa", "Assistant Harbour Master"),
    # a dateline's dash ends the title
    ("WEXMOOR - Harbour Board chairman Aron Falk on Wednesday will meet the jury.", "Aron Falk", "Harbour Board chairman"),
    # a list after a name describes no one in it
    # ... but a title noun before the comma is the apposition the parser missed
    ("The report, published on Tuesday by the inquiry's chair, retired judge Dana Reyes, who was appointed in "
     "September, makes 41 recommendations.", "Dana Reyes", "inquiry's chair, retired judge"),
    ("US District Judge Aron A. Weiss, federal prosecutors and Falk's defense lawyers are expected to whittle down a "
     "pool of 50 people to a dozen jurors.", "Aron A. Weiss", "US District Judge"),
])
def test_a_title_before_a_name_is_only_the_words_that_title_it(text, person, role):
    assert explain(text, "2024-05-02").party(person).role == role


@pytest.mark.parametrize("text, company", [
    ("John Ray said funds were taken from Sarnex Exchange and Marlow Research, an affiliated trading firm that "
     "incurred trading losses. Sarnex Exchange was founded by John Ray.", "Sarnex Exchange"),  # after a pair: the last one's
    ("QTX, the hedge fund Pelham Research, and dozens of other affiliated companies filed a bankruptcy petition in "
     "Delaware on Friday morning.", "QTX"),  # a description with a name of its own: that name's
])
def test_an_apposition_after_a_pair_or_with_a_name_of_its_own_is_not_the_first_ones(text, company):
    party = explain(text, "2024-05-02").party(company)
    assert (party.role, party.affiliation) == (None, None)


def test_a_name_described_as_a_body_is_no_person_but_an_initial_keeps_one():
    # the recogniser took both for people; the apposition says what the first one is
    x = explain("Kestrel Gate, a state-run production company, said on Monday that the ship was freed. "
                "Dana B. Reyes, the court, said on Monday the ship was freed.", "2024-05-02")
    assert x.party("Kestrel Gate").kind == PartyKind.ORGANISATION
    assert x.party("Dana B. Reyes").kind == PartyKind.PERSON  # an initial: a misread apposition


def test_a_firm_that_owns_something_does_not_belong_to_its_owner():
    x = explain("John Dickey, the chief executive of Ora Media -- the production company that owns Mr. Berg's evening "
                "programming, which is also streamed online -- said the show would go on. Ola Berg hosts it.",
                "2024-05-02")
    assert x.party("Ora Media").kind == PartyKind.ORGANISATION and x.party("Ora Media").affiliation is None


def test_a_one_word_name_a_person_heads_is_a_body_and_the_office_is_never_the_bodys():
    x = explain("However, Peter Verhoeven, CEO of Varkalis, whose subsidiary Smit Towage is coordinating the "
                "refloating efforts, had struck a more cautious tone.", "2024-05-02")
    assert (x.party("Peter Verhoeven").role, x.party("Peter Verhoeven").affiliation) == ("CEO", "Varkalis")
    assert x.party("Varkalis").kind == PartyKind.ORGANISATION
    x = explain("Earlier on Monday morning, Lieutenant general Ola Berg, chairman of the Kestle Canal Authority (KCA) "
                "confirmed that the ship was floating.", "2024-05-02")
    assert x.party("Kestle Canal Authority").role is None


def test_a_headlines_colon_makes_no_apposition():
    x = explain("Candles and chanting: Thai cave boys on the way to Buddhist novices\n\n"
                "Thailand said on Monday the boys were well.", "2024-05-02")
    assert x.party("Thailand").role is None  # not 'Candles and chanting'


def test_from_a_place_is_where_someone_comes_from_from_a_body_is_whom_they_work_for():
    x = explain("Mr Falk, a fireman from Wexmoor, said the divers were safe. "
                "Ola Berg, a spokesman from the Harbour Board, agreed.", "2024-05-02")
    assert x.party("Falk").affiliation is None and x.party("Wexmoor") is None
    assert x.party("Ola Berg").affiliation == "Harbour Board"


def test_a_description_whose_head_is_an_outlets_noun_is_no_tie_to_the_outlet_named_last():
    # 'the site of a fire' is what the tavern is; 'the site' is no name for the Harbour Times
    x = explain("Ola Berg, a Harbour Times columnist, said: \u201cThe sale was a scandal from the start.\u201d\n\n"
                "The Quillby Arms, the site of a fire in 1911, was sold.", "2024-05-02")
    assert x.party("Quillby Arms").affiliation is None
    assert x.party("Ola Berg").affiliation == "Harbour Times"


def test_a_persons_firm_does_not_belong_to_that_person():
    x = explain("Maria Lopez founded her trading firm, Quillby Research, in 2017. Quillby Research said "
                "on Monday it would close.")
    assert x.party("Quillby Research").affiliation is None


def test_a_firm_is_based_in_a_country_and_a_court_belongs_to_it():
    x = explain("Peru's Brekke Marine Corp said on Monday it would appeal. Peru's Lima Economic Court "
                "ruled on Tuesday that the ship must stay.")
    assert x.party("Brekke Marine Corp").affiliation is None
    assert x.party("Lima Economic Court").affiliation == "Peru"
