"""Choosing, opening and checking the database.

The database is named by a SQLAlchemy URL so that a team can point the app at
PostgreSQL later; only the SQLite-specific tuning below looks at the dialect.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from recruiter_kit import paths
from recruiter_kit.core.errors import DatabaseError

SQLITE_BUSY_TIMEOUT_MS = 10_000
_SQLITE_HEADER = b"SQLite format 3\x00"


def resolve_database_url(cli_value: str | None = None) -> str:
    """The URL to use: `--db`, then `RECRUITER_KIT_DB`, then the file in the user data folder.

    A bare path is accepted wherever a URL is and taken as a SQLite file.
    """
    value = cli_value or os.environ.get(paths.DATABASE_URL_VAR)
    if not value:
        return sqlite_url(paths.default_database_path())
    if "://" not in value:
        return sqlite_url(Path(value))
    return value


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path.expanduser().resolve())).render_as_string()


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as error:
        raise DatabaseError(f"'{url}' is not a database URL or path.") from error


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing anything, a path that cannot hold our SQLite database."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file.")
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"{path} cannot be read (permission denied).")
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
        if header and header != _SQLITE_HEADER:
            raise DatabaseError(f"{path} is not a Recruiter Kit database (not a SQLite file).")
        return
    parent = path.parent
    if not parent.is_dir():
        raise DatabaseError(
            f"Cannot create a database at {path}: the folder {parent} does not exist."
        )
    if not os.access(parent, os.W_OK):
        raise DatabaseError(
            f"Cannot create a database at {path}: the folder {parent} is not writable."
        )


def _tune_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def create_database_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets foreign keys, WAL and a busy timeout on every connection."""
    parsed = parse_url(url)
    try:
        engine = create_engine(parsed)
    except (SQLAlchemyError, ImportError) as error:
        raise DatabaseError(f"Cannot use database {parsed!r}: {error}") from error
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    return engine


class Database:
    """One database: its engine and the session factory every service uses."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_database_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        """The file of a SQLite database, else the URL without its password."""
        parsed = parse_url(self.url)
        file = sqlite_file(parsed)
        return str(file) if file is not None else parsed.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def connection(self, *, checkpoint_aside: bool = False) -> Iterator[Connection]:
        """A Core connection for a run of transactions that need no ORM (an import's
        files, each in its own `with connection.begin():`).

        Held for the run rather than taken from the pool for each: opening a session,
        or even checking out a connection, costs more than SQLite takes to store a file.
        With `checkpoint_aside`, a SQLite file's write-ahead log is copied into the
        database by a thread of its own while the run lasts (`WalCheckpointer`); the
        caller must start no process by `fork` meanwhile.
        """
        with self.engine.connect() as connection:
            if not checkpoint_aside or sqlite_file(self.engine.url) is None:
                yield connection
                return
            with WalCheckpointer(self.engine, connection):
                yield connection

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Check the database at `url` (resolved as `resolve_database_url` does) and open it.

    A database whose schema is behind is upgraded when `upgrade` is true; one
    that is not ours, unreachable, or newer than this app raises `DatabaseError`
    before anything is written to it.
    """
    from recruiter_kit.storage import migrations_runner

    resolved = resolve_database_url(url)
    parsed = parse_url(resolved)
    file = sqlite_file(parsed)
    if file is not None:
        if upgrade and file == paths.default_database_path().expanduser().resolve():
            # The app's own data folder is ours to make on first run; a folder a
            # user names is not, so a typo there is reported rather than created.
            file.parent.mkdir(parents=True, exist_ok=True)
        if not upgrade and not file.exists():
            raise DatabaseError(f"There is no database at {file} yet.")
        check_sqlite_file(file)
    state = migrations_runner.inspect_schema(resolved)
    if state.is_newer:
        raise migrations_runner.schema_too_new(resolved, state)
    database = Database(resolved)
    if upgrade and state.is_behind:
        migrations_runner.upgrade(database)
    return database


class WalCheckpointer:
    """Copies a SQLite write-ahead log into the database file from a thread of its own.

    By default the committing connection does it once the log passes 1,000 pages,
    and the copy ends with an fsync of the database file that the writer waits
    for: over a one-worker import of 500 resumes, nine waits of about 5 ms. A
    passive checkpoint on another connection runs beside the writer's commits,
    and sqlite3 lets go of the GIL while it waits on the disk. The writer's own
    checkpoints are off while this runs and restored after it; the last copy
    is made before the run ends, so the log is no longer than usual afterwards.
    """

    INTERVAL_S = 0.25

    def __init__(self, engine: Engine, writer: Connection) -> None:
        self._engine = engine
        self._writer = writer
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._pages = 1000  # the writer's own setting, read when the run starts

    def __enter__(self) -> WalCheckpointer:
        self._pages = self._pragma("PRAGMA wal_autocheckpoint")
        self._set_autocheckpoint(0)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        try:
            self._set_autocheckpoint(self._pages)
        except DatabaseError:
            if exc_info[0] is None:
                raise  # otherwise the error the run ended with is the one to see

    def _set_autocheckpoint(self, pages: int) -> None:
        self._pragma(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    def _pragma(self, statement: str) -> Any:
        # On the DB-API connection: through SQLAlchemy the pragma would begin a
        # transaction on the writer's connection, whose run takes one per file.
        driver = self._writer.connection.driver_connection
        assert driver is not None  # a connection in use is never detached
        try:
            return driver.execute(statement).fetchone()[0]
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot set how the database log is copied: {error}") from error

    def _run(self) -> None:
        try:
            # The DB-API connection, so that no transaction is begun around the pragma:
            # an open read would keep the checkpoint from copying what it reads past.
            connection = self._engine.raw_connection()
        except SQLAlchemyError:
            return  # the writer's checkpoints take over again when the run ends
        try:
            while not self._stop.wait(self.INTERVAL_S):
                _checkpoint(connection)
            _checkpoint(connection)
        except sqlite3.Error:
            pass  # as above: nothing is lost, the log only waits longer to be copied
        finally:
            connection.close()


def _checkpoint(connection: Any) -> None:
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        cursor.close()
