"""Linking (build_scripts/link.py): reports by different outlets become one story, one party per
real-world party. Each test is a few reports of our own."""
import pytest

from build_scripts.link.affiliations import story_affiliation
from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article, PartyKind
from build_scripts.pipeline import extract


def story(*texts: str):
    articles = [Article(id=f"r{n}", title=f"Report {n}", published=f"2024-03-0{n}", outlet=None, url=None,
                        paragraphs=split_paragraphs(text), path=f"r{n}.txt")
                for n, text in enumerate(texts, 1)]
    return extract(articles)


def names_of(explainer, word: str) -> list[tuple[str, ...]]:
    """Every party that has `word` in its name or aliases, as (name, *aliases)."""
    return [(p.name, *p.aliases) for p in explainer.parties
            if any(word in n for n in (p.name, *p.aliases))]


def test_one_person_written_three_ways_across_reports_is_one_party():
    x = story('"The harbour stays open," said James B. Oduya, the port director.',
              'Port director Jim Oduya said on Tuesday that the harbour would stay open.',
              '"We will not close it," Oduya told reporters on Wednesday.')
    assert len(names_of(x, "Oduya")) == 1
    oduya = x.party(names_of(x, "Oduya")[0][0])
    assert {m.article for m in oduya.mentions} == {"r1", "r2", "r3"}
    assert {q.speaker for q in x.quotes} == {oduya.name}


def test_two_people_with_one_surname_stay_two_and_a_bare_surname_is_not_guessed():
    x = story('Mayor Martha Vane met the board on Monday. Her husband, Robert Vane, a banker, stayed home.',
              'Robert Vane said on Tuesday that he had never advised the mayor.',
              'Martha Vane said the port would reopen.')
    vanes = names_of(x, "Vane")
    assert ("Martha Vane" in {v[0] for v in vanes}) and ("Robert Vane" in {v[0] for v in vanes})
    for forms in vanes:  # no party carries both given names
        assert not ({"Martha Vane", "Robert Vane"} <= set(forms))


def test_an_acronym_and_its_expansion_in_different_reports_are_one_party():
    x = story('The National Rivers Authority said on Monday that the dam was safe.',
              'The NRA rejected the claim on Tuesday, and the NRA will publish its data.')
    assert len(names_of(x, "NRA") + [n for n in names_of(x, "National Rivers") if "NRA" not in n]) == 1


def test_department_of_x_and_x_department_are_one_party():
    x = story('The Transport Department said on Monday that the bridge would close.',
              'The Department of Transport confirmed on Tuesday that the bridge would close.')
    assert len(names_of(x, "Transport")) == 1


def test_a_campaign_named_after_a_person_is_its_own_party():
    x = story('Martha Vane is running for governor. The Vane campaign said on Monday that it raised $2 million.',
              'Martha Vane said on Tuesday that the race was close.')
    people = [p for p in x.parties if p.kind == PartyKind.PERSON and "Vane" in p.name]
    assert [p.name for p in people] == ["Martha Vane"]
    assert not any("campaign" in a for a in people[0].aliases)
    assert any(p.name == "Vane campaign" and p.kind != PartyKind.PERSON for p in x.parties)


def test_country_short_forms_across_reports_are_one_country():
    x = story('The U.S. said on Monday it would send aid.',
              'The United States of America sent aid on Tuesday, and America will send more.')
    countries = [p for p in x.parties if p.kind == PartyKind.COUNTRY]
    assert len(countries) == 1 and {m.article for m in countries[0].mentions} == {"r1", "r2"}


def test_a_lone_first_name_joins_the_person_of_its_report_or_stays_out():
    x = story('Martha Vane said on Monday that the port would reopen. Martha had promised it for weeks.',
              'Martha said on Tuesday that she was tired.')
    assert [p.name for p in x.parties if p.kind == PartyKind.PERSON] == ["Martha Vane"]


def test_a_headline_in_title_case_makes_no_parties():
    x = story('Harbour Boss Rejects Bill Revoking Tolls For Fishermen\n\n'
              'The harbour board said on Monday it would keep the tolls.')
    assert not names_of(x, "Bill") and not names_of(x, "Revoking")


def test_a_surname_two_people_share_goes_to_the_one_its_context_names():
    x = story('Mayor Martha Vane opened the port on Monday.\n\n'
              'Her husband, Robert Vane, runs the ferry company. "We are ready," Vane said.\n\n'
              '"The port is open," Mrs. Vane said on Tuesday.')
    speakers = {q.text.strip(' ,."'): q.speaker for q in x.quotes}
    assert speakers == {"We are ready": "Robert Vane", "The port is open": "Martha Vane"}


