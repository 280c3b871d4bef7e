"""Parties: merging mentions, kinds, roles and affiliations, on sentences written for these tests."""
from build_scripts.extract.gazetteer import is_demonym
from build_scripts.extract.parties.entities import looks_like_person
from build_scripts.model import PartyKind

from helpers import explain


def party(x, name):
    found = x.party(name)
    assert found is not None, [p.name for p in x.parties]
    return found


def test_surname_mentions_merge_into_the_full_name():
    x = explain("Prime Minister Clara Dunmore met unions. Dunmore later left for the summit.")
    dunmore = party(x, "Clara Dunmore")
    assert "Dunmore" in dunmore.aliases and dunmore.kind == PartyKind.PERSON
    assert [p.name for p in x.parties if p.kind == PartyKind.PERSON] == ["Clara Dunmore"]


def test_title_before_name_gives_role_and_country_affiliation():
    x = explain("French President Emmanuel Macron flew to Berlin. France wants a deal.")
    macron = party(x, "Emmanuel Macron")
    assert macron.role == "French President"
    assert macron.affiliation == "France"


def test_appositive_gives_role_and_organisation_affiliation():
    x = explain("The Dockers Union's general secretary, Frida Holm, rejected the offer. "
                "The Dockers Union said it would strike.")
    holm = party(x, "Frida Holm")
    assert holm.role == "Dockers Union's general secretary"
    assert holm.affiliation == "Dockers Union"


def test_country_mentions_and_nationality_adjectives_are_one_country():
    x = explain("Norway sent envoys. Norwegian diplomats said the talks were useful. Norway will host them.")
    names = [p.name for p in x.parties]
    assert names.count("Norway") == 1 and "Norwegian" not in names
    assert party(x, "Norway").kind == PartyKind.COUNTRY


def test_cities_and_hyphenated_modifiers_are_not_parties():
    x = explain("Officials in Geneva said the Russia-backed plan stalled.")
    assert "Geneva" not in [p.name for p in x.parties]
    assert "Russia" not in [p.name for p in x.parties]


def test_outlets_are_sources_not_parties():
    x = explain("The strike will go ahead, according to the Valley Gazette. The Gazette's editor was not asked.")
    assert "Valley Gazette" in [s.name for s in x.sources]
    assert "Valley Gazette" not in [p.name for p in x.parties]


def test_acronym_joins_its_organisation():
    x = explain("The Coastal Fishing Federation met on Monday. The CFF said quotas were too low.")
    federation = party(x, "Coastal Fishing Federation")
    assert "CFF" in federation.aliases


def test_positions_come_from_stance_verbs():
    x = explain("The Tenants Association demanded that rents be frozen for two years.")
    positions = party(x, "Tenants Association").positions
    assert positions and "rents be frozen" in positions[0].text


def test_small_misspelling_merges_into_the_full_name():
    x = explain("Governor Lena Marsh signed the bill. Critics of Lena Marsch said it was rushed. Marsh did not reply.")
    assert [p.name for p in x.parties if p.kind == PartyKind.PERSON] == ["Lena Marsh"]


def test_descriptions_used_as_names_join_their_party():
    x = explain("The Harbour Pilots Union met on Monday. The union said the offer was too low, "
                "and the Harbour Pilots Union delegation walked out.")
    union = party(x, "Harbour Pilots Union")
    assert "the union" in union.aliases


def test_relative_clause_gives_role_and_affiliation():
    x = explain("The Tenants Federation held a vote. Rosa Lindahl, who chairs the Tenants Federation, "
                "said the result was clear.")
    lindahl = party(x, "Rosa Lindahl")
    assert (lindahl.role, lindahl.affiliation) == ("chair", "Tenants Federation")


def test_possessive_pronoun_role_owner():
    x = explain("The Coastal Water Authority closed the beach on Friday. Its spokesperson, Amir Haddad, "
                "said tests would continue.")
    haddad = party(x, "Amir Haddad")
    assert (haddad.role, haddad.affiliation) == ("spokesperson", "Coastal Water Authority")


def test_minister_title_belongs_to_the_ministry():
    x = explain("The Ministry of Transport refused to comment. Transport Minister Olga Brandt later "
                "said the line would reopen.")
    assert party(x, "Olga Brandt").affiliation == "Ministry of Transport"


