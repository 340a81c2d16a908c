"""The list of stored jobs and the button that creates one from a template."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.jobs.library import TemplateInfo
from recruiter_kit.services.jobs import JobSummary

_ID_ROLE = Qt.ItemDataRole.UserRole


class JobListPanel(QWidget):
    """Stored jobs, and a template picker with a "New job" button."""

    job_selected = Signal(int)
    new_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("job-list")
        # Long titles wrap rather than hide behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._current_changed)
        self.templates = QComboBox()
        self.templates.setObjectName("template-picker")
        self.new_button = QPushButton("New job from template")
        self.new_button.clicked.connect(self._new_clicked)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b22222")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Jobs</b>"))
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel("Template"))
        layout.addWidget(self.templates)
        layout.addWidget(self.new_button)
        layout.addWidget(self.problems)

    def set_templates(self, templates: list[TemplateInfo], problems: list[str]) -> None:
        self.templates.clear()
        for info in templates:
            self.templates.addItem(info.label + (" (yours)" if info.user else ""), info.name)
            self.templates.setItemData(
                self.templates.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole
            )
        self.problems.setText("\n".join(f"Skipped template: {p}" for p in problems))
        self.problems.setVisible(bool(problems))

    def set_jobs(self, jobs: list[JobSummary], select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for job in jobs:
            level = f" \u00b7 {job.level}" if job.level else ""
            item = QListWidgetItem(f"{job.title}{level}")
            item.setData(_ID_ROLE, job.id)
            self.list.addItem(item)
            if job.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item is not None else None

    def select_job(self, job_id: int) -> None:
        """Highlight `job_id` without asking the workspace to open it again."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == job_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.job_selected.emit(current.data(_ID_ROLE))

    def _new_clicked(self) -> None:
        name = self.templates.currentData()
        if name:
            self.new_requested.emit(name)
