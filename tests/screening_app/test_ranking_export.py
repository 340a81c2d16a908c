"""Exporting a ranking as CSV: the order, the findings, blind review, formulas, cancel."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pypdfium2
import pytest
from test_candidates_cli import add_job, import_files, write_resume

from recruiter_kit.cli import main
from recruiter_kit.core.errors import Cancelled
from recruiter_kit.core.progress import CancelToken, run_to_end
from recruiter_kit.services.ranking_export import (
    export_ranking,
    ranking,
    ranking_header,
    ranking_line,
)
from recruiter_kit.services.screening import ScreeningRow, ScreeningService, ranking_order
from recruiter_kit.storage.database import Database


def read_csv(data: bytes) -> list[dict[str, str]]:
    """The rows of an exported file, which opens with the mark of UTF-8."""
    assert data.startswith(b"\xef\xbb\xbf")  # the mark spreadsheets read UTF-8 by
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture
def ranked(database: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> int:
    """A job with two readable resumes (one matches, one misses Go) and one empty file."""
    job_id = add_job(database, ["Go", "PostgreSQL"])
    folder = tmp_path / "in"
    files = [
        write_resume(folder, "ben", "Ben Ode", "ben@example.org", "Python"),
        write_resume(folder, "ana", "Ana Ruiz", "ana@example.org", "Go"),
        folder / "=2+3.txt",  # a file name a spreadsheet would run as a formula
    ]
    files[2].write_bytes(b"")
    import_files(db_url, capsys, *map(str, files), "--job", str(job_id))
    return job_id


def test_a_jobs_ranking_lists_each_candidate_with_the_findings_behind_the_score(
    database: Database, ranked: int
) -> None:
    text = run_to_end(ranking(ScreeningService(database), ranked)).csv_text()
    rows = read_csv(text.encode("utf-8-sig"))

    assert [(row["Rank"], row["Name"]) for row in rows] == [
        ("1", "Ana Ruiz"),
        ("2", "Ben Ode"),
        ("", ""),
    ]
    ana, ben, unread = rows
    assert ana["Matched skills"] == "Go; PostgreSQL" and ana["Missing skills"] == ""
    assert ben["Missing skills"] == "Go" and int(ben["Score"]) < int(ana["Score"])
    assert "Names a specific datastore" in ana["Green flags"].split("; ")
    assert ana["Email"] == "ana@example.org" and ana["Code"].startswith("C-")
    assert ana["Level"] and float(ana["Years"]) == pytest.approx(7, abs=0.5)
    # The file that could not be read comes last, unranked, with why; a cell that
    # starts like a formula is written as text.
    assert unread["Status"] == "Failed" and unread["File"] == "'=2+3.txt"
    assert unread["Problem"].startswith("'=2+3.txt")


def test_a_blind_export_names_no_one(database: Database, ranked: int) -> None:
    text = run_to_end(ranking(ScreeningService(database), ranked, blind=True)).csv_text()
    rows = read_csv(text.encode("utf-8-sig"))

    assert {"Name", "Email", "Phone", "File", "Problem"}.isdisjoint(rows[0])
    assert [row["Code"][:2] for row in rows[:2]] == ["C-", "C-"]
    assert rows[2]["Code"] == "(unreadable)"
    for identifying in ("Ana", "Ruiz", "Ben Ode", "example.org", "2+3", ".txt"):
        assert identifying not in text


def test_every_candidate_without_a_job_is_listed_without_rank_or_match(
    database: Database, ranked: int
) -> None:
    service = ScreeningService(database)
    rows = read_csv(run_to_end(ranking(service, None)).csv_text().encode("utf-8-sig"))

    # Each score is against the job its candidate was last screened for: no rank of all.
    assert {"Rank", "Score", "Matched skills", "Missing skills"}.isdisjoint(rows[0])
    assert [row["Name"] for row in rows] == ["Ana Ruiz", "Ben Ode", ""]
    blind = read_csv(run_to_end(ranking(service, None, blind=True)).csv_text().encode("utf-8-sig"))
    assert list(blind[0]) == ["Code", "Level", "Years", "Green flags", "Yellow flags", "Status"]


def test_a_file_waiting_for_ocr_is_listed_unranked_by_its_status() -> None:
    row = ScreeningRow(
        9,
        4,
        None,
        1,
        "scan.pdf",
        "needs_ocr",
        "scan.pdf: needs OCR",
        None,
        None,
        None,
        0,
        0,
        None,
        None,
        None,
        None,
    )
    header = ranking_header(job=True, blind=False)
    cells = dict(zip(header, ranking_line(None, row, None, job=True, blind=False), strict=True))
    assert cells["Rank"] == "" and cells["Status"] == "Needs OCR"
    assert cells["File"] == "scan.pdf" and cells["Green flags"] == ""


def test_a_cancelled_export_leaves_the_earlier_file_as_it_was(
    database: Database, ranked: int, tmp_path: Path
) -> None:
    target = tmp_path / "ranking.csv"
    target.write_text("the export of last week", encoding="utf-8")
    token = CancelToken()
    job = export_ranking(ScreeningService(database), target, ranked, token=token)
    next(job)  # the first report: nothing written yet
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)

    assert target.read_text(encoding="utf-8") == "the export of last week"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ranking")] == []


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(path.read_bytes())
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_a_file_named_pdf_gets_a_printable_ranking(
    database: Database, ranked: int, tmp_path: Path
) -> None:
    service = ScreeningService(database)
    printed = run_to_end(export_ranking(service, tmp_path / "shortlist.pdf", ranked))
    text = pdf_text(printed)
    assert "Ranking: Backend Engineer" in text and "2 screened · 1 not read" in text
    assert text.index("Ana Ruiz") < text.index("Ben Ode")  # best first
    assert "Names a specific datastore" in text and "=2+3.txt" not in text  # no File column

    blind = run_to_end(export_ranking(service, tmp_path / "blind.PDF", ranked, blind=True))
    text = pdf_text(blind)
    assert "blind review" in text and "C-" in text
    assert "Ana" not in text and "Ben" not in text


def test_the_command_line_writes_the_file_or_says_why_not(
    db_url: str, ranked: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ranking.csv"
    args = ["--db", db_url, "candidates", "export", "--job", str(ranked)]
    assert main([*args, "-o", str(target)]) == 0
    assert f"Wrote {target}" in capsys.readouterr().out
    assert [row["Name"] for row in read_csv(target.read_bytes())][:2] == ["Ana Ruiz", "Ben Ode"]

    missing = tmp_path / "no such folder" / "ranking.csv"
    assert main([*args, "-o", str(missing)]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["--db", db_url, "candidates", "export", "--job", "999"]) == 2
    assert "999" in capsys.readouterr().err


def test_the_command_line_prints_the_csv_without_a_file(
    db_url: str, ranked: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["--db", db_url, "candidates", "export", "--blind"]) == 0
    stdout.flush()
    printed = stdout.buffer.getvalue()  # type: ignore[attr-defined]
    assert not printed.startswith(b"\xef\xbb\xbf")  # no mark for a program reading the pipe
    rows = list(csv.DictReader(io.StringIO(printed.decode("utf-8"))))
    assert len(rows) == 3 and "Name" not in rows[0]


def test_the_table_breaks_tied_scores_as_the_export_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from recruiter_kit.ui.candidates.table_model import (
        ROW_ROLE,
        CandidateFilterProxy,
        CandidateTableModel,
        table_rows,
    )

    def row(screening_id: int, score: int | None, green: int, yellow: int) -> ScreeningRow:
        status = "ok" if score is not None else "error"
        return ScreeningRow(
            screening_id,
            screening_id,
            screening_id,
            1,
            f"{screening_id}.pdf",
            status,
            None,
            score,
            "mid",
            3.0,
            green,
            yellow,
            f"N{screening_id}",
            f"C-{screening_id}",
            None,
            None,
        )

    # In no order the ranking would give, so that a sort falling back on it shows.
    rows = [
        row(2, 100, 4, 1),
        row(6, 0, 0, 2),
        row(4, 100, 4, 0),
        row(3, None, 0, 0),
        row(1, 100, 3, 0),
        row(7, 0, 1, 0),
        row(5, 90, 5, 0),
    ]
    model, proxy = CandidateTableModel(), CandidateFilterProxy()
    model.set_rows(table_rows(rows))
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # Score, as the workspace opens

    shown = [proxy.index(n, 0).data(ROW_ROLE).screening_id for n in range(proxy.rowCount())]
    assert shown == [r.screening_id for r in sorted(rows, key=ranking_order)]
    assert shown == [4, 2, 1, 5, 7, 6, 3]


def test_a_row_taller_than_a_page_goes_on_over_the_next() -> None:
    from recruiter_kit.documents.table_pdf import TableReport, build_table_pdf

    missing = "; ".join(f"Skill{n}" for n in range(300))  # in a narrow column
    report = TableReport(
        "Ranking",
        "1 screened",
        ["Rank", "Missing skills", "Status"],
        [["1", missing, "Screened"]],
        [1, 1, 12],
    )
    document = pypdfium2.PdfDocument(build_table_pdf(report))
    try:
        assert len(document) > 1
    finally:
        document.close()
