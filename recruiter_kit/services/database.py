"""Facts about the open database, and its backup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recruiter_kit.storage import migrations_runner
from recruiter_kit.storage.backup import backup_sqlite
from recruiter_kit.storage.database import (
    Database,
    open_database,
    parse_url,
    sqlite_file,
    sqlite_url,
)

# The desktop app opens and names databases through this module, never through storage.
__all__ = ["Database", "DatabaseInfo", "DatabaseService", "open_database", "sqlite_url"]
from recruiter_kit.storage.repositories import (
    CandidateRepository,
    DocumentRepository,
    JobRepository,
)


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    url: str
    file: Path | None
    size_bytes: int | None
    revision: str | None
    head: str
    jobs: int
    candidates: int
    documents: int

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


class DatabaseService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def info(self) -> DatabaseInfo:
        state = migrations_runner.inspect_schema(self._db.url)
        file = sqlite_file(parse_url(self._db.url))
        with self._db.session() as session:
            return DatabaseInfo(
                url=self._db.display_name,
                file=file,
                size_bytes=file.stat().st_size if file and file.exists() else None,
                revision=state.current,
                head=state.head,
                jobs=JobRepository(session).count(),
                candidates=CandidateRepository(session).count(),
                documents=DocumentRepository(session).count(),
            )

    def backup(self, target: Path) -> Path:
        return backup_sqlite(self._db, target)
