"""`recruiter-kit screen`: JSON lines with the documented keys, exit codes, blind output."""

from __future__ import annotations

import json

import pytest
from screening_app_helpers import write_text_resume

from recruiter_kit.cli import main
from recruiter_kit.core.models import Job
from recruiter_kit.storage.repositories import DocumentRepository, JobRepository

KEYS = {
    "file",
    "candidate_id",
    "status",
    "error",
    "contact",
    "years_experience",
    "level",
    "skills",
    "green_flags",
    "yellow_flags",
    "metrics",
}


pytestmark = pytest.mark.usefixtures("counting_screener")


def screen(capsys, *argv: str) -> tuple[int, list[dict], str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, lines, captured.err


def test_json_lines_carry_the_documented_keys(capsys, db_url, database, tmp_path):
    with database.session() as session:
        job = JobRepository(session).add(Job(id=None, title="Backend", required_skills=["Python"]))
    good = write_text_resume(
        tmp_path,
        "ada",
        name="Ada Byron",
        email="ada@example.org",
        skills=("Python", "PostgreSQL"),
        years=6,
    )
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"BROKEN")

    code, lines, _ = screen(
        capsys,
        "--db",
        db_url,
        "screen",
        str(good),
        str(bad),
        "--job",
        str(job.id),
        "--json",
        "--workers",
        "1",
    )

    assert code == 0 and len(lines) == 2
    ok, failed = lines
    assert KEYS | {"match"} <= set(ok)
    assert ok["status"] == "ok" and ok["error"] is None and isinstance(ok["candidate_id"], int)
    assert set(ok["contact"]) >= {"name", "email", "phone", "links"}
    assert ok["contact"]["email"] == "ada@example.org"
    assert ok["level"] == "senior" and ok["years_experience"] == 6.0
    skill = ok["skills"][0]
    assert set(skill) >= {"name", "category", "evidenced", "evidence"}
    assert {flag["id"] for flag in ok["green_flags"]} == {"specific_language"}
    assert set(ok["metrics"]) >= {"bullets", "quantified"}
    assert set(ok["match"]) >= {"score", "matched", "missing"} and ok["match"]["score"] == 100
    assert failed["status"] == "error" and failed["candidate_id"] is None
    assert "damaged" in failed["error"] and failed["match"] is None


def test_no_match_key_without_a_job(capsys, db_url, tmp_path):
    path = write_text_resume(tmp_path, "ada", name="Ada Byron")
    code, lines, _ = screen(capsys, "--db", db_url, "screen", str(path), "--json", "--workers", "1")
    assert code == 0 and "match" not in lines[0]


def test_missing_files_are_reported_not_fatal(capsys, db_url, tmp_path):
    code, lines, _ = screen(capsys, "--db", db_url, "screen", str(tmp_path / "gone.pdf"), "--json")
    assert code == 0
    assert lines[0]["status"] == "error" and "no such file" in lines[0]["error"]


def test_a_copy_of_a_failed_file_is_named_as_given(capsys, db_url, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.pdf").write_bytes(b"")
    args = [str(tmp_path / "empty.txt"), str(tmp_path / "empty.pdf")]
    code, lines, _ = screen(capsys, "--db", db_url, "screen", *args, "--json")
    assert code == 0
    assert lines[1]["file"].endswith("empty.pdf") and lines[1]["duplicate"]
    assert lines[1]["error"].startswith("empty.pdf: identical to empty.txt")


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--job", "999"], "no job with id 999"),
        (["--job-file", "missing.json"], "no such job file"),
    ],
)
def test_the_command_itself_failing_exits_non_zero(capsys, db_url, tmp_path, extra, message):
    path = write_text_resume(tmp_path, "ada", name="Ada Byron")
    code, _, err = screen(capsys, "--db", db_url, "screen", str(path), *extra)
    assert code != 0 and message in err and "Traceback" not in err


def test_bad_workers_value_is_a_usage_error(capsys, db_url, tmp_path):
    with pytest.raises(SystemExit) as stop:
        main(["--db", db_url, "screen", str(tmp_path), "--workers", "0"])
    assert stop.value.code == 2


