"""PDFs made to be hostile, built byte by byte: bombs, stalls, damaged page trees.

Shared by the reading tests and the tests of the app that stores and shows such files.
"""

from __future__ import annotations

import zlib

HEADER = b"%PDF-1.7\n"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 5 0 R >> %s>> /Contents 4 0 R >>"
)


def pdf_of(objects: list[bytes], kids: bytes = b"[3 0 R]", count: int = 1) -> bytes:
    """A PDF from numbered object bodies, with a correct cross-reference table."""
    out = bytearray(HEADER)
    offsets = []
    pages = b"<< /Type /Pages /Kids %s /Count %d >>" % (kids, count)
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>", pages]
    for number, body in enumerate(bodies + objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        start,
    )
    return bytes(out)


def stream(data: bytes, keys: bytes = b"", *, layers: int = 0) -> bytes:
    for _ in range(layers):
        data = zlib.compress(data, 9)
    filters = b"/Filter [" + b"/FlateDecode " * layers + b"] " if layers else b""
    return b"<< /Length %d %s%s>>\nstream\n%s\nendstream" % (len(data), filters, keys, data)


def text_page(content: bytes, *, layers: int = 1, extra: list[bytes] | None = None) -> bytes:
    resources = b"/XObject << /Im1 6 0 R >> " if extra else b""
    return pdf_of([PAGE % resources, stream(content, layers=layers), FONT, *(extra or [])])


RESUME = b"BT /F1 10 Tf 72 720 Td (Jane Fuzz, Backend Engineer) Tj ET"


def forms_drawing_forms(levels: int, fan_out: int) -> bytes:
    """A 3 KB PDF whose page draws a form that draws the next `fan_out` times, `levels` deep.

    pdfium expands every drawing while loading the page, in C code nothing can
    interrupt: fan_out ** levels drawings (10 ** 8 takes it minutes).
    """
    forms = []
    for level in range(levels):
        number = 6 + level
        if level < levels - 1:
            body, xobjects = b"/X Do " * fan_out, b"/XObject << /X %d 0 R >> " % (number + 1)
        else:
            body, xobjects = RESUME, b""
        keys = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        resources = b"/Resources << /Font << /F1 5 0 R >> %s>> " % xobjects
        forms.append(stream(body, keys + resources))
    page = PAGE % b"/XObject << /X 6 0 R >> "
    return pdf_of([page, stream(RESUME + b"\n/X Do"), FONT, *forms])


def hex_layered_bomb(megabytes: int) -> bytes:
    """A PDF whose page draws `megabytes` MB of lines, deflated and then written as hex.

    The hex layer hides the deflate data from the inflation check, and pdfium
    holds about twenty times a content stream's size while it loads the page.
    """
    drawing = RESUME + b"\n" + b"0 0 m 1 1 l S\n" * (megabytes * 1024 * 1024 // 14)
    data = zlib.compress(drawing, 9).hex().encode() + b">"
    layered = b"<< /Length %d /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n%s\nendstream"
    return pdf_of([PAGE % b"", layered % (len(data), data), FONT])
