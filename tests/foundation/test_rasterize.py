"""PDF pages as pixels: what the original-resume view and guide printing paint."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.documents.rasterize import page_count, render_pages


def two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(300, 400))
    pdf.rect(50, 50, 100, 100, fill=1)
    pdf.showPage()
    pdf.drawString(50, 300, "Second page")
    pdf.save()
    return buffer.getvalue()


def test_pages_render_on_white_at_the_requested_resolution() -> None:
    data = two_page_pdf()
    pages = list(render_pages(data, dpi=144))
    assert page_count(data) == 2
    assert [page.number for page in pages] == [1, 2]
    assert (pages[0].width, pages[0].height) == (600, 800)
    assert pages[0].pixels[:4] == b"\xff\xff\xff\xff"  # top-left corner: white paper
    black_square = pages[0].stride * 600 + 4 * 200  # inside the filled rectangle
    assert pages[0].pixels[black_square : black_square + 3] == b"\x00\x00\x00"


def test_max_pages_limits_the_work() -> None:
    assert len(list(render_pages(two_page_pdf(), max_pages=1))) == 1


def test_a_broken_pdf_gives_a_document_error() -> None:
    with pytest.raises(DocumentError, match="cannot be shown"):
        list(render_pages(b"%PDF-1.4 this is not really a pdf"))


def test_qimage_wrapping_keeps_the_pixels(qapp) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.ui.pdf_pages import page_images

    [first, _second] = list(page_images(two_page_pdf(), dpi=72))
    assert (first.width(), first.height()) == (300, 400)
    assert first.pixelColor(0, 0).name() == "#ffffff"
    assert first.pixelColor(100, 300).name() == "#000000"
