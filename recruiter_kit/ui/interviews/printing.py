"""Printing the generated guide PDF through Qt: preview dialog and real printers alike.

The PDF made by reportlab is the one source of truth for paper; here each of
its pages is rendered (by pypdfium2, see `ui.pdf_pages`) and painted on the
printer's page, so the preview shows exactly what `Export PDF` writes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.ui.pdf_pages import page_images

PRINT_DPI = 150


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF `data` onto `printer`; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise DocumentError("The printer could not be started.")
    pages = 0
    try:
        for image in page_images(data, dpi=PRINT_DPI):
            if pages:
                printer.newPage()
            _paint_page(painter, image, printer)
            pages += 1
    finally:
        painter.end()
    if not pages:
        raise DocumentError("The interview guide could not be prepared for printing.")
    return pages


def _paint_page(painter: QPainter, image: QImage, printer: QPrinter) -> None:
    target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    target.moveTo(0, 0)
    scaled = QSize(image.width(), image.height()).scaled(
        target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
    )
    painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)


def preview_dialog(data: bytes, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print-preview dialog for the PDF `data` (call `exec()` to show it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print interview guide")
    dialog.paintRequested.connect(lambda target: print_pdf(data, target))
    dialog._printer = printer  # keep the printer alive as long as the dialog
    return dialog
