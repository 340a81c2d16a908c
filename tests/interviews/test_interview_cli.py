"""`recruiter-kit questions list` and `recruiter-kit guide`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from interview_helpers import NUMBER_LINES, add_job_and_candidate, screened, store_screening

from recruiter_kit.cli import main


def test_questions_list_json_filters(database, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(
            [
                "--db",
                db_url,
                "questions",
                "list",
                "--category",
                "databases",
                "--level",
                "junior",
                "--json",
            ]
        )
        == 0
    )
    items = json.loads(capsys.readouterr().out)
    assert items and all(q["category"] == "databases" and "junior" in q["levels"] for q in items)
    for key in ("id", "category", "levels", "minutes", "text", "look_for", "red_flags"):
        assert key in items[0]


def test_questions_list_text_and_unknown_category(database, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", db_url, "questions", "list", "--category", "reliability"]) == 0
    assert "rel-define-slo" in capsys.readouterr().out
    assert main(["--db", db_url, "questions", "list", "--category", "astrology"]) == 2
    assert "Unknown category 'astrology'" in capsys.readouterr().err


def test_guide_writes_pdf_and_prints_json(database, db_url, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    store_screening(database, candidate_id, job_id, screened())
    out = tmp_path / "guide.pdf"
    code = main(
        [
            "--db",
            db_url,
            "guide",
            "--job",
            str(job_id),
            "--candidate",
            str(candidate_id),
            "--stage",
            "system_design",
            "--minutes",
            "45",
            "--out",
            str(out),
            "--json",
            "--blind",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert out.read_bytes().startswith(b"%PDF")
    assert abs(data["total_minutes"] - 45) <= 5
    assert [p["quote"] for p in data["probes"] if p["kind"] == "defend_number"] == list(
        NUMBER_LINES
    )
    assert data["questions"] and {"id", "text", "look_for", "red_flags", "minutes"} <= set(
        data["questions"][0]
    )
    assert data["candidate_code"] == "C-7A1B2C"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--minutes", "50"], "not 50"),
        (["--stage", "lunch"], "Unknown interview stage 'lunch'"),
    ],
)
def test_guide_errors_are_one_line(
    database, db_url, tmp_path: Path, capsys, extra, message
) -> None:  # type: ignore[no-untyped-def]
    job_id, _ = add_job_and_candidate(database)
    out = tmp_path / "guide.pdf"
    assert main(["--db", db_url, "guide", "--job", str(job_id), "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_guide_for_missing_job(database, db_url, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", db_url, "guide", "--job", "404", "--out", str(tmp_path / "g.pdf")]) == 2
    assert "404" in capsys.readouterr().err


def test_questions_list_warns_about_a_malformed_stored_question(database, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.storage.models.interviews import InterviewQuestionRecord

    with database.session() as session:
        session.add(InterviewQuestionRecord(question_id="mine", data={"id": "mine", "levels": 3}))
    assert main(["--db", db_url, "questions", "list", "--json"]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) >= 60
    assert "Warning: Stored question ('mine'): unknown category" in captured.err
    assert "Question bank" in captured.err


@pytest.mark.parametrize("name", ["g.txt", "guide", "guide.pdf.txt"])
def test_guide_refuses_an_out_name_that_is_not_pdf(
    database, db_url, tmp_path: Path, capsys, name: str
) -> None:  # type: ignore[no-untyped-def]
    job_id, _ = add_job_and_candidate(database)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--db", db_url, "guide", "--job", str(job_id), "--out", str(folder / name)]) == 2
    err = capsys.readouterr().err
    assert "must end in .pdf" in err and name in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_guide_accepts_an_upper_case_pdf_name(database, db_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    job_id, _ = add_job_and_candidate(database)
    out = tmp_path / "GUIDE.PDF"
    assert main(["--db", db_url, "guide", "--job", str(job_id), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
