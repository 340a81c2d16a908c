"""A run of writes may copy SQLite's write-ahead log aside, on a thread of its own."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from recruiter_kit.storage.database import Database, WalCheckpointer

ROWS = 300  # about 300 pages: fewer than the writer's own checkpoint waits for


def _write_rows(connection: Connection, rows: int = ROWS) -> None:
    with connection.begin():
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS filler (data BLOB)")
    for _ in range(rows):
        with connection.begin():
            connection.execute(text("INSERT INTO filler VALUES (randomblob(3000))"))


def _checkpoint_running() -> bool:
    return any(thread.name == "wal-checkpoint" for thread in threading.enumerate())


def test_the_log_is_copied_into_the_database_file_by_a_thread(
    database: Database, db_path: Path
) -> None:
    with database.connection(checkpoint_aside=True) as connection:
        assert _checkpoint_running()
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        connection.commit()
        _write_rows(connection)
        driver = connection.connection.driver_connection
        assert driver is not None

    assert not _checkpoint_running()
    # The rows reached the database file itself, not only the log.
    assert db_path.stat().st_size > ROWS * 3000
    # The connection goes back to the pool with the writer's own checkpoints on again.
    assert driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_without_it_the_rows_wait_in_the_log(database: Database, db_path: Path) -> None:
    with database.connection() as connection:
        assert not _checkpoint_running()
        _write_rows(connection)
    assert db_path.stat().st_size < ROWS * 3000


def test_a_checkpoint_thread_that_cannot_connect_loses_nothing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = database.engine.raw_connection

    def refused_to_the_thread():  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "wal-checkpoint":
            raise OperationalError("connect", {}, Exception("unable to open database file"))
        return connect()

    monkeypatch.setattr(WalCheckpointer, "INTERVAL_S", 0.01)
    monkeypatch.setattr(database.engine, "raw_connection", refused_to_the_thread)
    with database.connection(checkpoint_aside=True) as connection:
        _write_rows(connection, 20)
        driver = connection.connection.driver_connection
        assert driver is not None

    assert driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM filler").scalar() == 20
