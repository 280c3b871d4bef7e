"""How names work (build_scripts/names.py): person-name structure, familiar forms, acronyms and
the spellings of one organisation. Strings of our own, no story's names."""
import pytest

from build_scripts.names import (acronyms, clean_name, given_name_variant, is_acronym, org_key, parse_person, same_person,
                                 strip_honorific, written_surname)


def same(a: str, b: str) -> bool:
    return same_person(parse_person(a), parse_person(b))


@pytest.mark.parametrize("a, b", [
    ("Martha K. Vane", "Martha Vane"),          # a middle initial left out
    ("Martha Kellerman Vane", "Martha Vane"),   # a middle name left out
    ("Jim Oduya", "James Oduya"),               # a familiar form
    ("Jake Ferris", "Jacob Ferris"),
    ("Pat Holm", "Patrick Holm"),
    ("Mr. Oduya", "James Oduya"),               # an honorific and a lone surname
    ("Gen. Tomas Brekke", "Tomas Brekke"),      # a title before the name
    ("Oduya", "James B. Oduya"),
    ("Ruth Amsel Jr.", "Ruth Amsel"),           # a suffix on one side only
    ("Petra Lindqvist", "Petra Lindquist"),     # a long surname off by one letter, same given name
    ("Soraya Haddad", "Sorayah Haddad"),        # a given name with a letter added
])
def test_forms_of_one_person_agree(a, b):
    assert same(a, b) and same(b, a)


@pytest.mark.parametrize("a, b", [
    ("Martha Vane", "Robert Vane"),             # different given names, one surname: two people
    ("George H. W. Ilves", "George W. Ilves"),  # middle initials that contradict
    ("Ruth Amsel Jr.", "Ruth Amsel Sr."),       # suffixes that contradict
    ("Anna Berg", "Anna Borg"),                 # a short surname off by one letter: not a typo we trust
    ("Dan Lowe", "Don Lowe"),
])
def test_different_people_do_not_agree(a, b):
    assert not same(a, b) and not same(b, a)


def test_the_parts_of_a_name():
    name = parse_person("I. Charles McCready III")
    assert (name.given, name.surname, name.suffix) == ("charles", "mccready", "iii")
    assert parse_person("Ludo van der Berg").surname == "van der berg"
    assert parse_person("Senator Ines Abara").given == "ines"
    assert not parse_person("Abara").full
    assert written_surname("Samuel A. Korr Jr.") == "Korr"


def test_honorifics_and_titles_are_not_names_but_a_title_alone_stays():
    assert strip_honorific("Ms. Abara") == "Abara"
    assert strip_honorific("AG Korr") == "Korr"
    assert strip_honorific("Justice") == "Justice"
    assert clean_name("the Harbour Board's") == "Harbour Board"
    assert clean_name("a Lena Marsh") == "Lena Marsh"
    assert clean_name("her Transport Department") == "Transport Department"  # the sentence's possessive
    assert clean_name("his campaign") == "his campaign" and clean_name("Her Majesty") == "Her Majesty"


def test_acronyms_of_long_names():
    assert "NRA" in acronyms("National Rivers Authority")
    assert "DOT" in acronyms("Department of Transport")       # with the "of"
    assert "FTC" in acronyms("Federal Trade Commission")
    assert "HRB" in acronyms("U.S. Harbour Review Board")      # a leading country form may be left out
    assert acronyms("Brightwater") == frozenset()
    assert is_acronym("N.R.A.") and is_acronym("NRA") and not is_acronym("Nora") and not is_acronym("A")


def test_one_organisation_written_two_ways_has_one_key():
    assert org_key("the Transport Department") == org_key("Department of Transport")
    assert org_key("Ministry of the Interior") == org_key("Interior Ministry")
    assert org_key("Brightwater Grocers Inc.") == org_key("Brightwater Grocers")
    assert org_key("Brightwater Grocers, LLC") == org_key("Brightwater Grocers")
    assert org_key("Transport Department") != org_key("Treasury Department")


@pytest.mark.parametrize("a, b, variant", [
    ("Osmo Lindqvist", "Osmu Lindqvist", True),     # one letter, same place
    ("Ines Moreau", "Inese Moreau", False),         # a letter more: another name as often
    ("Ana Berg", "Ada Berg", False),                # too short to tell
    ("Tomas Berg", "Romas Berg", False),            # another first letter
    ("Osmo Lindqvist", "Osmu Lindquist", False),    # two names off: surnames must agree
    ("Osmo Lindqvist", "Osmo Lindqvist", False),    # the same name is no variant
])
def test_a_given_name_variant_is_one_letter_off_in_place_with_the_same_surname(a, b, variant):
    assert given_name_variant(parse_person(a), parse_person(b)) is variant
