"""The Interviews workspace with pytest-qt: guide, edits, printing, scorecard, panel, questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_helpers import NUMBER_LINES, add_job_and_candidate, screened, store_screening
from PySide6.QtPrintSupport import QPrinter

from recruiter_kit.services.interviews import InterviewService
from recruiter_kit.ui.interviews import printing
from recruiter_kit.ui.workspaces import interviews as workspace_module
from recruiter_kit.ui.workspaces.interviews import InterviewsWorkspace

WAIT_MS = 10_000


@pytest.fixture
def workspace(qtbot, ui_context, database):  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    store_screening(database, candidate_id, job_id, screened())
    widget = InterviewsWorkspace(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    qtbot.waitUntil(lambda: widget.guide_editor.draft is not None, timeout=WAIT_MS)
    widget.candidate_id_for_tests = candidate_id
    yield widget
    ui_context.tasks.wait(WAIT_MS)  # let late results land before the widget goes


def choose_candidate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    index = widget.candidate_combo.findData(widget.candidate_id_for_tests)
    widget.candidate_combo.setCurrentIndex(index)
    qtbot.waitUntil(
        lambda: (
            widget.guide_editor.draft is not None and bool(widget.guide_editor.draft.guide.probes)
        ),
        timeout=WAIT_MS,
    )


def test_guide_for_candidate_shows_questions_and_probes(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    choose_candidate(qtbot, workspace)
    editor = workspace.guide_editor
    guide = editor.draft.guide
    assert editor.questions.rowCount() == len(guide.questions) > 0
    quotes = [editor.probes.item(row, 2).text() for row in range(editor.probes.rowCount())]
    assert quotes[: len(NUMBER_LINES)] == list(NUMBER_LINES)
    assert f"{guide.total_minutes} of 60 minutes" in editor.summary.text()
    assert "Look for" in editor.detail.toPlainText()


def test_edit_pin_move_swap_remove_and_save(qtbot, workspace, database) -> None:  # type: ignore[no-untyped-def]
    editor = workspace.guide_editor
    editor.questions.selectRow(1)
    second = editor.selected_id()
    editor.move_selected(-1)
    assert editor.draft.guide.question_ids[0] == second
    editor.toggle_pin()
    assert editor.draft.guide.pinned_ids == [second]
    assert editor.questions.item(0, 1).text() == "✓"
    editor.questions.selectRow(1)
    old = editor.selected_id()
    editor.swap_selected("to-caching" if old != "to-caching" else "to-grpc-rest")
    assert old not in editor.draft.guide.question_ids
    workspace.save_button.click()
    qtbot.waitUntil(lambda: workspace.guide_editor.draft.saved_id is not None, timeout=WAIT_MS)
    reopened = InterviewService(database).open_guide(workspace.job_id, None, workspace.stage)
    assert reopened.guide.question_ids == editor.draft.guide.question_ids


def test_rebuild_keeps_pins(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    editor = workspace.guide_editor
    editor.questions.selectRow(editor.questions.rowCount() - 1)
    pinned = editor.selected_id()
    editor.toggle_pin()
    before = editor.draft
    workspace.rebuild_button.click()
    qtbot.waitUntil(lambda: editor.draft is not before, timeout=WAIT_MS)
    assert pinned in editor.draft.guide.pinned_ids


def test_print_preview_prints_the_generated_pdf(
    qtbot, workspace, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[bytes] = []

    class FakeDialog:
        def __init__(self, data: bytes) -> None:
            shown.append(data)

        def exec(self) -> int:
            return 0

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr(
        workspace_module.printing, "preview_dialog", lambda data, parent: FakeDialog(data)
    )
    workspace.print_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = printing.print_pdf(shown[0], printer)
    assert pages >= 3
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    dialog = printing.preview_dialog(shown[0], workspace)
    dialog.deleteLater()


def test_export_pdf(qtbot, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "guide.pdf"
    workspace.export_guide(str(target))
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF")


def test_export_adds_pdf_to_a_bare_name_and_refuses_another_type(
    qtbot, workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    workspace.export_guide(str(tmp_path / "guide"))
    qtbot.waitUntil((tmp_path / "guide.pdf").exists, timeout=WAIT_MS)
    workspace.export_guide(str(tmp_path / "guide.txt"))
    qtbot.waitUntil(lambda: "must end in .pdf" in workspace.status.text(), timeout=WAIT_MS)
    assert not (tmp_path / "guide.txt").exists()


def settle(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Wait until every task has ended and its callback has run: the real completion,
    never a state the form may show before a late result lands."""
    tasks = widget._context.tasks
    qtbot.waitUntil(lambda: not tasks.running, timeout=WAIT_MS)


