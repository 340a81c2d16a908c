"""The Interviews workspace picks up jobs and candidates written elsewhere, keeping the
choice and any unsaved guide or scorecard."""

from __future__ import annotations

import pytest
from interview_helpers import add_job_and_candidate
from PySide6.QtWidgets import QMessageBox

from recruiter_kit.core.models import Candidate, Job, Level
from recruiter_kit.storage.repositories import CandidateRepository, JobRepository
from recruiter_kit.ui.workspaces.interviews import InterviewsWorkspace

WAIT_MS = 10_000


def settle(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not context.tasks.running, timeout=WAIT_MS)


@pytest.fixture
def asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every question the workspace asks; each is answered Cancel (keep my work)."""
    questions: list[str] = []

    def cancel(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    return questions


@pytest.fixture
def workspace(qtbot, ui_context, database):  # type: ignore[no-untyped-def]
    _job_id, candidate_id = add_job_and_candidate(database)
    widget = InterviewsWorkspace(ui_context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.candidate_combo.count() > 1, timeout=WAIT_MS)
    widget.candidate_combo.setCurrentIndex(widget.candidate_combo.findData(candidate_id))
    settle(qtbot, ui_context)
    yield widget
    settle(qtbot, ui_context)


def add_job(database, title: str = "Data Platform Engineer") -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        job = JobRepository(session).add(
            Job(id=None, title=title, level=Level.SENIOR, required_skills=["Python", "Kafka"])
        )
    return job.id


def add_candidate(database, name: str = "Tomas Ferreira") -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return CandidateRepository(session).add(Candidate(id=None, name=name, code="C-99ZZ01")).id


def edit_everything(workspace) -> list[str]:  # type: ignore[no-untyped-def]
    """Unsaved work of both kinds: a reordered guide and a half-filled scorecard."""
    editor = workspace.guide_editor
    editor.questions.selectRow(1)
    editor.move_selected(-1)
    workspace.scorecard.notes.setPlainText("Clear on consistency trade-offs.")
    assert editor.dirty and workspace.scorecard.touched
    return list(editor.draft.guide.question_ids)


def items(combo) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [combo.itemData(i) for i in range(combo.count())]


def test_new_job_and_candidate_appear_and_unsaved_work_stays(
    qtbot, workspace, ui_context, database, asked
) -> None:  # type: ignore[no-untyped-def]
    choice = workspace._choice()
    edited = edit_everything(workspace)
    job_id, candidate_id = add_job(database), add_candidate(database)
    ui_context.data_changed.emit("jobs")
    ui_context.data_changed.emit("candidates")
    settle(qtbot, ui_context)
    assert job_id in items(workspace.job_combo)
    assert candidate_id in items(workspace.candidate_combo)
    assert workspace._choice() == choice
    assert workspace.guide_editor.draft.guide.question_ids == edited
    assert workspace.guide_editor.dirty
    assert workspace.scorecard.notes.toPlainText() == "Clear on consistency trade-offs."
    assert asked == []


def test_showing_the_workspace_reloads_the_lists(qtbot, workspace, ui_context, database) -> None:  # type: ignore[no-untyped-def]
    job_id = add_job(database)  # no signal: e.g. another window or the command line
    workspace.show()
    qtbot.waitUntil(lambda: job_id in items(workspace.job_combo), timeout=WAIT_MS)
    settle(qtbot, ui_context)


def test_showing_keeps_an_unedited_guide_and_its_selected_row(qtbot, workspace, ui_context) -> None:  # type: ignore[no-untyped-def]
    draft = workspace.guide_editor.draft
    workspace.guide_editor.questions.selectRow(2)
    workspace.show()
    settle(qtbot, ui_context)
    assert workspace.guide_editor.draft is draft
    assert workspace.guide_editor.questions.currentRow() == 2


def test_own_writes_are_announced(qtbot, workspace, ui_context) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(
        ui_context.data_changed, timeout=WAIT_MS, check_params_cb=lambda kind: kind == "interviews"
    ):
        workspace.save_button.click()
    settle(qtbot, ui_context)


def test_a_deleted_job_with_unsaved_work_stays_marked(
    qtbot, workspace, ui_context, database, asked
) -> None:  # type: ignore[no-untyped-def]
    job_id = add_job(database, "Short-lived Job")
    ui_context.data_changed.emit("jobs")
    settle(qtbot, ui_context)
    workspace.candidate_combo.setCurrentIndex(0)  # no candidate
    workspace.job_combo.setCurrentIndex(workspace.job_combo.findData(job_id))
    settle(qtbot, ui_context)
    edited = edit_everything(workspace)
    with database.session() as session:
        JobRepository(session).delete(job_id)
    ui_context.data_changed.emit("jobs")
    settle(qtbot, ui_context)
    assert workspace.job_id == job_id
    assert workspace.job_combo.currentText().endswith("(deleted)")
    assert workspace.guide_editor.draft.guide.question_ids == edited
    assert "was deleted elsewhere" in workspace.status.text()
    workspace.save_button.click()
    settle(qtbot, ui_context)
    assert f"There is no job with id {job_id}" in workspace.status.text()
    assert asked == []


def test_a_deleted_job_without_unsaved_work_gives_way(
    qtbot, workspace, ui_context, database, asked
) -> None:  # type: ignore[no-untyped-def]
    job_id = add_job(database, "Short-lived Job")
    ui_context.data_changed.emit("jobs")
    settle(qtbot, ui_context)
    workspace.candidate_combo.setCurrentIndex(0)
    workspace.job_combo.setCurrentIndex(workspace.job_combo.findData(job_id))
    settle(qtbot, ui_context)
    with database.session() as session:
        JobRepository(session).delete(job_id)
    ui_context.data_changed.emit("jobs")
    settle(qtbot, ui_context)
    assert job_id not in items(workspace.job_combo)
    assert workspace.job_id is not None
    assert workspace.guide_editor.draft.job.id == workspace.job_id
    status = workspace.status.text()
    assert "The job 'Short-lived Job' is no longer in the database." in status
    assert asked == []
