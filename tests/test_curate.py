"""The editor's curation file: every kind of correction, and warnings for stale entries."""
from pathlib import Path

import pytest

from build_scripts.curate.apply import apply_curation
from build_scripts.curate.corrections import load_curation
from build_scripts.errors import ExplainerError

from helpers import explain

TEXT = ('Energy Minister Jon Barre said the plant would close. "It is over," Barre said on Monday.\n\n'
        'The Grid Workers Union demanded a new plant. "We were not consulted," said Ada Ness.')


@pytest.fixture(scope="module")
def base():
    return explain(TEXT, published="2024-03-06")


def curate(base, tmp_path: Path, yaml_text: str):
    (tmp_path / "curation.yml").write_text(yaml_text, encoding="utf-8")
    return apply_curation(base, load_curation(tmp_path))


def test_rename_updates_quotes_and_aliases(base, tmp_path):
    x, warnings = curate(base, tmp_path, "parties:\n  - party: Barre\n    rename: Jonathan Barre\n")
    assert warnings == []
    assert x.party("Jonathan Barre") is not None and "Jon Barre" in x.party("Jonathan Barre").aliases
    assert {q.speaker for q in x.quotes} >= {"Jonathan Barre"}


def test_merge_role_affiliation_and_drop(base, tmp_path):
    x, warnings = curate(base, tmp_path, "parties:\n"
                         "  - party: Ada Ness\n    role: union spokesperson\n    affiliation: Grid Workers Union\n"
                         "  - party: Jon Barre\n    merge_into: Grid Workers Union\n"
                         "  - party: Grid Workers Union\n    drop: true\n")
    assert warnings == []
    assert x.party("Ada Ness").role == "union spokesperson"
    assert x.party("Grid Workers Union") is None and x.party("Ada Ness").affiliation is None


def test_quote_and_event_corrections(base, tmp_path):
    x, warnings = curate(base, tmp_path, "quotes:\n  - quote: It is over\n    drop: true\n"
                         "  - quote: not consulted\n    speaker: Grid Workers Union\n"
                         "events:\n  - event: Monday\n    date: 2024-03-05\n"
                         "add_events:\n  - date: 2024-01\n    what: The plant's closure is first reported\n"
                         "    article: t\n    paragraph: 1\n")
    assert warnings == []
    assert [q.speaker for q in x.quotes] == ["Grid Workers Union"]
    assert "2024-03-05" in [e.date for e in x.events]
    added = next(e for e in x.events if e.what == "The plant's closure is first reported")
    assert added.paragraph == 0  # the editor's paragraph 1 is the site's first, ¶1


def test_entries_that_match_nothing_are_warnings_with_their_line(base, tmp_path):
    _, warnings = curate(base, tmp_path, "parties:\n  - party: Nobody Here\n    drop: true\n")
    assert len(warnings) == 1 and "curation.yml:2" in warnings[0] and "Nobody Here" in warnings[0]


@pytest.mark.parametrize("text, problem, line", [
    ("parties: [unclosed\n", "malformed YAML", 2),
    ("people:\n  - party: X\n", "unknown section 'people'", 1),
    ("parties:\n  - rename: X\n", "lacks party", 2),
    ("parties:\n  - party: X\n    colour: red\n", "unknown key", 2),
    ("events:\n  - event: X\n    date: soon\n", "'date' must look like", 2),
    ("events:\n  - event: X\n    date: 0001-01-01\n", "between the years", 2),
    ("quotes:\n  - quote: ''\n    drop: true\n", "'quote' is empty", 2),
    ("events:\n  - event: '  '\n    drop: true\n", "'event' is empty", 2),
    ("parties:\n  - party: X\n    rename: ''\n", "'rename' is empty", 2),
    ("parties:\n  - party: X\n    drop: true\n    drop: false\n", "'drop' is given twice", 4),
    ("parties:\n  - party: X\n    drop: 'no'\n", "true or false", 2),
    ("parties:\n  - party: X\n    split: [Y, '']\n", "empty name", 2),
    ("parties:\n  - party: X\n    drop: true\nparties:\n  - party: Y\n    drop: true\n", "given twice", 4),
    ("add_events:\n  - date: 2024-01\n    what: W\n    article: a\n    paragraph: 0\n",
     "from 1, as the site counts them", 2),
])
def test_malformed_curation_file_names_file_and_line(tmp_path, text, problem, line):
    (tmp_path / "curation.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ExplainerError) as caught:
        load_curation(tmp_path)
    assert problem in caught.value.problem and caught.value.line == line


SPLIT_SEEDS = {
    "a.txt": '"The harbour stays open," James Oduya, the port director, said on Monday.\n',
    "b.txt": '"We will sue the port," said Jim Oduya, a fisherman, on Tuesday.\n',
}


def _split_build(tmp_path: Path, curation: str | None):
    from build_scripts.pipeline import build_explainer

    for name, text in SPLIT_SEEDS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / name).with_suffix(".yml").write_text("published: 2024-03-06\n", encoding="utf-8")
    if curation is not None:
        (tmp_path / "curation.yml").write_text(curation, encoding="utf-8")
    return build_explainer(tmp_path)


