"""`recruiter-kit jd ...` end to end, through the real argument parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recruiter_kit.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_templates_json_lists_name_title_level(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "jd", "templates", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) >= 10
    entry = next(item for item in data if item["name"] == "backend-senior-product")
    assert entry["title"] == "Senior Backend Engineer" and entry["level"] == "senior"


def test_new_list_export_lint(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "jd",
        "new",
        "--template",
        "backend-mid-product",
        "--title",
        "Backend Engineer (Checkout)",
        "--set",
        "salary_min=66000",
        "--set",
        "required_skills=Go, PostgreSQL",
        "--json",
    )
    created = json.loads(out)
    assert code == 0 and created["id"] == 1
    assert created["title"] == "Backend Engineer (Checkout)"
    assert created["required_skills"] == ["Go", "PostgreSQL"]
    assert created["salary"]["minimum"] == 66000

    code, out, _ = run(capsys, "--db", db_url, "jd", "list", "--json")
    assert [job["title"] for job in json.loads(out)] == ["Backend Engineer (Checkout)"]

    target = tmp_path / "job.pdf"
    code, out, _ = run(
        capsys, "--db", db_url, "jd", "export", "1", "--format", "pdf", "--out", str(target)
    )
    assert code == 0 and target.read_bytes().startswith(b"%PDF")

    code, out, _ = run(capsys, "--db", db_url, "jd", "lint", "1", "--json")
    assert code == 0 and all(item["severity"] != "error" for item in json.loads(out))


def test_lint_exits_non_zero_on_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text("# Backend Rockstar\n\nWe want young, energetic digital natives.\n")
    code, out, _ = run(capsys, "jd", "lint", str(posting), "--json")
    findings = json.loads(out)
    assert code == 1
    assert {"exclusionary", "hype-title"} <= {item["check"] for item in findings}
    assert {"check", "severity", "field", "text", "message", "suggestion"} <= set(findings[0])


def test_lint_a_json_job_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "job.json"
    path.write_text(json.dumps({"title": "Backend Engineer", "responsibilities": ["Build APIs"]}))
    code, out, _ = run(capsys, "jd", "lint", str(path))
    assert code == 1 and "missing-salary" not in out and "salary range" in out


def test_bad_input_gives_one_line_and_no_traceback(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    code, _, err = run(
        capsys,
        "--db",
        db_url,
        "jd",
        "new",
        "--template",
        "backend-mid-product",
        "--set",
        "salary_max=lots",
    )
    assert code == 2
    assert err.strip() == "recruiter-kit: The field 'salary.maximum' must be a number; got 'lots'."
    code, _, err = run(capsys, "--db", db_url, "jd", "new", "--template", "no-such-template")
    assert code == 2 and "No template named 'no-such-template'" in err
    code, out, _ = run(capsys, "--db", db_url, "jd", "list", "--json")
    assert json.loads(out) == []


def test_export_to_unwritable_path(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    run(capsys, "--db", db_url, "jd", "new", "--template", "fullstack-mid")
    code, _, err = run(
        capsys,
        "--db",
        db_url,
        "jd",
        "export",
        "1",
        "--format",
        "docx",
        "--out",
        str(tmp_path / "nope" / "job.docx"),
    )
    assert code == 2 and "does not exist" in err and "Traceback" not in err
