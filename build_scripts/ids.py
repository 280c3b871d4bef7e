"""Ids and page names: unique by construction, whatever the articles are called.

Article and party names come from untrusted text, so an article named `index.txt`, a party
called "INDEX", or articles `a_b` and `a-b` must not be able to take each other's page or id.
Every id is a slug (a-z, 0-9, hyphens) handed out once by an IdAllocator, which skips names
already taken or reserved. Each kind of id that shares a page with others carries its own prefix
(`p-` paragraphs, `q-` quotes, `e-` events, `filter-` party filters, `speaker-` quote groups,
`period-` timeline periods), so two kinds can never produce the same id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

__all__ = [
    "EVENT_PREFIX",
    "QUOTE_PREFIX",
    "RESERVED_PAGE_NAMES",
    "IdAllocator",
    "article_slugs",
    "chunked",
    "numbered_pages",
    "page_names",
    "slugify",
]

# page names under parties/ and sources/: the section's own index page (README.md is MkDocs'
# other name for it; lower case, since some file systems ignore case)
RESERVED_PAGE_NAMES = frozenset({"index", "readme"})
QUOTE_PREFIX, EVENT_PREFIX = "q-", "e-"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "item"


class IdAllocator:
    """Hands out each id once: the base itself if free, else base-2, base-3, ... Reserved and
    already-taken ids are never handed out. Amortised linear: each base remembers where its
    numbering stopped."""

    def __init__(self, taken=()) -> None:
        self._taken = set(taken)
        self._next: Counter[str] = Counter()

    def claim(self, base: str) -> str:
        if base not in self._taken:
            self._taken.add(base)
            return base
        number = max(self._next[base], 1)
        candidate = base
        while candidate in self._taken:
            number += 1
            candidate = f"{base}-{number}"
        self._next[base] = number
        self._taken.add(candidate)
        return candidate


def page_names(names: list[str]) -> list[str]:
    """One page name per name, in order: slugs, distinct, never a reserved name."""
    allocator = IdAllocator(RESERVED_PAGE_NAMES)
    return [allocator.claim(slugify(name)) for name in names]


def article_slugs(article_ids: list[str]) -> dict[str, str]:
    """Article id -> its page name under sources/ (and the stem of its quote and event ids)."""
    return dict(zip(article_ids, page_names(article_ids)))


def chunked(items: Sequence, size: int) -> list[Sequence]:
    """Consecutive runs of at most `size` items: the pages a long list is split into."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def numbered_pages(heading: str, items: Sequence, size: int) -> list[tuple[str, Sequence]]:
    """A long list's pages, each with its name: 'people-1', 'people-2', ..."""
    return [(f"{slugify(heading)}-{n}", chunk) for n, chunk in enumerate(chunked(items, size), 1)]
