"""The Candidates workspace shows how a resume joined its candidate, splits and links it,
and assigns a candidate imported without a job to one."""

from __future__ import annotations

import pytest
from screening_app_helpers import write_text_resume

from recruiter_kit.core.models import Job
from recruiter_kit.storage.repositories import JobRepository
from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

pytestmark = pytest.mark.usefixtures("counting_screener")


@pytest.fixture
def job_id(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return JobRepository(session).add(Job(id=None, title="Backend", required_skills=["Go"])).id


@pytest.fixture
def workspace(qtbot, ui_context, job_id) -> CandidatesWorkspace:  # type: ignore[no-untyped-def]
    widget = CandidatesWorkspace(ui_context)
    widget.workers = 1
    widget.isolated = False
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.job_box.count() == 2)
    return widget


def import_and_wait(qtbot, workspace, paths, rows: int) -> None:  # type: ignore[no-untyped-def]
    workspace.import_paths(paths)
    qtbot.waitUntil(lambda: not workspace.importing, timeout=20_000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == rows, timeout=5_000)


def select_file(qtbot, workspace, filename: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(workspace.proxy.rowCount()):
        if workspace.proxy.index(row, 7).data() == filename:
            workspace.table.clearSelection()
            workspace.table.selectRow(row)
            qtbot.waitUntil(
                lambda: (
                    workspace.detail.detail is not None
                    and workspace.detail.detail.row.filename == filename
                ),
                timeout=5_000,
            )
            return
    raise AssertionError(f"{filename} is not listed")


def test_a_matched_resume_is_shown_as_linked_split_off_and_linked_back(qtbot, workspace, tmp_path):
    first = write_text_resume(tmp_path, "ada", name="Ada Byron", email="ada@example.org")
    second = write_text_resume(tmp_path, "ada-2", name="Ada Other", email="ada@example.org")
    import_and_wait(qtbot, workspace, [first, second], rows=1)  # one line per candidate
    select_file(qtbot, workspace, "ada-2.txt")

    actions = workspace.detail.actions
    assert "by the same email" in actions.link_label.text()
    assert "ada.txt, ada-2.txt" in actions.link_label.text()
    assert not actions.split_button.isHidden()

    actions.split_button.click()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=5_000)
    qtbot.waitUntil(lambda: len(workspace.detail.actions.link_buttons) == 1, timeout=5_000)
    link = workspace.detail.actions.link_buttons[0]
    assert link.text() == "Link to Ada Byron (same email)"
    assert workspace.detail.actions.split_button.isHidden()
    assert "Split off" in workspace.status_label.text()

    link.click()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: "Linked" in workspace.status_label.text(), timeout=5_000)


def test_a_candidate_without_a_job_can_be_assigned_to_one(qtbot, workspace, job_id, tmp_path):
    resume = write_text_resume(tmp_path, "gil", name="Gil Go", skills=("Go",))
    import_and_wait(qtbot, workspace, [resume], rows=1)
    select_file(qtbot, workspace, "gil.txt")
    actions = workspace.detail.actions
    assert not actions._assign_row.isHidden() and actions.job_box.currentText() == "Backend"

    actions.assign_button.click()
    qtbot.waitUntil(lambda: "Assigned" in workspace.status_label.text(), timeout=5_000)
    qtbot.waitUntil(lambda: workspace.detail.detail.row.job_id == job_id, timeout=5_000)
    assert actions._assign_row.isHidden()

    workspace.select_job(job_id)
    qtbot.waitUntil(lambda: workspace.proxy.index(0, 1).data() == "100", timeout=5_000)
