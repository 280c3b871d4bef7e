"""Load the seeds folder: article files, their metadata and their paragraphs.

Input is untrusted. Every problem becomes an ExplainerError naming the file (and line), so an
editor can fix it; nothing here writes anywhere.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from pathlib import Path

import yaml

from .. import settings
from ..errors import ExplainerError
from ..model import Article
from .untrusted import check_file_name, clean_text, load_yaml, read_seed_bytes, seed_entries
from .webpage import WEB_PAGE_SUFFIXES, read_web_page

__all__ = [
    "ARTICLE_SUFFIXES",
    "CURATION_STEMS",
    "EMPTY_FILE",
    "FIRST_YEAR",
    "LAST_YEAR",
    "METADATA_KEYS",
    "SIDECAR_SUFFIXES",
    "article_files",
    "check_unique_stems",
    "is_curation_file",
    "is_plausible_day",
    "load_article",
    "load_seeds",
    "metadata_files",
    "named_articles",
    "once_each",
    "parse_metadata",
    "read_article",
    "read_text",
    "split_front_matter",
    "split_paragraphs",
    "unread_entries",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", *WEB_PAGE_SUFFIXES)
SIDECAR_SUFFIXES = (".yml", ".yaml")
CURATION_STEMS = ("curation",)
EMPTY_FILE = "the file is empty"
METADATA_KEYS = ("title", "outlet", "url", "published")
# a report's day, and every date reckoned from it ("3,000 years ago", "the day after"), must be
# one the calendar can hold: year 1 or 9999 leaves no room
FIRST_YEAR, LAST_YEAR = 1000, 9000
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_curation_file(path: Path) -> bool:
    return path.stem.lower() in CURATION_STEMS and path.suffix.lower() in SIDECAR_SUFFIXES


def article_files(seeds: Path) -> list[Path]:
    """The article files of a seeds folder, in a stable order; errors on a missing or empty one,
    and on anything the build must not read (see untrusted.py)."""
    return _seed_files(seeds)[0]


def _seed_files(seeds: Path) -> tuple[list[Path], dict[str, list[Path]]]:
    """The article files, and the metadata files by stem, each checked (article_files)."""
    if not seeds.is_dir():
        raise ExplainerError("seeds folder not found", seeds)
    files = seed_entries(seeds, ARTICLE_SUFFIXES)
    if not files:
        raise ExplainerError(f"no articles ({', '.join(ARTICLE_SUFFIXES)} files) in the seeds folder", seeds)
    stems = check_unique_stems(files)
    metadata = metadata_files(seeds)
    for stem, paths in metadata.items():
        if stem not in stems:
            raise ExplainerError(f"metadata file without an article named '{stem}.txt' or '{stem}.md'", paths[0])
    return files, metadata


def metadata_files(folder: Path, stem: str | None = None) -> dict[str, list[Path]]:
    """The sidecar metadata files of a folder (of one article's stem, if given), by stem; two
    for one article (a.yml and a.yaml, or a.YML) are an error: which one counts is not clear."""
    found: dict[str, list[Path]] = {}
    for path in seed_entries(folder, SIDECAR_SUFFIXES, stem):
        if not is_curation_file(path):
            found.setdefault(path.stem, []).append(path)
    for paths in found.values():
        if len(paths) > 1:
            raise ExplainerError(
                f"two metadata files for one article, {' and '.join(p.name for p in paths)}: keep one", paths[1]
            )
    return found


def named_articles(path: Path) -> list[Path]:
    """A file named on the command line: an article, or nothing for a metadata or curation file
    (an article's metadata is read with it); anything else is an error."""
    suffix = path.suffix.lower()
    if suffix in SIDECAR_SUFFIXES:
        return []
    if suffix not in ARTICLE_SUFFIXES:
        raise ExplainerError(f"not an article: articles are {', '.join(ARTICLE_SUFFIXES)} files", path)
    return [path]


def check_unique_stems(files: list[Path]) -> set[str]:
    """An article's file stem is its id, which names its page and its items: two files may not
    share one."""
    stems: dict[str, Path] = {}
    for path in files:
        if path.stem in stems:
            raise ExplainerError(
                f"two articles share the name '{path.stem}' ({stems[path.stem].name}); rename one", path
            )
        stems[path.stem] = path
    return set(stems)


def load_seeds(seeds: Path) -> tuple[Article, ...]:
    """Every article; the problems of all of them at once, so seven reports with one bad
    metadata key each take one build to find, not seven."""
    articles, problems = [], []
    files, metadata = _seed_files(seeds)
    for path in files:
        try:
            articles.append(read_article(path, metadata.get(path.stem, [None])[0]))
        except ExplainerError as exc:
            problems.append(exc)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ExplainerError(f"{len(problems)} articles cannot be read: " + "; ".join(e.describe() for e in problems))
    return tuple(articles)


def once_each(articles: tuple[Article, ...]) -> tuple[tuple[Article, ...], list[str]]:
    """The articles with a report dropped in twice (the same paragraphs: an original and a pasted
    copy) counted once, and a note for each repeat; otherwise its quotes would count twice."""
    seen: dict[tuple[str, ...], Article] = {}
    kept, notes = [], []
    for article in articles:
        first = seen.setdefault(article.paragraphs, article)
        if first is article:
            kept.append(article)
        else:
            notes.append(f"{article.path}: the same text as {Path(first.path).name}; counted once")
    return tuple(kept), notes


def unread_entries(seeds: Path) -> list[str]:
    """What in the seeds folder the build does not read (a PDF, a Word file, an image, a
    subfolder): one note naming them, so nobody believes they are part of the site."""
    try:
        names = sorted(
            entry.name + ("/" if entry.is_dir(follow_symlinks=False) else "")
            for entry in os.scandir(seeds)
            if not entry.name.startswith(".")
        )
    except OSError:
        return []  # article_files has already said what is wrong with the folder
    readable = ARTICLE_SUFFIXES + SIDECAR_SUFFIXES
    unread = [name for name in names if name.endswith("/") or Path(name).suffix.lower() not in readable]
    if not unread:
        return []
    return [
        (
            f"{seeds}: not read (only {', '.join(ARTICLE_SUFFIXES)} articles and {', '.join(SIDECAR_SUFFIXES)} "
            f"metadata are): {', '.join(unread)}"
        )
    ]


def load_article(path: Path) -> Article:
    """An article and its metadata: its front matter and the sidecar file beside it, if any."""
    return read_article(path, metadata_files(path.parent, path.stem).get(path.stem, [None])[0])


def read_article(path: Path, sidecar: Path | None) -> Article:
    """An article with its front matter and the sidecar file given (load_seeds lists the folder
    once for all of them)."""
    check_file_name(path)
    if path.suffix.lower() in WEB_PAGE_SUFFIXES:
        metadata, body, body_line = _page_metadata(path)
    else:
        metadata, body, body_line = split_front_matter(read_text(path), path)
    if sidecar is not None:  # the editor's sidecar wins over the page's own metadata
        sidecar_meta = parse_metadata(read_text(sidecar), sidecar, first_line=1)
        metadata = {**metadata, **sidecar_meta}
    title = metadata.get("title")
    markdown = path.suffix.lower() in (".md", ".markdown")
    body, heading = _strip_markdown_title(body) if markdown else (body, None)
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise ExplainerError("the article has no text after its metadata", path, body_line)
    return Article(
        id=path.stem,
        title=title or heading or _title_from_stem(path.stem),
        published=metadata.get("published"),
        outlet=metadata.get("outlet"),
        url=metadata.get("url"),
        paragraphs=paragraphs,
        path=str(path),
    )


def _page_metadata(path: Path) -> tuple[dict, str, int]:
    """A saved web page's body and what its page says of it; a date outside the calendar the
    timeline can hold is left out, as a guess, not refused."""
    page = read_web_page(path)
    metadata = dict(page.metadata)
    if "published" in metadata and not is_plausible_day(dt.date.fromisoformat(metadata["published"])):
        del metadata["published"]
    return metadata, page.body, 1


def read_text(path: Path) -> str:
    """Decode a seed as UTF-8 (a BOM allowed) or BOM-marked UTF-16; anything else is an error.
    Characters no article needs are dropped (untrusted.clean_text)."""
    data = read_seed_bytes(path, settings.LIMITS.article_bytes)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExplainerError("invalid UTF-16 text", path) from exc
    else:
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise ExplainerError("binary data (a NUL byte), not text", path, line)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ExplainerError(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8", path, line
            ) from exc
    # a Word or web paste may separate lines and paragraphs with U+2028 and U+2029
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = clean_text(text)
    if not text.strip():
        raise ExplainerError(EMPTY_FILE, path)
    return text


def split_front_matter(text: str, path: Path) -> tuple[dict, str, int]:
    """Return (metadata, body, line number where the body starts)."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text, 1
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            metadata = parse_metadata("\n".join(lines[1:index]), path, first_line=2)
            return metadata, "\n".join(lines[index + 1 :]), index + 2
    raise ExplainerError("front matter opened with '---' is never closed", path, 1)


def parse_metadata(source: str, path: Path, first_line: int) -> dict:
    try:
        data = load_yaml(source)
    except yaml.MarkedYAMLError as exc:
        line = first_line + exc.problem_mark.line if exc.problem_mark else None
        raise ExplainerError(f"malformed YAML: {exc.problem}", path, line) from exc
    except yaml.YAMLError as exc:
        raise ExplainerError(f"malformed YAML: {exc}", path, first_line) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ExplainerError("metadata must be a mapping of title, outlet, url, published", path, first_line)
    lines = source.split("\n")
    metadata = {}
    for key, value in data.items():
        line = first_line + _key_line(lines, key)
        if key not in METADATA_KEYS:
            raise ExplainerError(f"unknown metadata key '{key}' (allowed: {', '.join(METADATA_KEYS)})", path, line)
        metadata[key] = _metadata_value(key, value, path, line)
    return metadata


def _metadata_value(key: str, value, path: Path, line: int) -> str | None:
    if value is None:
        return None
    if key == "published":
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str) and _ISO_DATE.match(value.strip()):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        if isinstance(value, dt.date) and is_plausible_day(value):
            return value.isoformat()
        raise ExplainerError(
            f"'published' must be a date like 2025-10-07 between the years {FIRST_YEAR} and {LAST_YEAR}, not {value!r}",
            path,
            line,
        )
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ExplainerError(f"'{key}' must be text, not a {type(value).__name__}", path, line)
    text = " ".join(clean_text(str(value)).split())
    return text or None


def is_plausible_day(day: dt.date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def _key_line(lines: list[str], key) -> int:
    pattern = re.compile(rf"^\s*['\"]?{re.escape(str(key))}['\"]?\s*:")
    return next((i for i, line in enumerate(lines) if pattern.match(line)), 0)


_HARD_WRAP_WIDTH = 100


def split_paragraphs(body: str) -> tuple[str, ...]:
    """Paragraphs are separated by blank lines. Inside a block, line breaks of hard-wrapped text
    (no line longer than a terminal's width) become spaces; a block of longer lines is text
    pasted with one paragraph per line, so each line is a paragraph."""
    paragraphs = []
    for block in _BLANK_LINE.split(body.strip("\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines and max(len(line) for line in lines) > _HARD_WRAP_WIDTH:
            paragraphs.extend(lines)
        elif lines:
            paragraphs.append(" ".join(lines))
    return tuple(piece for paragraph in paragraphs for piece in _bounded(paragraph))


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")


def _bounded(paragraph: str) -> list[str]:
    """A paragraph over settings.LIMITS.paragraph_chars as several, each cut after the last sentence that
    fits (else at the last space, else anywhere): a pasted document with no blank lines."""
    pieces = []
    while len(paragraph) > settings.LIMITS.paragraph_chars:
        window = paragraph[: settings.LIMITS.paragraph_chars]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, settings.LIMITS.paragraph_chars // 2)]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or settings.LIMITS.paragraph_chars)
        pieces.append(paragraph[:cut].strip())
        paragraph = paragraph[cut:].strip()
    return [p for p in pieces + [paragraph] if p]


def _strip_markdown_title(body: str) -> tuple[str, str | None]:
    """A leading '# Title' line (closing hashes dropped) and the body after it. String methods,
    not a regular expression: one with a lazy title and two runs of optional spaces took cubic
    time on a heading padded with spaces."""
    line, _, rest = body.lstrip().partition("\n")
    if not (line.startswith("#") and line[1:2].isspace()):
        return body, None
    title = " ".join(line[1:].strip().rstrip("#").split())
    return (rest, title) if title else (body, None)


def _title_from_stem(stem: str) -> str:
    words = re.sub(r"^[\d_-]+", "", stem).replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else stem
