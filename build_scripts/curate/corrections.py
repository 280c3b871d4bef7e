"""The editor's curation file: corrections the build applies after extraction.

seeds/curation.yml holds four lists. Each entry names what it corrects; an entry that matches
nothing is reported as a warning, so stale corrections do not pile up silently.

    parties:      [{party: NAME, rename: NEW} | {party, merge_into: OTHER} | {party, drop: true}
                   | {party, split: [NAME, ...]}
                   | {party, role: ..., affiliation: ..., kind: person|organisation|group|country, main: true|false}]

A split undoes a wrong merge: the reports' names it lists make a party of their own. It acts
while the reports are linked (link/parties.py), so the names never join NAME again.
    quotes:       [{quote: TEXT-SUBSTRING, drop: true} | {quote, speaker: NAME}]
    events:       [{event: TEXT-SUBSTRING, drop: true} | {event, date: YYYY[-MM[-DD]]}]
    add_events:   [{date, what, article, paragraph, evidence}]   (paragraph: as the site shows it, from ¶1)

A dropped party is gone from every reference (its quotes unattributed, its events no longer
naming it); a speaker no party goes by becomes a party. An entry that cannot do its work is a
warning that says why: the name it could not find, the article or paragraph that does not exist.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import ExplainerError
from ..load.seeds import EMPTY_FILE, FIRST_YEAR, LAST_YEAR, is_curation_file, is_plausible_day, read_text
from ..load.untrusted import clean_text, compose_yaml, construct_yaml
from ..model import PartyKind

__all__ = ["SECTIONS", "Correction", "curation_path", "curation_text", "load_curation", "parse_curation", "splits"]

SECTIONS = {
    "parties": ({"party"}, {"rename", "merge_into", "drop", "split", "role", "affiliation", "kind", "main", "note"}),
    "quotes": ({"quote"}, {"drop", "speaker", "key", "note"}),
    "events": ({"event"}, {"drop", "date", "what", "key", "note"}),
    "add_events": ({"date", "what", "article", "paragraph"}, {"evidence", "note", "parties", "key"}),
    "overview": (set(), {"title", "lead", "note"}),
}


# what an entry finds or names things by: never empty ('quote: ""' is in every quote)
_NAMED = ("party", "rename", "merge_into", "quote", "speaker", "event", "what", "article")


_FLAGS = ("drop", "main", "key")  # yes/no fields: `main: true` makes a main party, `key: false` unmarks


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Correction:
    section: str
    fields: dict
    path: str
    line: int

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def curation_path(seeds: Path) -> Path | None:
    """The seeds folder's curation file, whatever the case of its name; two of them (a
    curation.yml and a curation.yaml) are an error, not one silently ignored."""
    try:
        found = sorted(name for name in os.listdir(seeds) if is_curation_file(Path(name)))
    except OSError:
        return None  # the folder itself is load/seeds.py's error
    if len(found) > 1:
        raise ExplainerError(f"two curation files, {' and '.join(found)}: keep one", seeds)
    return seeds / found[0] if found else None  # a link or a folder under this name is read_text's error


def curation_text(seeds: Path) -> tuple[Path | None, str]:
    """The curation file and its text; an empty file (or one of blank lines) corrects nothing."""
    path = curation_path(seeds)
    if path is None:
        return None, ""
    try:
        return path, read_text(path)
    except ExplainerError as exc:
        if exc.problem == EMPTY_FILE:
            return path, ""
        raise


def load_curation(seeds: Path) -> list[Correction]:
    return parse_curation(*curation_text(seeds))


def parse_curation(path: Path | None, text: str) -> list[Correction]:
    """The corrections of a curation file's text (curation_text), each checked on its own."""
    if path is None:
        return []
    try:
        root = compose_yaml(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ExplainerError(f"malformed YAML: {exc.problem}", path, line) from exc
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise ExplainerError(
            "the curation file must be a mapping of " + ", ".join(SECTIONS), path, root.start_mark.line + 1
        )
    corrections, sections = [], set()
    for key_node, value_node in root.value:
        section = key_node.value
        if section in sections:
            raise ExplainerError(
                f"the section '{section}' is given twice: make it one list", path, key_node.start_mark.line + 1
            )
        sections.add(section)
        if section not in SECTIONS:
            raise ExplainerError(
                f"unknown section '{section}' (allowed: {', '.join(SECTIONS)})", path, key_node.start_mark.line + 1
            )
        if not isinstance(value_node, yaml.SequenceNode):
            raise ExplainerError(f"'{section}' must be a list of entries", path, value_node.start_mark.line + 1)
        for item in value_node.value:
            corrections.append(_correction(section, item, path))
    return corrections


def _correction(section: str, node, path: Path) -> Correction:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise ExplainerError(f"each '{section}' entry must be a mapping", path, line)
    try:
        fields = construct_yaml(node)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else line
        raise ExplainerError(f"malformed YAML: {exc.problem}", path, line) from exc
    required, optional = SECTIONS[section]
    missing = required - set(fields)
    unknown = set(fields) - required - optional
    if missing:
        raise ExplainerError(f"'{section}' entry lacks {', '.join(sorted(missing))}", path, line)
    if unknown:
        raise ExplainerError(f"'{section}' entry has unknown key(s) {', '.join(sorted(map(str, unknown)))}", path, line)
    fields = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in fields.items()}
    for key, value in fields.items():
        if key == "paragraph" and not (isinstance(value, int) and not isinstance(value, bool) and value >= 1):
            raise ExplainerError(
                f"'paragraph' must be a whole number from 1, as the site counts them (\u00b61 is "
                f"the first paragraph), not {value!r}",
                path,
                line,
            )
        if key == "date" and not _is_date(str(value)):
            raise ExplainerError(
                f"'date' must look like 2025-10-07, 2025-10 or 2025, between the years {FIRST_YEAR} "
                f"and {LAST_YEAR}, not {value!r}",
                path,
                line,
            )
        if key in _NAMED and isinstance(value, str) and not clean_text(value).strip():
            raise ExplainerError(f"'{key}' is empty: an empty {key} would match every item", path, line)
        if key == "kind" and value not in {k.value for k in PartyKind}:
            raise ExplainerError(f"'kind' must be one of {', '.join(k.value for k in PartyKind)}", path, line)
        if key in ("parties", "split") and not (
            isinstance(value, list) and value and all(isinstance(n, str) for n in value)
        ):
            raise ExplainerError(f"'{key}' must be a list of names", path, line)
        if key in _FLAGS and not isinstance(value, bool):
            raise ExplainerError(f"'{key}' must be true or false", path, line)
        free_form = key in ("paragraph", "parties", "split") + _FLAGS  # checked above, or a list of names
        if (not free_form and not isinstance(value, (str, int))) or (isinstance(value, bool) and key not in _FLAGS):
            raise ExplainerError(f"'{key}' must be text", path, line)
    fields = {
        k: (clean_text(str(v)) if k not in ("paragraph", "parties", "split") + _FLAGS else v) for k, v in fields.items()
    }
    for key in ("parties", "split"):
        if key in fields:
            fields[key] = [clean_text(name) for name in fields[key]]
            if not all(name.strip() for name in fields[key]):
                raise ExplainerError(f"'{key}' lists an empty name", path, line)
    if "paragraph" in fields:
        fields["paragraph"] -= 1  # the editor counts as the site shows paragraphs; the model from 0
    return Correction(section, fields, str(path), line)


def _is_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a day the calendar has."""
    if not _DATE.match(value):
        return False
    try:
        return is_plausible_day(dt.date.fromisoformat((value + "-01-01")[:10]))
    except ValueError:
        return False


def splits(corrections: list[Correction]) -> dict[str, set[str]]:
    """What the linker keeps apart: for each split entry, the names that leave the party."""
    return {f"{c.where()} {c.fields['party']}": set(c.fields["split"]) for c in corrections if "split" in c.fields}
