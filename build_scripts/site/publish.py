"""The README's build: `mkdocs build --strict` into a fresh folder, swapped in only on success.

Plain `mkdocs build` empties site/ before it writes: a build killed halfway, a full disk, or a
strict build that fails on a warning after writing (MkDocs counts warnings to the end) leaves a
broken or half-written site. Here MkDocs builds into `.site.build-<pid>` beside site/, and only a
build that exits 0 replaces site/, in one atomic exchange of the two folders where the system
has one (Linux renameat2), else in two renames with the previous site kept until the second is
done. Leftovers of a killed build are removed by the next one; a site/ lost between two renames
is put back.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

__all__ = ["publish", "site_dir_of"]

_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def site_dir_of(config_file: Path) -> Path:
    from mkdocs.utils.yaml import yaml_load

    with config_file.open(encoding="utf-8") as handle:
        config = yaml_load(handle) or {}
    return (config_file.parent / str(config.get("site_dir") or "site")).resolve()


def publish(config_file: Path, site: Path, mkdocs_args: list[str]) -> int:
    """Build the site into a fresh folder and swap it in on success; MkDocs' exit status."""
    _recover(site)
    building = site.parent / f".{site.name}.build-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(config_file),
        "-d",
        str(building),
        *mkdocs_args,
    ]
    status = subprocess.run(command, check=False).returncode  # a failed build is reported below
    if status != 0 or not (building / "index.html").is_file():
        shutil.rmtree(building, ignore_errors=True)
        print(f"build failed: the last site in {site} is unchanged", file=sys.stderr)
        return status or 1
    _swap_in(building, site)
    return 0


def _swap_in(built: Path, site: Path) -> None:
    if not os.path.lexists(site):
        os.rename(built, site)
        return
    if _exchange(built, site):
        shutil.rmtree(built)  # the previous site, now under the temporary name
        return
    previous = site.parent / f".{site.name}.previous-{os.getpid()}"
    os.rename(site, previous)
    os.rename(built, site)
    shutil.rmtree(previous)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _recover(site: Path) -> None:
    """Remove the folders of builds that were killed; put back a site lost between two renames."""
    for leftover in sorted(site.parent.glob(f".{site.name}.build-*")):
        if not _running(leftover.name.rsplit("-", 1)[-1]):
            shutil.rmtree(leftover, ignore_errors=True)
    previous = [
        p for p in sorted(site.parent.glob(f".{site.name}.previous-*")) if not _running(p.name.rsplit("-", 1)[-1])
    ]
    if previous and not os.path.lexists(site):
        os.rename(previous.pop(), site)
    for stale in previous:
        shutil.rmtree(stale, ignore_errors=True)


def _running(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
