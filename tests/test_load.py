"""Loading seeds: metadata, paragraphs, and a clear error for every kind of bad input."""
from pathlib import Path

import pytest

from build_scripts.errors import ExplainerError
from build_scripts.load.seeds import load_article, load_seeds


def write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_front_matter_and_paragraphs(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: Port strike\noutlet: The Courier\npublished: 2024-05-02\n"
                 "url: https://example.org/a\n---\n\nFirst paragraph\nwraps here.\n\n\nSecond one.\n")
    article = load_article(path)
    assert (article.title, article.outlet, article.published) == ("Port strike", "The Courier", "2024-05-02")
    assert article.paragraphs == ("First paragraph wraps here.", "Second one.")


def test_sidecar_metadata_and_title_fallback(tmp_path):
    write(tmp_path, "017_harbour-talks.txt", "Talks resumed.\n")
    write(tmp_path, "017_harbour-talks.yml", "published: 2024-01-09\n")
    article = load_seeds(tmp_path)[0]
    assert article.published == "2024-01-09"
    assert article.title == "Harbour talks"


def test_crlf_bom_and_old_mac_line_endings(tmp_path):
    text = "\ufeffOne line.\r\n\r\nTwo\rlines.\r\rThree."
    article = load_article(write(tmp_path, "a.txt", text))
    assert article.paragraphs == ("One line.", "Two lines.", "Three.")


def test_utf16_with_bom_is_read(tmp_path):
    article = load_article(write(tmp_path, "a.txt", "Caf\u00e9 owners met.".encode("utf-16")))
    assert article.paragraphs == ("Caf\u00e9 owners met.",)


@pytest.mark.parametrize("content, problem, line", [
    (b"", "empty", None),
    (b" \n\t\n", "empty", None),
    (b"ok\n\x00\x01binary", "binary", 2),
    ("first\nsecond caf\u00e9\n".encode("latin-1"), "not UTF-8", 2),
    (b"---\ntitle: [unclosed\n---\nBody.\n", "malformed YAML", 2),
    (b"---\ntitle: A\nauthor: B\n---\nBody.\n", "unknown metadata key 'author'", 3),
    (b"---\npublished: yesterday\n---\nBody.\n", "'published' must be a date", 2),
    (b"---\npublished: 0001-01-01\n---\nBody.\n", "between the years", 2),  # "a year ago" has no date
    (b"---\npublished: 9999-12-31\n---\nBody.\n", "between the years", 2),
    (b"---\npublished: 2024-02-30\n---\nBody.\n", "cannot read this value", 2),
    (b"---\ntitle: A\ntitle: B\n---\nBody.\n", "'title' is given twice", 3),
    (b"---\ntitle:\n  - a\n  - list\n---\nBody.\n", "'title' must be text", 2),
    (b"---\ntitle: A\n---\n\n", "no text", 4),
    (b"---\ntitle: A\nBody.\n", "never closed", 1),
])
def test_bad_article_names_file_and_line(tmp_path, content, problem, line):
    path = write(tmp_path, "bad.md", content)
    with pytest.raises(ExplainerError) as caught:
        load_article(path)
    assert problem in caught.value.problem
    assert caught.value.path == path
    assert caught.value.line == line


def test_missing_empty_and_clashing_seed_folders(tmp_path):
    with pytest.raises(ExplainerError, match="not found"):
        load_seeds(tmp_path / "nope")
    with pytest.raises(ExplainerError, match="no articles"):
        load_seeds(tmp_path)
    write(tmp_path, "story.txt", "A.")
    write(tmp_path, "story.md", "B.")
    with pytest.raises(ExplainerError, match="share the name"):
        load_seeds(tmp_path)


def test_orphan_sidecar_is_an_error_but_curation_file_is_not(tmp_path):
    write(tmp_path, "story.txt", "A.")
    write(tmp_path, "curation.yml", "parties: []\n")
    assert len(load_seeds(tmp_path)) == 1
    write(tmp_path, "other.yml", "title: X\n")
    with pytest.raises(ExplainerError, match="without an article"):
        load_seeds(tmp_path)


@pytest.mark.parametrize("heading, title", [
    ("# Harbour talks ##", "Harbour talks"),
    ("\n\n#   Harbour talks   ", "Harbour talks"),
    ("# Harbour" + " " * 5000 + "talks", "Harbour" + " " * 5000 + "talks"),  # cubic for the old pattern
    ("## A subheading", None),
    ("#hashtag", None),
    ("# ###", None),
])
def test_a_markdown_title_is_the_first_line_if_it_is_a_level_one_heading(tmp_path, heading, title):
    article = load_article(write(tmp_path, "a.md", f"{heading}\n\nThe council met.\n"))
    assert article.title == " ".join((title or "A").split())
    assert article.paragraphs[-1] == "The council met."


def test_every_bad_article_of_a_build_is_reported_at_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.md").write_text("---\ntitle: Fine\n---\n\nThe port closed.\n", encoding="utf-8")
    for name in ("first", "second", "third"):
        (seeds / f"{name}.md").write_text(f"---\ntitle: T\nautor: {name}\n---\n\nText.\n", encoding="utf-8")
    with pytest.raises(ExplainerError) as caught:
        load_seeds(seeds)
    message = str(caught.value)
    assert message.startswith("3 articles cannot be read: ") and "\n" not in message
    assert all(f"{name}.md:3" in message and "autor" in message for name in ("first", "second", "third"))


@pytest.mark.parametrize("twin", ["a.YML", "a.yaml"])
def test_two_metadata_files_for_one_article_are_an_error(tmp_path, twin):
    write(tmp_path, "a.txt", "Talks resumed.\n")
    write(tmp_path, "a.yml", "title: One\n")
    write(tmp_path, twin, "title: Two\n")
    with pytest.raises(ExplainerError) as caught:
        load_seeds(tmp_path)
    assert "two metadata files" in caught.value.problem and twin in caught.value.problem


def test_a_sidecar_in_upper_case_is_read(tmp_path):
    write(tmp_path, "a.txt", "Talks resumed.\n")
    write(tmp_path, "a.YAML", "published: 2024-01-09\n")
    assert load_seeds(tmp_path)[0].published == "2024-01-09"
    assert load_article(tmp_path / "a.txt").published == "2024-01-09"


def test_a_paragraph_longer_than_the_parser_takes_is_cut_after_a_sentence(tmp_path):
    from build_scripts.settings import LIMITS

    text = "The council met and talked until late. " * 30_000  # 1.2 million characters, no blank line
    article = load_article(write(tmp_path, "a.txt", text))
    assert len(article.paragraphs) > 1 and all(len(p) <= LIMITS.paragraph_chars for p in article.paragraphs)
    assert all(p.endswith("late.") for p in article.paragraphs)
    assert " ".join(article.paragraphs) == text.strip()
