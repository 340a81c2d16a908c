"""The import's statements run on the DB-API cursor: the same rows as through Core, and errors
still raised as SQLAlchemy's, so a file stored meanwhile is still told apart."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from screening_app_helpers import CountingScreener, write_pdf_resumes, write_text_resume
from sqlalchemy.exc import IntegrityError

from recruiter_kit.core.models import Document, DocumentStatus, Job
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.screening.screener import Screener
from recruiter_kit.services.screening import ScreeningService
from recruiter_kit.storage import screening_repository
from recruiter_kit.storage.database import Database, open_database, sqlite_url
from recruiter_kit.storage.models.core import CandidateRecord, DocumentRecord
from recruiter_kit.storage.models.screening import ScreeningRecord
from recruiter_kit.storage.repositories import JobRepository
from recruiter_kit.storage.screening_repository import ImportRepository

TIMESTAMPS = {"created_at", "updated_at"}


def resumes(folder: Path) -> list[Path]:
    broken = folder / "broken.txt"
    files = [
        write_text_resume(folder, "ada", name="Ada Byron", email="ada@example.org"),
        write_text_resume(folder, "ada-again", name="Ada B.", email="ADA@example.org", years=5),
        write_text_resume(folder, "ben", name="Ben Okafor", phone="+1 (555) 010-2030"),
        write_text_resume(folder, "ben-cv", name="Ben O.", phone="555 010 2030", skills=("Go",)),
        write_text_resume(folder, "cleo", name="Cleo", skills=("Python", "Kafka")),
    ]
    broken.write_bytes(b"BROKEN")  # stored with its error and no candidate
    return [*files, broken]


def stored_rows(path: Path, folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row an import writes; of timestamps only their form (the clock differs)."""
    connection = sqlite3.connect(path)
    try:
        rows = {}
        for table in ("candidates", "documents", "screenings"):
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            found = connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            rows[table] = [
                tuple(
                    re.sub(r"\d", "9", str(v))
                    if column in TIMESTAMPS
                    else str(v).replace(str(folder), "<files>")
                    for column, v in zip(columns, row, strict=True)
                )
                for row in found
            ]
        return rows
    finally:
        connection.close()


def import_into(
    path: Path, files: list[Path], screener: object | None = None, **options: object
) -> None:
    database = open_database(sqlite_url(path))
    try:
        with database.session() as session:
            job = JobRepository(session).add(
                Job(id=None, title="Backend", required_skills=["Python", "Go"])
            )
        service = ScreeningService(database, screener=screener or CountingScreener())
        run_to_end(service.import_files(files, job_id=job.id, **options))  # type: ignore[arg-type]
        run_to_end(service.import_files(files[:2]))  # duplicates, with no job
    finally:
        database.dispose()


def test_a_batch_screened_inline_stores_what_file_by_file_stores(tmp_path):
    screener = Screener()
    folder = tmp_path / "resumes"
    files = [*resumes(folder), *write_pdf_resumes(folder, 5)]
    (folder / "empty.pdf").write_bytes(b"")
    files.insert(3, folder / "empty.pdf")  # a failure in the middle of a batch

    import_into(tmp_path / "each.sqlite3", files, screener, inline_batch=1)
    import_into(tmp_path / "batch.sqlite3", files, screener, inline_batch=4)

    each = stored_rows(tmp_path / "each.sqlite3", tmp_path)
    assert stored_rows(tmp_path / "batch.sqlite3", tmp_path) == each
    assert [len(rows) for rows in each.values()] == [9, 12, 12]


def test_the_cursor_stores_the_same_rows_as_core(tmp_path, monkeypatch):
    files = resumes(tmp_path / "resumes")
    import_into(tmp_path / "cursor.sqlite3", files)
    monkeypatch.setattr(screening_repository, "_prepare", lambda *args: None)
    screening_repository._PREPARED.clear()
    import_into(tmp_path / "core.sqlite3", files)

    cursor = stored_rows(tmp_path / "cursor.sqlite3", tmp_path)
    core = stored_rows(tmp_path / "core.sqlite3", tmp_path)
    assert cursor == core
    assert [len(rows) for rows in cursor.values()] == [3, 6, 6]


def test_the_import_statements_take_the_cursor_on_sqlite(database: Database) -> None:
    dialect = database.engine.dialect
    screening = ScreeningRecord.__table__.columns.keys()
    statements = [
        (screening_repository._IMPORT_LOOKUP, ("email", "phone", "code")),
        (screening_repository._INSERTS[CandidateRecord], tuple(CandidateRecord.__table__.c.keys())),
        (screening_repository._INSERTS[DocumentRecord], tuple(DocumentRecord.__table__.c.keys())),
        (screening_repository._INSERT_ENCODED_SCREENING, (*screening, "result_json")),
    ]
    for statement, keys in statements:
        keys = tuple(key for key in keys if key not in ("id", "result"))
        assert screening_repository._prepare(statement, dialect, keys) is not None


def test_a_column_left_to_its_default_goes_through_core(database: Database) -> None:
    statement = screening_repository._INSERTS[CandidateRecord]
    keys = ("name", "code")  # links, timestamps: Python-side defaults Core fills in
    assert screening_repository._prepare(statement, database.engine.dialect, keys) is None


def test_a_duplicate_hash_raises_sqlalchemys_integrity_error(database: Database) -> None:
    document = Document(
        id=None,
        filename="a.txt",
        sha256="0" * 64,
        size=1,
        media_type="text/plain",
        status=DocumentStatus.OK,
    )
    with database.connection() as connection:
        with connection.begin():
            ImportRepository(connection).add_document(document, b"a")
        with pytest.raises(IntegrityError), connection.begin():
            ImportRepository(connection).add_document(document, b"a")
