"""What every workspace is given: the open database, the task runner, view options."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recruiter_kit.services.database import Database
from recruiter_kit.ui.tasks import TaskRunner


class UiContext(QObject):
    """Shared by the workspaces.

    `data_changed` is how one workspace tells the others that what they list
    may be stale: emit it with what changed ("jobs", "candidates", "interviews")
    after a write lands; listeners reload what they show (keeping selections).
    """

    blind_review_changed = Signal(bool)
    data_changed = Signal(str)

    def __init__(
        self, database: Database, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self._blind_review = False

    @property
    def blind_review(self) -> bool:
        return self._blind_review

    def set_blind_review(self, enabled: bool) -> None:
        if enabled != self._blind_review:
            self._blind_review = enabled
            self.blind_review_changed.emit(enabled)
