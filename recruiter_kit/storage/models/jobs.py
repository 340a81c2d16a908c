"""Tables of the jobs feature: every saved state of a job description.

The `jobs` row holds the current job description; each save also appends a
`job_versions` row with a full copy, so any earlier state can be compared or
restored. Versions are never changed or deleted while their job exists:
restoring copies an old version into a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from recruiter_kit.core.errors import NotFoundError
from recruiter_kit.storage.models.base import Base, utcnow


class JobVersionRecord(Base):
    __tablename__ = "job_versions"
    __table_args__ = (UniqueConstraint("job_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    # The whole job description as `JobDescription.to_dict()` wrote it.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


@dataclass(frozen=True, slots=True)
class JobVersion:
    """A plain copy of one saved version."""

    job_id: int
    number: int
    title: str
    snapshot: dict[str, Any]
    note: str | None
    created_at: datetime | None


def _version(record: JobVersionRecord) -> JobVersion:
    return JobVersion(
        job_id=record.job_id,
        number=record.number,
        title=record.title,
        snapshot=dict(record.snapshot),
        note=record.note,
        created_at=record.created_at,
    )


class JobVersionRepository:
    """Appends and reads versions in the caller's session; never commits."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def append(
        self, job_id: int, title: str, snapshot: dict[str, Any], note: str | None
    ) -> JobVersion:
        record = JobVersionRecord(
            job_id=job_id,
            number=self.latest_number(job_id) + 1,
            title=title,
            snapshot=snapshot,
            note=note,
        )
        self._session.add(record)
        self._session.flush()
        return _version(record)

    def latest_number(self, job_id: int) -> int:
        query = select(func.max(JobVersionRecord.number)).where(JobVersionRecord.job_id == job_id)
        return self._session.scalar(query) or 0

    def list(self, job_id: int) -> list[JobVersion]:
        query = (
            select(JobVersionRecord)
            .where(JobVersionRecord.job_id == job_id)
            .order_by(JobVersionRecord.number.desc())
        )
        return [_version(record) for record in self._session.scalars(query)]

    def get(self, job_id: int, number: int) -> JobVersion:
        query = select(JobVersionRecord).where(
            JobVersionRecord.job_id == job_id, JobVersionRecord.number == number
        )
        record = self._session.scalars(query).first()
        if record is None:
            raise NotFoundError(f"Job {job_id} has no version {number}.")
        return _version(record)
