"""Dialogs opened from the Jobs workspace are deleted when closed, not kept as hidden children."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from jd_workspace_support import WAIT_MS, open_workspace
from PySide6.QtWidgets import QDialog

from recruiter_kit.ui.workspaces.jobs import JobsWorkspace


@pytest.fixture
def workspace(qtbot, ui_context) -> Iterator[JobsWorkspace]:  # type: ignore[no-untyped-def]
    yield open_workspace(qtbot, ui_context)
    ui_context.tasks.wait(WAIT_MS)


def test_history_dialog_is_deleted_on_close(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        dialog = workspace.show_history()
        qtbot.waitUntil(lambda d=dialog: d.list.count() == 1, timeout=WAIT_MS)
        dialog.close()
        qtbot.waitUntil(lambda d=dialog: not shiboken6.isValid(d), timeout=WAIT_MS)
    assert workspace.findChildren(QDialog) == []


def test_history_closed_before_its_read_ends_drops_the_result(
    qtbot, workspace: JobsWorkspace
) -> None:  # type: ignore[no-untyped-def]
    dialog = workspace.show_history()
    dialog.compare(1, 1)
    dialog.close()  # both reads are still queued or running
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    workspace.context.tasks.wait(WAIT_MS)
    qtbot.wait(50)  # the late results arrive and are skipped
    assert workspace.findChildren(QDialog) == []


def test_preview_dialogs_do_not_pile_up(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        workspace.print_preview().close()
        workspace.print_dialog().reject()
    qtbot.waitUntil(lambda: workspace.findChildren(QDialog) == [], timeout=WAIT_MS)
