"""Tables every feature shares: jobs, candidates and their documents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column

from recruiter_kit.storage.models.base import Base, TimestampMixin, utcnow


class JobRecord(TimestampMixin, Base):
    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(20))
    template: Mapped[str | None] = mapped_column(String(100))
    required_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    nice_to_have_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CandidateRecord(TimestampMixin, Base):
    __tablename__ = "candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    # Looked up through the expression indexes of migration 0006 (`email_key`, `phone_key`).
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    location: Mapped[str | None] = mapped_column(String(200))
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    job_id: Mapped[int | None] = mapped_column(
        ForeignKey("jobs.id", ondelete="SET NULL"), index=True
    )


#: Phones are the same when their last this many digits are ("+1 555 010 2030"
#: and "5550102030"); the country code and trunk prefix vary in how people write them.
PHONE_MATCH_DIGITS = 9


def email_key(column: Any) -> Any:
    """How candidates are looked up by email: any case."""
    return func.lower(column)


def phone_key(column: Any) -> Any:
    """How candidates are looked up by phone: the last digits of the stored digits.

    The count is written into the SQL, not bound, so SQLite sees the same
    expression as the index on it and uses the index.
    """
    return func.substr(column, literal_column(str(-PHONE_MATCH_DIGITS)))


def phone_lookup_value(phone: str | None) -> str | None:
    """What `phone_key` of a stored phone must equal to be this number; None if too short."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-PHONE_MATCH_DIGITS:] if len(digits) >= PHONE_MATCH_DIGITS else None


# Without these an import looks through every candidate for each file, so
# importing got slower the more candidates a database held.
Index("ix_candidates_email_key", email_key(CandidateRecord.email))
Index("ix_candidates_phone_key", phone_key(CandidateRecord.phone))


class DocumentRecord(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="SET NULL"), index=True
    )
    filename: Mapped[str] = mapped_column(String(500))
    source_path: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # The original bytes stay in the database: whatever reading made of them,
    # nothing a user imported is lost.
    content: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
