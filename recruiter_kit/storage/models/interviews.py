"""Tables of the interviews feature.

The shipped question bank stays a read-only file; a user's own and edited
questions live in `interview_questions` and override it by question id.
Hiring decisions are appended, never overwritten, so their history is kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recruiter_kit.storage.models.base import Base, TimestampMixin, utcnow


class InterviewQuestionRecord(TimestampMixin, Base):
    """A question a user added, or their edit of a shipped one (same `question_id`)."""

    __tablename__ = "interview_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(80), unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class InterviewGuideRecord(TimestampMixin, Base):
    """A guide as the interviewer left it: the chosen questions in order, with pins."""

    __tablename__ = "interview_guides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(40))
    minutes: Mapped[int] = mapped_column(Integer)
    interviewer: Mapped[str | None] = mapped_column(String(200))
    question_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    pinned_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    excluded_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class ScorecardRecord(TimestampMixin, Base):
    """One interviewer's ratings and recommendation for one candidate at one stage."""

    __tablename__ = "interview_scorecards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[int | None] = mapped_column(
        ForeignKey("jobs.id", ondelete="SET NULL"), index=True
    )
    guide_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_guides.id", ondelete="SET NULL")
    )
    interviewer: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(40))
    ratings: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    recommendation: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class HiringDecisionRecord(Base):
    """A hiring decision and its reason; the latest per candidate and job is the current one."""

    __tablename__ = "hiring_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[int | None] = mapped_column(
        ForeignKey("jobs.id", ondelete="SET NULL"), index=True
    )
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
