"""Word lists as data (build_scripts/extract/resources): clean lists, a loader that refuses a
dirty one, and no word list written into the rules' code."""
import ast
from pathlib import Path

import pytest

from build_scripts.extract import lexicon, resources

EXTRACT = Path(resources.__file__).parent.parent
# Literal word sets still written inside rule modules (issue 20): spaCy's label sets (parts of
# speech, dependencies, entity types), the extraction cache's field names, the timex's own
# vocabulary tables. A module may lose some, never gain one; lexicon.py holds none.
STILL_IN_CODE = {"parties/affiliation.py": 1, "codec.py": 2, "doc.py": 2, "parties/entities.py": 1, "events.py": 2,
                 "sources/media.py": 1, "parties/merge.py": 1, "quotes/attribution.py": 1, "timex/checks.py": 1,
                 "timex/find.py": 1, "timex/relative.py": 3, "timex/vocabulary.py": 3}


def literal_word_sets(source: str) -> list[tuple[int, list[str]]]:
    """Sets, tuples and lists of more than three words written in code, and 'a b c d'.split()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        words = None
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts \
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            words = [e.value for e in node.elts]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) and not node.args:
            words = node.func.value.value.split()
        if words and len(words) > 3 and all(w.replace("-", "").replace("'", "").replace(" ", "").isalpha() for w in words):
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


def test_the_named_lists_are_the_files_words():
    assert "say" in lexicon.SPEECH_VERBS and "call" not in lexicon.REPORTING_VERBS and "report" in lexicon.REPORTING_VERBS
    assert ("inspector", "general") in lexicon.BODY_SUFFIXES and "condition of anonymity" in lexicon.ANONYMITY_CUES


@pytest.mark.parametrize("module", sorted(p.relative_to(EXTRACT).as_posix() for p in EXTRACT.rglob("*.py")))
def test_no_rule_module_writes_a_new_word_list_in_code(module):
    found = literal_word_sets((EXTRACT / module).read_text(encoding="utf-8"))
    assert len(found) <= STILL_IN_CODE.get(module, 0), found


def test_the_check_finds_a_word_list_written_in_code():
    assert sorted(literal_word_sets('X = frozenset({"he", "she", "him", "her"})\nY = "a b c d".split()\nZ = ("a", "b")')) == [
        (1, ["he", "she", "him", "her"]), (2, ["a", "b", "c", "d"])]
