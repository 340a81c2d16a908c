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
# UTF-16 without a byte order mark: in text of Latin letters every other byte is a NUL.
# Bytes looked at, and the share of the even or odd ones that must be NUL (the others
# next to none): an accented or non-Latin letter has a high byte that is not NUL.
_UTF16_SAMPLE = 4096
_UTF16_NUL_SHARE = 0.6


def decode_text(data: bytes, name: str) -> str:
    """Decode text bytes as UTF-8/16/32 (by BOM), UTF-16 without one, or Windows-1252,
    refusing anything else.

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
    utf16 = _utf16_without_bom(data)
    try:
        text = data.decode(utf16 or "utf-8")
    except UnicodeDecodeError:
        if utf16 is not None:
            raise DocumentError(
                f"{name}: the text looks like UTF-16 without a byte order mark but does not "
                "decode as such"
            ) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{name}: the text is in an unknown encoding (not UTF-8, UTF-16 or Windows-1252)"
            ) from None
    if len(_CONTROL.findall(text[:20000])) > 2:
        raise DocumentError(f"{name}: the text is in an unknown encoding or is binary data")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec ("utf-16-le" or "utf-16-be") of bytes in UTF-16 written without a
    byte order mark, as some Windows tools save text; None for any other bytes.

    Text in UTF-8 or Windows-1252 holds no NUL bytes; UTF-16 of mostly Latin
    text has one in every other byte, on the odd positions in little-endian
    order and on the even ones in big-endian.
    """
    sample = data[:_UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # A few NULs on the other side are letters such as U+3000 (an ideographic space).
    stray = pairs // 100
    if odd >= _UTF16_NUL_SHARE * pairs and even <= stray:
        return "utf-16-le"
    if even >= _UTF16_NUL_SHARE * pairs and odd <= stray:
        return "utf-16-be"
    return None


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
