"""The Candidates workspace: import resumes, see them ranked against a job, read the evidence.

Everything that touches the database or reads a file runs as a task: imports
and re-screens on the write thread, lists and details on the read pool. The
widgets only show what the services return.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.core.progress import Progress
from recruiter_kit.screening.reading import SUPPORTED_SUFFIXES
from recruiter_kit.services.directory import DirectoryService
from recruiter_kit.services.originals import OriginalRenderer
from recruiter_kit.services.ranking_export import export_ranking
from recruiter_kit.services.screening import (
    CandidateDetail,
    ImportSummary,
    ScreeningRow,
    ScreeningService,
)
from recruiter_kit.ui.candidates.detail_pane import CandidateDetailPane
from recruiter_kit.ui.candidates.pdf_view import OriginalPages, render_original
from recruiter_kit.ui.candidates.table_model import (
    ROW_ROLE,
    CandidateFilterProxy,
    CandidateTableModel,
    TableRow,
    table_rows,
)
from recruiter_kit.ui.context import UiContext
from recruiter_kit.ui.errors import describe, show_error
from recruiter_kit.ui.tasks import TaskHandle

ALL_CANDIDATES = "All candidates"
#: Widths of the columns after Candidate (Score … Status, then File); Candidate takes the rest.
COLUMN_WIDTHS = {1: 52, 2: 52, 3: 46, 4: 48, 5: 50, 6: 72, 7: 140}
FILE_COLUMN = 7
#: The kinds of file a ranking exports to, by the save dialog's filter.
EXPORT_FILTERS = {"CSV for a spreadsheet (*.csv)": ".csv", "PDF to print (*.pdf)": ".pdf"}
#: While an import runs the list is reloaded at most this often (ms).
REFRESH_DURING_IMPORT_MS = 800


def import_workers() -> int:
    """Screening processes for an import: one per core, at most two."""
    return max(1, min(2, os.cpu_count() or 1))


class CandidatesWorkspace(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = ScreeningService(context.database)
        self._directory = DirectoryService(context.database)
        self._renderer = OriginalRenderer()
        self.destroyed.connect(self._renderer.close)
        self._import: TaskHandle | None = None
        # Imports asked for while one runs, each with the job selected when it was asked for.
        self._queued: list[tuple[list[Path], int | None]] = []
        self._job_ids: list[int | None] = [None]
        self.last_summary: ImportSummary | None = None
        self.workers = import_workers()
        #: Screen in worker processes even with one worker, so a file that stalls a
        #: reader is stopped; off, one worker screens in this process.
        self.isolated = True
        self.setAcceptDrops(True)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DURING_IMPORT_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        context.blind_review_changed.connect(self._set_blind)
        context.data_changed.connect(self._data_changed)
        self._set_blind(context.blind_review)
        self.reload_jobs()

    # Building -----------------------------------------------------------------

    def _build(self) -> None:
        self.import_button = QPushButton("Import…")
        self.import_button.setToolTip(
            "Import resumes (PDF, DOCX, text, Markdown, JSON Resume); Ctrl+I"
        )
        self.import_button.clicked.connect(self.choose_files_to_import)
        self.folder_button = QPushButton("Folder…")
        self.folder_button.setToolTip("Import every resume in a folder and its subfolders")
        self.folder_button.clicked.connect(self.choose_folder_to_import)
        self.job_box = QComboBox()
        self.job_box.setMinimumWidth(140)
        self.job_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.job_box.setToolTip("Rank candidates against this job; imports go into it")
        self.job_box.currentIndexChanged.connect(self._job_changed)
        self.rescreen_button = QPushButton("Re-screen")
        self.rescreen_button.setToolTip(
            "Match every candidate of this job against the job as it is now"
        )
        self.rescreen_button.clicked.connect(self.rescreen)
        self.export_button = QPushButton("Export…")
        self.export_button.setToolTip(
            "Write this job's whole ranking, best match first, with each candidate's flags and "
            "match: CSV for a spreadsheet or PDF to print (Ctrl+E); in blind review it names no one"
        )
        self.export_button.clicked.connect(self.choose_export_file)
        self.export_action = QAction("Export the ranking", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        # Heard only while this workspace is shown (Jobs and Interviews export with Ctrl+E
        # too), and from the sidebar as well, where Ctrl+2 leaves the focus.
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.export_action.triggered.connect(self.choose_export_file)
        self.addAction(self.export_action)
        self._set_exportable(False)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter by name, level, status, file…")
        self.filter_box.setClearButtonEnabled(True)
        toolbar = QHBoxLayout()
        for widget in (
            self.import_button,
            self.folder_button,
            QLabel("Job:"),
            self.job_box,
            self.rescreen_button,
            self.export_button,
        ):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)

        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop importing; what is already stored is kept")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.queue_label = QLabel()
        self.queue_label.setVisible(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label, 1)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.queue_label)
        progress_row.addWidget(self.cancel_button)
        self.progress_strip = QWidget()
        self.progress_strip.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_strip.setVisible(False)

        self.model = CandidateTableModel(self)
        self.proxy = CandidateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Fixed widths: sizing columns to their contents walks every row on each
        # reload, which stalls the GUI once hundreds of candidates are listed. The
        # Candidate column takes what is left, so every key column fits the default
        # window; the file name is in the tooltip, in the Candidate cell of a file that
        # could not be read, and in a File column the header's menu shows.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.file_column_action = QAction("Show the File column", self)
        self.file_column_action.setCheckable(True)
        self.file_column_action.toggled.connect(
            lambda shown: self.table.setColumnHidden(FILE_COLUMN, not shown)
        )
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header.addAction(self.file_column_action)
        self.table.setColumnHidden(FILE_COLUMN, True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_hint = QLabel(
            "Drop resumes or folders here, or use Import… (Ctrl+I). "
            f"Supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}."
        )
        self.empty_hint.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.detail = CandidateDetailPane()
        self.detail.actions.split_requested.connect(self.split_resume)
        self.detail.actions.link_requested.connect(self.link_resume)
        self.detail.actions.assign_requested.connect(self.assign_to_job)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([490, 530])
        layout = QVBoxLayout(self)
        title = QLabel("<h2>Candidates</h2>")
        layout.addWidget(title)
        layout.addLayout(toolbar)
        layout.addWidget(self.progress_strip)
        layout.addWidget(splitter, 1)

    # Jobs and the list ----------------------------------------------------------

    def reload_jobs(self) -> None:
        self._submit(
            lambda token: self._directory.jobs(),
            on_result=self._show_jobs,
            on_error=self._report_error,
            key="candidates-jobs",
        )

    def _data_changed(self, kind: str) -> None:
        """Another workspace (or this one) wrote: reload what is listed, keeping the selection."""
        if kind == "jobs":
            self.reload_jobs()  # refreshes the ranking too
        elif kind == "candidates":
            self.refresh()

    def _show_jobs(self, jobs: list[Any]) -> None:
        self.detail.actions.set_jobs(jobs)
        current = self.current_job_id
        self.job_box.blockSignals(True)
        self.job_box.clear()
        self._job_ids = [None]
        self.job_box.addItem(ALL_CANDIDATES)
        for job in jobs:
            self._job_ids.append(job.id)
            self.job_box.addItem(job.title + (f" ({job.level.value})" if job.level else ""))
        self.job_box.setCurrentIndex(
            self._job_ids.index(current) if current in self._job_ids else 0
        )
        self.job_box.blockSignals(False)
        self._job_changed()

    @property
    def current_job_id(self) -> int | None:
        index = self.job_box.currentIndex()
        return self._job_ids[index] if 0 <= index < len(self._job_ids) else None

    def select_job(self, job_id: int | None) -> None:
        self.job_box.setCurrentIndex(self._job_ids.index(job_id))

    def _job_changed(self) -> None:
        self.rescreen_button.setEnabled(self.current_job_id is not None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list in the background; a newer reload drops an older one."""
        self._submit(
            lambda job_id, token: table_rows(self._service.rank(job_id)),
            self.current_job_id,
            on_result=self._show_rows,
            on_error=self._report_error,
            key="candidates-list",
        )

    def _show_rows(self, rows: list[TableRow]) -> None:
        selected = self.detail.detail.row.screening_id if self.detail.detail else None
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        self._set_exportable(bool(rows))
        if selected is not None:
            self.select_screening(selected, load=False)

    def select_screening(self, screening_id: int, *, load: bool = True) -> bool:
        """Select a row by its screening; returns False when it is not listed."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).screening_id == screening_id:
                if not load:
                    self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                return True
        return False

    # Detail -------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row: ScreeningRow = indexes[0].data(ROW_ROLE)
        self._open_detail(row.screening_id)

    def _open_detail(self, screening_id: int) -> None:
        self._submit(
            self._load_detail,
            screening_id,
            self._context.blind_review,
            on_result=self._show_detail,
            on_error=self._report_error,
            key="candidates-detail",
        )

    def _load_detail(
        self, screening_id: int, blind: bool, token: Any
    ) -> tuple[CandidateDetail, OriginalPages | None]:
        detail = self._service.detail(screening_id)
        original = None
        # Blind review hides the original: it is drawn when the review ends (_set_blind).
        document = detail.document
        if not blind and document.media_type == "application/pdf" and document.id is not None:
            original = render_original(self._service.original(document.id), self._renderer, token)
        return detail, original

    def _show_detail(self, loaded: tuple[CandidateDetail, OriginalPages | None]) -> None:
        self.detail.show_detail(*loaded)

    def _set_blind(self, blind: bool) -> None:
        self.model.set_blind(blind)
        self.detail.set_blind(blind)
        shown = self.detail.detail
        if not blind and shown is not None and self.detail.lacks_original:
            self._open_detail(shown.row.screening_id)

    # Import -------------------------------------------------------------------

    def choose_files_to_import(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import resumes", "", f"Resumes ({patterns});;All files (*)"
        )
        if files:
            self.import_paths([Path(name) for name in files])

    def choose_folder_to_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of resumes")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> TaskHandle | None:
        """Import files and folders into the selected job, in the background.

        While an import runs, a new one waits in a queue and starts when the
        running one ends (None is returned then): the progress strip follows
        one import at a time.
        """
        if not paths:
            return None
        if self._import is not None:
            self._queued.append((list(paths), self.current_job_id))
            self._show_queue()
            return None
        return self._start_import(list(paths), self.current_job_id)

    def _start_import(self, paths: list[Path], job_id: int | None) -> TaskHandle:
        service = self._service
        workers, isolated = self.workers, self.isolated
        self.progress.setRange(0, 0)
        self.progress_label.setText("Importing…")
        self.progress_strip.setVisible(True)
        self._import = self._submit(
            # One worker (one core) screens each file on its own, so the window shows
            # every file as soon as it is stored and a cancel takes effect at once; in
            # a process of its own, so a file that stalls a reader is stopped.
            lambda token: service.import_files(
                paths,
                job_id=job_id,
                workers=workers,
                token=token,
                low_priority=True,
                inline_batch=1,
                isolated=isolated,
            ),
            description="Importing resumes",
            writes=True,
            on_progress=self._import_progressed,
            on_result=self._import_finished,
            on_error=self._import_failed,
        )
        self._import.finished.connect(self._import_ended)
        return self._import

    @property
    def queued_imports(self) -> int:
        return len(self._queued)

    def _show_queue(self) -> None:
        waiting = len(self._queued)
        self.queue_label.setText(f"{_imports(waiting)} queued, next when this one ends")
        self.queue_label.setVisible(bool(waiting))

    def cancel_import(self) -> None:
        """Stop the running import (what it stored is kept) and drop the queued ones."""
        if self._import is not None:
            dropped = len(self._queued)
            self._queued.clear()
            self._show_queue()
            self._import.cancel()
            note = f"; {_imports(dropped)} queued dropped" if dropped else ""
            self.progress_label.setText(f"Cancelling…{note}")

    @property
    def importing(self) -> bool:
        return self._import is not None

    def _import_progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
            self.progress.setFormat(f"{progress.done} / {progress.total}")
        failed = f" · {progress.failures} failed" if progress.failures else ""
        self.progress_label.setText(f"Imported {progress.done} of {progress.total}{failed}")
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _import_finished(self, summary: ImportSummary) -> None:
        self.last_summary = summary
        if summary.cancelled:
            done = summary.ok + summary.failures
            self._show_cancelled(done, summary.total, summary.problems)
            return
        parts = [f"{summary.ok} screened"]
        if summary.failures:
            parts.append(f"{summary.failures} could not be read")
        if summary.duplicates:
            added = f" ({summary.added_to_job} added to this job)" if summary.added_to_job else ""
            parts.append(f"{summary.duplicates} already imported{added}")
        if summary.linked:
            parts.append(f"{summary.linked} matched to known candidates by email or phone")
        files = f"{summary.total} file" + ("" if summary.total == 1 else "s")
        self.status_label.setText(f"Imported {files}: " + ", ".join(parts) + ".")
        self.status_label.setToolTip("\n".join(summary.problems[:30]))
        self.status_label.setVisible(True)

    def _show_cancelled(self, done: int, total: int, problems: list[str]) -> None:
        if done:
            text = f"Cancelled after {done} of {total} files; the {done} imported are kept."
        else:
            text = "Cancelled before any file was imported."
        self.status_label.setText(text)
        self.status_label.setToolTip("\n".join(problems[:30]))
        self.status_label.setVisible(True)

    def _import_failed(self, error: BaseException) -> None:
        show_error(self, "Import failed", error)

    def _import_ended(self) -> None:
        handle = self._import
        if handle is not None and handle.state == "cancelled":
            # A cancelled task hands back no result: its last report says how far it got.
            last = handle.last_progress
            self._show_cancelled(last.done if last else 0, last.total if last else 0, [])
        self._import = None
        self._refresh_timer.stop()
        self._context.data_changed.emit("candidates")  # refreshes this list as well
        if self._queued:
            paths, job_id = self._queued.pop(0)
            self._show_queue()
            self._start_import(paths, job_id)
        else:
            self.progress_strip.setVisible(False)

    # Re-screen ------------------------------------------------------------------

    def rescreen(self) -> TaskHandle | None:
        """Match every candidate of the selected job against it again (no re-reading)."""
        job_id = self.current_job_id
        if job_id is None:
            return None
        return self._submit(
            self._service.rescreen_job,
            job_id,
            description="Re-screening candidates",
            writes=True,
            on_result=lambda _count: self._context.data_changed.emit("candidates"),
            on_error=self._report_error,
        )

    # Export -----------------------------------------------------------------------

    def _set_exportable(self, exportable: bool) -> None:
        self.export_button.setEnabled(exportable)
        self.export_action.setEnabled(exportable)

    def choose_export_file(self) -> None:
        if not self.export_button.isEnabled():  # File > Export Ranking… before any import
            self._show_status("There is no ranking to export yet: import resumes first.")
            return
        job = self.job_box.currentText() if self.current_job_id is not None else "all candidates"
        suggested = "ranking-" + "-".join(re.findall(r"\w+", job.lower())) + ".csv"
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export the ranking", suggested, ";;".join(EXPORT_FILTERS)
        )
        if path:
            wanted = EXPORT_FILTERS.get(chosen, ".csv")
            target = Path(path)
            if target.suffix.lower() in EXPORT_FILTERS.values():
                # The suggested name ends in .csv: choosing "PDF to print" means a PDF.
                target = target.with_suffix(wanted)
            else:
                target = target.with_name(target.name + wanted)  # typed without a suffix
            self.export_ranking(target)

    def export_ranking(self, path: Path) -> TaskHandle:
        """Write the ranking shown (this job, blind or not) to `path`, off the GUI thread:
        a PDF when its name ends in .pdf, else CSV."""
        service, job_id, blind = self._service, self.current_job_id, self._context.blind_review
        return self._submit(
            lambda token: export_ranking(service, path, job_id, blind=blind, token=token),
            description="Exporting the ranking",
            on_result=lambda written: self._show_status(f"Exported the ranking to {written}."),
            on_error=lambda error: show_error(self, "Export failed", error),
        )

    def _show_status(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setToolTip("")
        self.status_label.setVisible(True)

    # Which candidate a resume belongs to, and which job -------------------------------

    def split_resume(self, screening_id: int) -> TaskHandle:
        """Make the resume a candidate of its own (it matched a known one by email or phone)."""
        return self._change(
            self._service.split_resume,
            screening_id,
            done="Split off as a separate candidate; use Link to … to undo.",
            screening_id=screening_id,
        )

    def link_resume(self, screening_id: int, candidate_id: int) -> TaskHandle:
        """Make the resume one of another candidate's resumes (also undoes a split)."""
        return self._change(
            self._service.link_resume,
            screening_id,
            candidate_id,
            done="Linked the resume to that candidate.",
            screening_id=screening_id,
        )

    def assign_to_job(self, candidate_id: int, job_id: int) -> TaskHandle:
        """Put a candidate imported without a job into that job's ranking."""
        screening_id = self.detail.detail.row.screening_id if self.detail.detail else None
        return self._change(
            self._service.assign_to_job,
            candidate_id,
            job_id,
            done="Assigned to the job; choose it above to see the ranking.",
            screening_id=screening_id,
        )

    def _change(
        self, fn: Any, *args: Any, done: str, screening_id: int | None = None
    ) -> TaskHandle:
        return self._submit(
            lambda token: fn(*args),
            description="Updating candidates",
            writes=True,
            on_result=lambda _result: self._changed(done, screening_id),
            on_error=self._report_error,
        )

    def _changed(self, message: str, screening_id: int | None) -> None:
        self._show_status(message)
        self._context.data_changed.emit("candidates")  # refreshes this list as well
        if screening_id is not None:
            self._open_detail(screening_id)

    # Drag and drop --------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def showEvent(self, event: QShowEvent) -> None:
        # Jobs may have been added or changed elsewhere while this one was hidden;
        # reloading them reloads the ranking too, and both keep their selection.
        super().showEvent(event)
        self.reload_jobs()

    def _submit(self, fn: Any, *args: Any, **options: Any) -> TaskHandle:
        """Every task of this workspace: its callbacks are dropped once the widget is deleted."""
        return self._context.tasks.submit(fn, *args, owner=self, **options)

    def _report_error(self, error: BaseException) -> None:
        self.status_label.setVisible(True)
        self.status_label.setText(describe(error))


def _imports(count: int) -> str:
    return f"{count} import" + ("" if count == 1 else "s")
