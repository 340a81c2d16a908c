"""The original PDF of a resume, as the pages a reader would see.

Pages are drawn by pypdfium2 in a process of its own (`services.originals`),
waited for on a worker thread when the detail loads; this widget only lays the
finished images out, fitted to its width.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.progress import CancelToken
from recruiter_kit.services.originals import OriginalRenderer
from recruiter_kit.ui.pdf_pages import to_image

PAGE_DPI = 110
PAGE_GAP = 12


@dataclass(slots=True)
class OriginalPages:
    """What to show for one original: its page images, or why there are none."""

    images: list[QImage] = field(default_factory=list)
    problem: str | None = None


def render_original(
    data: bytes, renderer: OriginalRenderer, token: CancelToken | None = None
) -> OriginalPages:
    """Draw a PDF's pages in the renderer's process (call off the GUI thread: a long PDF
    takes a moment, and the call waits for it)."""
    try:
        images = [to_image(page) for page in renderer.render(data, dpi=PAGE_DPI, token=token)]
    except DocumentError as error:
        return OriginalPages(problem=str(error))
    if not images:
        return OriginalPages(problem="The PDF has no pages to show.")
    return OriginalPages(images=images)


class _PageScroll(QScrollArea):
    """A scroll area that refits its pages whenever its viewport changes width."""

    def __init__(self, refit: Callable[[], None]) -> None:
        super().__init__()
        self._refit = refit

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit()


class OriginalView(QStackedWidget):
    """Shows a PDF's pages, or a line saying why there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMargin(16)
        self.view = _PageScroll(self._fit_pages)
        self.view.setWidgetResizable(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view.setStyleSheet("QScrollArea { background: #d0d0d0; }")
        self._pages = QWidget()
        self._pages.setStyleSheet("background: #d0d0d0;")
        self._layout = QVBoxLayout(self._pages)
        self._layout.setSpacing(PAGE_GAP)
        self._layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.view.setWidget(self._pages)
        self.addWidget(self.message)
        self.addWidget(self.view)
        self._images: list[QImage] = []
        self.show_message("Select a candidate to see their original resume.")

    @property
    def page_count(self) -> int:
        return len(self._images)

    def show_message(self, text: str) -> None:
        self._set_images([])
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_pages(self, images: list[QImage]) -> None:
        self._set_images(images)
        self.setCurrentWidget(self.view)

    def _set_images(self, images: list[QImage]) -> None:
        self._images = images
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for _ in images:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            # The page follows the view's width, never the other way round.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._layout.addWidget(label)
        self._layout.addStretch(1)
        self._fit_pages()

    def _fit_pages(self) -> None:
        # The vertical scroll bar's width is kept free, so a fitted page never needs
        # a horizontal one.
        scrollbar = self.view.verticalScrollBar().sizeHint().width()
        width = max(self.view.width() - scrollbar - 2 * PAGE_GAP - 4, 100)
        for index, image in enumerate(self._images):
            label = self._layout.itemAt(index).widget()
            scaled = (
                image
                if image.width() <= width
                else image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            label.setPixmap(QPixmap.fromImage(scaled))
            label.setFixedHeight(scaled.height())
