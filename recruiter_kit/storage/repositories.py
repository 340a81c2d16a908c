"""Reading and writing the shared entities.

Repositories take the caller's session and hand out plain dataclass copies;
they flush when they need an id but never commit: the service that called
them owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruiter_kit.core.errors import NotFoundError
from recruiter_kit.core.models import Candidate, Document, DocumentStatus, Job, Level
from recruiter_kit.storage.models.core import CandidateRecord, DocumentRecord, JobRecord


def job_from_record(record: JobRecord) -> Job:
    return Job(
        id=record.id,
        title=record.title,
        level=Level(record.level) if record.level else None,
        template=record.template,
        required_skills=list(record.required_skills or []),
        nice_to_have_skills=list(record.nice_to_have_skills or []),
        details=dict(record.details or {}),
        created_at=record.created_at,
        updated_at=record.updated_at,
    )


def candidate_from_record(record: CandidateRecord) -> Candidate:
    return Candidate(
        id=record.id,
        name=record.name,
        code=record.code,
        email=record.email,
        phone=record.phone,
        location=record.location,
        links=list(record.links or []),
        job_id=record.job_id,
        created_at=record.created_at,
        updated_at=record.updated_at,
    )


def document_from_record(record: DocumentRecord, *, with_text: bool = True) -> Document:
    return Document(
        id=record.id,
        filename=record.filename,
        sha256=record.sha256,
        size=record.size,
        media_type=record.media_type,
        status=DocumentStatus(record.status),
        error=record.error,
        text=record.text if with_text else None,
        candidate_id=record.candidate_id,
        source_path=record.source_path,
        created_at=record.created_at,
    )


def candidate_values(candidate: Candidate) -> dict[str, Any]:
    """The columns a new candidate row gets (timestamps aside)."""
    return {
        "name": candidate.name,
        "code": candidate.code,
        "email": candidate.email,
        "phone": candidate.phone,
        "location": candidate.location,
        "links": list(candidate.links),
        "job_id": candidate.job_id,
    }


def document_values(document: Document, content: bytes) -> dict[str, Any]:
    """The columns a new document row gets (timestamps aside), the original bytes included."""
    return {
        "candidate_id": document.candidate_id,
        "filename": document.filename,
        "source_path": document.source_path,
        "media_type": document.media_type,
        "size": document.size,
        "sha256": document.sha256,
        "content": content,
        "text": document.text,
        "status": document.status.value,
        "error": document.error,
    }


class JobRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, job: Job) -> Job:
        record = JobRecord(
            title=job.title,
            level=job.level.value if job.level else None,
            template=job.template,
            required_skills=list(job.required_skills),
            nice_to_have_skills=list(job.nice_to_have_skills),
            details=dict(job.details),
        )
        self._session.add(record)
        self._session.flush()
        return job_from_record(record)

    def update(self, job: Job) -> Job:
        record = self._record(job.id)
        record.title = job.title
        record.level = job.level.value if job.level else None
        record.template = job.template
        record.required_skills = list(job.required_skills)
        record.nice_to_have_skills = list(job.nice_to_have_skills)
        record.details = dict(job.details)
        self._session.flush()
        return job_from_record(record)

    def get(self, job_id: int) -> Job:
        return job_from_record(self._record(job_id))

    def list(self) -> list[Job]:
        records = self._session.scalars(select(JobRecord).order_by(JobRecord.title, JobRecord.id))
        return [job_from_record(record) for record in records]

    def delete(self, job_id: int) -> None:
        self._session.delete(self._record(job_id))
        self._session.flush()

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(JobRecord)) or 0

    def _record(self, job_id: int | None) -> JobRecord:
        record = self._session.get(JobRecord, job_id) if job_id is not None else None
        if record is None:
            raise NotFoundError(f"There is no job with id {job_id}.")
        return record


class CandidateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, candidate: Candidate) -> Candidate:
        record = CandidateRecord(**candidate_values(candidate))
        self._session.add(record)
        self._session.flush()
        return candidate_from_record(record)

    def update(self, candidate: Candidate) -> Candidate:
        record = self._record(candidate.id)
        record.name = candidate.name
        record.email = candidate.email
        record.phone = candidate.phone
        record.location = candidate.location
        record.links = list(candidate.links)
        record.job_id = candidate.job_id
        self._session.flush()
        return candidate_from_record(record)

    def get(self, candidate_id: int) -> Candidate:
        return candidate_from_record(self._record(candidate_id))

    def list(self, job_id: int | None = None) -> list[Candidate]:
        query = select(CandidateRecord).order_by(CandidateRecord.name, CandidateRecord.id)
        if job_id is not None:
            query = query.where(CandidateRecord.job_id == job_id)
        return [candidate_from_record(record) for record in self._session.scalars(query)]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(CandidateRecord)) or 0

    def _record(self, candidate_id: int | None) -> CandidateRecord:
        record = (
            self._session.get(CandidateRecord, candidate_id) if candidate_id is not None else None
        )
        if record is None:
            raise NotFoundError(f"There is no candidate with id {candidate_id}.")
        return record


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, document: Document, content: bytes) -> Document:
        record = DocumentRecord(**document_values(document, content))
        self._session.add(record)
        self._session.flush()
        return document_from_record(record)

    def update_reading(
        self, document_id: int, *, status: DocumentStatus, text: str | None, error: str | None
    ) -> Document:
        record = self._record(document_id)
        record.status = status.value
        record.text = text
        record.error = error
        self._session.flush()
        return document_from_record(record)

    def attach(self, document_id: int, candidate_id: int | None) -> None:
        self._record(document_id).candidate_id = candidate_id
        self._session.flush()

    def get(self, document_id: int) -> Document:
        return document_from_record(self._record(document_id))

    def find_by_sha256(self, sha256: str) -> Document | None:
        record = self._session.scalar(select(DocumentRecord).where(DocumentRecord.sha256 == sha256))
        return document_from_record(record) if record else None

    def content(self, document_id: int) -> bytes:
        return self._record(document_id).content

    def for_candidate(self, candidate_id: int) -> Sequence[Document]:
        records = self._session.scalars(
            select(DocumentRecord)
            .where(DocumentRecord.candidate_id == candidate_id)
            .order_by(DocumentRecord.created_at)
        )
        return [document_from_record(record, with_text=False) for record in records]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(DocumentRecord)) or 0

    def _record(self, document_id: int | None) -> DocumentRecord:
        record = self._session.get(DocumentRecord, document_id) if document_id is not None else None
        if record is None:
            raise NotFoundError(f"There is no document with id {document_id}.")
        return record