def test_job_file_json_gives_the_criteria(capsys, db_url, tmp_path):
    job_file = tmp_path / "job.json"
    job_file.write_text(
        json.dumps(
            {
                "title": "Platform",
                "level": "senior",
                "required": ["Go", "Kafka"],
                "nice_to_have": [],
            }
        )
    )
    path = write_text_resume(tmp_path, "ada", name="Ada Byron", skills=("Go",))
    code, lines, _ = screen(
        capsys,
        "--db",
        db_url,
        "screen",
        str(path),
        "--job-file",
        str(job_file),
        "--json",
        "--workers",
        "1",
    )
    assert code == 0
    assert lines[0]["match"]["matched"] == ["Go"] and lines[0]["match"]["missing"] == ["Kafka"]


def test_blind_json_hides_identity(capsys, db_url, tmp_path):
    path = write_text_resume(
        tmp_path,
        "ada_byron",
        name="Ada Byron",
        email="ada@example.org",
        phone="+44 20 7946 0018",
        skills=("Go",),
    )
    code, lines, _ = screen(
        capsys, "--db", db_url, "screen", str(path), "--json", "--blind", "--workers", "1"
    )
    line = lines[0]
    assert code == 0
    assert line["contact"]["name"] == line["candidate_code"]
    assert line["contact"]["email"] is None and line["contact"]["phone"] is None
    assert "byron" not in json.dumps(line).lower()


def test_blind_output_gives_a_failed_file_a_neutral_name(capsys, db_url, tmp_path):
    broken = tmp_path / "Jane_Doe_Resume.txt"
    broken.write_bytes(b"BROKEN")
    args = [str(broken), "--blind", "--workers", "1"]
    code, lines, _ = screen(capsys, "--db", db_url, "screen", *args, "--json")
    assert code == 0
    line = lines[0]
    assert line["file"] == f"document-{line['document_id']}.txt"
    assert "jane" not in json.dumps(line).lower()

    assert main(["--db", db_url, "screen", *args]) == 0
    printed = capsys.readouterr().out
    assert "jane" not in printed.lower() and "document-1.txt" in printed


def test_readable_table_ranks_and_summarises(capsys, db_url, database, tmp_path):
    with database.session() as session:
        job = JobRepository(session).add(
            Job(id=None, title="Backend", required_skills=["Python", "Go"])
        )
    folder = tmp_path / "resumes"
    write_text_resume(folder, "weak", name="Weak Match", skills=("Kafka",))
    write_text_resume(folder, "strong", name="Strong Match", skills=("Python", "Go"))
    code = main(["--db", db_url, "screen", str(folder), "--job", str(job.id), "--workers", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.index("Strong Match") < out.index("Weak Match")
    assert "2 files: 2 screened" in out


def test_a_resume_screened_again_for_another_job_is_added_to_it(capsys, db_url, database, tmp_path):
    with database.session() as session:
        jobs = JobRepository(session)
        first = jobs.add(Job(id=None, title="Backend", required_skills=["Python"]))
        second = jobs.add(Job(id=None, title="Data Platform", required_skills=["Kafka"]))
    path = write_text_resume(tmp_path, "ada", name="Ada Byron", skills=("Python", "Kafka"))
    assert main(["--db", db_url, "screen", str(path), "--job", str(first.id)]) == 0
    capsys.readouterr()

    code = main(["--db", db_url, "screen", str(path), "--job", str(second.id), "--workers", "1"])
    out = capsys.readouterr().out
    code_json, lines, _ = screen(
        capsys, "--db", db_url, "screen", str(path), "--job", str(second.id), "--json"
    )

    assert code == code_json == 0
    assert "(already imported; added to Data Platform)" in out
    assert "1 already imported (1 added to this job)" in out
    assert lines[0]["duplicate"] is True and lines[0]["added_to_job"] is None
    assert lines[0]["match"]["score"] == 100


def test_ctrl_c_says_how_many_files_were_kept(capsys, monkeypatch, db_url, database, tmp_path):
    import recruiter_kit.cli.screen as screen_command

    paths = [str(write_text_resume(tmp_path, s, name=f"Ann {s}")) for s in ("aa", "bb", "cc")]
    shown: list[str] = []

    def print_line(outcome, criteria, blind):  # type: ignore[no-untyped-def]
        shown.append(outcome.path.name)
        if len(shown) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(screen_command, "_print_line", print_line)
    code = main(["--db", db_url, "screen", *paths, "--json", "--workers", "1"])

    err = capsys.readouterr().err
    assert code == 130
    assert "cancelled after 2 of 3 files; the 2 imported are kept." in err
    with database.session() as session:
        assert DocumentRepository(session).count() == 2
