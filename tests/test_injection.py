"""No field of any input and no character can put markup on a page (issue 13), in Chromium.

The payloads are generated: every field that reaches a page (front matter and sidecar values, a
Markdown heading, a file name, curation values, the article text, a source's name and what it is
cited for) carries attack shapes (HTML, Markdown, attribute lists, Jinja, YAML breakers)
interleaved with every character of one class (C0 and C1 controls, DEL, noncharacters, bidi
controls, lone surrogates: YAML escapes reach the ones a UTF-8 file cannot hold). Every page of the built site is opened: no dialog, no script
error, no element or attribute from the articles, and the attack text shown literally.
"""
from __future__ import annotations

import itertools
import random

import feedparser
import pytest

from browser import serve
from conftest import ARTIFACTS, make_project, mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SHOTS = ARTIFACTS / "screenshots"

CLASSES = {
    "C0 controls": [chr(c) for c in range(0x20)],
    "DEL": ["\x7f"],
    "C1 controls": [chr(c) for c in range(0x80, 0xA0)],
    "noncharacters": [chr(c) for c in range(0xFDD0, 0xFDF0)] + [chr(p * 0x10000 + e) for p in range(17) for e in (0xFFFE, 0xFFFF)],
    "bidi controls": list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    "lone surrogates": [chr(c) for c in range(0xD800, 0xE000, 0x3F)] + ["\udbff", "\udc00", "\udfff"],
}
# attack shapes: each is shown as text, and none may become an element or an attribute
VECTORS = (
    "<img src=x onerror=alert(1) class=pwned>",
    "![pwned](data:,x){: onerror=alert(2) }",
    "[pwned](javascript:alert(3))",
    "<script>alert(4)</script>",
    '" onmouseover="alert(5)" data-pwned="1',
    "' autofocus onfocus='alert(6)' data-pwned='1",
    "text {: .pwned onclick=alert(7) }",
    "<svg onload=alert(8)>",
    '<a href="javascript:alert(9)" class=pwned>x</a>',
    "</title><script>alert(10)</script>",
    "{{ config.site_name }} {% raw %}",
    "&lt;img src=x onerror=alert(11)&gt;",
    "*pwned* `code` :material-alert:",
    '<iframe srcdoc="<script>alert(12)</script>">',
    "\n---\ntitle: pwned\n---\n",
)
# a file name holds no slash; the title made from it turns - and _ into spaces
NAME_VECTORS = [v for v in VECTORS if not set(v) & set("/-_\n") and len(v.encode()) < 120]
BODY_BLOCKS = ('!!! danger "pwned"\n    body', '<div markdown="1" onclick="alert(13)">**pwned**</div>',
               "---\ntitle: pwned\n---", "    indented code <b>pwned</b>", "| a | b |\n|---|---|\n| <i>pwned</i> | x |")
# the fields, and whether a UTF-8 file holds them raw (no NUL, no surrogates, no line breaks)
FIELDS = {"title": False, "outlet": False, "url": False, "sidecar title": False, "sidecar outlet": False,
          "heading": True, "body": True, "role": False, "affiliation": False, "rename": False, "event what": False,
          "added what": False, "added evidence": False, "overview title": False, "overview lead": False,
          "source": True}

