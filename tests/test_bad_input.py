"""Every kind of bad input, through a real `mkdocs build`: a correct site, or one clear error
naming the file (and line), a non-zero exit, and never a traceback."""
import pytest

from conftest import make_project, mkdocs_build

pytestmark = pytest.mark.slow
OK = "site"
DATED = b"published: 2024-05-06\n"  # an undated report that says "on Monday" is a warning of its own
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
RTL = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631. \u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u05e9\u05dc\u05d5\u05dd \U0001F680\U0001F389 Mayor Helen Okafor said \"we will meet again\" on Monday."

CASES = [
    ("empty file", {"a.txt": b""}, ("a.txt", "empty")),
    ("only whitespace", {"a.txt": b"  \n\t\n \n"}, ("a.txt", "empty")),
    ("binary file", {"a.txt": PNG}, ("a.txt:", "binary")),
    ("Latin-1 file", {"a.txt": "Intro line.\nCaf\u00e9 owners met.".encode("latin-1")}, ("a.txt:2", "not UTF-8")),
    ("UTF-16 with BOM", {"a.txt": "Mayor Helen Okafor spoke on Monday.".encode("utf-16"), "a.yml": DATED}, OK),
    ("UTF-8 BOM", {"a.txt": "\ufeffMayor Helen Okafor spoke on Monday.".encode("utf-8"), "a.yml": DATED}, OK),
    ("Windows line endings", {"a.txt": b"First paragraph.\r\n\r\nSecond \"quoted words here,\" she said.\r\n"}, OK),
    ("old Mac line endings", {"a.txt": b"First paragraph.\r\rSecond paragraph.\r"}, OK),
    ("5 MB article", {"a.txt": ("A sentence of filler news text. " * 160_000).encode()}, ("a.txt", "MB")),
    ("100,000-character paragraph", {"a.txt": ("The council met and talked. " * 3600)[:100_000].encode()}, OK),
    ("no quotes, dates or entities", {"a.txt": b"it was mild and nothing much happened at all.\n\nstill nothing.\n"}, OK),
    ("unbalanced and mixed marks", {"a.txt": "He said \u201cthis opens and \"that closes\u201d and \u00ab this never ends.\n\n\u201d Stray.".encode()}, OK),
    ("quote marks only", {"a.txt": "\" \u201c \u201d \u00ab \u00bb '' ``".encode()}, OK),
    ("right-to-left text and emoji", {"a.txt": RTL.encode(), "a.yml": DATED}, OK),
    ("malformed front matter", {"a.md": b"---\ntitle: [oops\n---\nBody text.\n"}, ("a.md:2", "malformed YAML")),
    ("published: yesterday", {"a.md": b"---\npublished: yesterday\n---\nBody text.\n"}, ("a.md:2", "'published' must be a date")),
    ("a list as title", {"a.md": b"---\ntitle:\n  - one\n  - two\n---\nBody text.\n"}, ("a.md:2", "'title' must be text")),
    ("unknown front matter key", {"a.md": b"---\ntitle: T\nauthor: X\n---\nBody text.\n"}, ("a.md:3", "unknown metadata key")),
    ("malformed curation file", {"a.txt": b"Body text.", "curation.yml": b"parties: [\n"}, ("curation.yml:", "malformed YAML")),
    ("published in year 1", {"a.md": b"---\npublished: 0001-01-01\n---\nBody text.\n"}, ("a.md:2", "between the years")),
    ("a date before year 1", {"a.md": b"---\npublished: 2024-05-06\n---\nThe town was founded 9,000 years ago.\n"}, OK),
    ("a key given twice", {"a.md": b"---\ntitle: A\ntitle: B\n---\nBody text.\n"}, ("a.md:3", "'title' is given twice")),
    ("two metadata files", {"a.txt": b"Body text.", "a.yml": b"title: A\n", "a.YML": b"title: B\n"}, ("a.yml", "two metadata files")),
    ("two curation files", {"a.txt": b"Body text.", "curation.yml": b"", "curation.yaml": b"parties: []\n"},
     ("seeds", "two curation files")),
    ("empty curation file", {"a.txt": b"Body text.", "curation.yml": b"\n  \n"}, OK),
    ("paragraph over the parser's limit", {"a.txt": (("x" * 999 + " ") * 1_001).encode()}, OK),
    ("a 250-byte file name", {"x" * 246 + ".txt": b"Body text."}, OK),
    ("a lone surrogate in a title", {"a.md": b'---\ntitle: "bad \\ud800 x"\n---\nBody text.\n'}, OK),
    ("an added event in a report named with capitals and underscores",
     {"My_Report.txt": b"Body text.\n\nMore text.", "curation.yml": b"add_events:\n  - date: 2024-01-02\n    what: X\n"
      b"    article: My_Report\n    paragraph: 2\n"}, OK),
    ("curation 'parties: 3'", {"a.txt": b"Body text.", "curation.yml": b"parties: 3\n"},
     ("curation.yml:1", "'parties' must be a list")),
    ("two seeds with the same stem", {"a.txt": b"One.", "a.md": b"Two."}, ("a.txt", "share the name")),
    ("empty seeds folder", {}, ("seeds", "no articles")),
]


@pytest.mark.parametrize("name, seeds, expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, name, seeds, expected):
    project = make_project(tmp_path / "p", seeds)
    result = mkdocs_build(project, "--strict")
    assert "Traceback" not in result.stderr
    if expected == OK:
        assert result.returncode == 0, result.stderr
        assert (project / "site" / "index.html").is_file()
        return
    where, problem = expected
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and where in errors[0] and problem in errors[0], result.stderr
    assert not (project / "site").exists()


def test_missing_seeds_folder(tmp_path):
    project = make_project(tmp_path / "p", {})
    (project / "seeds").rmdir()
    result = mkdocs_build(project)
    assert result.returncode != 0 and "seeds folder not found" in result.stderr and "Traceback" not in result.stderr


def test_curation_naming_a_missing_party_warns_and_fails_strict(tmp_path):
    project = make_project(tmp_path / "p", {"a.txt": b"Mayor Helen Okafor spoke on Monday.",
                                             "curation.yml": b"parties:\n  - party: Nobody Here\n    drop: true\n"})
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0 and "curation.yml:2" in relaxed.stderr
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0 and "Traceback" not in strict.stderr


def test_an_undated_report_is_a_warning_that_says_what_it_costs(tmp_path):
    seeds = {"a.txt": b"Mayor Helen Okafor closed the harbour on Monday.\n\nThe council voted yesterday to pay.\n",
             "b.md": b"---\npublished: 2024-05-06\n---\nOla Berg said on Friday that the dockers would return.\n"}
    project = make_project(tmp_path / "p", seeds)
    relaxed = mkdocs_build(project)
    warnings = [line for line in relaxed.stderr.splitlines() if line.startswith("WARNING")]
    assert relaxed.returncode == 0 and len(warnings) == 1, relaxed.stderr
    assert "a.txt: no publication date, so 2 of its dates" in warnings[0] and "published: YYYY-MM-DD" in warnings[0]
    timeline = (project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    # kept on the timeline, relative to the report named (the site has two)
    assert "Monday, in the week of the report \u201cA\u201d" in timeline
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0 and "Traceback" not in strict.stderr
