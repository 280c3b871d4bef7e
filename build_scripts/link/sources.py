"""The story's sources: each outlet, agency, document or body once, with every paragraph of every
report that cites it and what it is cited for there.

Two reports' "a senior official" need not be one person, so an anonymous informant (or an
embedded post) stays with the report that relies on it. A short or abbreviated outlet name ("the
Post", "AP") is the fuller name it stands for when one is cited in the same report, or anywhere in
the story for an abbreviation whose letters only one cited name spells. A name a report only
'told' something is an outlet when another report shows it is one.
"""

from __future__ import annotations

from .. import settings
from ..extract.drafts import ArticleExtraction, SourceMention
from ..extract.sources.citations import EMBEDDED_POST_PREFIX
from ..ids import IdAllocator, slugify
from ..model import Citation, Source, SourceKind
from ..names import acronyms, clean_name, is_acronym, org_key

__all__ = ["story_sources"]

_NAMED_KINDS = (SourceKind.NEWS_OUTLET, SourceKind.AGENCY)
_COUNTED_KINDS = (SourceKind.REPORT, SourceKind.ANONYMOUS, SourceKind.OTHER)


def story_sources(extractions: list[ArticleExtraction]) -> tuple[Source, ...]:
    merged: dict[tuple, dict] = {}
    outlets = _known_outlets(extractions)
    for x in extractions:
        mentions = [m for m in x.sources if not m.tentative or org_key(m.name) in outlets]
        fuller = _fuller_names(mentions)
        for mention in mentions:
            name = fuller.get(mention.name, mention.name)
            key = _key(name, mention.kind, x.article.id)
            entry = merged.setdefault(key, {"name": name, "kind": mention.kind, "citations": {}})
            if entry["kind"] == SourceKind.OTHER and org_key(name) in outlets:
                entry["kind"] = SourceKind.NEWS_OUTLET  # "X reported" here, "an X reporter" in another report
            entry["citations"].setdefault((x.article.id, mention.paragraph), mention.cited_for)
    order = {x.article.id: i for i, x in enumerate(extractions)}
    entries = _join_abbreviations(list(merged.values()))
    allocator = IdAllocator()
    sources = []
    for entry in entries:
        # in story order: an outlet confirmed late in a report was cited earlier in it
        places = sorted(entry["citations"], key=lambda place: (order[place[0]], place[1]))
        citations = tuple(
            Citation(article, paragraph, entry["citations"][(article, paragraph)]) for article, paragraph in places
        )
        sources.append(
            Source(
                id=allocator.claim(slugify(entry["name"])), name=entry["name"], kind=entry["kind"], citations=citations
            )
        )
    return tuple(sources)


def _known_outlets(extractions: list[ArticleExtraction]) -> set[str]:
    """Names some report of the story shows are outlets ('X reported', 'an X reporter', X's
    programme), so another report's 'told X' cites one."""
    known = set()
    for x in extractions:
        for m in x.sources:
            if m.kind in _NAMED_KINDS and not m.tentative:
                known.add(org_key(m.name))
                if "'s " in m.name:
                    known.add(org_key(m.name.split("'s ", 1)[0]))  # "Harbour TV's Morning Desk"
    return known


def _key(name: str, kind: SourceKind, article: str) -> tuple:
    words = org_key(name).split()
    if kind in _COUNTED_KINDS and words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]  # "pool reports" and "pool report" are one citation
    if kind == SourceKind.ANONYMOUS or name.startswith(EMBEDDED_POST_PREFIX):
        return ("unnamed", article, " ".join(words))
    return ("named", " ".join(words))


def _fuller_names(mentions: list[SourceMention]) -> dict[str, str]:
    """The fuller name one report also uses for a source it names shortly: 'Sun-Times' for
    'Wexmoor Sun-Times', 'Post' for 'Harbour Post', 'Berg' for 'Ola Berg of the Courier', and
    'a Harbour source' for 'a Harbour source close to the board' (in one report, the same
    informant). Only when exactly one fuller name fits."""
    kinds: dict[str, SourceKind] = {}
    for mention in mentions:
        kinds.setdefault(mention.name, mention.kind)
    words = {name: org_key(name).split() for name in kinds}
    by_word: dict[str, list[str]] = {}
    for name, name_words in words.items():
        for word in set(name_words):
            by_word.setdefault(word, []).append(name)
    out = {}
    for name, kind in kinds.items():
        if not words[name]:
            continue
        pool = min((by_word[w] for w in words[name]), key=len)  # a fuller name has every word of it
        if len(pool) > settings.LINKING.fuller_name_candidates + 1:
            continue
        fits = [n for n in pool if n != name and _stands_for(words[name], words[n], kind, kinds[n])]
        if len(fits) == 1:
            out[name] = fits[0]
    return out


def _stands_for(short: list[str], full: list[str], kind: SourceKind, full_kind: SourceKind) -> bool:
    if len(full) <= len(short):
        return False
    if kind in _NAMED_KINDS and full_kind in _NAMED_KINDS:
        return full[-len(short) :] == short
    if kind == SourceKind.ANONYMOUS and full_kind == SourceKind.ANONYMOUS:
        return set(short) <= set(full)  # 'a Republican official' is not 'a senior Democratic official'
    # a lone word of a fuller name ('Berg' for 'Ola Berg of the Courier'); never an informant's
    return (
        len(short) == 1
        and short[0][:1].isalpha()
        and short[0] in full
        and SourceKind.ANONYMOUS not in (kind, full_kind)
    )


def _join_abbreviations(entries: list[dict]) -> list[dict]:
    """An outlet cited as 'AP' in one place and 'Associated Press' in another is one source."""
    by_acronym: dict[str, list[dict]] = {}
    for entry in entries:
        if entry["kind"] in _NAMED_KINDS and not is_acronym(entry["name"]):
            for letters in acronyms(entry["name"]):
                by_acronym.setdefault(letters, []).append(entry)
    kept = []
    for entry in entries:
        letters = clean_name(entry["name"]).replace(".", "").upper()
        full = by_acronym.get(letters, [])
        if entry["kind"] in _NAMED_KINDS + (SourceKind.OTHER,) and is_acronym(entry["name"]) and len(full) == 1:
            for place, cited_for in entry["citations"].items():
                full[0]["citations"].setdefault(place, cited_for)
        else:
            kept.append(entry)
    return kept
