"""Every Candidates workspace task is owned by it: a closed workspace gets no late results."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from screening_app_helpers import write_text_resume

from recruiter_kit.core.models import Job
from recruiter_kit.storage.repositories import JobRepository
from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

pytestmark = pytest.mark.usefixtures("counting_screener")


@pytest.fixture
def job_id(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return JobRepository(session).add(Job(id=None, title="Backend", required_skills=["Go"])).id


def test_every_task_is_submitted_with_the_workspace_as_owner(
    qtbot, ui_context, job_id, tmp_path, monkeypatch
):
    owners: list[tuple[str, Any]] = []
    submit = ui_context.tasks.submit

    def recording_submit(fn: Any, *args: Any, **options: Any) -> Any:
        owners.append(
            (options.get("description") or options.get("key") or "", options.get("owner"))
        )
        return submit(fn, *args, **options)

    monkeypatch.setattr(ui_context.tasks, "submit", recording_submit)
    workspace = CandidatesWorkspace(ui_context)
    workspace.workers = 1
    workspace.isolated = False
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.job_box.count() == 2)
    workspace.select_job(job_id)
    workspace.import_paths([write_text_resume(tmp_path, "go", name="Gia Go", skills=("Go",))])
    qtbot.waitUntil(lambda: not workspace.importing and workspace.model.rowCount() == 1)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None)
    handle = workspace.rescreen()
    assert handle is not None
    qtbot.waitUntil(lambda: handle.state != "running")

    names = {name for name, _owner in owners}
    assert {"candidates-jobs", "candidates-list", "candidates-detail"} <= names
    assert {"Importing resumes", "Re-screening candidates"} <= names
    assert all(owner is workspace for _name, owner in owners), owners


def test_a_list_that_arrives_after_the_workspace_is_deleted_is_dropped(qtbot, ui_context, job_id):
    workspace = CandidatesWorkspace(ui_context)
    qtbot.waitUntil(lambda: workspace.job_box.count() == 2)
    qtbot.waitUntil(lambda: not ui_context.tasks.running)
    release = threading.Event()
    service = workspace._service
    rank = service.rank

    def slow_rank(job: int | None = None) -> Any:
        release.wait(10)
        return rank(job)

    service.rank = slow_rank  # type: ignore[method-assign]
    workspace.refresh()
    shiboken6.delete(workspace)
    release.set()

    qtbot.waitUntil(lambda: not ui_context.tasks.running, timeout=10_000)
    qtbot.wait(50)  # a late callback on the deleted table would raise here
