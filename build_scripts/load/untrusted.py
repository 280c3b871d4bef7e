"""What the build accepts from the seeds folder: files, characters and YAML.

Everything in seeds/ is untrusted: pasted from the web, shared by a colleague, unpacked from an
archive. This is the one place that decides what of it the build reads:
- regular files directly inside the folder, never a link (a link could publish /etc/passwd or
  .git/config), never a device or a pipe (reading one never ends);
- file names that are valid UTF-8 without control, invisible or direction-changing characters;
- text without control characters, noncharacters, lone surrogates or the bidi controls that
  reorder what the reader sees (pasting artefacts, and the means to break generated files or to
  show a quote other than it is written);
- YAML without aliases (a few hundred bytes of nested aliases expand to gigabytes), without deep
  nesting, without a key twice in one mapping, and whose values all construct (a date like
  2024-02-30 is an error with its line).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from pathlib import Path

import yaml

from .. import settings
from ..errors import ExplainerError

__all__ = [
    "LINK_REFUSED",
    "TooLarge",
    "check_file_name",
    "clean_text",
    "compose_yaml",
    "construct_yaml",
    "is_clean",
    "load_yaml",
    "read_regular_file",
    "read_seed_bytes",
    "real_directory",
    "seed_entries",
]

LINK_REFUSED = "a link; the build reads only files inside seeds/: copy the file here instead"

_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
# bidi embeddings, overrides and isolates reorder text on screen; the marks (LRM, RLM, ALM) only
# give neutral characters a direction and belong to ordinary right-to-left copy
_REORDERING = "\u202a-\u202e\u2066-\u2069"
# invisible characters pasted from Word or web pages: zero-width space, word joiner and invisible
# operators, zero-width no-break space (a BOM inside the text), soft hyphen, Mongolian vowel
# separator. "Berg" with a zero-width space after it looks like "Berg" and would be another party.
# (The zero-width joiner and non-joiner stay: some scripts and emoji need them.)
_INVISIBLE = "\u00ad\u180e\u200b\u2060-\u2064\ufeff"
_DROPPED = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff{_NONCHARACTERS}{_REORDERING}{_INVISIBLE}]")
# controls that Python and YAML treat as breaks, and the line and paragraph separators
_SPACE_LIKE = re.compile("[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
_NOT_IN_NAMES = re.compile(f"[\x00-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")


def clean_text(text: str) -> str:
    """Text without the characters no article needs, composed (NFC: an accented letter typed two
    ways is one spelling): C0 and C1 controls (tabs and newlines stay; vertical tab, form feed,
    NEL, the separator controls and U+2028/U+2029 become spaces), DEL, noncharacters, lone
    surrogates, bidi reordering controls and invisible characters. Linear in the length."""
    return unicodedata.normalize("NFC", _DROPPED.sub("", _SPACE_LIKE.sub(" ", text)))


def is_clean(text: str) -> bool:
    """True when clean_text would leave the text as it is."""
    return not (_DROPPED.search(text) or _SPACE_LIKE.search(text))


def check_file_name(path: Path) -> None:
    """A seed's name becomes its id, its page's name and part of its title: refuse names that
    cannot be shown as they are (controls, noncharacters, bytes that are not UTF-8, which Python
    decodes to lone surrogates, and invisible format characters such as bidi controls)."""
    for char in path.name:
        if _NOT_IN_NAMES.match(char) or unicodedata.category(char) == "Cf":
            name = unicodedata.name(char, "")  # controls and noncharacters have none
            what = (
                "bytes that are not UTF-8"
                if "\udc80" <= char <= "\udcff"
                else f"the character U+{ord(char):04X}" + (f" ({name})" if name else "")
            )
            raise ExplainerError(f"the file name contains {what}; rename the file", path)


def seed_entries(seeds: Path, suffixes: tuple[str, ...], stem: str | None = None) -> list[Path]:
    """The entries of the seeds folder with one of these suffixes (whatever their case) and, if
    given, this stem, sorted; a link, a folder, a device or a pipe under such a name is an
    error, not something to skip or follow."""
    try:
        entries = sorted(os.scandir(seeds), key=lambda e: e.name)
    except OSError as exc:
        raise ExplainerError(f"cannot list the folder ({exc.strerror})", seeds) from exc
    found = []
    for entry in entries:
        path = Path(seeds, entry.name)
        if path.suffix.lower() not in suffixes or (stem is not None and path.stem != stem):
            continue
        check_file_name(path)
        if entry.is_symlink():
            raise ExplainerError(LINK_REFUSED, path)
        if not entry.is_file(follow_symlinks=False):
            raise ExplainerError("not a regular file", path)
        found.append(path)
    return found


class TooLarge(OSError):
    """A file over the size limit of what is read."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, never through a link (OSError: ELOOP), never a device or a
    pipe, at most `limit` of them (TooLarge: a file can grow between a size check and the read)."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(errno.EFBIG, f"over {limit} bytes")
    return data


def read_seed_bytes(path: Path, limit: int) -> bytes:
    """A seed's bytes (read_regular_file), every refusal an ExplainerError naming the file."""
    try:
        return read_regular_file(path, limit)
    except TooLarge as exc:
        raise ExplainerError(
            f"the file is over {limit / 1e6:.0f} MB, the limit for an article: split it into several articles", path
        ) from exc
    except OSError as exc:
        if os.path.islink(path):
            raise ExplainerError(LINK_REFUSED, path) from exc
        reason = exc.strerror or "not a regular file"
        raise ExplainerError(f"cannot read the file ({reason})", path) from exc


def real_directory(path: Path, below: Path) -> None:
    """Make `path` and every folder between `below` and it real folders: a link or a file
    planted in the place of one is removed (the link itself, never what it points to), so
    nothing is written, listed or deleted through it. `below` itself is the owner's choice."""
    relative = path.relative_to(below)
    below.mkdir(parents=True, exist_ok=True)
    folder = below
    for part in relative.parts:
        folder = folder / part
        if folder.is_symlink() or (os.path.lexists(folder) and not folder.is_dir()):
            folder.unlink()
        folder.mkdir(exist_ok=True)


class _SeedLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases, nesting limited, every value error with its line."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed here; write the value out", mark
            )
        self._depth += 1
        try:
            if self._depth > settings.LIMITS.yaml_depth:
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"nested more than {settings.LIMITS.yaml_depth} levels deep",
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):
        # PyYAML keeps the last of two equal keys; "drop: true" then "drop: false" would do the
        # opposite of what the editor read first
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key '{key}' is given twice", key_node.start_mark
                    )
                seen.add(key)
        return super().construct_mapping(node, deep)

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError, TypeError) as exc:  # e.g. 2024-02-30 read as a date
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this value ({exc})", node.start_mark
            ) from exc


def load_yaml(source: str):
    """The YAML document as Python values (safe types only)."""
    loader = _SeedLoader(source)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def compose_yaml(source: str) -> yaml.Node | None:
    """The YAML document as nodes, which keep their line numbers."""
    loader = _SeedLoader(source)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def construct_yaml(node: yaml.Node):
    """Python values of a node composed by compose_yaml."""
    loader = _SeedLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()