def test_a_surname_spelt_two_ways_by_two_outlets_is_one_person_when_the_reports_say_the_same_of_him():
    x = story('Osric Valdane, the chairman of the Harbour Authority, said the channel would reopen.',
              'Harbour Authority chairman Osric Valdene said on Tuesday that the channel was open again.')
    assert len(names_of(x, "Osric")) == 1
    # the name alone is not enough: two families, or two people the reports say nothing alike of
    x = story('"The channel is blocked," said Osric Valdane, a fisherman from Kestle.',
              '"The channel is open again," said Osric Valdene, the harbour pilot, on Tuesday.')
    assert len(names_of(x, "Osric")) == 2
    x = story('"The channel is blocked," said Osric Valdane, a fisherman from Kestle.',
              '"The channel is open again," said Osric Valdene, a fisherman from Kestle, on Tuesday.')
    assert len(names_of(x, "Osric")) == 1


def test_a_given_name_a_letter_off_is_another_person():
    # a mother and her daughter, both of the same firm; one office of the firm for both would
    # be one person spelt two ways (test_a_given_name_spelt_another_way_joins_only_with_an_office...)
    x = story('Ivette Marrow, the chief executive of Marrow Shipping, said the ferry would sail.',
              'Ivetta Marrow, a deckhand of Marrow Shipping, said on Tuesday the ferry had sailed.')
    assert len(names_of(x, "Marrow Shipping")) == 1 and len([n for n in names_of(x, "Marrow") if "Shipping" not in n[0]]) == 2


def test_accents_and_apostrophes_do_not_split_a_person():
    x = story("Felipe Caldérón, a senator, said the ferry would sail.",
              "Senator Felipe Calderon said on Tuesday the ferry had sailed.",
              "Sean O’Maley, a port official, said the ferry was late. O’Maley blamed the weather.",
              "Sean O'Maley said on Thursday the ferry would be late again.")
    assert len(names_of(x, "Felipe")) == 1 and len(names_of(x, "Maley")) == 1


def test_a_company_with_and_without_its_form_is_one_organisation_never_a_person():
    x = story('The ship is owned by Tarvo Kisen KK, a Japanese firm, which said it would pay.',
              'Tarvo Kisen Kaisha, the owner, appealed against the ruling on Tuesday.')
    assert [(p.name, p.kind, p.aliases) for p in x.parties if "Kisen" in p.name] == [
        ("Tarvo Kisen KK", PartyKind.ORGANISATION, ("Tarvo Kisen Kaisha",))]


def test_a_hyphenated_surname_written_without_its_hyphen_is_that_person():
    x = story('"We will appeal," said Vik Berg, the founder, on Monday.',
              'Aron Vik-Berg, the founder of the ferry line, pleaded not guilty on Tuesday.')
    assert names_of(x, "Berg") == [("Aron Vik-Berg", "Vik Berg")]
    # three words are another person's full name, not the surname
    x = story('"We will appeal," said Ola Vik Berg, the founder, on Monday.',
              'Aron Vik-Berg, the mayor, said on Tuesday the ferry would sail.')
    assert len(names_of(x, "Berg")) == 2


def test_a_title_with_of_after_it_shares_its_head_noun_across_spellings():
    # 'the former governor of Korr Vale province' and 'Korr Vale governor': both governors
    x = story('"The divers went in again," Korr Vale governor Thanakorn Wongsakul told reporters.',
              'Mission chief Thanakorn Wongsakal, the former governor of Korr Vale province, said the divers were out.')
    assert len(names_of(x, "Thanakorn")) == 1


def test_a_name_a_place_noun_heads_is_a_place_in_its_report():
    x = story("The cave in northern Korr Vale province is flooded. Korr Vale governor Ola Berg said the divers went in.",
              "Ola Berg held a Berg town hall in Wexmoor on Monday.")  # 'town' heads no name here
    assert not names_of(x, "Korr Vale") and names_of(x, "Berg")


def test_a_name_described_as_a_persons_office_is_a_person():
    for text in ("The head of the operation, Thanakorn Wongsakul, said earlier the final operation would begin soon.",
                 "Thanakorn Wongsakul, an anxious parent, said he became worried when his son did not return."):
        assert next(p for p in story(text).parties if p.name == "Thanakorn Wongsakul").kind == PartyKind.PERSON


def test_a_company_taken_for_a_person_without_its_form_is_the_company():
    x = story('The ship is owned by Tarvo Kisen KK, a Japanese firm, which said it would pay.',
              'The authority sought compensation of nearly $1 billion from owner Tarvo Kisen.')
    assert [(p.name, p.kind) for p in x.parties if "Kisen" in p.name] == [("Tarvo Kisen KK", PartyKind.ORGANISATION)]


def test_a_body_without_its_last_generic_word_and_with_its_country_is_one_body():
    # the recogniser cuts 'the UK Norvik P&I Club' in two and takes 'UK Norvik P&I' for a person
    x = story('All parties agreed to adjourn the hearing, the UK Norvik P&I Club said.',
              'Tarvo Kisen Kaisha and insurer UK Norvik P&I have been trying for weeks to reach a compromise. '
              'UK Norvik P&I says the owners are studying the ruling.')
    assert [(p.name, p.kind) for p in x.parties if "Norvik" in p.name] == [("UK Norvik P&I Club", PartyKind.ORGANISATION)]
    assert not [p for p in x.parties if p.name == "UK"]


