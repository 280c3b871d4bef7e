"""A web page saved from a news site (`.html`, `.htm`), read as an article: trafilatura, the
field's maintained article extractor, finds the report's body among the page's navigation,
banners, related links and comments, and htmldate (through it) the page's date; the page's
title, site name and canonical address fill what front matter would.

Everything in a page is untrusted: its size is bounded before it is parsed, nothing is fetched
(trafilatura reads the bytes given and follows no link), scripts and frames are never text, and
what comes out is cleaned like any article's text and metadata.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

from .. import settings
from ..errors import ExplainerError
from .untrusted import clean_text, read_seed_bytes

__all__ = ["WEB_PAGE_SUFFIXES", "WebPage", "read_web_page"]

WEB_PAGE_SUFFIXES = (".html", ".htm")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class WebPage:
    """What a saved page gives: its body as paragraphs separated by blank lines, and metadata."""

    def __init__(self, body: str, title: str | None, outlet: str | None, url: str | None, published: str | None):
        self.body = body
        self.metadata = {
            key: value
            for key, value in (("title", title), ("outlet", outlet), ("url", url), ("published", published))
            if value
        }


def read_web_page(path: Path) -> WebPage:
    """The article a saved page holds; an ExplainerError naming the file when it holds none."""
    data = read_seed_bytes(path, settings.LIMITS.web_page_bytes)
    if not data.strip():
        raise ExplainerError("the web page is empty", path)
    tree = _tree(data, path)
    url = _canonical_url(tree)  # read before the extractor, which prunes the tree it is given
    document = _extract(tree, path)
    text = getattr(document, "text", None) if document is not None else None
    # trafilatura writes one paragraph a line; an article's paragraphs are separated by blank lines
    lines = [line.strip() for line in clean_text(text or "").split("\n") if line.strip()]
    if not any(_running_text(line) for line in lines):
        raise ExplainerError(
            "no article text found in the web page (save the article's own page, not a front page or an index)", path
        )
    return WebPage(
        body="\n\n".join(lines),
        title=_field(document, "title"),
        outlet=_field(document, "sitename"),
        url=url,
        published=_day(_field(document, "date")),
    )


def _tree(data: bytes, path: Path):
    """The page's element tree, parsed once; a page of more elements than any news page has is
    refused before the extractor walks it (its time grows with the elements, not the bytes)."""
    from trafilatura.utils import load_html  # imported here: only a folder with web pages needs it

    tree = load_html(data)
    if tree is None:
        raise ExplainerError("no article text found in the web page (it is not HTML)", path)
    limit = settings.LIMITS.web_page_elements
    if sum(1 for _ in itertools.islice(tree.iter(), limit + 1)) > limit:
        raise ExplainerError(f"the web page has over {limit:,} elements, more than a news page has", path)
    return tree


def _running_text(line: str) -> bool:
    """A sentence of the report, not a menu's or a list's words: several words and a full stop."""
    return len(line.split()) >= 8 and re.search(r"[.!?\u201d\"']$", line) is not None


def _extract(tree, path: Path):
    from trafilatura import bare_extraction

    try:
        return bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,  # reader comments are not the report
            include_tables=False,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
            # the date the page's markup states, never a guess from a year in its text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError) as exc:  # a page lxml cannot read at all
        raise ExplainerError(f"cannot read the web page ({type(exc).__name__})", path) from exc


def _field(document, name: str) -> str | None:
    value = getattr(document, name, None)
    if not isinstance(value, str):
        return None
    text = " ".join(clean_text(value).split())
    return text[: settings.LIMITS.web_page_field_chars] or None


def _canonical_url(tree) -> str | None:
    """The address the page gives for itself (its canonical link, else og:url), when it is a web
    address: not a <base> (which says where links resolve, not where the page is) nor a script."""
    for found in (tree.xpath('//link[@rel="canonical"]/@href'), tree.xpath('//meta[@property="og:url"]/@content')):
        for value in found[:1]:
            text = " ".join(clean_text(str(value)).split())[: settings.LIMITS.web_page_field_chars]
            if re.match(r"https?://[^\s<>\"']+$", text):
                return text
    return None


def _day(value: str | None) -> str | None:
    """The page's date as a calendar day, or None: a page's date is a guess, never an error
    (seeds.py still checks that it is a plausible one)."""
    if not value or not _ISO_DAY.match(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value
