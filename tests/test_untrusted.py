"""untrusted.py and the writers that rely on it: cleaned text, YAML without aliases, YAML
written so that it always reads back, ids that cannot repeat."""
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.site.escape import title_text, yaml_string
from build_scripts.ids import RESERVED_PAGE_NAMES, IdAllocator, article_slugs, page_names
from build_scripts.load.untrusted import clean_text, compose_yaml, is_clean, load_yaml

any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=60)


@pytest.mark.parametrize("raw, cleaned", [
    ("Okafor\x00 said\x7f \x1b[31mno\x9b", "Okafor said [31mno"),
    ("line\x0bbreak\x0cand\x85next", "line break and next"),
    ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ("\u202eevil\u202c \u2066x\u2069", "evil x"),
    ("\u0642\u0627\u0644\u200f \u200eLRM and RLM stay", "\u0642\u0627\u0644\u200f \u200eLRM and RLM stay"),
    ("non\ufdd0char\uffff\U0010fffe", "nonchar"),
    ("lone \ud800 surrogate", "lone  surrogate"),
    ("emoji \U0001F680 and \u00e9 stay", "emoji \U0001F680 and \u00e9 stay"),
])
def test_clean_text_drops_what_no_article_needs(raw, cleaned):
    assert clean_text(raw) == cleaned and is_clean(cleaned) and (is_clean(raw) == (raw == cleaned))


@settings(max_examples=500, derandomize=True, database=None)
@given(any_text)
def test_cleaning_is_idempotent_and_keeps_printable_text(text):
    once = clean_text(text)
    assert clean_text(once) == once and is_clean(once)
    assert all(ch in once for ch in text if ch.isprintable() and ch not in "\u202a\u202b\u202c\u202d\u202e")


@settings(max_examples=1000, derandomize=True, database=None)
@given(any_text)
def test_a_yaml_string_reads_back_as_written_whatever_it_holds(text):
    lines = f"---\ntitle: {yaml_string(text)}\n---\n".split("\n")
    assert lines[0] == lines[2] == "---"  # one line, so no value can close the front matter early
    assert yaml.safe_load(lines[1])["title"] == text


@settings(max_examples=500, derandomize=True, database=None)
@given(any_text)
def test_a_title_is_one_clean_line_without_markup_characters(text):
    title = title_text(text)
    # MkDocs unescapes a title once before printing it raw: an ampersand stays only as &amp;
    assert is_clean(title) and "\n" not in title and not set(title) & set("<>")
    assert "&" not in title.replace("&amp;", "")


@pytest.mark.parametrize("source, problem", [
    ("a: &x [1, 2]\nb: *x\n", "aliases"),
    ("a: &x {k: 1}\nb:\n  <<: *x\n", "aliases"),
    ("a: " + "[" * 500 + "]" * 500 + "\n", "nested"),
    ("published: 2024-02-30\n", "cannot read this value"),
    ("a: !!float nope\n", "cannot read this value"),
])
def test_yaml_refuses_aliases_deep_nesting_and_unreadable_values_with_a_line(source, problem):
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        load_yaml(source)
    assert problem in caught.value.problem and caught.value.problem_mark is not None
    if "aliases" in problem:
        with pytest.raises(yaml.MarkedYAMLError):
            compose_yaml(source)


def test_yaml_reads_what_metadata_and_curation_need():
    assert load_yaml("title: T\npublished: 2024-02-29\nlist: [a, {b: 1}]\n")["list"] == ["a", {"b": 1}]
    with pytest.raises(yaml.YAMLError):
        load_yaml("x: !!python/object/apply:os.system [echo]\n")


def test_ids_are_unique_and_never_reserved_whatever_the_names():
    names = ["Index", "INDEX", "index-2", "a_b", "a-b", "a-b-2", "README", "", "\u00e9t\u00e9", "ete", "a-b"]
    ids = page_names(names)
    assert len(set(ids)) == len(ids) and not set(ids) & RESERVED_PAGE_NAMES
    assert all(i and set(i) <= set("abcdefghijklmnopqrstuvwxyz0123456789-") for i in ids)
    slugs = article_slugs(["a_b", "a-b", "a-b-2", "index"])
    assert slugs == {"a_b": "a-b", "a-b": "a-b-2", "a-b-2": "a-b-2-2", "index": "index-2"}


def test_the_allocator_hands_out_distinct_ids_for_many_equal_names():
    allocator = IdAllocator(["item"])
    ids = [allocator.claim("item") for _ in range(20_000)]
    assert len(set(ids)) == 20_000 and ids[:2] == ["item-2", "item-3"]
