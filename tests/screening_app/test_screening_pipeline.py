"""The whole pipeline with the real screener: PDFs (one and two columns), DOCX, bad files,
worker processes, JSON job files and job-description text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from screening_app_helpers import resume_lines, write_pdf_resumes

from recruiter_kit.cli import main
from recruiter_kit.core.models import Job
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.screening.screener import Screener
from recruiter_kit.services.job_criteria import criteria_from_text
from recruiter_kit.services.screening import FileOutcome, ScreeningService
from recruiter_kit.storage.repositories import DocumentRepository, JobRepository


def write_docx(path: Path, index: int) -> Path:
    side, body = resume_lines(index)
    document = DocxDocument()
    for line in side[:3]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)  # a table layout, like many templates
    table.cell(0, 0).text = "\n".join(side[3:])
    table.cell(0, 1).text = "\n".join(body)
    document.save(path)
    return path


def bad_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    truncated = folder / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    liar = folder / "photo.docx"
    liar.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return [empty, truncated, liar]


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def test_mixed_folder_with_two_workers(database, tmp_path):
    folder = tmp_path / "inbox"
    pdfs = write_pdf_resumes(folder, 6)
    docx = write_docx(folder / "table-layout.docx", 40)
    broken = bad_files(folder / "bad")
    with database.session() as session:
        job = JobRepository(session).add(
            Job(id=None, title="Backend", required_skills=["Python", "PostgreSQL"])
        )
    outcomes: list[FileOutcome] = []

    summary = run_to_end(
        ScreeningService(database).import_files(
            [folder], job_id=job.id, workers=2, on_file=outcomes.append
        )
    )

    by_name = {outcome.path.name: outcome for outcome in outcomes}
    assert summary.total == 10 and summary.ok == 7 and summary.errors == 3
    for path in [*pdfs, docx]:
        outcome = by_name[path.name]
        assert outcome.status == "ok", outcome.error
        assert outcome.candidate_id is not None and outcome.result is not None
        assert outcome.result.match is not None
    assert "empty" in by_name["empty.pdf"].error
    assert by_name["truncated.pdf"].status == "error"
    assert "photo.docx" in by_name["photo.docx"].error
    python = by_name["resume-0000.pdf"].result  # two columns; Python and PostgreSQL
    assert {"Python", "PostgreSQL"} <= {skill.name for skill in python.skills}
    assert python.match.score > by_name["resume-0001.pdf"].result.match.score
    with database.session() as session:
        documents = DocumentRepository(session)
        assert documents.count() == 10
        for path in broken:
            stored = by_name[path.name]
            assert documents.content(stored.document_id) == path.read_bytes()


def test_re_import_of_the_same_folder_reads_nothing_again(database, tmp_path):
    folder = tmp_path / "inbox"
    write_pdf_resumes(folder, 3)
    service = ScreeningService(database)
    run_to_end(service.import_files([folder], workers=1))
    outcomes: list[FileOutcome] = []
    summary = run_to_end(service.import_files([folder], workers=2, on_file=outcomes.append))
    assert summary.duplicates == 3 and all(outcome.duplicate for outcome in outcomes)
    assert all(outcome.candidate_id is not None for outcome in outcomes)


def test_job_description_text_gives_required_skills_and_level(screener):
    text = (
        "Senior Platform Engineer\n\n"
        "You will run Go services on Kubernetes and keep our PostgreSQL fleet healthy.\n"
        "At least 6 years building backend systems.\n\n"
        "Nice to have:\n"
        "Experience with Kafka or RabbitMQ.\n"
    )
    criteria = criteria_from_text(text, screener)
    assert criteria.title == "Senior Platform Engineer" and criteria.level == "senior"
    assert {"Go", "Kubernetes", "PostgreSQL"} <= set(criteria.required)
    assert criteria.nice_to_have == ["Kafka or RabbitMQ"] and "Kafka" not in criteria.required


def test_cli_with_a_text_job_file_and_workers(capsys, db_url, tmp_path):
    folder = tmp_path / "inbox"
    write_pdf_resumes(folder, 4)
    job_file = tmp_path / "job.txt"
    job_file.write_text(
        "We are hiring a backend engineer to build Python APIs on PostgreSQL.\nBonus: Redis.\n",
        encoding="utf-8",
    )
    code = main(
        [
            "--db",
            db_url,
            "screen",
            str(folder),
            "--job-file",
            str(job_file),
            "--workers",
            "2",
            "--json",
        ]
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and len(lines) == 4
    for line in lines:
        assert line["status"] == "ok" and isinstance(line["candidate_id"], int)
        assert set(line["match"]) >= {"score", "matched", "missing"}
        assert line["contact"]["email"].endswith("@example.net")
        assert all(
            set(skill) >= {"name", "category", "evidenced", "evidence"} for skill in line["skills"]
        )
    python = next(line for line in lines if line["file"].endswith("resume-0000.pdf"))
    assert set(python["match"]["matched"]) >= {"Python", "PostgreSQL"}


def imported_workspace(qtbot, ui_context, inbox: Path, count: int):  # type: ignore[no-untyped-def]
    """A Candidates workspace that imported `inbox` with the real screener, in this process."""
    from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

    workspace = CandidatesWorkspace(ui_context)
    qtbot.addWidget(workspace)
    workspace.workers = 1
    workspace.isolated = False
    workspace.import_paths([inbox])
    qtbot.waitUntil(
        lambda: not workspace.importing and workspace.model.rowCount() == count, timeout=20_000
    )
    return workspace


def test_workspace_shows_the_original_pdf_and_hides_it_in_blind_review(qtbot, ui_context, tmp_path):
    write_pdf_resumes(tmp_path / "inbox", 1)
    workspace = imported_workspace(qtbot, ui_context, tmp_path / "inbox", 1)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)

    original = workspace.detail.original
    assert original.currentWidget() is original.view and original.page_count == 1
    ui_context.set_blind_review(True)
    assert original.currentWidget() is original.message
    assert "hidden in blind review" in original.message.text()


def test_blind_review_draws_no_original_until_it_ends(
    qtbot, ui_context, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    from recruiter_kit.ui.workspaces import candidates

    drawn = []
    draw = candidates.render_original
    monkeypatch.setattr(candidates, "render_original", lambda *args: drawn.append(1) or draw(*args))
    write_pdf_resumes(tmp_path / "inbox", 1)
    workspace = imported_workspace(qtbot, ui_context, tmp_path / "inbox", 1)
    ui_context.set_blind_review(True)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)
    original = workspace.detail.original
    assert "hidden in blind review" in original.message.text()
    assert drawn == []  # hidden, so not drawn: no trip to the drawing process

    ui_context.set_blind_review(False)
    qtbot.waitUntil(lambda: original.currentWidget() is original.view, timeout=10_000)
    assert original.page_count == 1 and drawn == [1]


def test_original_tab_explains_a_file_that_is_not_a_pdf(qtbot, ui_context, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    side, body = resume_lines(0)
    (inbox / "a-resume.txt").write_text("\n".join(side + body), encoding="utf-8")
    (inbox / "b-broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    workspace = imported_workspace(qtbot, ui_context, inbox, 2)
    messages = {}
    for row in range(2):
        workspace.detail.clear()
        workspace.table.selectRow(row)
        qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)
        detail = workspace.detail.detail
        messages[detail.document.filename] = workspace.detail.original.message.text()

    assert messages["a-resume.txt"] == (
        "a-resume.txt is not a PDF. The text view shows what was read."
    )
    assert messages["b-broken.docx"] == (
        "b-broken.docx is not a PDF. The text view says why nothing was read from it."
    )


def test_detail_pane_lists_the_work_history_and_blind_review_redacts_it(
    qtbot, ui_context, tmp_path
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "cv.txt").write_text(
        "Mira Holt\nmira@example.org\nExperience\n"
        "Backend Developer at Holt Analytics, Mar 2015 - Dec 2018\n"
        "• Wrote the invoicing API in Java\n"
        "Senior Backend Engineer\nLedgerline | Jan 2019 - Present\n"
        "• Built billing services in Go on PostgreSQL\n",
        encoding="utf-8",
    )
    workspace = imported_workspace(qtbot, ui_context, inbox, 1)
    workspace.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5_000)

    findings = workspace.detail.findings.toPlainText()
    history = findings[findings.index("Work history") :]
    # Latest first, the title before the employer whichever order the resume used.
    assert history.index("Senior Backend Engineer, Ledgerline (Jan 2019 - Present)") < (
        history.index("Backend Developer, Holt Analytics (Mar 2015 - Dec 2018)")
    )

    ui_context.set_blind_review(True)
    qtbot.waitUntil(lambda: "Holt" not in workspace.detail.findings.toPlainText(), timeout=5_000)
    assert "Backend Developer, [name] Analytics" in workspace.detail.findings.toPlainText()
