"""Word lists as data: the closed vocabularies the extraction rules consult, one file per list
in `en/` (one entry a line, `#` comments saying what the list is for and why), read once and
checked as read: lower case, no entry twice, and lists that must not share a word do not.
Rules import the named sets from lexicon.py; the extraction cache key covers these files
(cache.package_digest reads every .txt of the package)."""

from __future__ import annotations

import functools
from pathlib import Path

__all__ = ["DISJOINT", "FOLDER", "ResourceError", "list_names", "phrase_list", "problems", "word_set"]

FOLDER = Path(__file__).parent / "en"
# lists a word may be on one of only: a gender, a kind of pronoun, a kind of preposition
DISJOINT = (
    ("female_words", "male_words"),
    ("pronouns_person", "pronouns_group"),
    ("locative_prepositions", "direction_prepositions"),
)


class ResourceError(ValueError):
    """A word list that breaks its rules: a bug in the package's data, named with file and line."""


_LOADING: set[str] = set()  # lists being read, to refuse an include that comes back round


@functools.cache
def phrase_list(name: str) -> tuple[str, ...]:
    """A list's entries in file order (a phrase's words joined by single spaces). A line
    `@other` takes in another list's entries there, so a word shared by several lists is
    written once ("spokesperson" for officials, titles and spokespeople)."""
    path = FOLDER / f"{name}.txt"
    if name in _LOADING:
        raise ResourceError(f"{path.name}: includes itself, through @ lines")
    _LOADING.add(name)
    try:
        return _entries(path)
    finally:
        _LOADING.discard(name)


def _entries(path: Path) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        entry = " ".join(line.split("#", 1)[0].split())
        if not entry:
            continue
        if entry.startswith("@") and not (FOLDER / f"{entry[1:]}.txt").is_file():
            raise ResourceError(f"{path.name}:{number}: there is no list {entry[1:]!r} to include")
        for word in phrase_list(entry[1:]) if entry.startswith("@") else (entry,):
            _add(seen, word, path, number)
    return tuple(seen)


def _add(seen: dict[str, int], entry: str, path: Path, number: int) -> None:
    if entry != entry.lower():
        raise ResourceError(f"{path.name}:{number}: {entry!r} is not lower case (the rules compare lower-cased text)")
    if entry in seen:
        raise ResourceError(f"{path.name}:{number}: {entry!r} is already on line {seen[entry]}")
    seen[entry] = number


def word_set(name: str) -> frozenset[str]:
    return frozenset(phrase_list(name))


def list_names() -> list[str]:
    return sorted(path.stem for path in FOLDER.glob("*.txt"))


def problems() -> list[str]:
    """Every fault of every list, for the test that keeps them clean."""
    found = []
    for name in list_names():
        try:
            phrase_list(name)
        except ResourceError as exc:
            found.append(str(exc))
    for first, second in DISJOINT:
        try:
            shared = word_set(first) & word_set(second)
        except ResourceError:
            continue  # already reported
        if shared:
            found.append(f"{first} and {second} share {sorted(shared)}")
    return found