def test_split_undoes_a_wrong_merge_of_the_linker(tmp_path):
    (tmp_path / "before").mkdir()
    merged = _split_build(tmp_path / "before", None)
    assert [p.name for p in merged.parties if "Oduya" in p.name] == ["James Oduya"]  # Jim = James: linked
    (tmp_path / "after").mkdir()
    x = _split_build(tmp_path / "after", "parties:\n  - party: James Oduya\n    split: [Jim Oduya]\n")
    assert x.notes == ()
    assert sorted(p.name for p in x.parties if "Oduya" in p.name) == ["James Oduya", "Jim Oduya"]
    assert "Jim Oduya" not in x.party("James Oduya").aliases
    assert {q.text.split(",")[0]: q.speaker for q in x.quotes} == {
        "The harbour stays open": "James Oduya", "We will sue the port": "Jim Oduya"}


def test_a_split_that_matches_nothing_is_a_warning_with_its_line(tmp_path):
    x = _split_build(tmp_path, "parties:\n  - party: James Oduya\n    split: [Anna Oduya]\n")
    assert len(x.notes) == 1 and "curation.yml:2" in x.notes[0]


def test_a_split_must_list_names(tmp_path):
    (tmp_path / "curation.yml").write_text("parties:\n  - party: X\n    split: Jim\n", encoding="utf-8")
    with pytest.raises(ExplainerError, match="'split' must be a list of names"):
        load_curation(tmp_path)


def test_the_editor_marks_main_parties_key_events_and_quotes_and_the_build_keeps_them(base, tmp_path):
    from build_scripts.rank.salience import mark_salience
    x, warnings = curate(base, tmp_path, "parties:\n  - party: Ada Ness\n    main: true\n"
                         "  - party: Jon Barre\n    main: false\n"
                         "quotes:\n  - quote: It is over\n    key: false\n"
                         "events:\n  - event: Monday\n    key: true\n"
                         "overview:\n  - title: The plant closes\n    lead: The energy minister closes the plant.\n")
    assert warnings == []
    x = mark_salience(x)
    assert x.party("Ada Ness").main is True and x.party("Jon Barre").main is False
    assert not any(q.key for q in x.quotes if "It is over" in q.text)
    assert all(e.key for e in x.events if "Monday" in e.evidence)
    assert (x.title, x.lead) == ("The plant closes", "The energy minister closes the plant.")


@pytest.mark.parametrize("text", ["parties:\n  - party: Ada Ness\n    main: yes please\n",
                                  "events:\n  - event: Monday\n    key: 1\n",
                                  "parties:\n  - party: Ada Ness\n    role: true\n"])
