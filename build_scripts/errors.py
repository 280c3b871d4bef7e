"""Domain errors. The core raises these; the CLI and the MkDocs hook translate them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

__all__ = ["ExplainerError", "visible"]


class ExplainerError(Exception):
    """A problem with the input that the editor must fix: names the file and, if known, the line."""

    def __init__(self, problem: str, path: Path | str | None = None, line: int | None = None):
        self.problem = problem
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.describe())

    def describe(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return visible(where + self.problem)


def visible(text: str) -> str:
    """Text safe to print on one terminal line: control, invisible and separator characters
    (a file name can hold escape sequences) as Python escapes; spaces stay."""
    return "".join(
        ch if ch == " " or unicodedata.category(ch)[0] not in "CZ" else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )
