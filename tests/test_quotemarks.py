"""Quote marks at string level: curly, straight, typewriter, mixed, unbalanced, multi-paragraph."""
from build_scripts.extract.quotes.marks import find_quoted_spans


def texts(*paragraphs):
    return [(s.paragraph, s.text(paragraphs)) for s in find_quoted_spans(paragraphs)]


def test_curly_straight_and_typewriter_marks():
    assert texts("\u201cWe stay,\u201d she said.") == [(0, "We stay,")]
    assert texts('"We stay," she said.') == [(0, "We stay,")]
    assert texts("``We stay,'' she said.") == [(0, "We stay,")]


def test_mixed_marks_in_one_paragraph():
    assert texts('He said "one thing" and \u201canother thing\u201d.') == [(0, "one thing"), (0, "another thing")]


def test_wire_style_quote_over_two_paragraphs_is_one_span():
    spans = texts("\u201cThe first part goes on.", "\u201cAnd ends here,\u201d the mayor said.")
    assert spans == [(0, "The first part goes on.\nAnd ends here,")]


def test_unbalanced_mark_keeps_the_paragraph():
    assert texts('The chair said "we will not move on this.', "Next paragraph.") == [(0, "we will not move on this.")]


def test_nested_single_quotes_stay_inside():
    assert texts("\u201cThey told us \u2018wait\u2019 for years,\u201d he said.") == [(0, "They told us \u2018wait\u2019 for years,")]


def test_apostrophes_and_marks_only():
    assert texts("The union\u2019s members voted.") == []
    assert texts('""') == []
