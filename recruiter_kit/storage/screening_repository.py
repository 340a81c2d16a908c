"""Reading and writing screenings, the rows behind the candidate list.

Like the shared repositories, this one takes the caller's session, hands out
plain copies and never commits.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from weakref import WeakKeyDictionary

from sqlalchemy import (
    Table,
    Text,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from recruiter_kit.core.errors import NotFoundError
from recruiter_kit.core.models import Candidate, Document
from recruiter_kit.core.text import without_lone_surrogates
from recruiter_kit.storage.models.base import Base, utcnow
from recruiter_kit.storage.models.core import (
    CandidateRecord,
    DocumentRecord,
    email_key,
    phone_key,
    phone_lookup_value,
)
from recruiter_kit.storage.models.screening import ScreeningRecord
from recruiter_kit.storage.repositories import candidate_values, document_values

#: Stored results read in one query by `results`: each holds a resume's lines and findings.
_RESULTS_AT_ONCE = 200


@dataclass(slots=True)
class ScreeningRow:
    """One line of the candidate list: a screened document and who it belongs to."""

    screening_id: int
    document_id: int
    candidate_id: int | None
    job_id: int | None
    filename: str
    status: str
    error: str | None
    score: int | None
    level: str | None
    years: float | None
    green: int
    yellow: int
    name: str | None
    code: str | None
    email: str | None
    created_at: datetime | None


@dataclass(slots=True)
class NewScreening:
    document_id: int
    candidate_id: int | None
    job_id: int | None
    status: str
    error: str | None
    score: int | None
    level: str | None
    years: float | None
    green: int
    yellow: int
    result: dict[str, Any] | str  # a str is the result already encoded as JSON


def _row_query() -> Any:
    return (
        select(
            ScreeningRecord.id,
            ScreeningRecord.document_id,
            ScreeningRecord.candidate_id,
            ScreeningRecord.job_id,
            DocumentRecord.filename,
            ScreeningRecord.status,
            ScreeningRecord.error,
            ScreeningRecord.score,
            ScreeningRecord.level,
            ScreeningRecord.years,
            ScreeningRecord.green_count,
            ScreeningRecord.yellow_count,
            CandidateRecord.name,
            CandidateRecord.code,
            CandidateRecord.email,
            ScreeningRecord.created_at,
        )
        .join(DocumentRecord, DocumentRecord.id == ScreeningRecord.document_id)
        .outerjoin(CandidateRecord, CandidateRecord.id == ScreeningRecord.candidate_id)
    )


# Built once: an import runs these for every file, and building a statement costs
# more than SQLite takes to run it.
_INSERTS = {
    table: insert(cast(Table, table.__table__))
    for table in (ScreeningRecord, DocumentRecord, CandidateRecord)
}
# A result already encoded as JSON goes in as the text the JSON column stores;
# through the column's own type it would be encoded a second time.
_INSERT_ENCODED_SCREENING = insert(cast(Table, ScreeningRecord.__table__)).values(
    result=bindparam("result_json", type_=Text)
)
_CODE_TAKEN = select(CandidateRecord.id).where(CandidateRecord.code == bindparam("code"))


def _lookup_part(kind: int, condition: Any) -> Any:
    columns = (CandidateRecord.id, CandidateRecord.code, CandidateRecord.job_id)
    return select(literal(kind).label("kind"), *columns).where(condition)


# One round trip per imported file for everything storing it needs to know about
# candidates: who has the email (kind 0), who has the phone (1), whether the new
# code is taken (2).
_IMPORT_LOOKUP = union_all(
    _lookup_part(0, email_key(CandidateRecord.email) == bindparam("email")),
    _lookup_part(1, phone_key(CandidateRecord.phone) == bindparam("phone")),
    _lookup_part(2, CandidateRecord.code == bindparam("code")),
)
_MATCHED_BY = {0: "email", 1: "phone"}


@dataclass(slots=True)
class ImportLookup:
    """What storing one imported file needs to know about the candidates already stored."""

    candidate_id: int | None = None  # the known candidate with this email or phone
    matched_by: str | None = None  # "email" or "phone"
    code: str | None = None  # that candidate's code
    job_id: int | None = None  # that candidate's job
    code_taken: bool = False  # the code asked about belongs to someone already


_SHA_KNOWN = select(DocumentRecord.id).where(DocumentRecord.sha256 == bindparam("sha"))


class _Prepared:
    """A statement compiled once for SQLite, run on the DB-API cursor of the caller's connection.

    The import's statements take SQLite a few microseconds each, and SQLAlchemy's
    execution (context, result, events) several times that. Compiled here once,
    with each parameter's own bind processing (JSON, binary), they send SQLite
    the same SQL and values as `Connection.execute` would.
    """

    __slots__ = ("_binds", "sql")

    def __init__(self, sql: str, binds: list[tuple[str, Any, Any]]) -> None:
        self.sql = sql
        self._binds = binds  # (name, fixed value or None, processor or None), in order

    def parameters(self, params: Mapping[str, Any]) -> tuple[Any, ...]:
        values = []
        for name, fixed, process in self._binds:
            value = params[name] if fixed is None else fixed
            values.append(value if process is None else process(value))
        return tuple(values)


def _prepare(statement: Any, dialect: Dialect, keys: tuple[str, ...]) -> _Prepared | None:
    """`statement` compiled for the parameters `keys`; None where only Core can run it:
    another database than SQLite, or a column default the statement would have to fill in."""
    if dialect.name != "sqlite" or not dialect.positional:
        return None
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    if getattr(compiled, "insert_prefetch", None) or getattr(compiled, "postfetch", None):
        return None
    binds = []
    for name in compiled.positiontup or ():
        bind = compiled.binds[name]
        fixed = None if name in keys else bind.value  # a literal written into the statement
        if fixed is None and name not in keys:
            return None
        # The dialect's own type (SQLite's DATETIME, not the generic DateTime, whose
        # processor is None) formats values exactly as Core would.
        binds.append((name, fixed, bind.type.dialect_impl(dialect).bind_processor(dialect)))
    return _Prepared(compiled.string, binds)


_PREPARED: WeakKeyDictionary[Dialect, dict[tuple[Any, tuple[str, ...]], _Prepared | None]] = (
    WeakKeyDictionary()
)


def _prepared(statement: Any, dialect: Dialect, keys: tuple[str, ...]) -> _Prepared | None:
    known = _PREPARED.setdefault(dialect, {})
    key = (statement, keys)
    if key not in known:
        known[key] = _prepare(statement, dialect, keys)
    return known[key]


class ImportRepository:
    """The statements storing an imported file, on a Core connection in the caller's transaction.

    An import stores hundreds of files a second, each in its own transaction;
    plain INSERT statements cost a fraction of the ORM's unit of work (and on
    SQLite run on the DB-API cursor, see `_Prepared`), so the import uses these
    instead of the shared repositories' `add`. Never commits.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, new: NewScreening) -> int:
        now = utcnow()
        values = {
            "document_id": new.document_id,
            "candidate_id": new.candidate_id,
            "job_id": new.job_id,
            "status": new.status,
            "error": new.error,
            "score": new.score,
            "level": new.level,
            "years": new.years,
            "green_count": new.green,
            "yellow_count": new.yellow,
            "created_at": now,
            "updated_at": now,
        }
        if isinstance(new.result, str):
            values["result_json"] = new.result
            return self._insert_with(_INSERT_ENCODED_SCREENING, values)
        return self._insert(ScreeningRecord, **values, result=new.result)

    def add_document(self, document: Document, content: bytes) -> int:
        return self._insert(
            DocumentRecord, **document_values(document, content), created_at=utcnow()
        )

    def add_candidate(self, candidate: Candidate) -> int:
        now = utcnow()
        return self._insert(
            CandidateRecord, **candidate_values(candidate), created_at=now, updated_at=now
        )

    def import_lookup(self, email: str | None, phone: str | None, code: str) -> ImportLookup:
        """The candidate a new resume joins and whether `code` is free, in one statement.

        The same email (any case) wins over the same phone, then the oldest
        candidate. Phones are compared on their last digits, so "+1 555 010 2030"
        finds a candidate stored as "5550102030"; candidates made by screening
        store phones as digits (with a leading +), so the test runs inside SQLite.
        """
        params = {
            "email": email.lower() if email else None,
            "phone": phone_lookup_value(phone),
            "code": code,
        }
        lookup = ImportLookup()
        best: tuple[int, int] | None = None
        for kind, candidate_id, found_code, job_id in self._rows(_IMPORT_LOOKUP, params):
            if kind == 2:
                lookup.code_taken = True
            elif best is None or (kind, candidate_id) < best:
                best = (kind, candidate_id)
                lookup.candidate_id, lookup.code, lookup.job_id = candidate_id, found_code, job_id
                lookup.matched_by = _MATCHED_BY[kind]
        return lookup

    def code_taken(self, code: str) -> bool:
        return bool(self._rows(_CODE_TAKEN, {"code": code}))

    def assign_candidate_to_job(self, candidate_id: int, job_id: int) -> None:
        self._connection.execute(
            update(CandidateRecord)
            .where(CandidateRecord.id == candidate_id)
            .values(job_id=job_id, updated_at=utcnow())
        )

    def _insert(self, table: Any, **values: Any) -> int:
        return self._insert_with(_INSERTS[table], values)

    def _insert_with(self, statement: Any, values: dict[str, Any]) -> int:
        connection = self._connection
        prepared = _prepared(statement, connection.dialect, tuple(values))
        if prepared is None:
            key = connection.execute(statement, values).inserted_primary_key
            assert key is not None  # an INSERT always has one
            return cast(int, key[0])
        cursor = self._execute(connection, prepared, values)
        try:
            return cast(int, cursor.lastrowid)
        finally:
            cursor.close()

    def _rows(self, statement: Any, params: dict[str, Any]) -> list[Any]:
        connection = self._connection
        prepared = _prepared(statement, connection.dialect, tuple(params))
        if prepared is None:
            return list(connection.execute(statement, params))
        cursor = self._execute(connection, prepared, params)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()

    @staticmethod
    def _execute(connection: Connection, prepared: _Prepared, params: dict[str, Any]) -> Any:
        parameters = prepared.parameters(params)
        cursor = connection.connection.cursor()
        try:
            try:
                cursor.execute(prepared.sql, parameters)
            except UnicodeEncodeError:
                # A file name that is not UTF-8 reaches the row as lone surrogates
                # (in its name, its path, a message naming it); SQLite takes only
                # UTF-8, so they are stored as U+FFFD rather than losing the file.
                cursor.execute(prepared.sql, [_storable(value) for value in parameters])
        except connection.dialect.loaded_dbapi.Error as error:
            cursor.close()
            # The service tells a file stored meanwhile by SQLAlchemy's IntegrityError.
            raise DBAPIError.instance(
                prepared.sql, parameters, error, connection.dialect.loaded_dbapi.Error
            ) from error
        return cursor


