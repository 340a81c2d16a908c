"""Printing the generated guide PDF through Qt: preview dialog and real printers alike.

The PDF made by reportlab is the one source of truth for paper; here each of
its pages is rendered with QtPdf and painted on the printer's page, so the
preview shows exactly what `Export PDF` writes.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from recruiter_kit.core.errors import DocumentError

PRINT_DPI = 150


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF `data` onto `printer`; returns the number of pages."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise DocumentError("The interview guide could not be prepared for printing.")
    painter = QPainter()
    if not painter.begin(printer):
        raise DocumentError("The printer could not be started.")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            _paint_page(painter, document, page, printer)
    finally:
        painter.end()
        document.close()
    return page + 1


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, printer: QPrinter) -> None:
    points = document.pagePointSize(page)
    size = QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))  # QtPdf renders on transparent; paper is white
    rendered = document.render(page, size)
    with_background = QPainter(image)
    with_background.drawImage(0, 0, rendered)
    with_background.end()
    target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    target.moveTo(0, 0)
    scaled = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)


def preview_dialog(data: bytes, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print-preview dialog for the PDF `data` (call `exec()` to show it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print interview guide")
    dialog.paintRequested.connect(lambda target: print_pdf(data, target))
    dialog._printer = printer  # keep the printer alive as long as the dialog
    return dialog