def test_a_name_placed_in_a_country_is_a_place_but_a_list_of_countries_stays():
    x = story("Egyptian media reported the ship would head to Varnholm in the Netherlands. "
              "Estonia, Latvia and Poland said they would send ships.")
    names = {p.name for p in x.parties}
    assert "Varnholm" not in names and {"Estonia", "Latvia", "Poland"} <= names


def test_the_navy_is_the_one_national_navy_of_the_story_and_neither_of_two():
    one = story("The Peruvian Navy sent divers to the flooded mine in Peru on Monday.",
                "The Navy said on Tuesday that the divers had reached the miners.")
    assert names_of(one, "Navy") == [("Peruvian Navy", "Navy")]
    two = story("The Peruvian Navy sent divers to Peru on Monday. The Kenyan Navy sent divers to Kenya.",
                "The Navy said on Tuesday that the divers had reached the miners.")
    assert sorted(n[0] for n in names_of(two, "Navy")) == ["Kenyan Navy", "Navy", "Peruvian Navy"]


def test_a_first_word_that_only_looks_like_a_country_code_makes_no_national_body():
    # 'LA' is Laos's code too; the story has no Laos, so 'Pride' is not taken for 'LA Pride'
    x = story("The LA Pride parade was attacked on Sunday.",
              "Ines Abara said that seeing so many police officers at Pride was a welcome sight.")
    assert ("LA Pride", "Pride") not in names_of(x, "Pride")


def test_a_name_one_report_writes_as_a_place_is_no_person_in_another():
    # the recogniser takes "Lam Phun's" for a person's; the first report says it is a province
    x = story("The miners were trapped in Lam Phun province on Monday.",
              "A spokesman at Lam Phun's provincial mining office said that the miners were safe.")
    assert names_of(x, "Lam Phun") == []


def test_a_country_named_past_the_lead_only_as_a_place_or_nationality_is_no_party():
    lead = ("Rescuers reached the eleven trapped miners in the flooded shaft on Monday, officials said.\n\n"
            "The divers brought out four of the miners by the evening, and the rest on Tuesday morning.\n\n")
    x = story(lead + "Ola Berg, a Kenyan diver who led them, once searched a flooded cave near Tarnby, southern Kenya.")
    assert names_of(x, "Ken") == []
    # where the news happens is part of the story, however it is named
    y = story("Talks between the miners' union and the owners began in Kenya on Monday, officials said.\n\n"
              "The divers brought out four of the miners by the evening, and the rest on Tuesday morning.\n\n"
              "Ola Berg, a Kenyan diver who led them, said the shaft was safe now.")
    assert names_of(y, "Kenya") == [("Kenya",)]


def test_a_given_name_spelt_another_way_joins_only_with_an_office_the_reports_agree_on():
    x = story("Harbour board head Tomas Berglund said on Monday that the channel was open again.",
              "The head of the harbour board, Tomos Berglund, said on Tuesday that the ships were moving.")
    assert names_of(x, "Berglund") == [("Tomas Berglund", "Tomos Berglund")]
    # a shared description that is no office is no second signal: two relatives stay two
    y = story("Tomas Berglund, a student, said on Monday that the channel was open again.",
              "Tomos Berglund, a student, said on Tuesday that the ships were moving.")
    assert sorted(n[0] for n in names_of(y, "Berglund")) == ["Tomas Berglund", "Tomos Berglund"]


def test_a_role_noun_a_sentence_capitalises_is_no_given_name_and_the_firm_is_one_party():
    # 'Charterer Varnholm' was a person; it is the firm another report names in full
    x = story("The ship was chartered by Varnholm Marine Corp, which said on Monday it would pay.",
              "The court has ruled on the claim. Charterer Varnholm had earlier argued that the claim "
              "was largely unsubstantiated.")
    assert names_of(x, "Varnholm") == [("Varnholm Marine Corp", "Varnholm")]
    assert x.party("Varnholm Marine Corp").kind == PartyKind.ORGANISATION


def test_a_unit_belongs_to_its_service():
    x = story("The Peruvian Navy said on Monday it had sent divers. The Peruvian Navy Divers reached "
              "the shaft on Tuesday, the Peruvian Navy Divers said.")
    assert x.party("Peruvian Navy Divers").affiliation == "Peruvian Navy"


@pytest.mark.parametrize("role, affiliation", [
    ("member of the Storm Petrels", "Storm Petrels"),   # a report where the recogniser missed the team
    ("head of the Bureau of Mines", "Bureau of Mines"),
    ("critic of the Storm Petrels", None),              # naming a body is no tie to it
    ("fireman from Storm Petrels", None),
])
def test_a_members_role_names_the_body_another_report_names(role, affiliation):
    bodies = {"Storm Petrels": PartyKind.ORGANISATION, "Bureau of Mines": PartyKind.ORGANISATION}
    assert story_affiliation("Ola Berg", PartyKind.PERSON, role, bodies) == affiliation
