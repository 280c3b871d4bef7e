"""Applying the editor's corrections (read by corrections.py) to the extraction, in file order,
each against the extraction as corrected so far; an entry that cannot do its work becomes a
warning that says why."""

from __future__ import annotations

import dataclasses

from ..ids import EVENT_PREFIX, RESERVED_PAGE_NAMES, IdAllocator, article_slugs, slugify
from ..model import Event, Explainer, Party, PartyKind, Place
from .corrections import Correction

__all__ = ["apply_curation"]


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
