"""Putting a posting on the system clipboard as plain text and HTML at once.

A QMimeData constructed from Python is a shiboken subclass whose C++ destructor
calls back into Python. The clipboard owns its data until the QGuiApplication
goes away, which under pytest (and any app that keeps the application object
alive to the end) is after the interpreter has shut down: that destructor then
segfaults the process at exit, with every test green. So the data handed to the
clipboard here is a plain QMimeData allocated by Qt itself, and nothing in
Python keeps a reference to it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QStringListModel
from PySide6.QtGui import QGuiApplication


def copy_text_and_html(text: str, html: str) -> None:
    """Replace the clipboard with `text` (text/plain) and `html` (text/html)."""
    QGuiApplication.clipboard().setMimeData(_qt_made_mime_data(text, html))


def _qt_made_mime_data(text: str, html: str) -> QMimeData:
    # QAbstractItemModel.mimeData() is the public Qt call that returns a new,
    # C++-constructed QMimeData; its item-list payload is removed at once.
    model = QStringListModel([""])
    data = model.mimeData([model.index(0)])
    for fmt in data.formats():
        data.removeFormat(fmt)
    data.setText(text)
    data.setHtml(html)
    return data
