"""Untrusted text never becomes Markdown or HTML."""
import markdown

from build_scripts.site.escape import Trusted, heading_text, markdown_text, title_text

ATTACKS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
    "![x](http://example.org/x.png)", "{{ jinja }} {% raw %}", "!!! warning", "## heading", "text {: .cls #id }",
    "* item", "1. item", "> quote", "`code`", "| a | b |", ":material-alert:", "&lt;b&gt;",
]


def render(text: str) -> str:
    return markdown.markdown(str(markdown_text(text)), extensions=["attr_list", "md_in_html", "admonition", "tables"])


def test_escaped_text_renders_as_one_plain_paragraph():
    for attack in ATTACKS:
        html = render(attack)
        assert html.startswith("<p>") and html.endswith("</p>") and html.count("<") == 2, (attack, html)


def test_escaped_text_reads_back_literally():
    import html as html_lib
    for attack in ATTACKS:
        assert html_lib.unescape(render(attack)[3:-4]) == " ".join(attack.split())


def test_trusted_markup_passes_and_titles_lose_angle_brackets():
    assert markdown_text(Trusted("[a](b.md)")) == "[a](b.md)"
    assert "<" not in title_text("</title><script>") and "<" not in heading_text("<b>")


def test_a_setting_the_theme_prints_raw_holds_no_character_html_gives_meaning():
    from build_scripts.site.escape import config_text

    text = config_text('Dockers "win" <b>pay</b> & more\u202e\n it\'s done')
    assert not set('<>&"\'') & set(text) and "\n" not in text
    assert text == "Dockers \u201cwin\u201d \u2039b\u203apay\u2039/b\u203a \uff06 more it\u2019s done"
