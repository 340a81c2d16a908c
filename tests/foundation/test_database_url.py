"""Which database the app opens: --db, then RECRUITER_KIT_DB, then the user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from recruiter_kit import paths
from recruiter_kit.storage.database import resolve_database_url, sqlite_url


def test_default_is_a_file_in_the_user_data_folder(private_folders: Path) -> None:
    url = resolve_database_url(None)
    assert url == sqlite_url(private_folders / "data" / "recruiter-kit.sqlite3")


def test_environment_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATABASE_URL_VAR, "postgresql+psycopg://team@db.internal/hiring")
    assert resolve_database_url(None) == "postgresql+psycopg://team@db.internal/hiring"


def test_command_line_overrides_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.DATABASE_URL_VAR, "sqlite:////somewhere/else.db")
    assert resolve_database_url(str(tmp_path / "mine.db")) == sqlite_url(tmp_path / "mine.db")


def test_a_bare_path_is_a_sqlite_file(tmp_path: Path) -> None:
    url = resolve_database_url(str(tmp_path / "team.sqlite3"))
    assert url.startswith("sqlite:///")
    assert url.endswith("team.sqlite3")


def test_urls_are_passed_through_unchanged() -> None:
    assert resolve_database_url("sqlite:///:memory:") == "sqlite:///:memory:"
