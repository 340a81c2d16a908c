"""The print dialog and the print preview for a job description.

QPrintDialog and QPrintPreviewDialog keep a raw pointer to their QPrinter, and a
QPrinter is not a QObject, so nothing in Qt keeps it alive: each dialog here holds
its printer for as long as it lives. Both dialogs delete themselves when closed,
so printing many times does not pile up hidden dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

Paint = Callable[[QPrinter], None]


def preview_dialog(paint: Paint, title: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview that draws with `paint`; its Print button prints the same pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    _keep(dialog, printer)
    return dialog


def print_dialog(paint: Paint, title: str, parent: QWidget | None = None) -> QPrintDialog:
    """The system print dialog; `paint` runs on its printer once the user accepts."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            paint(printer)

    dialog.finished.connect(finished)
    _keep(dialog, printer)
    return dialog


def _keep(dialog: QDialog, printer: QPrinter) -> None:
    dialog._printer = printer  # type: ignore[attr-defined]  # lives exactly as long as the dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
