"""The Interviews workspace never drops an interviewer's unsaved scorecard or guide edits."""

from __future__ import annotations

import pytest
from interview_helpers import add_job_and_candidate, screened, store_screening
from PySide6.QtWidgets import QMessageBox

from recruiter_kit.ui.workspaces.interviews import InterviewsWorkspace

WAIT_MS = 10_000
Button = QMessageBox.StandardButton


def settle(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Wait until every task has ended and its callback has run (not for a fixed time)."""
    qtbot.waitUntil(lambda: not context.tasks.running, timeout=WAIT_MS)


class Answers:
    """Stands in for QMessageBox.question: records each question, gives a set answer."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        self.asked.append(text)
        return self.answer


@pytest.fixture
def answers(monkeypatch) -> Answers:  # type: ignore[no-untyped-def]
    fake = Answers(Button.Cancel)
    monkeypatch.setattr(QMessageBox, "question", fake)
    return fake


@pytest.fixture
def workspace(qtbot, ui_context, database):  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    store_screening(database, candidate_id, job_id, screened())
    widget = InterviewsWorkspace(ui_context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.candidate_combo.count() > 1, timeout=WAIT_MS)
    widget.candidate_combo.setCurrentIndex(widget.candidate_combo.findData(candidate_id))
    settle(qtbot, ui_context)
    yield widget
    settle(qtbot, ui_context)


def rate(workspace) -> None:  # type: ignore[no-untyped-def]
    form = workspace.scorecard
    form.groups["databases"].button(3).setChecked(True)
    form.recommendation.setCurrentIndex(form.recommendation.findData("yes"))
    form.notes.setPlainText("Strong on indexing.")


def test_name_typed_after_rating_keeps_the_scorecard(qtbot, workspace, ui_context) -> None:  # type: ignore[no-untyped-def]
    rate(workspace)
    workspace.interviewer_edit.setText("Alex")
    workspace.interviewer_edit.editingFinished.emit()  # the interviewer tabs out of the name
    settle(qtbot, ui_context)
    form = workspace.scorecard
    assert form.notes.toPlainText() == "Strong on indexing."
    assert form.groups["databases"].checkedId() == 3
    assert form.scorecard().interviewer == "Alex"
    assert "Alex" in form.heading.text()


def test_blind_review_toggle_keeps_the_scorecard(qtbot, workspace, ui_context) -> None:  # type: ignore[no-untyped-def]
    workspace.interviewer_edit.setText("Alex")
    workspace.interviewer_edit.editingFinished.emit()
    settle(qtbot, ui_context)
    rate(workspace)
    ui_context.set_blind_review(True)
    settle(qtbot, ui_context)
    assert workspace.scorecard.notes.toPlainText() == "Strong on indexing."
    assert "C-7A1B2C" in workspace.scorecard.heading.text()


def test_changing_stage_asks_and_cancel_keeps_everything(
    qtbot, workspace, ui_context, answers
) -> None:  # type: ignore[no-untyped-def]
    stage = workspace.stage
    rate(workspace)
    workspace.stage_combo.setCurrentIndex((workspace.stage_combo.currentIndex() + 1) % 4)
    settle(qtbot, ui_context)
    assert len(answers.asked) == 1 and "scorecard" in answers.asked[0]
    assert workspace.stage == stage
    assert workspace.scorecard.notes.toPlainText() == "Strong on indexing."


def test_changing_candidate_asks_and_discard_clears(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    answers.answer = Button.Discard
    rate(workspace)
    workspace.candidate_combo.setCurrentIndex(0)  # no candidate
    settle(qtbot, ui_context)
    assert len(answers.asked) == 1
    assert workspace.candidate_id is None
    assert workspace.scorecard.notes.toPlainText() == ""
    assert not workspace.scorecard.touched


def test_untouched_scorecard_changes_without_asking(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    workspace.stage_combo.setCurrentIndex((workspace.stage_combo.currentIndex() + 1) % 4)
    settle(qtbot, ui_context)
    assert answers.asked == []


def test_edits_typed_while_saving_stay_unsaved(qtbot, workspace, ui_context) -> None:  # type: ignore[no-untyped-def]
    workspace.interviewer_edit.setText("Alex")
    workspace.interviewer_edit.editingFinished.emit()
    settle(qtbot, ui_context)
    rate(workspace)
    workspace.scorecard.save_button.click()
    workspace.scorecard.notes.appendPlainText("Also asked about partitions.")  # before it lands
    settle(qtbot, ui_context)
    assert workspace.scorecard.status.text() == "Scorecard saved."
    assert workspace.scorecard.touched


def move_second_to_top(workspace) -> list[str]:  # type: ignore[no-untyped-def]
    editor = workspace.guide_editor
    editor.questions.selectRow(1)
    editor.move_selected(-1)
    assert editor.dirty
    return list(editor.draft.guide.question_ids)


def next_length(workspace) -> None:  # type: ignore[no-untyped-def]
    combo = workspace.minutes_combo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())


def test_guide_edits_survive_a_cancelled_change(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    minutes = workspace.minutes
    edited = move_second_to_top(workspace)
    next_length(workspace)
    settle(qtbot, ui_context)
    assert len(answers.asked) == 1 and "guide edits" in answers.asked[0]
    assert workspace.minutes == minutes
    assert workspace.guide_editor.draft.guide.question_ids == edited
    assert workspace.guide_editor.dirty


def test_guide_edits_discarded_on_request(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    answers.answer = Button.Discard
    move_second_to_top(workspace)
    next_length(workspace)
    settle(qtbot, ui_context)
    assert len(answers.asked) == 1
    assert workspace.guide_editor.draft.guide.slot_minutes == workspace.minutes
    assert not workspace.guide_editor.dirty


def test_reload_keeps_unsaved_guide_edits(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    edited = move_second_to_top(workspace)
    workspace.reload()
    settle(qtbot, ui_context)
    assert workspace.guide_editor.draft.guide.question_ids == edited
    assert answers.asked == []


def test_saved_guide_changes_without_asking(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    move_second_to_top(workspace)
    workspace.save_button.click()
    settle(qtbot, ui_context)
    assert workspace.guide_editor.draft.saved_id is not None
    assert not workspace.guide_editor.dirty
    next_length(workspace)
    settle(qtbot, ui_context)
    assert answers.asked == []


def test_may_close_without_unsaved_work_does_not_ask(workspace, answers) -> None:  # type: ignore[no-untyped-def]
    assert workspace.may_close()
    assert answers.asked == []


def test_may_close_asks_about_a_scorecard_and_cancel_shows_it(workspace, answers) -> None:  # type: ignore[no-untyped-def]
    rate(workspace)
    assert not workspace.may_close()
    assert "scorecard" in answers.asked[0]
    assert workspace.tabs.currentWidget() is workspace.scorecard
    assert workspace.scorecard.notes.toPlainText() == "Strong on indexing."
    answers.answer = Button.Discard
    assert workspace.may_close()


def test_may_close_asks_about_guide_edits(workspace, answers) -> None:  # type: ignore[no-untyped-def]
    move_second_to_top(workspace)
    workspace.tabs.setCurrentWidget(workspace.panel)
    assert not workspace.may_close()
    assert "guide edits" in answers.asked[0]
    assert workspace.tabs.currentIndex() == 0


def test_a_late_scorecard_read_never_overwrites_a_saved_form(
    qtbot, workspace, ui_context, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The own-scorecard read for a name may land after the interviewer rated and saved
    (a busy machine); it must not clear the form or its "saved" status then."""
    import threading

    release = threading.Event()
    real = workspace._service.scorecards

    def slow_read(*args):  # type: ignore[no-untyped-def]
        cards = real(*args)  # read before the save below commits: nothing for Alex yet
        release.wait(WAIT_MS / 1000)
        return cards

    monkeypatch.setattr(workspace._service, "scorecards", slow_read)
    workspace.interviewer_edit.setText("Alex")
    workspace.interviewer_edit.editingFinished.emit()
    rate(workspace)
    workspace.scorecard.save_button.click()
    qtbot.waitUntil(lambda: workspace.scorecard.status.text() == "Scorecard saved.")
    release.set()
    settle(qtbot, ui_context)
    assert workspace.scorecard.status.text() == "Scorecard saved."
    assert workspace.scorecard.notes.toPlainText() == "Strong on indexing."


def choose_length(qtbot, workspace, context, minutes: int) -> None:  # type: ignore[no-untyped-def]
    workspace.minutes_combo.setCurrentIndex(workspace.minutes_combo.findData(minutes))
    settle(qtbot, context)
    assert workspace.guide_editor.draft.guide.slot_minutes == minutes


def save(qtbot, workspace, context) -> int:  # type: ignore[no-untyped-def]
    workspace.save_button.click()
    settle(qtbot, context)
    assert not workspace.guide_editor.dirty
    return workspace.guide_editor.draft.saved_id


def test_each_length_opens_its_own_saved_guide(qtbot, workspace, ui_context, answers) -> None:  # type: ignore[no-untyped-def]
    choose_length(qtbot, workspace, ui_context, 60)
    edited = move_second_to_top(workspace)
    hour_id = save(qtbot, workspace, ui_context)
    choose_length(qtbot, workspace, ui_context, 45)
    assert workspace.guide_editor.draft.saved_id is None
    assert "new 45-minute guide" in workspace.status.text()
    assert "Also saved for this stage: 60 min" in workspace.status.text()
    save(qtbot, workspace, ui_context)
    choose_length(qtbot, workspace, ui_context, 60)
    draft = workspace.guide_editor.draft
    assert (draft.saved_id, draft.guide.question_ids) == (hour_id, edited)
    assert (
        "saved 60-minute guide" in workspace.status.text() and "45 min" in workspace.status.text()
    )
    assert answers.asked == []


def test_a_guide_saved_at_another_length_opens_with_its_length(
    qtbot, workspace, ui_context, answers
) -> None:  # type: ignore[no-untyped-def]
    choose_length(qtbot, workspace, ui_context, 90)
    saved_id = save(qtbot, workspace, ui_context)
    choose_length(qtbot, workspace, ui_context, 30)  # a length picked by hand is kept
    assert workspace.guide_editor.draft.saved_id is None
    stage = workspace.stage
    workspace.stage_combo.setCurrentIndex((workspace.stage_combo.currentIndex() + 1) % 4)
    settle(qtbot, ui_context)
    workspace.stage_combo.setCurrentIndex(workspace.stage_combo.findData(stage))
    settle(qtbot, ui_context)  # back at the first stage: its saved guide, at 90 minutes
    assert workspace.guide_editor.draft.saved_id == saved_id
    assert workspace.minutes == 90
    assert "Length set to match" in workspace.status.text()
    choose_length(qtbot, workspace, ui_context, 45)  # and the Length box still works
    assert workspace.guide_editor.draft.saved_id is None