def test_main_and_key_must_be_true_or_false(tmp_path, text):
    (tmp_path / "curation.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ExplainerError) as info:
        load_curation(tmp_path)
    assert "curation.yml:2:" in str(info.value) and ("true or false" in str(info.value) or "text" in str(info.value))


def test_dropping_a_party_an_event_names_leaves_the_event_and_a_site_that_renders(base, tmp_path):
    from build_scripts.site.render import render_site

    named = [e for e in base.events if "Jon Barre" in e.parties]
    assert named  # the premise: an event names the party to drop
    x, warnings = curate(base, tmp_path, "parties:\n  - party: Jon Barre\n    drop: true\n")
    assert warnings == [] and x.party("Jon Barre") is None
    assert all("Jon Barre" not in e.parties and None not in e.parties for e in x.events)
    assert {e.id for e in named} <= {e.id for e in x.events}
    assert all(q.speaker is None for q in x.quotes if "It is over" in q.text)
    assert "timeline.md" in render_site(x)


def test_a_quote_given_to_a_speaker_nobody_found_makes_that_party(base, tmp_path):
    from build_scripts.site.render import render_site

    x, warnings = curate(base, tmp_path, "quotes:\n  - quote: not consulted\n    speaker: Mara Quillby\n")
    assert warnings == []  # it matched, and did what it says
    party = x.party("Mara Quillby")
    assert party is not None and [q.speaker for q in x.quotes if "consulted" in q.text] == ["Mara Quillby"]
    assert f"parties/{party.id}.md" in render_site(x)


def test_messages_name_the_real_fault(base, tmp_path):
    _, warnings = curate(base, tmp_path, "parties:\n  - party: Jon Barre\n    merge_into: Nobody Here\n"
                         "add_events:\n  - date: 2024-01\n    what: Closure\n    article: no-such-report\n    paragraph: 1\n"
                         "  - date: 2024-01\n    what: Closure\n    article: t\n    paragraph: 9\n")
    assert len(warnings) == 3
    assert "curation.yml:2" in warnings[0] and "'Nobody Here'" in warnings[0] and "no party has that name" in warnings[0]
    assert "curation.yml:5" in warnings[1] and "'no-such-report'" in warnings[1] and "not one of the articles" in warnings[1]
    assert "curation.yml:9" in warnings[2] and "paragraphs 1 to 2" in warnings[2] and "\u00b61 is the first" in warnings[2]


def test_a_quote_entry_that_matches_several_quotes_says_which(base, tmp_path):
    x, warnings = curate(base, tmp_path, "quotes:\n  - quote: \"o\"\n    speaker: Ada Ness\n")
    assert len(x.quotes) == 2 and {q.speaker for q in x.quotes} == {"Ada Ness"}  # done as asked
    assert len(warnings) == 1 and "curation.yml:2" in warnings[0] and "matches 2 quotes" in warnings[0]
    assert all(q.id in warnings[0] for q in x.quotes)


def test_an_empty_curation_file_corrects_nothing(tmp_path):
    (tmp_path / "curation.yml").write_text("\n  \n", encoding="utf-8")
    assert load_curation(tmp_path) == []


def test_two_curation_files_are_an_error_naming_both(tmp_path):
    (tmp_path / "curation.yml").write_text("", encoding="utf-8")
    (tmp_path / "Curation.YAML").write_text("parties:\n  - party: X\n    drop: true\n", encoding="utf-8")
    with pytest.raises(ExplainerError) as caught:
        load_curation(tmp_path)
    assert "Curation.YAML" in caught.value.problem and "curation.yml" in caught.value.problem


def test_rename_onto_a_name_another_party_has_is_refused(base, tmp_path):
    x, warnings = curate(base, tmp_path, "parties:\n  - party: Ada Ness\n    rename: Jon Barre\n")
    assert [p.name for p in x.parties].count("Jon Barre") == 1 and x.party("Ada Ness") is not None
    assert len(warnings) == 1 and "curation.yml:2" in warnings[0] and "merge_into: Jon Barre" in warnings[0]


def test_a_quote_two_entries_match_is_a_warning_naming_both(base, tmp_path):
    x, warnings = curate(base, tmp_path, "quotes:\n  - quote: not consulted\n    speaker: Jon Barre\n"
                         "  - quote: were not\n    speaker: Ada Ness\n")
    quote = next(q for q in x.quotes if "consulted" in q.text)
    assert quote.speaker == "Ada Ness"  # the later entry, as the warning says
    assert len(warnings) == 1 and "lines 2, 4" in warnings[0] and quote.id in warnings[0]
