"""Tables of the screening feature.

One `screenings` row per imported document and job: what reading and screening
made of it, and how it matched that job. A resume imported for a second job
gets a second row pointing at the same document (one candidate, two openings),
so the file is stored once and read once. The summary columns
(score, level, years, flag counts) exist so the candidate list can be sorted
and ranked in SQL; the whole `ScreeningResult` is kept as JSON so re-matching
after a job changes never has to read the document again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from recruiter_kit.storage.models.base import Base, utcnow


class ScreeningRecord(Base):
    __tablename__ = "screenings"
    __table_args__ = (
        # The ranking query: every screening of one job, best score first.
        Index("ix_screenings_job_id_score", "job_id", "score"),
        # A document is screened at most once per job; it also serves lookups by document.
        UniqueConstraint("document_id", "job_id", name="uq_screenings_document_id_job_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="SET NULL"), index=True
    )
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[str | None] = mapped_column(String(20))
    years: Mapped[float | None] = mapped_column(Float)
    green_count: Mapped[int] = mapped_column(Integer, default=0)
    yellow_count: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
