"""The status-bar strip that shows the running task, its progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from recruiter_kit.core.progress import Progress
from recruiter_kit.ui.tasks import TaskHandle, TaskRunner


class TaskBar(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._current: TaskHandle | None = None
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running task (Esc)")
        self.cancel_button.clicked.connect(self.cancel_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        runner.task_started.connect(self._follow)
        runner.task_finished.connect(self._task_finished)
        self.setVisible(False)

    @property
    def current(self) -> TaskHandle | None:
        return self._current

    def cancel_current(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self.label.setText(f"Cancelling {self._current.description}…")

    def _follow(self, handle: TaskHandle) -> None:
        if not handle.description:
            return  # quick background work (previews) does not take over the status bar
        if self._current is not None:
            self._current.progressed.disconnect(self._show)
        self._current = handle
        handle.progressed.connect(self._show)
        self.label.setText(handle.description)
        self.progress.setRange(0, 0)
        self.setVisible(True)

    def _show(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
            self.progress.setFormat(f"{progress.done} / {progress.total}")
        text = self._current.description if self._current else ""
        if progress.message:
            text = f"{text}: {progress.message}"
        if progress.failures:
            text = f"{text} ({progress.failures} failed)"
        self.label.setText(text)

    def _task_finished(self, handle: TaskHandle) -> None:
        if handle is not self._current:
            return
        handle.progressed.disconnect(self._show)
        self._current = None
        followers = [task for task in self._runner.running if task.description]
        if followers:
            self._follow(followers[-1])
        else:
            self.setVisible(False)
