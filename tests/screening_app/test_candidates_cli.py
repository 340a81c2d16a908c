"""`recruiter-kit candidates`: ranking, details, re-screening, split, link and assign headless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recruiter_kit.cli import main
from recruiter_kit.core.models import Job, Level
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.repositories import JobRepository


def write_resume(folder: Path, stem: str, name: str, email: str, skill: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text(
        f"{name}\n{email}\n\nExperience\nBackend Engineer, Northwind, 2017 - 2024\n"
        f"• Built the order service in {skill} and PostgreSQL for 2 million users\n",
        encoding="utf-8",
    )
    return path


def add_job(database: Database, required: list[str]) -> int:
    with database.session() as session:
        job = JobRepository(session).add(
            Job(id=None, title="Backend Engineer", level=Level.SENIOR, required_skills=required)
        )
    assert job.id is not None
    return job.id


def run_json(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main(["--db", db_url, "candidates", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def import_files(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> None:
    assert main(["--db", db_url, "screen", *args, "--workers", "1", "--json"]) == 0
    capsys.readouterr()


def test_list_ranks_a_jobs_candidates_and_rescreen_follows_the_job(
    database: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    job_id = add_job(database, ["Go"])
    import_files(
        db_url,
        capsys,
        str(write_resume(tmp_path, "ana", "Ana Ruiz", "ana@example.org", "Go")),
        str(write_resume(tmp_path, "ben", "Ben Ode", "ben@example.org", "Python")),
        "--job",
        str(job_id),
    )
    ranking = run_json(db_url, capsys, "list", "--job", str(job_id))
    assert [row["name"] for row in ranking] == ["Ana Ruiz", "Ben Ode"]

    with database.session() as session:
        job = JobRepository(session).get(job_id)
        job.required_skills = ["Python"]
        JobRepository(session).update(job)
    assert main(["--db", db_url, "candidates", "rescreen", "--job", str(job_id)]) == 0
    assert "Re-screened 2" in capsys.readouterr().out
    ranking = run_json(db_url, capsys, "list", "--job", str(job_id))
    assert [row["name"] for row in ranking] == ["Ben Ode", "Ana Ruiz"]


def test_split_and_link_undo_a_match_by_email(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_files(
        db_url,
        capsys,
        str(write_resume(tmp_path, "ana", "Ana Ruiz", "shared@example.org", "Go")),
        str(write_resume(tmp_path, "other", "Ana Other", "shared@example.org", "Rust")),
    )
    rows = run_json(db_url, capsys, "list")
    assert len(rows) == 1  # one candidate, shown by their latest resume
    second = rows[0]["screening_id"]
    shown = run_json(db_url, capsys, "show", str(second))
    assert shown["links"]["linked_by"] == "email" and shown["links"]["resume_count"] == 2
    first_candidate = shown["candidate_id"]

    assert main(["--db", db_url, "candidates", "split", str(second)]) == 0
    assert "new candidate" in capsys.readouterr().out
    assert len(run_json(db_url, capsys, "list")) == 2
    split = run_json(db_url, capsys, "show", str(second))
    assert split["candidate_id"] != first_candidate
    assert [m["candidate_id"] for m in split["links"]["matches"]] == [first_candidate]

    assert main(["--db", db_url, "candidates", "link", str(second), str(first_candidate)]) == 0
    assert "was removed" in capsys.readouterr().out
    assert len(run_json(db_url, capsys, "list")) == 1


def test_assign_puts_a_candidate_imported_without_a_job_into_its_ranking(
    database: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    job_id = add_job(database, ["Go"])
    import_files(db_url, capsys, str(write_resume(tmp_path, "ana", "Ana", "a@example.org", "Go")))
    candidate = run_json(db_url, capsys, "list")[0]["candidate_id"]
    assert run_json(db_url, capsys, "list", "--job", str(job_id)) == []

    assert main(["--db", db_url, "candidates", "assign", str(candidate), "--job", str(job_id)]) == 0
    assert "Added 1 resume" in capsys.readouterr().out
    ranking = run_json(db_url, capsys, "list", "--job", str(job_id))
    assert [row["candidate_id"] for row in ranking] == [candidate]
    assert ranking[0]["score"] is not None


def test_blind_listing_and_details_hide_who_the_candidate_is(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_files(db_url, capsys, str(write_resume(tmp_path, "ana", "Ana Ruiz", "a@x.org", "Go")))
    row = run_json(db_url, capsys, "list", "--blind")[0]
    assert row["name"] is None and row["file"] is None and row["candidate_code"]
    assert main(["--db", db_url, "candidates", "show", str(row["screening_id"]), "--blind"]) == 0
    out = capsys.readouterr().out
    assert "Ana" not in out and "a@x.org" not in out and row["candidate_code"] in out


def test_show_lists_the_work_history_latest_first(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_resume(tmp_path, "ana", "Ana Ruiz", "a@x.org", "Go")
    path.write_text(
        path.read_text(encoding="utf-8")
        + "Senior Backend Engineer\nLedgerline | Mar 2024 - Present\n• Ran the billing API\n",
        encoding="utf-8",
    )
    import_files(db_url, capsys, str(path))
    row = run_json(db_url, capsys, "list")[0]
    assert main(["--db", db_url, "candidates", "show", str(row["screening_id"])]) == 0
    out = capsys.readouterr().out
    assert out[out.index("Work history") :].splitlines()[:3] == [
        "Work history: 2 dated job(s)",
        "  Senior Backend Engineer, Ledgerline (Mar 2024 - Present)",
        "  Backend Engineer, Northwind (2017 - 2024)",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["show", "999"],
        ["split", "999"],
        ["link", "999", "1"],
        ["assign", "999", "--job", "1"],
        ["list", "--job", "999"],
        ["rescreen", "--job", "999"],
    ],
)
def test_unknown_ids_give_one_line_and_exit_2(
    db_url: str, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert main(["--db", db_url, "candidates", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("recruiter-kit:") and "Traceback" not in err


def test_splitting_a_candidates_only_resume_is_refused(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_files(db_url, capsys, str(write_resume(tmp_path, "ana", "Ana", "a@example.org", "Go")))
    screening = run_json(db_url, capsys, "list")[0]["screening_id"]
    assert main(["--db", db_url, "candidates", "split", str(screening)]) == 2
    assert "only resume" in capsys.readouterr().err
