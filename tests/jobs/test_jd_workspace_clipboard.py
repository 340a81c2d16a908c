"""Copy to clipboard: text and HTML both arrive, and the process still exits cleanly.

A QMimeData made from Python and left on the clipboard crashed the interpreter at
exit (exit code 139 after a green suite), so one test runs the copy in a child
process and checks its exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import shiboken6
from PySide6.QtGui import QGuiApplication

from recruiter_kit.services.jobs import JobService
from recruiter_kit.storage.database import sqlite_url
from recruiter_kit.ui.workspaces.jobs import JobsWorkspace

CHILD = textwrap.dedent(
    """
    import sys
    import time
    from PySide6.QtWidgets import QApplication
    from recruiter_kit.services.jobs import JobService
    from recruiter_kit.storage.database import open_database
    from recruiter_kit.ui.context import UiContext
    from recruiter_kit.ui.tasks import TaskRunner
    from recruiter_kit.ui.workspaces.jobs import JobsWorkspace

    app = QApplication([])
    database = open_database(sys.argv[1])
    JobService(database).create_from_template("backend-mid-product")
    tasks = TaskRunner()
    workspace = JobsWorkspace(UiContext(database, tasks))
    deadline = time.monotonic() + 60
    while workspace.job_id is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    workspace.copy_to_clipboard()
    print(QApplication.clipboard().text().splitlines()[0])
    tasks.shutdown()
    app.processEvents()
    """
)


def test_copy_puts_text_and_html_in_qt_owned_data(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    JobService(ui_context.database).create_from_template("backend-mid-product")
    workspace = JobsWorkspace(ui_context)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.job_id is not None, timeout=5000)
    workspace.copy_to_clipboard()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text().startswith("Backend Engineer")
    assert "<h2>" in data.html()
    assert set(data.formats()) == {"text/plain", "text/html"}
    # Made by Qt, not by Python: nothing calls back into Python when Qt frees it at exit.
    assert not shiboken6.createdByPython(data)
    ui_context.tasks.wait(5000)


def test_process_exits_cleanly_after_a_copy(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    database = sqlite_url(tmp_path / "child.sqlite3")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, database],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "Backend Engineer"