def sign_and_save(qtbot, widget, name: str, ratings: dict, recommendation: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    widget.interviewer_edit.setText(name)
    widget.interviewer_edit.editingFinished.emit()
    settle(qtbot, widget)  # this interviewer's earlier scorecard (none) has been read
    form = widget.scorecard
    assert form.groups["databases"].checkedId() == -1 and not form.touched
    for competency, rating in ratings.items():
        form.groups[competency].button(rating).setChecked(True)
    form.recommendation.setCurrentIndex(form.recommendation.findData(recommendation))
    form.save_button.click()
    settle(qtbot, widget)  # saved, and the panel read again
    assert form.status.text() == "Scorecard saved.", form.status.text()


def test_scorecard_panel_and_decision(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    choose_candidate(qtbot, workspace)
    settle(qtbot, workspace)
    form = workspace.scorecard
    assert "1:" in form.groups["databases"].button(1).toolTip()
    form.groups["databases"].button(1).setChecked(True)
    assert form.anchor_labels["databases"].text().startswith("1: ")
    form.clear()
    sign_and_save(qtbot, workspace, "Ana", {"databases": 1, "communication": 3}, "no")
    sign_and_save(qtbot, workspace, "Bo", {"databases": 4}, "yes")
    assert workspace.panel.table.columnCount() == 5
    assert "Databases" in workspace.panel.summary_label.text()
    row = next(
        r
        for r in range(workspace.panel.table.rowCount())
        if workspace.panel.table.item(r, 0).text() == "Databases"
    )
    assert "disagreement" in workspace.panel.table.item(row, 4).text()
    assert workspace.panel.table.item(row, 1).background().color().name() == "#f8d7d3"
    workspace.panel.reason.setText("Split panel; second round on databases.")
    workspace.panel.decision.setCurrentIndex(workspace.panel.decision.findData("hold"))
    workspace.panel.record_button.click()
    settle(qtbot, workspace)
    assert "On hold" in workspace.panel.history.text()


def test_rating_error_keeps_the_form(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    choose_candidate(qtbot, workspace)
    form = workspace.scorecard
    form.groups["databases"].button(2).setChecked(True)
    form.save_button.click()  # no interviewer, no recommendation
    qtbot.waitUntil(lambda: bool(form.status.text()), timeout=WAIT_MS)
    assert "interviewer's name" in form.status.text()
    assert form.groups["databases"].checkedId() == 2


def test_blind_review_shows_codes(qtbot, workspace, ui_context) -> None:  # type: ignore[no-untyped-def]
    labels = [
        workspace.candidate_combo.itemText(i) for i in range(workspace.candidate_combo.count())
    ]
    assert "Ines Marlowe" in labels
    ui_context.set_blind_review(True)
    labels = [
        workspace.candidate_combo.itemText(i) for i in range(workspace.candidate_combo.count())
    ]
    assert "C-7A1B2C" in labels and "Ines Marlowe" not in labels


def test_question_editor_saves_to_database(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bank_view = workspace.bank_view
    assert bank_view.table.rowCount() >= 60
    question = workspace._bank.get("db-n-plus-one").to_dict()
    with pytest.raises(Exception, match="exists already"):
        workspace.check_question(question, is_new=True)
    with pytest.raises(Exception, match="'red_flags' must not be empty"):
        workspace.check_question(question | {"red_flags": []}, is_new=False)
    workspace.save_question(question | {"text": "How would you spot N+1 queries in our own code?"})
    qtbot.waitUntil(
        lambda: workspace._bank.get("db-n-plus-one").origin == "edited", timeout=WAIT_MS
    )
    assert bank_view.selected().id == "db-n-plus-one"
    assert bank_view.revert_button.isEnabled()


def test_job_without_skills_explains(qtbot, ui_context, database) -> None:  # type: ignore[no-untyped-def]
    add_job_and_candidate(database, skills=())
    widget = InterviewsWorkspace(ui_context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: "has no skills" in widget.status.text(), timeout=WAIT_MS)
    assert widget.guide_editor.draft is None
    assert not widget.print_button.isEnabled()
    ui_context.tasks.wait(WAIT_MS)


def test_shortcuts_are_unique(workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    keys = [
        b.shortcut().toString()
        for b in workspace.findChildren(QPushButton)
        if not b.shortcut().isEmpty()
    ]
    assert len(keys) == len(set(keys)), keys


def test_question_dialog_round_trips_a_question(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.ui.interviews.question_editor import QuestionDialog

    question = workspace._bank.get("api-idempotency")
    stages = [(s.id, s.label) for s in workspace._service.rules.stages.values()]
    dialog = QuestionDialog(workspace._bank, stages, question, workspace)
    qtbot.addWidget(dialog)
    data = dialog.data()
    expected = question.to_dict()
    expected.pop("origin")
    assert data == expected
    assert dialog.id_edit.isReadOnly()
    dialog.look_for.setPlainText("")
    with pytest.raises(Exception, match="'look_for' must not be empty"):
        workspace.check_question(dialog.data(), is_new=False)


def test_malformed_stored_question_is_shown_and_fixable(qtbot, ui_context, database) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.storage.models.interviews import InterviewQuestionRecord
    from recruiter_kit.ui.interviews.question_editor import QuestionDialog

    add_job_and_candidate(database)
    shipped = InterviewService(database).shipped_bank().get("api-idempotency").to_dict()
    stored = shipped | {"id": "mine", "category": "http", "text": "My webhook question."}
    with database.session() as session:
        session.add(InterviewQuestionRecord(question_id="mine", data=stored))
    widget = InterviewsWorkspace(ui_context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.guide_editor.draft is not None, timeout=WAIT_MS)
    assert widget.bank_problems.isVisibleTo(widget) and "'mine'" in widget.bank_problems.text()
    bank_view = widget.bank_view
    assert "unknown category 'http'" in bank_view.problems.text()
    entry = bank_view.skipped_combo.currentData()
    stages = [(s.id, s.label) for s in widget._service.rules.stages.values()]
    dialog = QuestionDialog(widget._bank, stages, None, widget, stored=entry.data)
    qtbot.addWidget(dialog)
    assert dialog.id_edit.text() == "mine" and dialog.id_edit.isReadOnly()
    assert dialog.text.toPlainText() == "My webhook question."
    dialog.category.setCurrentIndex(dialog.category.findData("api_design"))
    widget.check_question(dialog.data(), is_new=False)
    widget.save_question(dialog.data())
    qtbot.waitUntil(lambda: "mine" in widget._bank, timeout=WAIT_MS)
    assert not widget._bank.skipped and not widget.bank_problems.isVisibleTo(widget)
    ui_context.tasks.wait(WAIT_MS)


def test_tasks_are_owned_by_the_workspace(qtbot, ui_context, database) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    add_job_and_candidate(database)
    widget = InterviewsWorkspace(ui_context)
    handles = ui_context.tasks.running
    assert handles and not any(h.dropped for h in handles)
    shiboken6.delete(widget)  # closed while its lists still load
    assert all(h.dropped for h in handles)
    qtbot.waitUntil(lambda: not ui_context.tasks.running, timeout=WAIT_MS)


def test_app_and_command_line_start_with_the_same_stage_and_length(
    qtbot, workspace, database, db_url, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """One default, from the stages file: the Stage box and `guide` without --stage agree."""
    import json

    from recruiter_kit.cli import main
    from recruiter_kit.interviews.stages import load_rules

    out = tmp_path / "default.pdf"
    assert (
        main(["--db", db_url, "guide", "--job", str(workspace.job_id), "--out", str(out), "--json"])
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    rules = load_rules()
    assert (workspace.stage, workspace.minutes) == (rules.default_stage, rules.default_minutes)
    assert (printed["stage"], printed["slot_minutes"]) == (workspace.stage, workspace.minutes)


def test_probe_line_explains_a_general_guide(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    choose_candidate(qtbot, workspace)
    assert "sharing" in workspace.guide_editor.probes_label.text()
    workspace.candidate_combo.setCurrentIndex(workspace.candidate_combo.findData(None))
    qtbot.waitUntil(
        lambda: "general guide" in workspace.guide_editor.probes_label.text(), timeout=WAIT_MS
    )
