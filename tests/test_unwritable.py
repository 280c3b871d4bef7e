"""Folders the build cannot write or read, through a real `mkdocs build --strict`: a cache that
cannot be written costs speed, never the build; a site folder that cannot be written, or a seed
that cannot be read, is one clear error before anything is removed."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import make_project, mkdocs_build

pytestmark = pytest.mark.slow
SEEDS = {"a.txt": "Mayor Helen Okafor said on Monday that the council will meet.\n", "a.yml": "published: 2024-05-06\n"}
NOBODY = 65534


def test_a_cache_folder_that_is_a_file_costs_only_speed(tmp_path):
    project = make_project(tmp_path / "p", SEEDS)
    (project / ".cache").write_text("not a folder")
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "staged in a temporary folder" in result.stderr
    assert (project / "site" / "index.html").is_file() and (project / ".cache").read_text() == "not a folder"


def test_a_site_path_that_is_a_file_is_one_error_and_kept(tmp_path):
    project = make_project(tmp_path / "p", SEEDS)
    (project / "site").write_text("mine")
    result = mkdocs_build(project, "--strict")
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(errors) == 1 and "site: not a folder" in errors[0]
    assert (project / "site").read_text() == "mine"


@pytest.fixture
def as_other_user():
    """Permissions bind only a user who is not root: as root, run the build as nobody."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _project(prefix: list[str]) -> Path:
    root = Path(tempfile.mkdtemp(prefix="unwritable-", dir="/tmp"))
    os.chmod(root, 0o755)  # pytest's own temporary folders are closed to other users
    project = make_project(root / "p", SEEDS)
    if prefix:
        for path in [project, *project.rglob("*")]:
            os.lchown(path, NOBODY, NOBODY)
    return project


def _build(prefix: list[str], project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HOME": str(project)}
    return subprocess.run([*prefix, sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=env)


@pytest.mark.parametrize("locked, expected", [
    (".cache", None),  # built, its pages staged elsewhere this once
    ("site", "site: cannot write here"),
    ("seeds/a.txt", "a.txt: cannot read the file (Permission denied)"),
    ("seeds", "seeds: cannot list the folder (Permission denied)"),
])
def test_folders_and_files_without_permission(as_other_user, locked, expected):
    project = _project(as_other_user)
    try:
        first = _build(as_other_user, project)
        assert first.returncode == 0, first.stderr
        before = (project / "site" / "index.html").read_bytes()
        for path in [project / locked, *(project / locked).rglob("*")]:
            os.chmod(path, 0o000 if locked.startswith("seeds") else (0o555 if path.is_dir() else 0o444))
        if locked != "seeds":  # a new report, so the pages must be staged again
            (project / "seeds" / "b.txt").write_text("Councillor Ola Berg spoke on the harbour.\n")
        result = _build(as_other_user, project)
        assert "Traceback" not in result.stderr, result.stderr
        if expected is None:
            assert result.returncode == 0 and "staged in a temporary folder" in result.stderr, result.stderr
        else:
            errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
            assert result.returncode != 0 and len(errors) == 1 and expected in errors[0], result.stderr
            assert (project / "site" / "index.html").read_bytes() == before  # the last good site stays
    finally:
        for path in [project.parent, *project.parent.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                os.chmod(path, 0o755)
        shutil.rmtree(project.parent)
