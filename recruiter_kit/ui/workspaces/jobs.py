"""The Jobs workspace: pick a template, edit the job, watch the preview and the checks,
save versions, and publish as PDF, Word, Markdown, HTML or text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.core.errors import RecruiterKitError
from recruiter_kit.core.progress import CancelToken
from recruiter_kit.jobs.checks import Finding
from recruiter_kit.jobs.library import TemplateInfo, TemplateProblem
from recruiter_kit.jobs.model import JobDescription
from recruiter_kit.jobs.skills import skill_suggestions
from recruiter_kit.services.jobs import JobService, JobSummary, SavedJob
from recruiter_kit.ui.context import UiContext
from recruiter_kit.ui.jobs import printing
from recruiter_kit.ui.jobs.checks_panel import ChecksPanel
from recruiter_kit.ui.jobs.clipboard import copy_text_and_html
from recruiter_kit.ui.jobs.editor import JobEditor
from recruiter_kit.ui.jobs.history import VersionHistoryDialog
from recruiter_kit.ui.jobs.job_list import JobListPanel
from recruiter_kit.ui.tasks import TaskHandle

PREVIEW_DELAY_MS = 300
EXPORT_FILTERS = {
    "PDF document (*.pdf)": "pdf",
    "Word document (*.docx)": "docx",
    "Markdown (*.md)": "md",
    "Web page (*.html)": "html",
    "Plain text for job boards (*.txt)": "txt",
}


Lists = tuple[list[TemplateInfo], list[TemplateProblem], list[JobSummary]]


def _read_lists(service: JobService) -> Lists:
    """Off the GUI thread: the template files on disk and the stored jobs."""
    infos, problems = service.templates()
    return infos, problems, service.list_jobs()


def _render_preview(
    service: JobService, data: dict[str, Any], token: CancelToken
) -> tuple[JobDescription, str, list[Finding]]:
    """Off the GUI thread: validate what was typed, render HTML and run the checks."""
    description = JobDescription.from_dict(data)
    token.raise_if_cancelled()
    html = service.render_text(description, "html")
    token.raise_if_cancelled()
    return description, html, service.lint(description)


class JobsWorkspace(QWidget):
    """Templates and stored jobs on the left, the form in the middle, preview and checks right.

    Every database read and write runs as a task (writes on the write thread), so
    a long import holding the database never freezes typing here.
    """

    versions_changed = Signal(int)  # a job id whose version list grew

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = JobService(context.database)
        self.job_id: int | None = None
        self.version = 0
        self.dirty = False
        # Counts edits, so a save that ends after more typing leaves the job unsaved.
        self._edits = 0
        self.last_description: JobDescription | None = None
        self.job_list = JobListPanel()
        self.editor = JobEditor(skill_suggestions())
        self.preview = QTextBrowser()
        self.preview.setObjectName("jd-preview")
        self.checks = ChecksPanel()
        self.status = QLabel()
        self.status.setObjectName("jd-status")
        self.status.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build_layout()
        self._connect()
        self._set_enabled(False)  # until the first job has been read
        self.reload()

    # Layout -------------------------------------------------------------------

    def _build_layout(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_titled("Preview", self.preview))
        right.addWidget(_titled("Checks", self.checks))
        right.setSizes([520, 300])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.job_list)
        main.addWidget(self.editor)
        main.addWidget(right)
        main.setStretchFactor(1, 3)
        main.setStretchFactor(2, 3)
        main.setSizes([220, 560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.status)
        layout.addWidget(main, 1)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar("Job")
        self.save_action = self._action("Save", self.save, QKeySequence.StandardKey.Save)
        self.revert_action = self._action("Revert", self.revert)
        self.history_action = self._action("History…", self.show_history)
        self.export_action = self._action("Export…", self.export_dialog, "Ctrl+E")
        self.copy_action = self._action("Copy text", self.copy_to_clipboard, "Ctrl+Shift+C")
        self.print_action = self._action(
            "Print…", self.print_dialog, QKeySequence.StandardKey.Print
        )
        self.preview_action = self._action("Print preview…", self.print_preview, "Ctrl+Shift+P")
        for action in (self.save_action, self.revert_action, self.history_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.export_action, self.copy_action, self.preview_action):
            bar.addAction(action)
        bar.addAction(self.print_action)
        return bar

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        # The shortcut works while focus is anywhere in this workspace, and only here.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect(self) -> None:
        self.editor.changed.connect(self._edited)
        self.checks.finding_activated.connect(self.editor.focus_finding)
        self.job_list.job_selected.connect(self.open_job)
        self.job_list.new_requested.connect(self.create_from_template)

    # Loading ------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> TaskHandle:
        """Read the templates and the stored jobs off the GUI thread, then open `select`
        (else the job already open, else the newest)."""
        return self._run(
            _read_lists,
            self.service,
            on_result=lambda lists: self._lists_loaded(lists, select),
            description="Reading jobs and templates",
            key="jd-lists",
        )

    def _lists_loaded(self, lists: Lists, select: int | None) -> None:
        infos, problems, jobs = lists
        self.job_list.set_templates(infos, [p.message for p in problems])
        ids = [job.id for job in jobs]
        target = next((i for i in (select, self.job_id) if i in ids), ids[0] if ids else None)
        self.job_list.set_jobs(jobs, select=target)
        if target is None:
            self._set_enabled(False)
        else:
            self.open_job(target, ask=False)

    def _refresh_jobs(self) -> None:
        self._run(
            self.service.list_jobs,
            on_result=lambda jobs: self.job_list.set_jobs(jobs, select=self.job_id),
            description="Listing jobs",
            key="jd-jobs",
        )

    def _set_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        for action in (
            self.save_action,
            self.revert_action,
            self.history_action,
            self.export_action,
            self.copy_action,
            self.preview_action,
            self.print_action,
        ):
            action.setEnabled(enabled)

    def open_job(self, job_id: int, ask: bool = True) -> TaskHandle | None:
        """Show the stored job `job_id`; with `ask`, unsaved edits are not dropped silently."""
        if job_id == self.job_id:
            return None
        if ask and not self._may_discard():
            if self.job_id is not None:
                self.job_list.select_job(self.job_id)
            return None
        self._set_enabled(False)  # nothing typed now could survive the job being replaced
        return self._run(
            self.service.get,
            job_id,
            on_result=self._show_saved,
            on_error=self._load_failed,
            description="Opening the job",
            key="jd-open",
        )

    def _show_saved(self, saved: SavedJob) -> None:
        self.job_id = saved.id
        self.version = saved.version
        self.editor.set_description(saved.description)
        self.dirty = False
        self._set_enabled(True)
        self.job_list.select_job(saved.id)
        self._info(f"Version {saved.version} of \u201c{saved.description.title}\u201d.")
        self.refresh_preview()

    def _load_failed(self, error: BaseException) -> None:
        self._set_enabled(self.job_id is not None)
        if self.job_id is not None:
            self.job_list.select_job(self.job_id)
        self._task_failed(error)

    def create_from_template(self, name: str) -> TaskHandle | None:
        if not self._may_discard():
            return None
        self._set_enabled(False)
        return self._run(
            self.service.create_from_template,
            name,
            on_result=self._created,
            on_error=self._load_failed,
            description=f"Creating a job from the template {name}",
            writes=True,
        )

    def _created(self, saved: SavedJob) -> None:
        self._show_saved(saved)
        self._refresh_jobs()
        self.context.data_changed.emit("jobs")

    # Saving and versions -----------------------------------------------------------

    def current_description(self) -> JobDescription | None:
        """The form validated, or None with the problem shown in the status line."""
        try:
            return JobDescription.from_dict(self.editor.raw_data())
        except RecruiterKitError as error:
            self._show_error(str(error))
            return None

    def save(self) -> TaskHandle | None:
        description = self.current_description()
        if description is None or self.job_id is None:
            return None
        edits = self._edits
        return self._run(
            self.service.save,
            self.job_id,
            description,
            on_result=lambda saved: self._saved(saved, edits),
            description="Saving the job description",
            writes=True,
        )

    def _saved(self, saved: SavedJob, edits: int) -> None:
        self._refresh_jobs()
        self.versions_changed.emit(saved.id)
        self.context.data_changed.emit("jobs")  # title, level and skills feed the others
        if saved.id != self.job_id:
            return  # another job was opened while this one was saving
        self.version = saved.version
        if edits == self._edits:
            self.dirty = False
            self._info(f"Saved as version {saved.version}.")
        else:
            self._info(f"Saved as version {saved.version}; what you typed since is not saved yet.")

    def revert(self) -> None:
        if self.job_id is not None and self._may_discard():
            job_id = self.job_id
            self.job_id = None
            self.open_job(job_id, ask=False)

    def show_history(self) -> VersionHistoryDialog | None:
        if self.job_id is None:
            return None
        dialog = VersionHistoryDialog(self.context.tasks, self.service, self.job_id, self)
        dialog.restore_requested.connect(self.restore_version)
        self.versions_changed.connect(dialog.versions_changed)
        dialog.open()
        return dialog

    def restore_version(self, number: int) -> TaskHandle | None:
        """Save a copy of version `number` as the newest version and show it."""
        if self.job_id is None or not self._may_discard():
            return None
        self._set_enabled(False)
        return self._run(
            self.service.restore,
            self.job_id,
            number,
            on_result=self._restored,
            on_error=self._load_failed,
            description=f"Restoring version {number}",
            writes=True,
        )

    def _restored(self, saved: SavedJob) -> None:
        self._show_saved(saved)
        self._refresh_jobs()
        self.versions_changed.emit(saved.id)
        self.context.data_changed.emit("jobs")
        self._info(f"Restored: the text is now version {saved.version}.")

    def may_close(self) -> bool:
        """Whether the app may quit or switch database now.

        With unsaved edits the user chooses: save them (the save finishes before
        this returns), discard them, or cancel, which returns False.
        """
        return self._may_discard()

    def _may_discard(self) -> bool:
        """True when the edits in the form may be replaced: none, saved now, or discarded."""
        if not self.dirty or self.job_id is None:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"\u201c{self.editor.lines['title'].text()}\u201d has changes that are not saved. "
            "Save them as a new version first?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self._save_now()
        return answer == buttons.Discard

    def _save_now(self) -> bool:
        """Save and wait for the write thread (the GUI keeps painting); True if saved."""
        handle = self.save()
        if handle is None:
            QMessageBox.warning(self, "Not saved", self.status.text())
            return False
        if handle.state == "running":
            loop = QEventLoop()
            handle.finished.connect(loop.quit)
            loop.exec()
        return handle.state == "done" and not self.dirty

    # Preview and checks -------------------------------------------------------------

    def _edited(self) -> None:
        if not self.dirty and not self.status.property("error"):
            self._info(
                f"Version {self.version}, with unsaved changes (Ctrl+S saves a new version)."
            )
        self.dirty = True
        self._edits += 1
        self._timer.start()

    def refresh_preview(self) -> None:
        """Capture the form now, render it on a worker; a newer request drops this one."""
        self._timer.stop()
        self.context.tasks.submit(
            _render_preview,
            self.service,
            self.editor.raw_data(),
            on_result=self._preview_ready,
            on_error=self._preview_failed,
            description="Updating the preview",
            key="jd-preview",
            owner=self,
        )

    def _preview_ready(self, result: tuple[JobDescription, str, list[Finding]]) -> None:
        description, html, findings = result
        self.last_description = description
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(scroll)
        self.checks.set_findings(findings)
        if self.status.property("error"):
            self._info(f"Version {self.version}, with unsaved changes." if self.dirty else "")

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, RecruiterKitError):
            self._show_error(str(error))  # the last good preview stays on screen
        else:
            raise error

    # Export, clipboard, print --------------------------------------------------------

    def export_dialog(self) -> None:
        description = self.current_description()
        if description is None:
            return
        suggested = str(Path.home() / f"{_file_stem(description.title)}.pdf")
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export job description", suggested, ";;".join(EXPORT_FILTERS)
        )
        if path:
            fmt = Path(path).suffix.lower().lstrip(".")
            if fmt not in EXPORT_FILTERS.values():
                fmt = EXPORT_FILTERS.get(chosen, "pdf")
                path = f"{path}.{fmt}"
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        description = self.current_description()
        if description is None:
            return
        self._run(
            self.service.export_description,
            description,
            fmt,
            path,
            on_result=lambda written: self._info(f"Exported to {written}."),
            description=f"Exporting to {path.name}",
        )

    def copy_to_clipboard(self) -> None:
        description = self.current_description()
        if description is None:
            return
        copy_text_and_html(
            self.service.render_text(description, "txt"),
            self.service.render_text(description, "html"),
        )
        self._info("Copied the job description; paste it into a job board or an email.")

    def print_preview(self) -> QPrintPreviewDialog:
        """Show the posting as it will print; the preview's Print button prints it."""
        dialog = printing.preview_dialog(self.print_document, "Print preview", self)
        dialog.open()
        return dialog

    def print_dialog(self) -> QPrintDialog:
        """The system print dialog; accepting it prints the posting."""
        dialog = printing.print_dialog(self.print_document, "Print job description", self)
        QDialog.open(dialog)  # QPrintDialog.open(receiver, slot) hides the plain overload
        return dialog

    def print_document(self, printer: QPrinter) -> None:
        description = self.current_description()
        if description is None:
            return
        document = QTextDocument()
        document.setHtml(self.service.render_text(description, "html"))
        printer.setDocName(description.title)
        document.print_(printer)

    # Messages ---------------------------------------------------------------------------

    def _task_failed(self, error: BaseException) -> None:
        if not isinstance(error, RecruiterKitError):
            raise error
        self._show_error(str(error))
        QMessageBox.warning(self, "Recruiter Kit", str(error))

    def _show_error(self, message: str) -> None:
        self.status.setProperty("error", True)
        self.status.setStyleSheet("color: #b22222; font-weight: bold")
        self.status.setText(message)

    def _info(self, message: str) -> None:
        self.status.setProperty("error", False)
        self.status.setStyleSheet("color: #444444")
        self.status.setText(message)

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        description: str,
        on_error: Callable[[BaseException], None] | None = None,
        writes: bool = False,
        key: str | None = None,
    ) -> TaskHandle:
        """Run `fn(*args)` as a task; its callbacks are dropped once this workspace is gone."""
        return self.context.tasks.submit(
            lambda token: fn(*args),
            on_result=on_result,
            on_error=on_error or self._task_failed,
            description=description,
            writes=writes,
            key=key,
            owner=self,
        )


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget, 1)
    return box


def _file_stem(title: str) -> str:
    return "".join(c if c.isalnum() or c in "-_ " else "_" for c in title).strip() or "job"
