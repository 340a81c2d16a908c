"""PDF pages as pixels, for showing an original resume and for printing a generated PDF.

pypdfium2 (already used to read resumes) renders them, so the app needs no second
PDF engine from Qt. Pages come out as 8-bit RGBx rows on white, ready to wrap in an
image type of the caller's choice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdfium2 as pdfium

from recruiter_kit.core.errors import DocumentError

POINTS_PER_INCH = 72
MAX_RENDERED_PAGES = 40


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One page: `stride` bytes per row, 4 bytes per pixel (R, G, B, unused)."""

    number: int
    width: int
    height: int
    stride: int
    pixels: bytes


def page_count(data: bytes) -> int:
    with _open(data) as document:
        return len(document)


def render_pages(
    data: bytes, *, dpi: float = 110, max_pages: int = MAX_RENDERED_PAGES
) -> Iterator[RenderedPage]:
    """Render the first `max_pages` pages of the PDF `data` at `dpi`, one at a time."""
    scale = dpi / POINTS_PER_INCH
    with _open(data) as document:
        for number in range(min(len(document), max_pages)):
            page = document[number]
            try:
                bitmap = page.render(
                    scale=scale,
                    fill_color=(255, 255, 255, 255),
                    rev_byteorder=True,
                    prefer_bgrx=True,
                )
                yield RenderedPage(
                    number=number + 1,
                    width=bitmap.width,
                    height=bitmap.height,
                    stride=bitmap.stride,
                    pixels=bytes(bitmap.buffer),
                )
                bitmap.close()
            finally:
                page.close()


@contextmanager
def _open(data: bytes) -> Iterator[pdfium.PdfDocument]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise DocumentError(f"The PDF cannot be shown: {error}") from error
    try:
        yield document
    finally:
        document.close()
