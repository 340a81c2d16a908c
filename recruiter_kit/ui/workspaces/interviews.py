"""The Interviews workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recruiter_kit.ui.context import UiContext


class InterviewsWorkspace(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Interviews</h2>"))
        layout.addStretch()
