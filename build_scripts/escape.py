"""Escaping of untrusted article text for Markdown pages.

Every value a template prints goes through `markdown_text` unless it is `Trusted` (links and
markup the renderer built itself). Characters that could start Markdown, HTML, attribute-list,
admonition or emoji syntax become numeric character references: the browser shows them
literally, and Python-Markdown has nothing left to interpret.
"""
from __future__ import annotations

import re

from markupsafe import Markup

_SPECIAL = "&<>\"'\\`*_{}[]()#+-.!|~:=^$@%"
_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in _SPECIAL})
_SPACE = re.compile(r"\s+")


class Trusted(Markup):
    """Markup the renderer produced itself (or a template macro's output): printed as is."""


def markdown_text(value) -> Markup:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return Trusted(_SPACE.sub(" ", str(value)).translate(_ENTITIES))


def heading_text(value) -> Trusted:
    """Text for a heading or a page title: MkDocs and Material unescape titles (striptags), so
    angle brackets are replaced by look-alikes rather than escaped."""
    text = str(value or "").replace("<", "\u2039").replace(">", "\u203a")
    return Trusted(markdown_text(text))


def title_text(value) -> str:
    """A page title for YAML front matter: plain text, no angle brackets, one line."""
    return _SPACE.sub(" ", str(value or "")).replace("<", "\u2039").replace(">", "\u203a").replace("&", "and").strip()
