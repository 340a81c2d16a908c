"""The Candidates workspace: import through its API, the ranked table, filter, detail, blind."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from screening_app_helpers import write_text_resume

from recruiter_kit.core.models import Job
from recruiter_kit.storage.repositories import JobRepository
from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

pytestmark = pytest.mark.usefixtures("counting_screener")


@pytest.fixture
def job_id(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        job = JobRepository(session).add(
            Job(id=None, title="Backend", required_skills=["Python", "PostgreSQL"])
        )
    return job.id


@pytest.fixture
def workspace(qtbot, ui_context, job_id) -> CandidatesWorkspace:  # type: ignore[no-untyped-def]
    widget = CandidatesWorkspace(ui_context)
    widget.workers = 1  # the stand-in screener lives in this process
    widget.isolated = False
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.job_box.count() == 2)
    widget.select_job(job_id)
    return widget


def resumes(folder: Path) -> list[Path]:
    return [
        write_text_resume(
            folder,
            "strong",
            name="Sam Strong",
            email="sam@example.org",
            skills=("Python", "PostgreSQL"),
        ),
        write_text_resume(folder, "half", name="Hal Half", skills=("Python",)),
        write_text_resume(folder, "none", name="Nia None", skills=("Kafka",)),
    ]


def import_and_wait(qtbot, workspace: CandidatesWorkspace, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    handle = workspace.import_paths(paths)
    assert handle is not None
    qtbot.waitUntil(lambda: not workspace.importing, timeout=20_000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() >= len(paths), timeout=5_000)


def shown(workspace: CandidatesWorkspace, column: int) -> list[str]:
    proxy = workspace.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_import_fills_the_table_ranked_by_score(qtbot, workspace, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"BROKEN")
    import_and_wait(qtbot, workspace, [*resumes(tmp_path), broken])

    assert shown(workspace, 0)[:3] == ["Sam Strong", "Hal Half", "Nia None"]
    assert shown(workspace, 1)[:3] == ["100", "50", "0"]
    assert shown(workspace, 6) == ["Screened", "Screened", "Screened", "Failed"]
    assert workspace.last_summary is not None and workspace.last_summary.failures == 1
    assert "1 could not be read" in workspace.status_label.text()


def test_filter_box_narrows_the_table(qtbot, workspace, tmp_path):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    workspace.filter_box.setText("hal")
    assert shown(workspace, 0) == ["Hal Half"]
    workspace.filter_box.clear()
    assert workspace.proxy.rowCount() == 3


def test_sorting_by_a_column_uses_its_values(qtbot, workspace, tmp_path):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    workspace.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(workspace, 1) == ["0", "50", "100"]


def test_detail_pane_shows_text_evidence_and_match(qtbot, workspace, tmp_path):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)

    pane = workspace.detail
    assert "Sam Strong" in pane.header.text()
    assert "Built services with PostgreSQL" in pane.text.toPlainText()
    assert pane.highlight_count >= 2
    findings = pane.findings.toPlainText()
    assert "Match: 100/100 for Backend" in findings
    assert "Green flags" in findings and "Built services with Python" in findings


def test_blind_review_shows_codes_instead_of_names(qtbot, workspace, ui_context, tmp_path):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)

    ui_context.set_blind_review(True)

    names = shown(workspace, 0)
    assert all(name.startswith("C-") for name in names)
    assert "Sam" not in workspace.detail.header.text()
    assert "sam@example.org" not in workspace.detail.text.toPlainText()
    assert "Sam Strong" not in workspace.detail.text.toPlainText()


def test_blind_review_gives_failed_files_a_neutral_name(qtbot, workspace, ui_context, tmp_path):
    broken = tmp_path / "Jane_Doe_Resume.txt"
    broken.write_bytes(b"BROKEN")
    import_and_wait(qtbot, workspace, [broken])
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)
    document_id = workspace.detail.detail.row.document_id

    ui_context.set_blind_review(True)

    neutral = f"document-{document_id}.txt"
    assert shown(workspace, 7) == [neutral]
    assert "jane" not in str(workspace.proxy.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)).lower()
    pane = workspace.detail
    assert "jane" not in pane.header.text().lower() and neutral in pane.header.text()
    assert "jane" not in (pane.text.toPlainText() + pane.findings.toPlainText()).lower()
    workspace.filter_box.setText("jane")
    assert workspace.proxy.rowCount() == 0
    workspace.filter_box.setText("document-")
    assert workspace.proxy.rowCount() == 1


def test_key_columns_fit_the_default_window(qtbot, workspace, tmp_path):
    # The workspace's share of a 1200x780 main window (the side list takes the rest).
    broken = tmp_path / "Lee_Resume.txt"
    broken.write_bytes(b"BROKEN")
    import_and_wait(qtbot, workspace, [*resumes(tmp_path), broken])
    workspace.resize(1030, 740)
    workspace.show()
    qtbot.waitExposed(workspace)

    header = workspace.table.horizontalHeader()
    visible = workspace.table.viewport().width()
    for column in range(7):  # Candidate … Status
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible
    assert header.sectionSize(0) >= 140
    failed = shown(workspace, 0)[-1]
    assert failed == "Lee_Resume.txt" and shown(workspace, 6)[-1] == "Failed"
    tooltip = workspace.proxy.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "strong.txt"

    workspace.file_column_action.setChecked(True)
    assert not header.isSectionHidden(7)


def test_rescreen_after_the_job_changes(qtbot, workspace, database, job_id, tmp_path):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    with database.session() as session:
        jobs = JobRepository(session)
        job = jobs.get(job_id)
        job.required_skills = ["Kafka"]
        jobs.update(job)

    workspace.rescreen()
    qtbot.waitUntil(lambda: shown(workspace, 0)[:1] == ["Nia None"], timeout=10_000)
    assert shown(workspace, 1)[0] == "100"


def test_dropping_files_imports_them(qtbot, workspace, tmp_path):
    folder = tmp_path / "dropped"
    resumes(folder)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    workspace.dropEvent(event)
    qtbot.waitUntil(lambda: not workspace.importing, timeout=20_000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 3, timeout=5_000)


def exported_names(path: Path, column: str) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return [row[column] for row in csv.DictReader(stream)]


def test_export_writes_the_ranking_as_shown_and_blind_review_names_no_one(
    qtbot, workspace, ui_context, tmp_path, monkeypatch
):
    assert not workspace.export_button.isEnabled()  # nothing to export yet
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    qtbot.waitUntil(workspace.export_button.isEnabled)
    chosen = [tmp_path / "panel"]  # typed without a suffix: the dialog's filter says CSV
    monkeypatch.setattr(
        "recruiter_kit.ui.workspaces.candidates.QFileDialog.getSaveFileName",
        lambda *args: (str(chosen[-1]), "CSV for a spreadsheet (*.csv)"),
    )

    with qtbot.waitActive(workspace):
        workspace.show()
        workspace.activateWindow()
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "panel.csv"
    qtbot.waitUntil(lambda: str(written) in workspace.status_label.text(), timeout=10_000)
    assert exported_names(written, "Name") == shown(workspace, 0)  # best match first

    ui_context.set_blind_review(True)
    chosen.append(tmp_path / "blind.csv")
    workspace.choose_export_file()
    qtbot.waitUntil(lambda: "blind.csv" in workspace.status_label.text(), timeout=10_000)
    assert exported_names(chosen[-1], "Code") == shown(workspace, 0)
    assert "Sam" not in chosen[-1].read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("typed", ["shortlist", "shortlist.csv"], ids=["no-suffix", "suggested"])
def test_export_writes_a_pdf_when_that_filter_is_chosen(
    qtbot, workspace, tmp_path, monkeypatch, typed
):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    qtbot.waitUntil(workspace.export_button.isEnabled)
    monkeypatch.setattr(
        "recruiter_kit.ui.workspaces.candidates.QFileDialog.getSaveFileName",
        lambda *args: (str(tmp_path / typed), "PDF to print (*.pdf)"),
    )

    workspace.choose_export_file()

    written = tmp_path / "shortlist.pdf"
    qtbot.waitUntil(lambda: str(written) in workspace.status_label.text(), timeout=20_000)
    assert written.read_bytes().startswith(b"%PDF")


def test_an_export_that_cannot_be_written_says_why(qtbot, workspace, tmp_path, monkeypatch):
    import_and_wait(qtbot, workspace, resumes(tmp_path))
    errors: list[tuple[str, BaseException]] = []
    monkeypatch.setattr(
        "recruiter_kit.ui.workspaces.candidates.show_error",
        lambda parent, title, error: errors.append((title, error)),
    )

    workspace.export_ranking(tmp_path / "gone" / "ranking.csv")
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)

    title, error = errors[0]
    assert title == "Export failed" and "gone" in str(error)