CHECK_PAGE = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === 'autofocus' || a.name.startsWith('data-pwned')) found.push(el.tagName + ' ' + a.name);
      if (/^(href|src|srcdoc|action|formaction|xlink:href)$/i.test(a.name) && /^\\s*(javascript|data):/i.test(a.value))
        found.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
    if (el.classList.contains('pwned') || ['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(el.tagName + ' pwned');
  }
  for (const s of document.querySelectorAll('script')) if (s.textContent.includes('alert(')) found.push('script');
  for (const s of document.querySelectorAll('.admonition.danger')) found.push('admonition');
  return found;
}"""


def yaml_quoted(text: str) -> str:
    """A YAML double-quoted scalar holding any code point, through escapes."""
    def one(char: str) -> str:
        if char in '"\\':
            return "\\" + char
        if " " <= char <= "~":
            return char
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
    return '"' + "".join(map(one, text)) + '"'


def payloads(char_class: str) -> tuple[dict[str, str], dict[str, str]]:
    """field -> payload, and field -> the attack text it must show literally."""
    rng = random.Random(char_class)
    chars = CLASSES[char_class]
    values, shown = {}, {}
    fields = list(FIELDS)
    for number, field in enumerate(fields):
        mine = chars[number::len(fields)] or [rng.choice(chars)]
        if FIELDS[field]:
            mine = [c for c in mine if c not in "\x00\r\n" and not "\ud800" <= c <= "\udfff"]
        first, second = rng.sample(VECTORS if field == "body" else [v for v in VECTORS if "\n" not in v], 2)
        values[field] = f"pw{number} {first} {''.join(mine)} {second}"
        shown[field] = first
    return values, shown


def project_files(char_class: str) -> tuple[dict[str, str], dict[str, str], str]:
    values, shown = payloads(char_class)
    name_vector = random.Random(char_class + "name").choice(NAME_VECTORS)
    body = (f"Mayor Helen Okafor said on Monday that the harbour would reopen. {values['body']}\n\n"
            '"We will meet again," Okafor said.\n\n'
            # an informant's name and what it is cited for, on the Sources page
            f"Officials familiar with {values['source']} said the cranes were sold, according to the Quillby Ledger.\n\n"
            + "\n\n".join(BODY_BLOCKS) + "\n")
    seeds = {
        "front.md": (f"---\ntitle: {yaml_quoted(values['title'])}\noutlet: {yaml_quoted(values['outlet'])}\n"
                     f"url: {yaml_quoted(values['url'])}\npublished: 2024-06-05\n---\n\n{body}"),
        "heading.md": f"---\npublished: 2024-06-04\n---\n# {values['heading']}\n\nThe council met on Tuesday.\n",
        "side.txt": "Ola Berg spoke for the dockers on Wednesday.\n",
        "side.yml": (f"title: {yaml_quoted(values['sidecar title'])}\noutlet: {yaml_quoted(values['sidecar outlet'])}\n"
                     "published: 2024-06-06\n"),
        f"9_{name_vector}.txt": "The strike went on.\n",
        "curation.yml": (
            f"parties:\n  - party: Helen Okafor\n    role: {yaml_quoted(values['role'])}\n"
            f"    affiliation: {yaml_quoted(values['affiliation'])}\n"
            "  - party: Ola Berg\n    affiliation: Helen Okafor\n"  # the renamed party in the diagram too
            f"  - party: Helen Okafor\n    rename: {yaml_quoted(values['rename'])}\n"
            f"events:\n  - event: Monday\n    what: {yaml_quoted(values['event what'])}\n"
            f"add_events:\n  - date: 2024-06-01\n    what: {yaml_quoted(values['added what'])}\n"
            f"    article: front\n    paragraph: 1\n    evidence: {yaml_quoted(values['added evidence'])}\n"
            f"overview:\n  - title: {yaml_quoted(values['overview title'])}\n"
            f"    lead: {yaml_quoted(values['overview lead'])}\n"),
    }
    shown["file name"] = name_vector
    return seeds, shown, name_vector


def squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("char_class", CLASSES)
def test_no_field_and_no_character_puts_markup_on_a_page(tmp_path, chromium, char_class):
    seeds, shown, _ = project_files(char_class)
    project = make_project(tmp_path / "p", seeds)
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert len(pages) >= 12, pages
    feed = feedparser.parse((site / "feed.xml").read_bytes())  # the feed carries the same titles, escaped
    assert not feed.bozo, feed.bozo_exception
    assert any(squeeze(shown["title"]) in squeeze(entry.title) for entry in feed.entries)
    dialogs, errors, texts = [], [], {}
    with serve(site) as url:
        page = chromium.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in pages:
            address = url + ("" if path == "." else path + "/")
            page.goto(address)
            page.wait_for_load_state("load")
            assert page.evaluate(CHECK_PAGE) == [], path
            texts[path] = squeeze(page.locator("article").first.inner_text())
            if path == "sources/front":
                assert page.title().startswith("pw0 "), page.title()  # the front matter was read, not shown
                assert squeeze(shown["title"]).replace("<", "\u2039").replace(">", "\u203a") in squeeze(page.title())
                SHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SHOTS / f"injection-{char_class.replace(' ', '-')}.png"), full_page=True)
        page.goto(url)  # search results are built in the browser from the index: the same checks
        page.locator("input.md-search__input").click()
        page.keyboard.type("pwned", delay=30)
        page.locator(".md-search-result__item").first.wait_for(timeout=10000)
        assert page.locator(".md-search-result__item").count() > 1
        assert page.evaluate(CHECK_PAGE) == [], "search results"
        page.close()
    assert dialogs == [] and errors == []
    title_shown = lambda text: squeeze(text.replace("<", "\u2039").replace(">", "\u203a"))
    everywhere = " ".join(texts.values())
    for field in ("outlet", "url", "body"):
        assert squeeze(shown[field]) in texts["sources/front"], field
    assert squeeze(shown["source"]) in texts["sources"], "source"
    for field in ("title", "heading", "sidecar title", "file name", "overview title"):
        assert title_shown(shown[field]) in everywhere, field
    for field in ("role", "rename", "affiliation", "event what", "added what", "overview lead"):
        assert squeeze(shown[field]) in everywhere or title_shown(shown[field]) in everywhere, field
    for block in ("!!! danger \"pwned\" body", "<div markdown=\"1\" onclick=\"alert(13)\">**pwned**</div>"):
        assert block in texts["sources/front"]
    leftover = {c for c in itertools.chain.from_iterable(texts.values()) if c in CLASSES[char_class]}
    assert leftover <= set("\u061c\u200e\u200f\t\n"), sorted(map(hex, map(ord, leftover)))
