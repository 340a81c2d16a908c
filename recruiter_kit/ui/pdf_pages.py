"""PDF pages as QImages, rendered by pypdfium2 (see `recruiter_kit.documents.rasterize`)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QImage

from recruiter_kit.documents.rasterize import RenderedPage, render_pages


def to_image(page: RenderedPage) -> QImage:
    """A QImage that owns its pixels (safe to hand from a worker thread to the GUI)."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)
    return image.copy()


def page_images(data: bytes, *, dpi: float = 110) -> Iterator[QImage]:
    for page in render_pages(data, dpi=dpi):
        yield to_image(page)
