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
crafted dictionary cannot hide a content stream from the count. Deflate data
written out as text first (an ASCIIHex or ASCII85 layer before the Flate
one) is decoded and counted too. Other streams that do not start with a zlib
header (encrypted, or under another filter such as RunLength or LZW) are not
counted: worker processes' memory cap bounds what they unpack.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import zlib
from dataclasses import dataclass
from typing import NoReturn

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.limits import MAX_PDF_INFLATED_BYTES

# The tokens that matter for finding `/Subtype /Image` at the top level of a stream
# dictionary; a string, comment or hex string makes the dictionary count as no image.
_DICT_TOKENS = re.compile(rb"<<|>>|/Subtype\s*/Image(?![^\s/<>\[\]()%])|[(%]|<")
_DICT_WINDOW = 4096  # a stream dictionary longer than this counts as no image
# A stream's filters: "/Filter /AHx" or "/Filter [/ASCIIHexDecode /FlateDecode]".
_FILTERS = re.compile(rb"/Filter\s*(?:\[([^\]]*)\]|(/[A-Za-z0-9]+))")
_FILTER_NAME = re.compile(rb"/([A-Za-z0-9]+)")
# The text layers, by both their names, with where each one's data ends.
_TEXT_LAYERS = {
    b"ASCIIHexDecode": b">",
    b"AHx": b">",
    b"ASCII85Decode": b"~>",
    b"A85": b"~>",
}
_FLATE = (b"FlateDecode", b"Fl")
# Deflate's longest match (258 bytes) takes at least two bits: no stream inflates more.
_DEFLATE_MAX_RATIO = 1032
_WHITESPACE = b" \t\r\n\f\x00"
_CHUNK = 1 << 16


def check_inflated_size(data: bytes, name: str) -> None:
    """Raise `DocumentError` when the PDF's streams, images aside, inflate beyond the budget."""
    left = MAX_PDF_INFLATED_BYTES
    view = memoryview(data)
    # Text-layered streams are decoded only when their worst case does not fit: reportlab
    # writes every page that way, and ASCII85 decodes in Python, fifty times slower than
    # Deflate inflates.
    layered: list[_Layered] = []
    worst = 0.0
    position = data.find(b"stream")
    while position != -1:
        start = _data_start(data, position)
        resume_at = position + 6
        if start is not None and _is_zlib(data, start) and not _is_image(data, position):
            size, used = _inflated_size(view, start, left)
            left -= size
            if left < 0:
                _refuse(name)
            # Deflate data marks its own end: an `endstream` hidden inside it cannot
            # cut the count short, as it could if the keyword were searched for.
            resume_at = max(resume_at, start + used)
        elif start is not None and (found := _text_layered(data, position, start)):
            layered.append(found)
            worst += found.worst_case()
            # Text layers mark their own end, as Deflate data does.
            resume_at = max(resume_at, found.end)
        position = data.find(b"stream", resume_at)
    if worst <= left:
        return
    for found in layered:
        left -= found.unpacked_size(left)
        if left < 0:
            _refuse(name)


def _refuse(name: str) -> NoReturn:
    raise DocumentError(
        f"{name}: the PDF's compressed content unpacks to more than "
        f"{MAX_PDF_INFLATED_BYTES // 1_048_576} MB, far more than a resume holds; "
        "refusing a possible decompression bomb"
    )


@dataclass(frozen=True, slots=True)
class _Layered:
    """A stream whose Deflate data is written out as text: its layers, outermost first."""

    encoded: bytes
    end: int  # where the stream's data ends in the file
    layers: list[bytes]  # the text layers
    single_flate: bool  # whether one Flate layer alone lies under them

    def worst_case(self) -> float:
        """The most the stream can unpack to, counted without decoding it."""
        if len(self.layers) > 1 or not self.single_flate:
            return math.inf  # rare enough to decode every time
        decoded = _decoded_bound(self.encoded, self.layers[0])
        return decoded * (1 + _DEFLATE_MAX_RATIO)

    def unpacked_size(self, limit: int) -> int:
        """Bytes the stream unpacks to, the decoded text layers counted too; past
        `limit`, a number above it."""
        encoded, total = self.encoded, 0
        for layer in self.layers:
            # ASCII85's "z" stands for four bytes: what a layer decodes to is bounded
            # before it is decoded.
            if total + _decoded_bound(encoded, layer) > limit:
                return limit + 1
            try:
                encoded = _decode_text_layer(encoded, layer)
            except (ValueError, binascii.Error):
                return total  # damaged data: the readers give up on it too
            total += len(encoded)
        if _is_zlib(encoded, 0):
            total += _inflated_size(encoded, 0, limit - total)[0]
        return total


def _text_layered(data: bytes, keyword: int, start: int) -> _Layered | None:
    """The stream at `keyword` when its filters open with text layers (ASCIIHex,
    ASCII85) over Flate data and it is no image; else None."""
    window = data[max(0, keyword - _DICT_WINDOW) : keyword]
    if b"/A" not in window:
        return None
    opened = _object_start(window)
    if opened is None:
        return None
    # The object's last /Filter is the stream's: one in a nested dictionary comes first.
    filters = list(_FILTERS.finditer(window, opened))
    if not filters:
        return None
    names = _FILTER_NAME.findall(filters[-1].group(1) or filters[-1].group(2))
    layers = []
    for filter_name in names:
        if filter_name not in _TEXT_LAYERS:
            break
        layers.append(filter_name)
    rest = names[len(layers) :]
    if not layers or not rest or rest[0] not in _FLATE or _is_image(data, keyword):
        return None
    end = data.find(_TEXT_LAYERS[layers[0]], start)
    end = len(data) if end == -1 else end
    return _Layered(data[start:end], end, layers, single_flate=len(rest) == 1)


def _decoded_bound(encoded: bytes, layer: bytes) -> int:
    """The most a text layer decodes to: half its digits for hex; for ASCII85 four bytes
    for each five characters, and for each "z"."""
    if _TEXT_LAYERS[layer] == b">":
        return len(encoded) // 2 + 1
    return len(encoded) + 3 * encoded.count(b"z")


def _decode_text_layer(encoded: bytes, layer: bytes) -> bytes:
    terminator = _TEXT_LAYERS[layer]
    encoded = encoded.split(terminator, 1)[0]
    if terminator == b">":
        digits = encoded.translate(None, _WHITESPACE)
        # An odd last digit stands for its high half, as if a 0 followed.
        return bytes.fromhex((digits + b"0" if len(digits) % 2 else digits).decode("ascii"))
    return base64.a85decode(encoded, ignorechars=_WHITESPACE)


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


def _object_start(window: bytes) -> int | None:
    """Where the last object opened in `window` starts: just after its `obj` keyword."""
    found = window.rfind(b"obj")
    while found != -1:
        # A keyword, not part of a word: "1 0 obj", not "endobj".
        if not _is_word_byte(window[found - 1 : found]) and not _is_word_byte(
            window[found + 3 : found + 4]
        ):
            return found + 3
        found = window.rfind(b"obj", 0, found)
    return None


def _is_word_byte(byte: bytes) -> bool:
    return byte.isalnum() or byte == b"_"


def _is_image(data: bytes, keyword: int) -> bool:
    """Whether the dictionary before a `stream` keyword says `/Subtype /Image` at its top level."""
    low = max(0, keyword - _DICT_WINDOW)
    window = data[low:keyword]
    if b"/Image" not in window:
        return False
    opened = _object_start(window)
    if opened is None:
        return False
    depth, image = 0, False
    for token in _DICT_TOKENS.findall(window, opened):
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
