"""`recruiter-kit db ...` and the entry point, as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from recruiter_kit.cli import main
from recruiter_kit.core.models import Job
from recruiter_kit.storage.database import open_database
from recruiter_kit.storage.repositories import JobRepository


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recruiter_kit", *args], capture_output=True, text=True, timeout=120
    )


def test_help_lists_the_db_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "db" in result.stdout
    assert "Without a command, opens the desktop app" in result.stdout


def test_info_reports_schema_and_counts(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "db", "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "db", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["up_to_date"] is True
    assert info["jobs"] == 3
    assert info["file"] == str(db_path.resolve())


def test_info_on_a_missing_file_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "nothing.sqlite3"), "db", "info"]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_backup_is_a_consistent_copy_of_a_live_database(db_path: Path, tmp_path: Path) -> None:
    database = open_database(str(db_path))
    with database.session() as session:
        JobRepository(session).add(Job(id=None, title="Site Reliability Engineer"))
    # The writer is still connected, so the committed row may sit in the -wal file only.
    with database.engine.connect() as held_open:
        target = tmp_path / "copy.sqlite3"
        assert main(["--db", str(db_path), "db", "backup", str(target)]) == 0
        copy = sqlite3.connect(target)
        assert copy.execute("SELECT title FROM jobs").fetchall() == [("Site Reliability Engineer",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        copy.close()
        held_open.close()
    database.dispose()


def test_backup_to_a_missing_folder_fails_clearly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(str(db_path)).dispose()
    assert main(["--db", str(db_path), "db", "backup", str(tmp_path / "no" / "copy.db")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["db", "info"], ["db", "upgrade"], []])
def test_bad_db_value_exits_non_zero_with_a_message(tmp_path: Path, command: list[str]) -> None:
    not_a_db = tmp_path / "resume.pdf"
    not_a_db.write_bytes(b"%PDF-1.4\n" + b"x" * 200)
    before = not_a_db.read_bytes()
    result = run_cli("--db", str(not_a_db), *command)
    assert result.returncode == 2
    assert "not a Recruiter Kit database" in result.stderr
    assert "Traceback" not in result.stderr
    assert not_a_db.read_bytes() == before


def test_gui_without_a_display_explains_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        key: value
        for key, value in __import__("os").environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [sys.executable, "-m", "recruiter_kit"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 2
    assert "No display found" in result.stderr


def test_backup_onto_the_open_database_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(str(db_path)).dispose()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "db", "backup", str(db_path)]) == 2
    assert "is the open database itself" in capsys.readouterr().err
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("url", ["nonsense://somewhere/x", "postgresql+nodriver://u@127.0.0.1:1/x"])
def test_unusable_database_url_gives_a_message_not_a_traceback(url: str) -> None:
    result = run_cli("--db", url, "db", "info")
    assert result.returncode == 2
    assert "Cannot use the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(40):
        (inbox / f"resume-{number:02}.txt").write_text(
            f"Person {number}\nperson{number}@example.com\nSkills\nPython, Go\n"
        )
    command = [sys.executable, "-m", "recruiter_kit", "--db", str(tmp_path / "db.sqlite3")]
    process = subprocess.Popen(
        [*command, "screen", str(inbox), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()  # like `| head -1`
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) in (0, 141)
    assert "Traceback" not in errors
