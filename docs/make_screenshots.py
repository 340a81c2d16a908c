"""Grab the main window on a fresh demo database, offscreen, into docs/.

    python docs/make_screenshots.py

Each workspace is grabbed after its data loaded; open the PNGs and look at them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RECRUITER_KIT_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["RECRUITER_KIT_DATA_DIR"] = str(Path(folder) / "data")
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from recruiter_kit.services.demo import populate_demo
        from recruiter_kit.storage.database import open_database
        from recruiter_kit.ui import settings as ui_settings
        from recruiter_kit.ui.main_window import MainWindow

        app = QApplication(sys.argv[:1])
        database = open_database(str(Path(folder) / "demo.sqlite3"))
        populate_demo(database)
        window = MainWindow(database, ui_settings.open_settings())
        window.resize(1280, 800)
        window.show()

        def settle(msecs: int = 400) -> None:
            loop = QEventLoop()
            QTimer.singleShot(msecs, loop.quit)
            loop.exec()
            window.tasks.wait(10_000)
            app.processEvents()

        settle()
        window.show_workspace(0)
        settle()
        window.grab().save(str(DOCS / "main-window.png"))
        window.show_workspace(1)
        settle()
        candidates = window.workspaces[1]
        candidates.select_job(candidates._job_ids[-1])  # the senior Python job, three resumes
        settle()
        candidates.table.selectRow(0)
        settle(800)
        window.grab().save(str(DOCS / "candidates-workspace.png"))
        findings = candidates.detail.findings
        findings.verticalScrollBar().setValue(findings.verticalScrollBar().maximum())
        settle()
        window.grab().save(str(DOCS / "candidates-work-history.png"))
        window.tasks.shutdown()
        window.close()
        database.dispose()
    names = ("main-window.png", "candidates-workspace.png", "candidates-work-history.png")
    print("Wrote " + ", ".join(str(DOCS / name) for name in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
