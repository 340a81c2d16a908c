"""Plain text and Markdown: decode with a known encoding or say it is unknown."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.limits import MAX_MARKDOWN_CHARS, MAX_TEXT_CHARS
from recruiter_kit.screening.reading.markdown import markdown_lines
from recruiter_kit.screening.reading.model import RawDocument

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, name: str) -> str:
    """Decode text bytes as UTF-8/16/32 (by BOM) or Windows-1252, refusing anything else.

    Windows-1252 is accepted only when the result has no control characters,
    because it maps almost every byte and would otherwise turn binary junk or
    an unknown encoding into plausible-looking garbage.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{name}: the text is in an unknown encoding (not UTF-8 or Windows-1252)"
            ) from None
    if len(_CONTROL.findall(text[:20000])) > 2:
        raise DocumentError(f"{name}: the text is in an unknown encoding or is binary data")
    return text


def read_text(data: bytes, filename: str, media_type: str) -> RawDocument:
    """Read a .txt or .md resume; Markdown markup is removed, its text kept."""
    name = PurePath(filename).name
    text = decode_text(data, name)[:MAX_TEXT_CHARS]
    links: list[str] = []
    if media_type == "text/markdown":
        lines, links = markdown_lines(_up_to_a_line(text, MAX_MARKDOWN_CHARS))
        text = "\n".join(lines)
    if not text.strip():
        raise DocumentError(f"{name}: the file contains no text")
    return RawDocument(media_type, [text], links=links)


def _up_to_a_line(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at the end of a line, so no markup is cut in half."""
    if len(text) <= limit:
        return text
    end = text.rfind("\n", 0, limit)
    return text[: end if end > 0 else limit]