def test_nickname_is_an_alias_not_a_party():
    x = explain('The rebels\' commander, Ilya Varga, known to his men as "the Falcon", was not present.')
    varga = party(x, "Ilya Varga")
    assert "the Falcon" in varga.aliases and x.party("Falcon") is None


def test_places_datelines_and_passing_mentions_are_not_parties():
    x = explain("KELMARSH, Ruritania \u2013 Rebels from the village of Tarn Hollow met the Delta Corporation "
                "in Tarn Hollow on Monday, the Delta Corporation said. The deal must be approved by Parliament.")
    names = [p.name for p in x.parties]
    assert "Tarn Hollow" not in names and "KELMARSH" not in names and "Parliament" not in names
    assert "Delta Corporation" in names


def test_a_governed_place_is_a_country_even_if_unknown_to_iso():
    x = explain("The government of Veldoria signed the accord. President Ana Kovač said Veldoria would comply.")
    assert party(x, "Veldoria").kind == PartyKind.COUNTRY
    assert party(x, "Ana Kovač").affiliation == "Veldoria"


def test_stance_belongs_to_the_main_clause_subject():
    x = explain("The Farmers League issued a statement, insisting that prices would not fall unless "
                "the Grain Board agreed to cut fees.")
    assert party(x, "Farmers League").positions
    assert x.party("Grain Board") is None or not x.party("Grain Board").positions


def test_a_dateline_further_down_a_pasted_page_is_no_party():
    # a headline, a standfirst, a caption and a paragraph before the wire's dateline
    x = explain("Ferry freed after six days\n\nSalvage crews worked through the night to free the ship.\n\n"
                "A ferry in the strait.\n\nThe strait was blocked for six days, the port said.\n\n"
                "OSLO, May 7 (TNA) \u2013 Tarvonian President Signe Lindqvist has praised the crews for freeing "
                "the ferry.", published="2024-05-08")
    assert [p.name for p in x.parties] == ["Signe Lindqvist"]


def test_a_firm_described_as_a_firm_stays_an_organisation_and_a_protest_group_is_a_group():
    x = explain("Nordhavn Freight Lines, a Tarvonian firm, said on Monday it would appeal the ruling.")
    assert party(x, "Nordhavn Freight Lines").kind == PartyKind.ORGANISATION
    x = explain("The Harbour Defence Front, a protest group, said on Monday it would march.")
    assert party(x, "Harbour Defence Front").kind == PartyKind.GROUP


def test_the_group_is_a_group_named_before_not_any_body():
    # 'the group' of boys no report names is none of the bodies named before it
    x = explain("The Harbour Board sent divers to the cave on Monday. "
                "The group, all from the same football club, went missing on Saturday.", "2024-05-02")
    board = x.party("Harbour Board")
    assert board.kind == PartyKind.ORGANISATION and "the group" not in board.aliases


def test_a_unit_or_a_branch_after_a_bodys_name_is_not_that_body():
    x = explain("He had left the Navy years ago. Navy commander Ola Berg, senior officers and Navy Divers "
                "also attended the rite.", "2024-05-02")
    assert x.party("Ola Berg").affiliation == "Navy"  # not the divers
    x = explain("QTX filed for bankruptcy in Delaware on Friday. QTX US, its American exchange, also filed.",
                "2024-05-02")
    assert {p.name for p in x.parties} == {"QTX", "QTX US"}


def test_a_nationality_is_no_first_name():
    assert is_demonym("Thai") and is_demonym("Sudanese") and is_demonym("German")
    assert not is_demonym("Georgia") and not is_demonym("Indiana") and not is_demonym("Chad")
    assert not looks_like_person("German Navy")  # gender lists know 'German' as a first name


def test_a_word_that_begins_a_longer_name_is_no_mention_of_the_place_it_names():
    # 'Dundee' is where he comes from; 'the Dundee Telegraph' is a newspaper, no second mention
    x = explain("Ola Berg, a welder from Dundee, said the repairs were hard.\n\n"
                "Berg told the Dundee Telegraph: \u201cIt was the hardest job of my life.\u201d", "2024-05-02")
    assert x.party("Dundee") is None and x.party("Ola Berg") is not None


