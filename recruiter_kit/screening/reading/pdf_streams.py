"""Refuse a PDF whose compressed streams would inflate far beyond what a resume holds.

pdfium and pdfminer inflate a page's content stream whole and parse every
operator in it before a page can be read, and nothing interrupts them: a 2 MB
file whose content stream inflates to 1 GB held pdfium for 100 s and 20 GB of
memory. Deflate shrinks repetitive data up to 1032:1, so the file size limit
alone does not bound this. The streams are therefore inflated here first,
against a budget, and the file is refused as soon as the budget runs out.

Images are left out: neither reader decodes an image to read text, and a
page-sized scan or background inflates to tens of megabytes honestly. A stream
counts as an image only when its own dictionary says so at its top level, so a
crafted dictionary cannot hide a content stream from the count. Streams that
do not start with a zlib header (encrypted, or under another filter) are not
counted either: that part is a known gap, bounded only by the file size limit.
"""

from __future__ import annotations

import re
import zlib

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.limits import MAX_PDF_INFLATED_BYTES

# The tokens that matter for finding `/Subtype /Image` at the top level of a stream
# dictionary; a string, comment or hex string makes the dictionary count as no image.
_DICT_TOKENS = re.compile(rb"<<|>>|/Subtype\s*/Image(?![^\s/<>\[\]()%])|[(%]|<")
_OBJ = re.compile(rb"\bobj\b")
_DICT_WINDOW = 4096  # a stream dictionary longer than this counts as no image
_WHITESPACE = b" \t\r\n\f\x00"
_CHUNK = 1 << 16


def check_inflated_size(data: bytes, name: str) -> None:
    """Raise `DocumentError` when the PDF's streams, images aside, inflate beyond the budget."""
    left = MAX_PDF_INFLATED_BYTES
    view = memoryview(data)
    position = data.find(b"stream")
    while position != -1:
        start = _data_start(data, position)
        resume_at = position + 6
        if start is not None and _is_zlib(data, start) and not _is_image(data, position):
            size, used = _inflated_size(view, start, left)
            left -= size
            if left < 0:
                raise DocumentError(
                    f"{name}: the PDF's compressed content unpacks to more than "
                    f"{MAX_PDF_INFLATED_BYTES // 1_048_576} MB, far more than a resume holds; "
                    "refusing a possible decompression bomb"
                )
            # Deflate data marks its own end: an `endstream` hidden inside it cannot
            # cut the count short, as it could if the keyword were searched for.
            resume_at = max(resume_at, start + used)
        position = data.find(b"stream", resume_at)


def _data_start(data: bytes, keyword: int) -> int | None:
    """Where the data of a stream starts, given its `stream` keyword; None for `endstream`."""
    if data[keyword - 3 : keyword] == b"end":
        return None
    start = keyword + 6
    while start < len(data) and start - keyword < 12 and data[start] in _WHITESPACE:
        start += 1
    return start


def _is_zlib(data: bytes | memoryview, start: int) -> bool:
    head = bytes(data[start : start + 2])
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _inflated_size(data: bytes | memoryview, start: int, limit: int) -> tuple[int, int]:
    """Bytes the zlib data at `start` inflates to, and bytes of it read; stops past `limit`.

    The input goes in chunks so that what follows the stream is never copied,
    and a nested layer (a filter chain such as [/FlateDecode /FlateDecode]) is
    inflated in turn and counted as well.
    """
    inflater = zlib.decompressobj()
    total, position = 0, start
    nested: list[bytes] | None = None  # the output, kept only when it is zlib data itself
    while not inflater.eof and position < len(data) and total <= limit:
        chunk = data[position : position + _CHUNK]
        try:
            inflated = inflater.decompress(chunk, limit - total + 1)
        except zlib.error:
            break  # damaged data: the readers give up on it too
        if total == 0 and _is_zlib(inflated, 0):
            nested = []
        if nested is not None:
            nested.append(inflated)
        total += len(inflated)
        used = len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
        if used <= 0 and not inflated:
            break
        position += used
    if nested and total <= limit:
        total += _inflated_size(b"".join(nested), 0, limit - total)[0]
    return total, position - start


def _is_image(data: bytes, keyword: int) -> bool:
    """Whether the dictionary before a `stream` keyword says `/Subtype /Image` at its top level."""
    low = max(0, keyword - _DICT_WINDOW)
    window = data[low:keyword]
    if b"/Image" not in window:
        return False
    starts = [match.end() for match in _OBJ.finditer(window)]
    if not starts:
        return False
    depth, image = 0, False
    for token in _DICT_TOKENS.findall(window, starts[-1]):
        if token == b"<<":
            depth += 1
        elif token == b">>":
            depth -= 1
            if depth < 0:
                return False
        elif token.startswith(b"/Subtype"):
            image = image or depth == 1
        else:
            return False  # a string, comment or hex string: not a plain image dictionary
    return image and depth == 0
