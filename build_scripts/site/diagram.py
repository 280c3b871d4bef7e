"""The parties' relationship diagram, drawn at build time as inline SVG (no script, no CDN).

Who belongs to whom comes from the extracted affiliations: each body heads a column with its
members (and their members) below it. Roles that name a go-between (mediator, envoy, host,
broker) are marked. Text is escaped; links go to the party pages.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..model import Explainer, Party

__all__ = [
    "BOX_H",
    "BOX_W",
    "GAP_X",
    "GAP_Y",
    "INDENT",
    "PAD",
    "PER_ROW",
    "Relation",
    "is_go_between",
    "relations",
    "relationship_svg",
]

BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 190, 46, 28, 26, 12
PER_ROW = 3  # fits the content column without scaling the text down
INDENT = 22  # a member sits this far right of its body, on the body's spine
_GO_BETWEEN = re.compile(r"\b(mediat\w*|envoy|broker\w*|host|conciliat\w*|facilitat\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Relation:
    member: str
    body: str
    role: str | None


def relations(explainer: Explainer) -> list[Relation]:
    names = {p.name for p in explainer.parties}
    return [Relation(p.name, p.affiliation, p.role) for p in explainer.parties if p.affiliation in names]


def is_go_between(party: Party) -> bool:
    return bool(party.role and _GO_BETWEEN.search(party.role))


def _columns(explainer: Explainer) -> list[list[tuple[Party, int, int | None]]]:
    """One column per body that has no affiliation of its own: the body, then each member
    followed by its own members (depth first), each entry with the slot of its body."""
    by_name = {p.name: p for p in explainer.parties}
    members: dict[str, list[Party]] = {}
    for p in explainer.parties:
        if p.affiliation in by_name:
            members.setdefault(p.affiliation, []).append(p)
    columns = []
    for party in explainer.parties:
        if party.affiliation in by_name:
            continue
        column: list[tuple[Party, int, int | None]] = []
        stack: list[tuple[Party, int, int | None]] = [(party, 0, None)]
        seen: set[str] = set()
        while stack:
            current, depth, parent = stack.pop()
            if current.name in seen:
                continue
            seen.add(current.name)
            column.append((current, depth, parent))
            slot = len(column) - 1
            stack.extend((m, depth + 1, slot) for m in reversed(members.get(current.name, [])))
        columns.append(column)
    # bodies with members first, then the rest, each group in the order the text names them
    return sorted(columns, key=lambda c: len(c) == 1)


def _box(party: Party, x: int, y: int, href: str, width: int = BOX_W) -> str:
    room = 26 * width // BOX_W  # characters that fit the box at the diagram's font size
    name = html.escape(party.name if len(party.name) <= room else party.name[: room - 1] + "\u2026")
    detail = party.kind.value + (" \u00b7 go-between" if is_go_between(party) else "")
    css = f"rel-node rel-{party.kind.value}" + (" rel-go-between" if is_go_between(party) else "")
    label = html.escape(f"{party.name}, {detail}")
    return (
        f'<a href="{html.escape(href)}" aria-label="{label}"><g class="{css}"><rect x="{x}" y="{y}" width="{width}" height="{BOX_H}" rx="6"/>'
        f'<text x="{x + 10}" y="{y + 19}" class="rel-name">{name}</text>'
        f'<text x="{x + 10}" y="{y + 36}" class="rel-kind">{html.escape(detail)}</text></g></a>'
    )


def _column_parts(column, x: int, y0: int, href_of) -> list[str]:
    """A body with its members hanging side by side off one line from it: siblings share the
    spine, so a list of members never reads as a chain of command."""
    parts, last_child = [], {}
    for slot, (_, _, parent) in enumerate(column):
        if parent is not None:
            last_child[parent] = slot
    for slot, (party, level, parent) in enumerate(column):
        y = y0 + slot * (BOX_H + GAP_Y)
        left = x + level * INDENT
        if slot in last_child:  # the spine under this body, down to its last member
            end = y0 + last_child[slot] * (BOX_H + GAP_Y) + BOX_H / 2
            parts.append(f'<path class="rel-edge" d="M{left + INDENT / 2} {y + BOX_H} V{end}"/>')
        if parent is not None:
            parts.append(f'<path class="rel-edge" d="M{left - INDENT / 2} {y + BOX_H / 2} H{left}"/>')
        parts.append(_box(party, left, y, href_of(party), BOX_W - level * INDENT))
    return parts


def relationship_svg(explainer: Explainer, href_of) -> str:
    """Inline SVG markup; href_of(party) gives the link to a party's page from this page."""
    columns = _columns(explainer)
    if not columns:
        return ""
    parts, height, y0 = [], 0, PAD
    for row_start in range(0, len(columns), PER_ROW):
        row = columns[row_start : row_start + PER_ROW]
        for index, column in enumerate(row):
            x = PAD + index * (BOX_W + GAP_X)
            parts.extend(_column_parts(column, x, y0, href_of))
        y0 += max(len(column) for column in row) * (BOX_H + GAP_Y) + GAP_Y
        height = y0
    width = PAD * 2 + min(len(columns), PER_ROW) * (BOX_W + GAP_X) - GAP_X + 16
    described = (
        "; ".join(f"{r.member} belongs to {r.body}" for r in relations(explainer)) or "No party belongs to another."
    )
    return (
        f'<svg class="relations" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" role="group" aria-labelledby="rel-title" aria-describedby="rel-desc">'
        f'<title id="rel-title">Who belongs to whom</title><desc id="rel-desc">{html.escape(described)}</desc>'
        + "".join(parts)
        + "</svg>"
    )
