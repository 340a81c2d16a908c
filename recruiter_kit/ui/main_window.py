"""The main window: a sidebar of workspaces, menus, and a status bar that shows tasks."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from recruiter_kit import __version__, paths
from recruiter_kit.core.errors import InvalidInputError, RecruiterKitError
from recruiter_kit.services.database import Database, DatabaseService, open_database, sqlite_url
from recruiter_kit.ui import settings as ui_settings
from recruiter_kit.ui.context import UiContext
from recruiter_kit.ui.errors import show_error
from recruiter_kit.ui.task_bar import TaskBar
from recruiter_kit.ui.tasks import TaskRunner
from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace
from recruiter_kit.ui.workspaces.interviews import InterviewsWorkspace
from recruiter_kit.ui.workspaces.jobs import JobsWorkspace

log = logging.getLogger(__name__)

WORKSPACES = (
    ("Jobs", JobsWorkspace, "Ctrl+1"),
    ("Candidates", CandidatesWorkspace, "Ctrl+2"),
    ("Interviews", InterviewsWorkspace, "Ctrl+3"),
)
DATABASE_FILTER = "Recruiter Kit databases (*.sqlite3 *.sqlite *.db);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(
        self, database: Database, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recruiter Kit")
        self.resize(1200, 780)
        self._settings = settings
        self.tasks = TaskRunner(self)
        self.context = UiContext(database, self.tasks, self)
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        for name, _, shortcut in WORKSPACES:
            item = QListWidgetItem(name)
            item.setToolTip(f"{name} ({shortcut})")
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.workspaces: list[QWidget] = []
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.database_label = QLabel()
        self.task_bar = TaskBar(self.tasks)
        self.statusBar().addPermanentWidget(self.task_bar)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._build_workspaces()
        self._restore_state()

    # Workspaces -------------------------------------------------------------

    def _build_workspaces(self) -> None:
        current = max(self.sidebar.currentRow(), 0)
        for widget in self.workspaces:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.workspaces = [factory(self.context) for _, factory, _ in WORKSPACES]
        for widget in self.workspaces:
            self.stack.addWidget(widget)
        self.sidebar.setCurrentRow(current)
        self.stack.setCurrentIndex(current)
        self.database_label.setText(self.context.database.display_name)
        self.database_label.setToolTip("The open database")

    def show_workspace(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    @property
    def candidates(self) -> CandidatesWorkspace:
        return self.workspaces[1]  # type: ignore[return-value]

    # Menus --------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: str | QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self._action("&New Database…", self.new_database, "Ctrl+Shift+N"))
        file_menu.addAction(
            self._action("&Open Database…", self.choose_database, QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(self._action("&Back Up Database…", self.backup_database))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Import Resumes…", self.import_resumes, "Ctrl+I"))
        file_menu.addAction(self._action("&Export Ranking…", self.export_ranking))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        view_menu = self.menuBar().addMenu("&View")
        for index, (name, _, shortcut) in enumerate(WORKSPACES):
            view_menu.addAction(
                self._action(name, lambda _=False, i=index: self.show_workspace(i), shortcut)
            )
        view_menu.addSeparator()
        self.blind_action = self._action(
            "&Blind Review", self.context.set_blind_review, "Ctrl+Shift+B"
        )
        self.blind_action.setCheckable(True)
        self.blind_action.setToolTip("Hide names, contact details, links and schools")
        view_menu.addAction(self.blind_action)
        cancel = self._action("Cancel Running Task", self.task_bar.cancel_current, "Esc")
        cancel.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addAction(cancel)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("Open &Log Folder", self.open_log_folder))
        help_menu.addAction(self._action("&About Recruiter Kit", self.show_about, "F1"))

    # Database -----------------------------------------------------------------

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "New database",
            str(paths.data_dir()),
            DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        if Path(name).exists():
            # Never replace a file from a "new" dialog: it may be someone's hiring data.
            show_error(
                self,
                "New database",
                InvalidInputError(f"{name} already exists. Use File > Open Database to open it."),
            )
            return
        self.switch_database(sqlite_url(Path(name)))

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open database", str(paths.data_dir()), DATABASE_FILTER
        )
        if name:
            self.switch_database(sqlite_url(Path(name)))

    def may_close_workspaces(self) -> bool:
        """Ask each workspace with unsaved work whether it may go; False if one says no."""
        return all(getattr(workspace, "may_close", lambda: True)() for workspace in self.workspaces)

    def switch_database(self, url: str) -> bool:
        """Open another database; the current one stays open if the new one is refused."""
        if not self.may_close_workspaces():
            return False
        try:
            database = open_database(url)
        except RecruiterKitError as error:
            show_error(self, "Cannot open database", error)
            return False
        self.tasks.shutdown()
        old = self.context.database
        self.context.database = database
        self._build_workspaces()
        old.dispose()
        ui_settings.remember_database(self._settings, url)
        self.statusBar().showMessage(f"Opened {database.display_name}", 5000)
        return True

    def backup_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Back up database", "", DATABASE_FILTER)
        if not name:
            return
        service = DatabaseService(self.context.database)
        self.tasks.submit(
            lambda token: service.backup(Path(name)),
            description="Backing up the database",
            on_result=lambda path: self.statusBar().showMessage(f"Backed up to {path}", 8000),
            on_error=lambda error: show_error(self, "Backup failed", error),
        )

    def import_resumes(self) -> None:
        self.show_workspace(1)
        self.candidates.choose_files_to_import()

    def export_ranking(self) -> None:
        self.show_workspace(1)
        self.candidates.choose_export_file()

    # Help ---------------------------------------------------------------------

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Recruiter Kit",
            f"<h3>Recruiter Kit {__version__}</h3>"
            "<p>Job descriptions, resume screening and interview guides for hiring "
            "backend engineers. Your data stays on this computer.</p>"
            f"<p>Database: {self.context.database.display_name}<br>"
            f"Log folder: {paths.log_dir()}</p>",
        )

    # State ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = ui_settings.window_geometry(self._settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.sidebar.setCurrentRow(int(self._settings.value("window/workspace", 0)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close_workspaces():
            event.ignore()
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/workspace", self.sidebar.currentRow())
        self._settings.sync()
        if not self.tasks.shutdown(10_000):
            log.warning("Background tasks were still running at exit")
        super().closeEvent(event)
