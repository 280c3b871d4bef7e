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

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import ExplainerError
from ..ids import EVENT_PREFIX, RESERVED_PAGE_NAMES, IdAllocator, article_slugs, slugify
from ..load.seeds import EMPTY_FILE, FIRST_YEAR, LAST_YEAR, is_curation_file, is_plausible_day, read_text
from ..load.untrusted import clean_text, compose_yaml, construct_yaml
from ..model import Event, Explainer, Party, PartyKind, Place

__all__ = [
    "SECTIONS",
    "Correction",
    "apply_curation",
    "curation_path",
    "curation_text",
    "load_curation",
    "parse_curation",
    "splits",
]

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


def apply_curation(explainer: Explainer, corrections: list[Correction]) -> tuple[Explainer, list[str]]:
    """The corrections in file order, each checked against the extraction as corrected so far;
    a warning for each entry that cannot do its work, and for each quote several entries match."""
    warnings: list[str] = []
    entries_of: dict[str, list[Correction]] = {}  # quote id -> the entries that match it
    for c in corrections:
        if c.section == "quotes":
            for quote in _quote_hits(explainer, c):
                entries_of.setdefault(quote.id, []).append(c)
        explainer, outcome = _APPLY[c.section](explainer, c)
        if outcome is not True:
            problem = outcome or f"matches nothing in the extracted {c.section.replace('add_', '')}"
            warnings.append(f"{c.where()}: curation entry '{_label(c)}' {problem}")
    for quote_id, entries in entries_of.items():
        if len(entries) > 1:
            lines = ", ".join(str(e.line) for e in entries)
            warnings.append(
                f"{entries[0].where()}: quote {quote_id} is matched by the entries at lines {lines}; "
                "the last one wins where they differ: make them one entry"
            )
    return explainer, warnings


def _label(c: Correction) -> str:
    return str(next(iter(c.fields.values()), c.section))


def splits(corrections: list[Correction]) -> dict[str, set[str]]:
    """What the linker keeps apart: for each split entry, the names that leave the party."""
    return {f"{c.where()} {c.fields['party']}": set(c.fields["split"]) for c in corrections if "split" in c.fields}


def _find_party(explainer: Explainer, name: str) -> Party | None:
    key = name.strip().lower()
    return next((p for p in explainer.parties if p.name.lower() == key), None) or next(
        (p for p in explainer.parties if key in (a.lower() for a in p.aliases)), None
    )


def _rename_everywhere(explainer: Explainer, old: str, new: str | None) -> Explainer:
    """Every reference to a party under its new name; with None, the party is gone: its quotes are
    unattributed, its members have no affiliation and its events no longer name it."""
    swap = lambda n: new if n == old else n
    parties = tuple(dataclasses.replace(p, affiliation=swap(p.affiliation)) for p in explainer.parties)
    quotes = tuple(dataclasses.replace(q, speaker=swap(q.speaker)) for q in explainer.quotes)
    events = tuple(
        dataclasses.replace(e, parties=tuple(dict.fromkeys(n for n in map(swap, e.parties) if n is not None)))
        for e in explainer.events
    )
    return dataclasses.replace(explainer, parties=parties, quotes=quotes, events=events)


def _apply_party(explainer: Explainer, c: Correction) -> tuple[Explainer, bool | str | None]:
    party = _find_party(explainer, c.fields["party"])
    if party is None:
        return explainer, None
    f = c.fields
    if "split" in f:  # done while linking; it matched if some other party now goes by a split name
        names = {n.lower() for n in f["split"]}
        return explainer, any(
            p is not party and names & {p.name.lower(), *(a.lower() for a in p.aliases)} for p in explainer.parties
        )
    if f.get("drop"):
        explainer = _rename_everywhere(explainer, party.name, None)
        return dataclasses.replace(explainer, parties=tuple(p for p in explainer.parties if p.name != party.name)), True
    if "merge_into" in f:
        target = _find_party(explainer, f["merge_into"])
        if target is None or target is party:
            return explainer, (
                f"cannot merge into '{f['merge_into']}': "
                + ("that is the same party" if target is party else "no party has that name")
            )
        merged = dataclasses.replace(
            target,
            aliases=tuple(sorted(set(target.aliases) | set(party.aliases) | {party.name})),
            positions=target.positions + party.positions,
            mentions=tuple(sorted(set(target.mentions) | set(party.mentions))),
        )
        parties = tuple(merged if p is target else p for p in explainer.parties if p is not party)
        return _rename_everywhere(dataclasses.replace(explainer, parties=parties), party.name, target.name), True
    changes = {}
    if "rename" in f:
        other = _find_party(explainer, f["rename"])
        if other is not None and other is not party:  # two parties with one name: a merge in disguise
            return explainer, (
                f"cannot be renamed '{f['rename']}': another party has that name; to make them "
                f"one, write 'merge_into: {other.name}'"
            )
        changes["name"] = f["rename"]
        changes["aliases"] = tuple(sorted((set(party.aliases) | {party.name}) - {f["rename"]}))
    for key in ("role", "affiliation"):
        if key in f:
            changes[key] = f[key] or None
    if "kind" in f:
        changes["kind"] = PartyKind(f["kind"])
    if "main" in f:
        changes["main"] = f["main"]
    updated = dataclasses.replace(party, **changes)
    explainer = dataclasses.replace(explainer, parties=tuple(updated if p is party else p for p in explainer.parties))
    if "rename" in f:
        explainer = _rename_everywhere(explainer, party.name, f["rename"])
    return explainer, True