def test_words_without_a_capital_are_no_name_whatever_the_recogniser_says():
    x = explain("Asked what they wanted to eat, most chose noodles with fish curry ( kanom jeen nam ya).",
                "2024-05-02")
    assert [p.name for p in x.parties] == []


def test_a_name_ending_in_a_bodys_word_is_an_organisation_not_a_person():
    x = explain("The two volunteers received an award from the Royal Wexmoor Society on Monday. The Royal "
                "Wexmoor Society said the volunteers were brave.", "2024-05-02")
    assert x.party("Royal Wexmoor Society").kind == PartyKind.ORGANISATION


def test_a_name_only_ever_cited_as_a_newsroom_would_be_is_a_source_not_a_party():
    # the recogniser tags 'Al Wexmoor' an organisation and the party rules a person ('Al' is a given name)
    x = explain("The tanker was towed to port on Monday. Al Wexmoor reported on Tuesday that experts "
                "were investigating what caused the grounding.")
    assert x.party("Al Wexmoor") is None
    assert "Al Wexmoor" in [s.name for s in x.sources]
    # one who reported a theft acts in the story
    y = explain("The tanker was towed to port on Monday. Al Wexmoor reported the theft of its cargo to "
                "the police on Tuesday.")
    assert y.party("Al Wexmoor") is not None
    # a one-word 'person' only cited is no one's full name: a newsroom the recogniser mistook
    z = explain("More than 100 ships had passed through the channel by Tuesday morning, according to Kestrel.")
    assert z.party("Kestrel") is None and "Kestrel" in [s.name for s in z.sources]


def test_a_hyphenated_title_is_one_word_of_the_role():
    # the parser hangs 'co' and 'founder' of 'co-founder' apart; the role and its body are whole
    x = explain("Former Quillby Research chief Ines Abara and Brekke Marine co-founder Ola Berg pleaded "
                "guilty to the charges on Monday.")
    berg = party(x, "Ola Berg")
    assert (berg.role, berg.affiliation) == ("Brekke Marine co-founder", "Brekke Marine")


def test_a_line_of_a_few_capitalised_words_names_no_party():
    # a page's label between paragraphs, or a byline's bare name
    x = explain("The ferry sailed on Monday, the Harbour Board said.\n\nPromo Hero Banner\n\n"
                "Ines Abara\n\nThe board said the next ferry would sail on Friday.")
    assert [p.name for p in x.parties] == ["Harbour Board"]


def test_a_shipping_firm_named_after_its_founder_is_no_person():
    assert not looks_like_person("Ola Berg Shipmanagement") and not looks_like_person("Ines Abara Logistics")
    assert looks_like_person("Ola Berg")


def test_a_name_described_as_a_thing_is_no_party():
    x = explain("Wexmoor Heritage Trust Medal, a decoration for rescuers, went to the divers on Monday, "
                "Ola Berg said.")
    assert x.party("Wexmoor Heritage Trust Medal") is None and x.party("Ola Berg") is not None


def test_a_surname_one_letter_off_in_the_same_report_is_the_one_person_so_named():
    x = explain("Rescue diver Ola Pekar, 37, ran out of air on Friday, the navy said.\n\n"
                "In his final post, Pakar shared a picture of himself at the mouth of the cave.")
    assert [p.name for p in x.parties if p.kind == PartyKind.PERSON] == ["Ola Pekar"]
    assert "Pakar" in party(x, "Ola Pekar").aliases


def test_a_name_after_and_is_a_list_member_not_an_apposition():
    # the parser hangs 'Libya' on 'success' as an apposition
    x = explain("Libya said on Monday it would send troops.\n\n"
                "\"I don't think we should underplay it,\" added Ola Berg, who recently co-authored a paper "
                "outlining how the military success against the group in Iraq and Libya could drive more attacks.")
    assert party(x, "Libya").role is None and not party(x, "Libya").aliases


def test_the_group_is_no_body_named_only_as_a_modifier():
    x = explain("Ola Berg, an Army veteran, said on Monday the attack was planned.\n\n"
                "Ine Abara wrote that the success against the group could drive more attacks.")
    assert all("the group" not in p.aliases for p in x.parties)
