"""The command line: JSON on stdout, one clean error line and exit 2 on bad input."""
import json
import os
import subprocess
import sys

from conftest import PROJECT


def run(*args, cwd=PROJECT):
    return subprocess.run([sys.executable, "-m", "build_scripts", *args], cwd=cwd, capture_output=True, text=True)


def test_extract_prints_json_for_files(tmp_path):
    (tmp_path / "a.txt").write_text('"We will sign," Governor Lee Amos said on Monday.', encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quotes"][0]["speaker"] == "Lee Amos"


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"caf\xe9")
    result = run("extract", str(tmp_path / "a.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "a.txt:1" in result.stderr and "Traceback" not in result.stderr


def test_extract_of_a_folder_glob_reads_a_sidecar_with_its_article(tmp_path):
    (tmp_path / "a.txt").write_text("Governor Lee Amos spoke on Monday.", encoding="utf-8")
    (tmp_path / "a.yml").write_text("title: The governor speaks\n", encoding="utf-8")
    result = run("extract", *sorted(str(p) for p in tmp_path.iterdir()))  # what `extract seeds/*` passes
    assert result.returncode == 0, result.stderr
    assert [a["title"] for a in json.loads(result.stdout)["articles"]] == ["The governor speaks"]


def test_extract_of_a_pipe_or_a_pdf_is_one_line_and_exit_2(tmp_path):
    os.mkfifo(tmp_path / "stuck.txt")  # reading one would never end
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    for name, problem in (("stuck.txt", "not a regular file"), ("report.pdf", "not an article")):
        result = run("extract", str(tmp_path / name))
        assert result.returncode == 2 and problem in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_render_writes_markdown_pages(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Mayor Helen Okafor opened the bridge on Friday.", encoding="utf-8")
    result = run("render", "--out", str(tmp_path / "out"), "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md"))
    assert {"index.md", "timeline.md", "quotes.md", "parties/index.md", "parties/helen-okafor.md", "sources/a.md",
            "updates.md"} <= set(written)
    assert (tmp_path / "out" / "explainer.json").is_file()
    assert "<entry>" in (tmp_path / "out" / "feed.xml").read_text(encoding="utf-8")  # the Updates page links it


def test_extract_verbose_says_why_two_spellings_were_linked(tmp_path):
    (tmp_path / "a.txt").write_text('"The channel is blocked," said Osric Valdane, a fisherman from Kestle.',
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text('"The channel is open," said Osric Valdene, a fisherman from Kestle, on Tuesday.',
                                    encoding="utf-8")
    quiet, verbose = run("extract", str(tmp_path)), run("extract", "-v", str(tmp_path))
    assert quiet.returncode == verbose.returncode == 0 and quiet.stdout == verbose.stdout
    assert "linked 'Osric Valdene' to 'Osric Valdane'" in verbose.stderr and "linked" not in quiet.stderr
