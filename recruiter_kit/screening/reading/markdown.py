"""Markdown resumes as plain lines, parsed by markdown-it-py (CommonMark, with tables).

A resume keeps its line structure: every source line of a paragraph stays a
line (titles, employers and dates are often written on consecutive lines
without a blank between them), list items start with "•", table rows become
"cell | cell", and HTML keeps only its text. Link targets go to the document's
links, so "[Jane Roe](https://janeroe.dev)" as a name heading is the name.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

from recruiter_kit.screening.reading.model import CONTACT_SCHEMES

_PARSER = MarkdownIt("commonmark").enable("table")
# A YAML front matter block ("---" lines around "key: value" lines) at the very top.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_FRONT_MATTER_FIELD = re.compile(r"^(name|title|label|email|phone)\s*:\s*(.+?)\s*$", re.M | re.I)
_YAML_LINE = re.compile(r"^(?:[\w-]+\s*:(?:\s.*)?|\s+\S.*|\s*-\s.*|\s*#.*)$")
# Pandoc attribute lists ("{.breakable}") carry no text.
_ATTRIBUTES = re.compile(r"\{[.#][^{}\n]*\}")


def markdown_lines(text: str) -> tuple[list[str], list[str]]:
    """The text lines of a Markdown document, and the link targets it names."""
    lines: list[str] = []
    links: list[str] = []
    front = _FRONT_MATTER.match(text)
    if front and _is_yaml_block(front.group(1)):
        lines += [value.strip("'\"") for _, value in _FRONT_MATTER_FIELD.findall(front.group(1))]
        text = text[front.end() :]
    renderer = _Renderer(lines, links)
    for token in _PARSER.parse(_ATTRIBUTES.sub("", text)):
        renderer.block(token)
    return [line for line in lines if line.strip()], links


def _is_yaml_block(block: str) -> bool:
    """Front matter holds "key: value" lines; a resume that opens with a rule does not."""
    lines = [line for line in block.splitlines() if line.strip()]
    return bool(lines) and all(_YAML_LINE.match(line) for line in lines)


class _Renderer:
    """Walks markdown-it's block tokens, writing lines as it goes."""

    def __init__(self, lines: list[str], links: list[str]) -> None:
        self._lines = lines
        self._links = links
        self._bullet_pending = False  # the next line opens a list item
        self._row: list[str] | None = None  # the cells of a table row being read

    def block(self, token: Token) -> None:
        kind = token.type
        if kind == "list_item_open":
            self._bullet_pending = True
        elif kind == "heading_open":
            self._bullet_pending = False  # "- ### Senior Engineer" is a job's title, not an item
        elif kind == "tr_open":
            self._row = []
        elif kind == "tr_close" and self._row is not None:
            self._write(" | ".join(cell for cell in self._row if cell))
            self._row = None
        elif kind == "inline":
            self._inline(token)
        elif kind in ("fence", "code_block"):
            for line in token.content.splitlines():
                self._write(line)
        elif kind == "html_block":
            for line in html_text(token.content).splitlines():
                self._write(line)

    def _inline(self, token: Token) -> None:
        text = "".join(self._inline_parts(token.children or []))
        if self._row is not None:
            self._row.append(" ".join(text.split()))
            return
        for line in text.split("\n"):
            self._write(line)

    def _inline_parts(self, children: list[Token]) -> list[str]:
        parts: list[str] = []
        contact: str | None = None  # a mailto:/tel: target, kept in the text
        for child in children:
            kind = child.type
            if kind in ("text", "code_inline"):
                parts.append(child.content)
            elif kind in ("softbreak", "hardbreak"):  # a resume's lines stay lines
                parts.append("\n")
            elif kind == "html_inline":
                parts.append(html_text(child.content))
            elif kind == "link_open":
                target = str(child.attrs.get("href") or "")
                if target.lower().startswith(CONTACT_SCHEMES):
                    contact = target.split(":", 1)[1]
                elif target:
                    self._links.append(target)
            elif kind == "link_close" and contact:
                if contact not in "".join(parts):
                    parts.append(f" ({contact})")
                contact = None
        return parts

    def _write(self, line: str) -> None:
        line = line.rstrip()
        if not line.strip():
            return
        if self._bullet_pending:
            line = "• " + line.lstrip()
            self._bullet_pending = False
        self._lines.append(line)


class _TextOnly(HTMLParser):
    """The text of an HTML fragment: tags, comments, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skipping += 1
        elif tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skipping = max(0, self._skipping - 1)
        elif tag in ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """The readable text of an HTML fragment, one block element a line."""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    return unescape("".join(parser.parts))
