"""Word lists as data (build_scripts/extract/resources): clean lists, a loader that refuses a
dirty one, and no word list written into the rules' code."""
import ast
from pathlib import Path

import pytest

from build_scripts.extract import lexicon, resources

PACKAGE = Path(resources.__file__).parent.parent.parent
# Modules that hold language rules; none writes an English word list in code. Left out:
# extract/labels.py names spaCy's label scheme (dependencies, tags, entity types), not English,
# and extract/codec.py lists the cache format's field names.
RULE_MODULES = sorted(p.relative_to(PACKAGE).as_posix()
                      for folder in ("extract", "link", "rank") for p in (PACKAGE / folder).rglob("*.py")
                      if p.name not in ("labels.py", "codec.py")) + ["names.py", "site/summary.py"]


def literal_word_sets(source: str) -> list[tuple[int, list[str]]]:
    """Sets, tuples and lists of more than three lower-case words written in code, and
    'a b c d'.split(). Codes such as TIMEX3's units ("D", "W") are not words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        words = None
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts \
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            words = [e.value for e in node.elts]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) and not node.args:
            words = node.func.value.value.split()
        if words and len(words) > 3 and all(w.replace("-", "").replace("'", "").replace(" ", "").isalpha()
                                            and w == w.lower() for w in words):
            found.append((node.lineno, words))
    return found


def test_every_word_list_is_lower_case_without_repeats_and_disjoint_where_it_must_be():
    assert resources.list_names() and resources.problems() == []


def test_the_loader_names_the_file_and_line_of_a_repeat_or_a_capital(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "FOLDER", tmp_path)
    monkeypatch.setattr(resources, "DISJOINT", (("twice", "capital"),))
    resources.phrase_list.cache_clear()
    try:
        (tmp_path / "twice.txt").write_text("# a comment\nsay\ntell\nsay\n", encoding="utf-8")
        (tmp_path / "capital.txt").write_text("say\nTell\n", encoding="utf-8")
        with pytest.raises(resources.ResourceError, match=r"twice.txt:4: 'say' is already on line 2"):
            resources.word_set("twice")
        with pytest.raises(resources.ResourceError, match=r"capital.txt:2: 'Tell' is not lower case"):
            resources.word_set("capital")
        assert len(resources.problems()) == 2  # each file once; the pair cannot be compared
    finally:
        resources.phrase_list.cache_clear()


def test_a_list_takes_in_another_and_a_repeat_or_a_loop_through_includes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "FOLDER", tmp_path)
    resources.phrase_list.cache_clear()
    try:
        (tmp_path / "speakers.txt").write_text("spokesman\nspokeswoman\n", encoding="utf-8")
        (tmp_path / "titles.txt").write_text("# offices\n@speakers\nminister\n", encoding="utf-8")
        (tmp_path / "twice.txt").write_text("spokesman\n@speakers\n", encoding="utf-8")
        (tmp_path / "loop.txt").write_text("@round\n", encoding="utf-8")
        (tmp_path / "round.txt").write_text("@loop\n", encoding="utf-8")
        (tmp_path / "missing.txt").write_text("a\n@nowhere\n", encoding="utf-8")
        assert resources.phrase_list("titles") == ("spokesman", "spokeswoman", "minister")
        with pytest.raises(resources.ResourceError, match=r"twice.txt:2: 'spokesman' is already on line 1"):
            resources.word_set("twice")
        with pytest.raises(resources.ResourceError, match=r"includes itself"):
            resources.word_set("loop")
        with pytest.raises(resources.ResourceError, match=r"missing.txt:2: there is no list 'nowhere'"):
            resources.word_set("missing")
    finally:
        resources.phrase_list.cache_clear()


def test_the_named_lists_are_the_files_words():
    assert "say" in lexicon.SPEECH_VERBS and "call" not in lexicon.REPORTING_VERBS and "report" in lexicon.REPORTING_VERBS
    assert ("inspector", "general") in lexicon.BODY_SUFFIXES and "condition of anonymity" in lexicon.ANONYMITY_CUES


@pytest.mark.parametrize("module", RULE_MODULES)
def test_no_rule_module_writes_a_word_list_in_code(module):
    assert literal_word_sets((PACKAGE / module).read_text(encoding="utf-8")) == []


def test_the_check_finds_a_word_list_written_in_code():
    assert sorted(literal_word_sets('X = frozenset({"he", "she", "him", "her"})\nY = "a b c d".split()\nZ = ("a", "b")\nU = {"D", "W", "M", "Y"}')) == [
        (1, ["he", "she", "him", "her"]), (2, ["a", "b", "c", "d"])]