class ScreeningRepository:
    """Screenings, and the import's own inserts of documents and candidates
    (through `ImportRepository`, on the session's connection)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, new: NewScreening) -> int:
        return self._writes().add(new)

    def add_candidate(self, candidate: Candidate) -> int:
        return self._writes().add_candidate(candidate)

    def _writes(self) -> ImportRepository:
        # Core statements on the session's connection (its current transaction) skip
        # the ORM's per-statement work, which costs more than SQLite takes to run them.
        return ImportRepository(self._session.connection())

    def candidate_code_and_job(self, candidate_id: int) -> tuple[str, int | None]:
        values = self._session.execute(
            select(CandidateRecord.code, CandidateRecord.job_id).where(
                CandidateRecord.id == candidate_id
            )
        ).one()
        return values[0], values[1]

    def assign_candidate_to_job(self, candidate_id: int, job_id: int) -> None:
        self._session.execute(
            update(CandidateRecord)
            .where(CandidateRecord.id == candidate_id)
            .values(job_id=job_id, updated_at=utcnow())
        )

    def document_hashes(self) -> set[str]:
        """The content hash of every stored document."""
        return set(self._session.scalars(select(DocumentRecord.sha256)))

    def document_exists(self, sha256: str) -> bool:
        return self._session.scalar(_SHA_KNOWN, {"sha": sha256}) is not None

    def rows(self, job_id: int | None = None) -> list[ScreeningRow]:
        """Every screening (of one job, or all), best score first, newest first on a tie."""
        query = _row_query().order_by(
            ScreeningRecord.score.is_(None),
            ScreeningRecord.score.desc(),
            ScreeningRecord.id.desc(),
        )
        if job_id is not None:
            query = query.where(ScreeningRecord.job_id == job_id)
        return [ScreeningRow(*values) for values in self._session.execute(query)]

    def row(self, screening_id: int) -> ScreeningRow:
        values = self._session.execute(
            _row_query().where(ScreeningRecord.id == screening_id)
        ).first()
        if values is None:
            raise NotFoundError(f"There is no screening with id {screening_id}.")
        return ScreeningRow(*values)

    def rows_for_document(self, document_id: int) -> list[ScreeningRow]:
        """Every screening of one document (one per job it was imported for), oldest first."""
        query = (
            _row_query()
            .where(ScreeningRecord.document_id == document_id)
            .order_by(ScreeningRecord.id)
        )
        return [ScreeningRow(*values) for values in self._session.execute(query)]

    def result(self, screening_id: int) -> dict[str, Any]:
        """The stored result as it is kept: evidence may refer to a lines table rather
        than hold its text, so read it with `ScreeningResult.from_dict`."""
        return dict(self._record(screening_id).result or {})

    def results(self, screening_ids: list[int]) -> Iterator[tuple[int, dict[str, Any]]]:
        """(screening id, stored result) of the given screenings that are stored, a few at a
        time."""
        for start in range(0, len(screening_ids), _RESULTS_AT_ONCE):
            chunk = screening_ids[start : start + _RESULTS_AT_ONCE]
            query = select(ScreeningRecord.id, ScreeningRecord.result).where(
                ScreeningRecord.id.in_(chunk)
            )
            for screening_id, result in self._session.execute(query):
                yield screening_id, dict(result or {})

    def readable_for_job(self, job_id: int) -> list[int]:
        """The ids of a job's screenings that were read, oldest first."""
        query = (
            select(ScreeningRecord.id)
            .where(ScreeningRecord.job_id == job_id, ScreeningRecord.status == "ok")
            .order_by(ScreeningRecord.id)
        )
        return list(self._session.scalars(query))

    def set_match(self, screening_id: int, score: int | None, result: dict[str, Any]) -> None:
        record = self._record(screening_id)
        record.score = score
        record.result = result

    def set_job(self, screening_id: int, job_id: int | None) -> None:
        self._record(screening_id).job_id = job_id

    def count(self, job_id: int | None = None) -> int:
        query = select(func.count()).select_from(ScreeningRecord)
        if job_id is not None:
            query = query.where(ScreeningRecord.job_id == job_id)
        return self._session.scalar(query) or 0

    def candidates_sharing_contact(
        self, email: str | None, phone: str | None
    ) -> list[tuple[int, str]]:
        """Every candidate with this email (any case) or phone (same last digits), and which one."""
        found: dict[int, str] = {}
        if email:
            query = select(CandidateRecord.id).where(
                email_key(CandidateRecord.email) == email.lower()
            )
            found.update((candidate_id, "email") for candidate_id in self._session.scalars(query))
        suffix = phone_lookup_value(phone)
        if suffix is not None:
            query = select(CandidateRecord.id).where(phone_key(CandidateRecord.phone) == suffix)
            for candidate_id in self._session.scalars(query):
                found.setdefault(candidate_id, "phone")
        return sorted(found.items())

    def candidate_documents(self, candidate_id: int) -> list[tuple[int, str]]:
        """(id, filename) of a candidate's documents, first imported first."""
        query = (
            select(DocumentRecord.id, DocumentRecord.filename)
            .where(DocumentRecord.candidate_id == candidate_id)
            .order_by(DocumentRecord.id)
        )
        return [(row[0], row[1]) for row in self._session.execute(query)]

    def move_document(self, document_id: int, candidate_id: int) -> None:
        """Hand a document and all its screenings to another candidate."""
        self._session.execute(
            update(DocumentRecord)
            .where(DocumentRecord.id == document_id)
            .values(candidate_id=candidate_id)
        )
        self._session.execute(
            update(ScreeningRecord)
            .where(ScreeningRecord.document_id == document_id)
            .values(candidate_id=candidate_id, updated_at=utcnow())
        )

    def delete_candidate_if_unused(self, candidate_id: int) -> bool:
        """Delete a candidate nothing points at any more (no document, no row of any feature).

        Every table with a foreign key to candidates is checked, so a candidate
        with interview notes or a decision is never deleted (that would cascade).
        """
        for table in Base.metadata.sorted_tables:
            for key in table.foreign_keys:
                if key.column.table.name != CandidateRecord.__tablename__:
                    continue
                query = select(func.count()).select_from(table).where(key.parent == candidate_id)
                if self._session.scalar(query):
                    return False
        self._session.execute(delete(CandidateRecord).where(CandidateRecord.id == candidate_id))
        return True

    def code_taken(self, code: str) -> bool:
        return self._session.scalar(_CODE_TAKEN, {"code": code}) is not None

    def _record(self, screening_id: int) -> ScreeningRecord:
        record = self._session.get(ScreeningRecord, screening_id)
        if record is None:
            raise NotFoundError(f"There is no screening with id {screening_id}.")
        return record


def _storable(value: Any) -> Any:
    return without_lone_surrogates(value) if isinstance(value, str) else value
