"""Consistent copies of a SQLite database."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from recruiter_kit.core.errors import DatabaseError
from recruiter_kit.storage.database import Database, parse_url, sqlite_file


def backup_sqlite(database: Database, target: Path) -> Path:
    """Copy the database to `target` with SQLite's online backup API.

    A plain file copy of a WAL database can miss committed pages still in the
    -wal file; the backup API copies a consistent snapshot. The copy is written
    beside the target and renamed into place so a failed backup leaves nothing
    half-written.
    """
    if sqlite_file(parse_url(database.url)) is None:
        raise DatabaseError(
            "Backups are built in for SQLite databases only; use your server's own tools "
            "(for PostgreSQL, pg_dump)."
        )
    live = sqlite_file(parse_url(database.url))
    target = target.expanduser().resolve()
    if live is not None and target == live.resolve():
        raise DatabaseError(
            f"{target} is the open database itself; choose another file for the backup."
        )
    if target.is_dir():
        raise DatabaseError(f"The backup target {target} is a folder; give a file name.")
    if not target.parent.is_dir():
        raise DatabaseError(f"Cannot write the backup: the folder {target.parent} does not exist.")
    handle, temporary = tempfile.mkstemp(prefix=".backup-", suffix=".sqlite3", dir=target.parent)
    os.close(handle)
    # mkstemp makes the file private; a backup gets the permissions a new file normally gets.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    try:
        raw = database.engine.raw_connection()
        try:
            destination = sqlite3.connect(temporary)
            try:
                source = raw.driver_connection
                assert isinstance(source, sqlite3.Connection)
                source.backup(destination)
            finally:
                destination.close()
        finally:
            raw.close()
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        Path(temporary).unlink(missing_ok=True)
        raise DatabaseError(f"Cannot write the backup to {target}: {error}") from error
    return target
