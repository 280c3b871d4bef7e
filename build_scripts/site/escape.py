"""Escaping of untrusted article text for Markdown pages.

Every value a template prints goes through `markdown_text` unless it is `Trusted` (links and
markup the renderer built itself). Characters that could start Markdown, HTML, attribute-list,
admonition or emoji syntax become numeric character references: the browser shows them
literally, and Python-Markdown has nothing left to interpret.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from ..load.untrusted import clean_text

__all__ = ["Trusted", "config_text", "heading_text", "markdown_text", "title_text", "yaml_string"]

_SPECIAL = "&<>\"'\\`*_{}[]()#+-.!|~:=^$@%"
_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in _SPECIAL})
_SPACE = re.compile(r"\s+")


class Trusted(Markup):
    """Markup the renderer produced itself (or a template macro's output): printed as is."""


def markdown_text(value) -> Markup:
    if value is None:
        return Markup("")
    if isinstance(value, Markup):
        return value
    # no control characters to remove here: load, curate and the cache's codec let none in
    return Trusted(_SPACE.sub(" ", str(value)).translate(_ENTITIES))


def heading_text(value) -> Trusted:
    """Text for a heading or a page title: MkDocs and Material unescape titles (striptags), so
    angle brackets are replaced by look-alikes rather than escaped."""
    text = str(value or "").replace("<", "\u2039").replace(">", "\u203a")
    return Trusted(markdown_text(text))


def title_text(value) -> str:
    """A page title for YAML front matter: plain text, no angle brackets, one line. MkDocs and
    Material unescape a title once (striptags) and print it unescaped in <title> and the header:
    an ampersand written as &amp; shows as itself there ("AT&T", "&lt;" as typed), and cannot
    become an entity or a tag."""
    text = _SPACE.sub(" ", clean_text(str(value or "")))
    return text.replace("<", "\u2039").replace(">", "\u203a").replace("&", "&amp;").strip()


_CONFIG_LOOKALIKES = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06", '"': "\u201d", "'": "\u2019"})
_OPENING_QUOTE = re.compile(r'(?:(?<=^)|(?<=[\s(\[]))"')


def config_text(value) -> str:
    """Plain text for a MkDocs setting the theme prints without escaping (`site_name` in
    <title> and the header, `site_description` in a meta attribute): one line, and the five
    characters HTML gives a meaning replaced by look-alikes, so nothing can become a tag, an
    entity or the end of an attribute, and escaping it again shows the same text."""
    text = _SPACE.sub(" ", clean_text(str(value or ""))).strip()
    return _OPENING_QUOTE.sub("\u201c", text).translate(_CONFIG_LOOKALIKES)


# YAML reads a double-quoted scalar back exactly when every character outside its printable set,
# every line break it would fold (NEL, U+2028, U+2029), the BOM, the quote and the backslash are
# escapes
_YAML_ESCAPED = re.compile('[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff"\\\\]')


def _yaml_escape(match: re.Match) -> str:
    char = match.group()
    if char in '"\\':
        return "\\" + char
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar that any YAML reader reads back as exactly `text`,
    whatever characters it holds."""
    return '"' + _YAML_ESCAPED.sub(_yaml_escape, text) + '"'
