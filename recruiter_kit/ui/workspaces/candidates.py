"""The Candidates workspace (list of candidates)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from recruiter_kit.services.directory import DirectoryService
from recruiter_kit.ui.context import UiContext


class CandidatesWorkspace(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._directory = DirectoryService(context.database)
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Candidates</h2>"))
        layout.addWidget(self.list)
        context.blind_review_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for candidate in self._directory.candidates():
            self.list.addItem(candidate.code if self._context.blind_review else candidate.name)

    def choose_files_to_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import resumes")
        self.import_paths([Path(name) for name in files])

    def import_paths(self, paths: list[Path]) -> None:
        """Resume import arrives with the screening feature."""
