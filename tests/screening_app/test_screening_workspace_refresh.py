"""The Candidates workspace follows writes made elsewhere: `data_changed`, and being shown."""

from __future__ import annotations

import pytest
from screening_app_helpers import write_text_resume

from recruiter_kit.core.models import Job
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.services.screening import ScreeningService
from recruiter_kit.storage.repositories import JobRepository
from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

pytestmark = pytest.mark.usefixtures("counting_screener")


def add_job(database, title: str) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        job = JobRepository(session).add(Job(id=None, title=title, required_skills=["Python"]))
    assert job.id is not None
    return job.id


@pytest.fixture
def job_id(database) -> int:  # type: ignore[no-untyped-def]
    return add_job(database, "Backend")


@pytest.fixture
def workspace(qtbot, ui_context, job_id) -> CandidatesWorkspace:  # type: ignore[no-untyped-def]
    widget = CandidatesWorkspace(ui_context)
    widget.workers = 1  # the stand-in screener lives in this process
    widget.isolated = False
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.job_box.count() == 2)
    widget.select_job(job_id)
    qtbot.waitUntil(lambda: not ui_context.tasks.running)
    return widget


def job_titles(workspace: CandidatesWorkspace) -> list[str]:
    return [workspace.job_box.itemText(index) for index in range(workspace.job_box.count())]


def test_a_job_made_before_the_first_show_is_listed_when_shown(qtbot, workspace, database):
    add_job(database, "Full-stack")

    workspace.show()

    qtbot.waitUntil(lambda: "Full-stack" in job_titles(workspace), timeout=5_000)


def test_a_job_made_while_hidden_is_listed_when_shown_again(qtbot, workspace, database, job_id):
    workspace.show()
    qtbot.waitUntil(lambda: not workspace._context.tasks.running)
    workspace.hide()
    add_job(database, "Platform")

    workspace.show()

    qtbot.waitUntil(lambda: "Platform" in job_titles(workspace), timeout=5_000)
    assert workspace.current_job_id == job_id


def test_jobs_changed_reloads_the_job_box_keeping_the_choice(
    qtbot, workspace, ui_context, database, job_id
):
    add_job(database, "Data")

    ui_context.data_changed.emit("jobs")

    qtbot.waitUntil(lambda: "Data" in job_titles(workspace), timeout=5_000)
    assert workspace.current_job_id == job_id
    assert [job.title for job in workspace.detail.actions._jobs] == ["Backend", "Data"]


def test_candidates_changed_reloads_the_ranking_keeping_the_selection(
    qtbot, workspace, ui_context, database, job_id, tmp_path
):
    service = ScreeningService(database)
    first = write_text_resume(tmp_path, "ada", name="Ada Byron", skills=("Python",))
    run_to_end(service.import_files([first], job_id=job_id))
    ui_context.data_changed.emit("candidates")
    qtbot.waitUntil(lambda: workspace.proxy.rowCount() == 1, timeout=5_000)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)

    second = write_text_resume(tmp_path, "bo", name="Bo Chen", skills=("Python",))
    run_to_end(service.import_files([second], job_id=job_id))
    ui_context.data_changed.emit("candidates")

    qtbot.waitUntil(lambda: workspace.proxy.rowCount() == 2, timeout=5_000)
    selected = workspace.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["Ada Byron"]


def test_an_import_tells_the_other_workspaces(qtbot, workspace, ui_context, tmp_path):
    path = write_text_resume(tmp_path, "ada", name="Ada Byron", skills=("Python",))
    with qtbot.waitSignal(ui_context.data_changed, timeout=10_000) as signal:
        workspace.import_paths([path])
    assert signal.args == ["candidates"]
    qtbot.waitUntil(lambda: workspace.proxy.rowCount() == 1, timeout=5_000)


def test_a_rescreen_tells_the_other_workspaces(qtbot, workspace, ui_context, tmp_path):
    path = write_text_resume(tmp_path, "ada", name="Ada Byron", skills=("Python",))
    workspace.import_paths([path])
    qtbot.waitUntil(lambda: not workspace.importing, timeout=10_000)
    qtbot.waitUntil(lambda: not ui_context.tasks.running, timeout=5_000)

    with qtbot.waitSignal(ui_context.data_changed, timeout=10_000) as signal:
        workspace.rescreen()
    assert signal.args == ["candidates"]
