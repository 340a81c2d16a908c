"""The original PDF, shown with Qt's PDF module when this Qt build has it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    PDF_AVAILABLE = True
except ImportError:  # Qt without the PDF module: the text view still works
    PDF_AVAILABLE = False


class OriginalView(QStackedWidget):
    """Shows a PDF's pages, or a line saying why there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMargin(16)
        self.addWidget(self.message)
        self._document = None
        self._buffer: QBuffer | None = None
        self.view = None
        if PDF_AVAILABLE:
            self._document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self._document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            # Pages render with a transparent background: paint them on white.
            palette = self.view.viewport().palette()
            palette.setColor(QPalette.ColorRole.Window, QColor("white"))
            palette.setColor(QPalette.ColorRole.Dark, QColor("#d0d0d0"))
            self.view.viewport().setPalette(palette)
            self.view.viewport().setAutoFillBackground(True)
            self.addWidget(self.view)
        self.show_message("Select a candidate to see their original resume.")

    @property
    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def show_message(self, text: str) -> None:
        self._close()
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_pdf(self, data: bytes) -> None:
        """Load PDF bytes; falls back to a message when Qt cannot show them."""
        if self._document is None or self.view is None:
            self.show_message("This Qt build has no PDF module; the text view shows the resume.")
            return
        self._close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if self._document.status() != QPdfDocument.Status.Ready:
            self.show_message("Qt could not display this PDF; the text view shows what was read.")
            return
        self.setCurrentWidget(self.view)

    def _close(self) -> None:
        if self._document is not None:
            self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
