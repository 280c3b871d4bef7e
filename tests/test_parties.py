"""Parties: merging mentions, kinds, roles and affiliations, on sentences written for these tests."""
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
