"""The version history of a job: list, compare two versions, restore one."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.core.errors import RecruiterKitError
from recruiter_kit.services.jobs import JobService, JobVersion, VersionDiff
from recruiter_kit.ui.tasks import TaskHandle, TaskRunner

_NUMBER_ROLE = Qt.ItemDataRole.UserRole


class VersionHistoryDialog(QDialog):
    """Every saved version, newest first. Restoring saves a copy as the newest version.

    The dialog reads through tasks, off the GUI thread; a restore is a write, so it
    is only requested here (`restore_requested`) and done by the workspace, which
    outlives the dialog and shows the restored text.
    """

    restore_requested = Signal(int)

    def __init__(
        self, tasks: TaskRunner, service: JobService, job_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Opened with open() from a long-lived workspace: without this, every use leaks one.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Version history")
        self.resize(820, 560)
        self._tasks = tasks
        self._service = service
        self._job_id = job_id
        self.last_diff: VersionDiff | None = None
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("version-diff")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff_view)
        splitter.setSizes([200, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Select one version to restore it, or two to compare them."))
        layout.addWidget(splitter, 1)
        layout.addWidget(self._buttons())
        self.reload()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.compare_button = QPushButton("Compare")
        self.compare_button.setToolTip("Compare the two selected versions (or one with the latest)")
        self.restore_button = QPushButton("Restore…")
        self.restore_button.setToolTip("Save a copy of the selected version as the newest version")
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        return buttons

    def reload(self) -> TaskHandle:
        service, job_id = self._service, self._job_id
        return self._tasks.submit(
            lambda token: service.versions(job_id),
            on_result=self._show_versions,
            on_error=self._failed,
            description="Reading the version history",
            owner=self,
        )

    def versions_changed(self, job_id: int) -> None:
        """Slot: the workspace saved or restored `job_id`."""
        if job_id == self._job_id:
            self.reload()

    def _show_versions(self, versions: list[JobVersion]) -> None:
        self.list.clear()
        for version in versions:
            when = version.created_at.strftime("%Y-%m-%d %H:%M") if version.created_at else ""
            note = f" \u2014 {version.note}" if version.note else ""
            item = QListWidgetItem(f"Version {version.number}  {when}  {version.title}{note}")
            item.setData(_NUMBER_ROLE, version.number)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_numbers(self) -> list[int]:
        return sorted(item.data(_NUMBER_ROLE) for item in self.list.selectedItems())

    def compare(self, old: int, new: int) -> TaskHandle:
        self.diff_view.setPlainText(f"Comparing version {old} with version {new}\u2026")
        service, job_id = self._service, self._job_id
        return self._tasks.submit(
            lambda token: service.diff(job_id, old, new),
            on_result=self._show_diff,
            on_error=self._failed,
            description="Comparing versions",
            key="jd-version-diff",
            owner=self,
        )

    def _show_diff(self, diff: VersionDiff) -> None:
        self.last_diff = diff
        self.diff_view.setHtml(diff_html(diff))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, RecruiterKitError):
            raise error
        self.diff_view.setPlainText(str(error))

    def compare_selected(self) -> None:
        numbers = self.selected_numbers()
        latest = self.list.item(0).data(_NUMBER_ROLE) if self.list.count() else None
        if len(numbers) == 1 and latest is not None and numbers[0] != latest:
            numbers.append(latest)
        if len(numbers) != 2:
            self.diff_view.setPlainText("Select two versions to compare (Ctrl+click).")
            return
        self.compare(numbers[0], numbers[1])

    def restore_selected(self) -> bool:
        """Ask, then request the restore of the selected version; True if requested."""
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            self.diff_view.setPlainText("Select one version to restore.")
            return False
        answer = QMessageBox.question(
            self,
            "Restore version",
            f"Make version {numbers[0]} the current text? It is saved as a new version; "
            "no version is deleted, so you can go back later.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restore_requested.emit(numbers[0])
        return True


def diff_html(diff: VersionDiff) -> str:
    """Changed fields, then the line diff of the plain-text posting, coloured."""
    parts = [f"<h3>Version {diff.old} \u2192 version {diff.new}</h3>"]
    if not diff.changes:
        parts.append("<p>No differences.</p>")
    else:
        fields = ", ".join(html.escape(change.field) for change in diff.changes)
        parts.append(f"<p><b>Changed fields:</b> {fields}</p>")
    lines = []
    for line in diff.text_diff.splitlines()[2:]:
        colour = {"+": "#1b7a1b", "-": "#b22222", "@": "#777777"}.get(line[:1], "#000000")
        lines.append(f'<span style="color:{colour}">{html.escape(line)}</span>')
    parts.append("<pre>" + "\n".join(lines) + "</pre>")
    return "".join(parts)
