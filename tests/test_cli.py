"""The command line: JSON on stdout, one clean error line and exit 2 on bad input."""
import json
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


def test_render_writes_markdown_pages(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Mayor Helen Okafor opened the bridge on Friday.", encoding="utf-8")
    result = run("render", "--out", str(tmp_path / "out"), "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md"))
    assert {"index.md", "timeline.md", "quotes.md", "parties/index.md", "parties/helen-okafor.md", "sources/a.md"} <= set(written)
    assert (tmp_path / "out" / "explainer.json").is_file()
