"""The Jobs workspace under pytest-qt: preview, checks, saving, history, export and print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from recruiter_kit.services.jobs import JobService
from recruiter_kit.ui.workspaces.jobs import JobsWorkspace


@pytest.fixture
def workspace(qtbot, ui_context):  # type: ignore[no-untyped-def]
    JobService(ui_context.database).create_from_template("backend-mid-product")
    widget = JobsWorkspace(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: "Backend Engineer" in widget.preview.toPlainText(), timeout=5000)
    yield widget
    ui_context.tasks.wait(5000)


def test_typing_updates_the_preview_without_blocking(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    title = workspace.editor.lines["title"]
    title.selectAll()
    qtbot.keyClicks(title, "Backend Engineer (Checkout)")
    assert workspace.dirty
    # The preview waits for a pause in typing, then renders on a worker thread.
    assert "Checkout" not in workspace.preview.toPlainText()
    qtbot.waitUntil(
        lambda: "Backend Engineer (Checkout)" in workspace.preview.toPlainText(), timeout=5000
    )


def test_checks_panel_follows_the_text(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    assert workspace.checks.findings == []
    workspace.editor.lines["title"].setText("Backend Ninja")
    workspace.editor.lines["salary_min"].setText("")
    workspace.editor.lines["salary_max"].setText("")
    qtbot.waitUntil(lambda: len(workspace.checks.findings) == 2, timeout=5000)
    assert {f.check for f in workspace.checks.findings} == {"hype-title", "missing-salary"}
    assert "1 error(s)" in workspace.checks.summary.text()
    # Clicking the finding takes the user to the text it is about.
    hype = next(i for i in range(2) if workspace.checks.findings[i].check == "hype-title")
    item = workspace.checks.list.item(hype)
    rect = workspace.checks.list.visualItemRect(item)
    qtbot.mouseClick(workspace.checks.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.editor.lines["title"].selectedText() == "Ninja"


def test_clicking_a_bullet_finding_selects_the_bullet(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    bullets = workspace.editor.bullets["qualifications"]
    bullets.list.setCurrentRow(0)
    bullets.add_item("You must be a native English speaker")
    qtbot.waitUntil(
        lambda: any(f.check == "exclusionary" for f in workspace.checks.findings), timeout=5000
    )
    finding = next(f for f in workspace.checks.findings if f.check == "exclusionary")
    assert finding.field == "qualifications.1"
    workspace.checks.finding_activated.emit(finding)
    assert bullets.list.currentRow() == 1


def test_bad_salary_shows_a_message_and_keeps_the_last_preview(
    qtbot, workspace: JobsWorkspace
) -> None:  # type: ignore[no-untyped-def]
    workspace.editor.lines["salary_min"].setText("negotiable")
    qtbot.waitUntil(lambda: "must be a number" in workspace.status.text(), timeout=5000)
    assert "Backend Engineer" in workspace.preview.toPlainText()
    workspace.save()
    workspace.context.tasks.wait(5000)
    assert len(JobService(workspace.context.database).versions(workspace.job_id)) == 1


def test_save_makes_a_version(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    workspace.editor.lines["company"].setText("Example Payments")
    qtbot.keyClick(
        workspace.editor.lines["company"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: workspace.version == 2, timeout=5000)
    service = JobService(workspace.context.database)
    assert service.get(workspace.job_id).description.company == "Example Payments"
    assert [v.number for v in service.versions(workspace.job_id)] == [2, 1]
    assert not workspace.dirty


def test_bullets_add_remove_and_reorder(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    perks = workspace.editor.bullets["perks"]
    before = perks.items()
    perks.list.setCurrentRow(1)
    perks.move(-1)
    assert perks.items()[:2] == [before[1], before[0]]
    perks.remove_current()
    assert len(perks.items()) == len(before) - 1
    perks.add_item("A bicycle allowance")
    assert "A bicycle allowance" in perks.items()
    qtbot.waitUntil(lambda: "A bicycle allowance" in workspace.preview.toPlainText(), timeout=5000)


def test_skill_picker_autocompletes_to_canonical_names(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    picker = workspace.editor.skills
    count = len(picker.skills())
    picker.entry.setText("k8s")  # an alias of Kubernetes, which the template already has
    picker.add_from_entry()
    assert len(picker.skills()) == count and picker.entry.text() == "k8s"
    picker.entry.setText("apache flink")
    picker.add_from_entry()
    assert picker.skills()[-1].name == "Apache Flink" and picker.entry.text() == ""
    shares = [picker.table.item(r, 2).text() for r in range(picker.table.rowCount())]
    assert "26% of postings" in shares  # PostgreSQL, from the seed figures
    completer = picker.entry.completer()
    completer.setCompletionPrefix("Postg")
    assert completer.currentCompletion() == "PostgreSQL"


def test_history_compare_and_restore(qtbot, workspace: JobsWorkspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = JobService(workspace.context.database)
    job_id = workspace.job_id
    changed = service.get(job_id).description.copy()
    changed.title = "Backend Engineer (Refunds)"
    service.save(job_id, changed)
    dialog = workspace.show_history()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    dialog.compare(1, 2)
    qtbot.waitUntil(lambda: dialog.last_diff is not None, timeout=5000)
    assert "Backend Engineer (Refunds)" in dialog.diff_view.toPlainText()
    assert [c.field for c in dialog.last_diff.changes] == ["title"]
    dialog.list.setCurrentRow(1)  # version 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    qtbot.waitUntil(lambda: workspace.version == 3, timeout=5000)
    assert workspace.editor.lines["title"].text() == "Backend Engineer"
    assert [v.number for v in service.versions(job_id)] == [3, 2, 1]
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=5000)  # the list follows
    dialog.close()


def test_restore_can_be_declined(qtbot, workspace: JobsWorkspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = workspace.show_history()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dialog.restore_selected()
    workspace.context.tasks.wait(5000)
    assert len(JobService(workspace.context.database).versions(workspace.job_id)) == 1
    dialog.close()


def test_export_copy_and_print(qtbot, workspace: JobsWorkspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "job.docx"
    target.parent.mkdir()
    workspace.export_to(target, "docx")
    qtbot.waitUntil(lambda: target.exists() and "Exported" in workspace.status.text(), timeout=5000)
    workspace.copy_to_clipboard()
    clipboard = QGuiApplication.clipboard().mimeData()
    assert clipboard.text().startswith("Backend Engineer")
    assert "<h2>" in clipboard.html()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    workspace.print_document(printer)
    assert printed.read_bytes().startswith(b"%PDF")


def test_export_to_unwritable_path_reports_and_keeps_data(
    qtbot,
    workspace: JobsWorkspace,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    workspace.export_to(tmp_path / "missing" / "job.pdf", "pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "does not exist" in shown[0]
    assert "does not exist" in workspace.status.text()
    assert JobService(workspace.context.database).get(workspace.job_id).description.title == (
        "Backend Engineer"
    )


def test_new_job_from_template(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    picker = workspace.job_list.templates
    picker.setCurrentIndex(picker.findData("devops-sre-senior"))
    workspace.job_list.new_button.click()
    qtbot.waitUntil(
        lambda: "Senior Site Reliability Engineer" in workspace.preview.toPlainText(), timeout=5000
    )
    # The job list reloads in a task of its own, which may land after the preview.
    qtbot.waitUntil(lambda: workspace.job_list.list.count() == 2, timeout=5000)
    assert workspace.editor.lines["title"].text() == "Senior Site Reliability Engineer"


def test_saving_and_creating_tell_the_other_workspaces(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(workspace.context.data_changed, timeout=5000) as saved:
        workspace.editor.lines["company"].setText("Example Payments")
        workspace.save()
    assert saved.args == ["jobs"]
    picker = workspace.job_list.templates
    picker.setCurrentIndex(picker.findData("devops-sre-senior"))
    with qtbot.waitSignal(workspace.context.data_changed, timeout=5000) as created:
        workspace.job_list.new_button.click()
    assert created.args == ["jobs"]
