"""The Jobs workspace and its history dialog never touch the database on the GUI thread.

While an import holds the SQLite write lock, a read or write on the GUI thread
would freeze the window for up to the busy timeout, so every service call that
opens a session must run as a task.
"""

from __future__ import annotations

import functools
import threading

from jd_workspace_support import WAIT_MS
from PySide6.QtWidgets import QMessageBox

from recruiter_kit.services.jobs import JobService
from recruiter_kit.ui.workspaces.jobs import JobsWorkspace

DATABASE_CALLS = (
    "templates",
    "list_jobs",
    "get",
    "create_from_template",
    "save",
    "versions",
    "diff",
    "restore",
)


def _record_threads(monkeypatch, calls: list[tuple[str, bool]]) -> None:  # type: ignore[no-untyped-def]
    for name in DATABASE_CALLS:
        original = getattr(JobService, name)

        @functools.wraps(original)
        def recorded(self, *args, __name=name, __original=original, **kwargs):  # type: ignore[no-untyped-def]
            on_gui = threading.current_thread() is threading.main_thread()
            calls.append((__name, on_gui))
            return __original(self, *args, **kwargs)

        monkeypatch.setattr(JobService, name, recorded)


def test_every_database_call_runs_off_the_gui_thread(qtbot, ui_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = JobService(ui_context.database).create_from_template("backend-mid-product")
    calls: list[tuple[str, bool]] = []
    _record_threads(monkeypatch, calls)
    workspace = JobsWorkspace(ui_context)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.job_id == first.id, timeout=WAIT_MS)

    workspace.editor.lines["company"].setText("Example Payments")
    workspace.save()
    qtbot.waitUntil(lambda: workspace.version == 2 and not workspace.dirty, timeout=WAIT_MS)
    workspace.create_from_template("devops-sre-senior")
    qtbot.waitUntil(lambda: workspace.job_id not in (None, first.id), timeout=WAIT_MS)
    workspace.open_job(first.id)
    qtbot.waitUntil(lambda: workspace.job_id == first.id, timeout=WAIT_MS)

    dialog = workspace.show_history()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT_MS)
    dialog.compare(1, 2)
    qtbot.waitUntil(lambda: dialog.last_diff is not None, timeout=WAIT_MS)
    dialog.list.setCurrentRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: workspace.version == 3, timeout=WAIT_MS)
    dialog.close()
    ui_context.tasks.wait(WAIT_MS)

    assert {name for name, _ in calls} == set(DATABASE_CALLS)
    assert [name for name, on_gui in calls if on_gui] == []


def test_form_is_disabled_until_the_first_job_is_read(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    JobService(ui_context.database).create_from_template("backend-mid-product")
    workspace = JobsWorkspace(ui_context)
    qtbot.addWidget(workspace)
    # The read is a task: nothing may be typed into (or saved from) the empty form meanwhile.
    assert not workspace.editor.isEnabled() and not workspace.save_action.isEnabled()
    qtbot.waitUntil(workspace.editor.isEnabled, timeout=WAIT_MS)
    assert workspace.editor.lines["title"].text() == "Backend Engineer"
    ui_context.tasks.wait(WAIT_MS)