def _quote_hits(explainer: Explainer, c: Correction) -> list:
    needle = " ".join(c.fields["quote"].split())
    return [q for q in explainer.quotes if needle in " ".join(q.text.split())]


def _apply_quote(explainer: Explainer, c: Correction) -> tuple[Explainer, bool | str | None]:
    hits = _quote_hits(explainer, c)
    if not hits:
        return explainer, None
    corrected, outcome = _correct_quotes(explainer, c, hits)
    if len(hits) > 1 and outcome is True:  # done, but 'said' is in many quotes: say which
        shown = "; ".join(f"\u201c{' '.join(q.text.split()[:6])}\u2026\u201d ({q.id})" for q in hits[:5])
        more = f" and {len(hits) - 5} more" if len(hits) > 5 else ""
        outcome = (
            f"matches {len(hits)} quotes, and corrects all of them: {shown}{more}; quote a longer part of "
            "one to correct only that one"
        )
    return corrected, outcome


def _correct_quotes(explainer: Explainer, c: Correction, hits: list) -> tuple[Explainer, bool | str | None]:
    if c.fields.get("drop"):
        return dataclasses.replace(explainer, quotes=tuple(q for q in explainer.quotes if q not in hits)), True
    if "key" in c.fields:
        quotes = tuple(dataclasses.replace(q, key=c.fields["key"]) if q in hits else q for q in explainer.quotes)
        explainer = dataclasses.replace(explainer, quotes=quotes)
        hits = _quote_hits(explainer, c)  # the same quotes, now with their new mark
    speaker = c.fields.get("speaker")
    if speaker is not None:
        party = _find_party(explainer, speaker) or _new_party(explainer, speaker, hits)
        parties = explainer.parties if party in explainer.parties else explainer.parties + (party,)
        quotes = tuple(dataclasses.replace(q, speaker=party.name) if q in hits else q for q in explainer.quotes)
        return dataclasses.replace(explainer, quotes=quotes, parties=parties), True
    return explainer, True


def _new_party(explainer: Explainer, name: str, quotes: list) -> Party:
    """A speaker the editor names that the extraction did not find: a party of its own, mentioned
    where its quotes are."""
    taken = IdAllocator([*RESERVED_PAGE_NAMES, *(p.id for p in explainer.parties)])  # its page: parties/<id>
    places = tuple(dict.fromkeys(Place(q.article, q.paragraph) for q in quotes))
    return Party(id=taken.claim(slugify(name)), name=name, kind=PartyKind.PERSON, mentions=places)


def _apply_event(explainer: Explainer, c: Correction) -> tuple[Explainer, bool | str | None]:
    needle = c.fields["event"].lower()
    hits = [e for e in explainer.events if needle in e.what.lower() or needle in e.evidence.lower()]
    if not hits:
        return explainer, None
    if c.fields.get("drop"):
        return dataclasses.replace(explainer, events=tuple(e for e in explainer.events if e not in hits)), True
    changes = {k: c.fields[k] for k in ("date", "what", "key") if k in c.fields}
    events = tuple(dataclasses.replace(e, **changes) if e in hits else e for e in explainer.events)
    return dataclasses.replace(explainer, events=events), True


def _add_event(explainer: Explainer, c: Correction) -> tuple[Explainer, bool | str | None]:
    f = c.fields
    article = explainer.article(f["article"])
    if article is None:
        return (
            explainer,
            f"names article '{f['article']}', which is not one of the articles (the file name without its suffix)",
        )
    if f["paragraph"] >= len(article.paragraphs):
        return explainer, (
            f"names paragraph {f['paragraph'] + 1} of '{f['article']}', which has paragraphs 1 to "
            f"{len(article.paragraphs)} (counted as the site shows them: \u00b61 is the first)"
        )
    parties = tuple(p.name for p in (_find_party(explainer, n) for n in (f.get("parties") or [])) if p)
    slug = article_slugs([a.id for a in explainer.articles])[article.id]
    taken = IdAllocator([e.id for e in explainer.events] + [q.id for q in explainer.quotes])
    event = Event(
        id=taken.claim(f"{EVENT_PREFIX}{slug}-added-{c.line}"),
        date=f["date"],
        what=f["what"],
        article=f["article"],
        paragraph=f["paragraph"],
        evidence=f.get("evidence") or "added by the editor",
        relative=None,
        approximate=False,
        parties=parties,
        order=len(explainer.events),
        sources=(Place(article.id, f["paragraph"]),),
        key=f.get("key"),
    )
    return dataclasses.replace(explainer, events=explainer.events + (event,)), True


def _apply_overview(explainer: Explainer, c: Correction) -> tuple[Explainer, bool | str | None]:
    changes = {k: c.fields[k] for k in ("title", "lead") if c.fields.get(k)}
    return dataclasses.replace(explainer, **changes), bool(changes) or None


_APPLY = {
    "parties": _apply_party,
    "quotes": _apply_quote,
    "events": _apply_event,
    "add_events": _add_event,
    "overview": _apply_overview,
}
