"""Test configuration: Qt without a screen, private folders and a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from recruiter_kit import paths
from recruiter_kit.storage.database import Database, open_database, sqlite_url


@pytest.fixture(autouse=True)
def private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own data, config and log folders and no inherited database URL."""
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv(paths.DATA_DIR_VAR, str(root / "data"))
    monkeypatch.setenv(paths.CONFIG_DIR_VAR, str(root / "config"))
    monkeypatch.setenv(paths.LOG_DIR_VAR, str(root / "log"))
    monkeypatch.delenv(paths.DATABASE_URL_VAR, raising=False)
    return root


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db_url(db_path: Path) -> str:
    return sqlite_url(db_path)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """A fresh database migrated to the latest schema."""
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def uncapped_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes without their memory cap, so that a PDF made to stall pdfium meets
    its deadline first: it grows by a few hundred MB a second and reached the 2 GB cap
    after 6 s here, which a faster machine would reach sooner than a test's deadline."""
    from recruiter_kit.services import isolation

    monkeypatch.setattr(isolation, "MAX_WORKER_MEMORY_BYTES", 64 * 1024**3)


@pytest.fixture
def ui_context(qapp, database: Database) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A UiContext with its own task runner on the test database."""
    from recruiter_kit.ui.context import UiContext
    from recruiter_kit.ui.tasks import TaskRunner

    tasks = TaskRunner()
    context = UiContext(database, tasks)
    yield context
    tasks.shutdown()
    qapp.processEvents()
