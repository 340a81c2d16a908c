"""The Jobs workspace (list of jobs)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from recruiter_kit.services.directory import DirectoryService
from recruiter_kit.ui.context import UiContext


class JobsWorkspace(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = DirectoryService(context.database)
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Jobs</h2>"))
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for job in self._directory.jobs():
            level = f" ({job.level.value})" if job.level else ""
            self.list.addItem(f"{job.title}{level}")
