"""The QApplication and the first window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from recruiter_kit.core.errors import RecruiterKitError
from recruiter_kit.services.database import Database
from recruiter_kit.ui import settings as ui_settings
from recruiter_kit.ui.errors import install_excepthook
from recruiter_kit.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def run_application(open_start_database: Callable[[str | None], Database]) -> int:
    """Open the database chosen from the last one used, show the main window, run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recruiter Kit")
    app.setOrganizationName("Recruiter Kit")
    settings = ui_settings.open_settings()
    try:
        database = open_start_database(ui_settings.last_database(settings))
    except RecruiterKitError as error:
        print(f"recruiter-kit: {error}", file=sys.stderr)
        return 2
    install_excepthook()
    ui_settings.remember_database(settings, database.url)
    window = MainWindow(database, settings)
    window.show()
    log.info("Started on %s", database.display_name)
    return app.exec()
