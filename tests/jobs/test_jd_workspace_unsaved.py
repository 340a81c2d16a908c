"""Unsaved edits in the Jobs workspace are never dropped without asking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from jd_workspace_support import WAIT_MS, open_workspace
from PySide6.QtWidgets import QMessageBox

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


class Answers:
    """Stands in for QMessageBox.question: gives the queued answers, records the titles."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    def __call__(self, _parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        self.asked.append(title)
        return self.queue.pop(0)


@pytest.fixture
def answers(monkeypatch) -> Answers:  # type: ignore[no-untyped-def]
    script = Answers()
    monkeypatch.setattr(QMessageBox, "question", script)
    return script


def _edit_company(workspace: JobsWorkspace, text: str = "Example Payments") -> None:
    workspace.editor.lines["company"].setText(text)
    assert workspace.dirty


def _stored_company(workspace: JobsWorkspace) -> str:
    return JobService(workspace.context.database).get(workspace.job_id).description.company


def test_may_close_without_edits_does_not_ask(workspace: JobsWorkspace, answers: Answers) -> None:
    assert workspace.may_close()
    assert answers.asked == []


def test_may_close_cancel_keeps_the_edits(workspace: JobsWorkspace, answers: Answers) -> None:
    _edit_company(workspace)
    answers.queue = [QMessageBox.StandardButton.Cancel]
    assert not workspace.may_close()
    assert answers.asked == ["Unsaved changes"]
    assert workspace.dirty and workspace.editor.lines["company"].text() == "Example Payments"


def test_may_close_save_saves_before_returning(workspace: JobsWorkspace, answers: Answers) -> None:
    _edit_company(workspace)
    answers.queue = [QMessageBox.StandardButton.Save]
    assert workspace.may_close()
    # No wait here: may_close returns only once the write thread has saved.
    assert _stored_company(workspace) == "Example Payments"
    assert workspace.version == 2 and not workspace.dirty


def test_may_close_discard_leaves_the_stored_job(
    workspace: JobsWorkspace, answers: Answers
) -> None:
    before = _stored_company(workspace)
    _edit_company(workspace)
    answers.queue = [QMessageBox.StandardButton.Discard]
    assert workspace.may_close()
    workspace.context.tasks.wait(WAIT_MS)
    assert _stored_company(workspace) == before


def test_may_close_save_of_an_invalid_form_stays_open(
    workspace: JobsWorkspace, answers: Answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    workspace.editor.lines["salary_min"].setText("negotiable")
    answers.queue = [QMessageBox.StandardButton.Save]
    assert not workspace.may_close()
    assert "must be a number" in warned[0]


def test_restore_asks_before_dropping_edits(
    qtbot, workspace: JobsWorkspace, answers: Answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = workspace.show_history()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT_MS)
    _edit_company(workspace)
    answers.queue = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
    dialog.restore_selected()
    assert answers.asked == ["Restore version", "Unsaved changes"]
    workspace.context.tasks.wait(WAIT_MS)
    assert len(JobService(workspace.context.database).versions(workspace.job_id)) == 1
    assert workspace.editor.lines["company"].text() == "Example Payments"
    dialog.close()


def test_opening_another_job_asks_first(qtbot, workspace: JobsWorkspace, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    first = workspace.job_id
    other = JobService(workspace.context.database).create_from_template("devops-sre-senior")
    workspace.reload()
    qtbot.waitUntil(lambda: workspace.job_list.list.count() == 2, timeout=WAIT_MS)
    _edit_company(workspace)
    answers.queue = [QMessageBox.StandardButton.Cancel]
    workspace.job_list.select_job(other.id)  # quietly, then as a click would:
    workspace.job_list.job_selected.emit(other.id)
    workspace.context.tasks.wait(WAIT_MS)
    qtbot.wait(50)
    assert workspace.job_id == first and workspace.dirty
    assert workspace.job_list.current_id() == first
    answers.queue = [QMessageBox.StandardButton.Discard]
    workspace.open_job(other.id)
    qtbot.waitUntil(lambda: workspace.job_id == other.id, timeout=WAIT_MS)
    assert answers.asked == ["Unsaved changes", "Unsaved changes"]
    assert _stored_company(workspace) == other.description.company


def test_main_window_stays_open_when_jobs_says_cancel(qtbot, database, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.ui import settings as ui_settings
    from recruiter_kit.ui.main_window import MainWindow

    JobService(database).create_from_template("backend-mid-product")
    window = MainWindow(database, ui_settings.open_settings())
    qtbot.addWidget(window)
    window.show()
    jobs = next(w for w in window.workspaces if isinstance(w, JobsWorkspace))
    qtbot.waitUntil(lambda: jobs.job_id is not None, timeout=WAIT_MS)
    _edit_company(jobs)
    answers.queue = [QMessageBox.StandardButton.Cancel]
    window.close()
    assert window.isVisible() and answers.asked == ["Unsaved changes"]
    answers.queue = [QMessageBox.StandardButton.Discard]
    window.close()
    assert not window.isVisible()
