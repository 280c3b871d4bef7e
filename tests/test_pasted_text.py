"""Text pasted from Word or web pages (issue 17): invisible characters make no phantom party, and
every quotation style is read."""
import pytest

from build_scripts.load import load_article
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
