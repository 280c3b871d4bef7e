"""Text pasted from Word or web pages (issue 17): invisible characters make no phantom party, and
every quotation style is read."""
import pytest

from build_scripts.load.seeds import load_article
from build_scripts.pipeline import extract


def build(tmp_path, body: str):
    path = tmp_path / "report.md"
    path.write_text("---\ntitle: Harbour strike\npublished: 2024-05-10\n---\n\n" + body, encoding="utf-8")
    article = load_article(path)
    return article, extract([article])


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u180e"])
def test_an_invisible_character_makes_no_second_party(tmp_path, invisible):
    article, x = build(tmp_path, f'"We will strike," Ola Berg{invisible} said on Monday.\n\n'
                                 '"We will win," Ola Berg said on Tuesday.\n')
    assert invisible not in "".join(article.paragraphs)
    assert [p.name for p in x.parties if "Berg" in p.name] == ["Ola Berg"]
    assert [q.speaker for q in x.quotes] == ["Ola Berg", "Ola Berg"]


def test_an_accent_typed_two_ways_is_one_spelling(tmp_path):
    composed, decomposed = "Ren\u00e9 Aubert", "Rene\u0301 Aubert"
    _, x = build(tmp_path, f'"We will strike," {composed} said.\n\n"We will win," {decomposed} said.\n')
    assert [q.speaker for q in x.quotes] == [composed, composed]


@pytest.mark.parametrize("separator, paragraphs", [("\u2029", 2), ("\u2028", 1)])
def test_line_and_paragraph_separators(tmp_path, separator, paragraphs):
    article, _ = build(tmp_path, f"The port closed on Monday.{separator}The strike went on.\n")
    assert len(article.paragraphs) == paragraphs and "\u2028" not in "".join(article.paragraphs)


@pytest.mark.parametrize("opening, closing", [("''", "''"), ("``", "''"), ("\u201c", "\u201d"), ('"', '"')])
def test_every_quotation_style_is_read(tmp_path, opening, closing):
    _, x = build(tmp_path, f"{opening}We will not go back to work,{closing} Ola Berg said on Monday.\n")
    assert [(q.text, q.speaker) for q in x.quotes] == [("We will not go back to work,", "Ola Berg")]


def test_a_report_dropped_in_twice_counts_once_with_a_note(tmp_path):
    from build_scripts.pipeline import build_explainer

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = '---\ntitle: Strike\npublished: 2024-05-10\n---\n\n"We will win," Ola Berg said on Monday.\n'
    (seeds / "original.md").write_text(text, encoding="utf-8")
    (seeds / "pasted-copy.md").write_text(text.replace("title: Strike", "title: Strike (copy)"), encoding="utf-8")
    x = build_explainer(seeds)
    assert [a.id for a in x.articles] == ["original"] and len(x.quotes) == 1
    assert any("pasted-copy.md" in note and "original.md" in note and "counted once" in note for note in x.notes)


def test_files_the_build_does_not_read_are_named_in_one_note(tmp_path):
    from build_scripts.pipeline import build_explainer

    seeds = tmp_path / "seeds"
    (seeds / "photos").mkdir(parents=True)
    (seeds / "report.md").write_text("---\ntitle: Strike\npublished: 2024-05-10\n---\n\nThe port closed.\n", encoding="utf-8")
    for name in ("statement.pdf", "notes.docx", "crane.jpg", ".DS_Store"):
        (seeds / name).write_bytes(b"\x00binary")
    notes = [n for n in build_explainer(seeds).notes if "not read" in n]
    assert len(notes) == 1 and all(name in notes[0] for name in ("statement.pdf", "notes.docx", "crane.jpg", "photos/"))
    assert ".DS_Store" not in notes[0]
