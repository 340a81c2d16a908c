"""Unsaved edits in the Jobs workspace are never dropped without asking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from jd_workspace_support import WAIT_MS, open_workspace

from recruiter_kit.services.jobs import JobService
from recruiter_kit.ui.workspaces.jobs import JobsWorkspace


@pytest.fixture
def workspace(qtbot, ui_context) -> Iterator[JobsWorkspace]:  # type: ignore[no-untyped-def]
    yield open_workspace(qtbot, ui_context)
    ui_context.tasks.wait(WAIT_MS)


def test_edits_typed_while_saving_stay_unsaved(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    company = workspace.editor.lines["company"]
    company.setText("Example Payments")
    workspace.save()
    # No events run between these lines, so the save cannot have reported back yet.
    company.setText("Example Payments Ltd")
    qtbot.waitUntil(lambda: workspace.version == 2, timeout=WAIT_MS)
    assert workspace.dirty
    assert "not saved yet" in workspace.status.text()
    stored = JobService(workspace.context.database).get(workspace.job_id)
    assert stored.description.company == "Example Payments"
