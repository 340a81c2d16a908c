"""Reading and writing the interviews tables; plain copies out, no commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from recruiter_kit.core.errors import NotFoundError
from recruiter_kit.storage.models.interviews import (
    HiringDecisionRecord,
    InterviewGuideRecord,
    InterviewQuestionRecord,
    ScorecardRecord,
)
from recruiter_kit.storage.models.screening import ScreeningRecord


@dataclass(slots=True)
class SavedGuide:
    """A guide's stored choices; the questions themselves come from the bank."""

    job_id: int
    stage: str
    minutes: int
    candidate_id: int | None = None
    interviewer: str | None = None
    question_ids: list[str] = field(default_factory=list)
    pinned_ids: list[str] = field(default_factory=list)
    excluded_ids: list[str] = field(default_factory=list)
    id: int | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Scorecard:
    """One interviewer's feedback on one candidate after one interview.

    The one scorecard type: the form fills it, the service validates it, this
    repository stores and returns it. It lives here, the lowest layer that uses
    it, so storage does not import the interviews package; `interviews.scorecard`
    re-exports it.
    """

    interviewer: str
    candidate_id: int
    job_id: int | None
    stage: str
    ratings: dict[str, int] = field(default_factory=dict)
    recommendation: str = ""
    notes: str = ""
    id: int | None = None
    guide_id: int | None = None


@dataclass(slots=True)
class HiringDecision:
    candidate_id: int
    job_id: int | None
    decision: str
    reason: str
    decided_by: str | None = None
    id: int | None = None
    created_at: datetime | None = None


class InterviewRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- the user's questions ---------------------------------------------------

    def user_questions(self) -> list[dict[str, Any]]:
        records = self._session.scalars(
            select(InterviewQuestionRecord).order_by(InterviewQuestionRecord.id)
        )
        return [dict(record.data) for record in records]

    def save_question(self, data: dict[str, Any]) -> None:
        record = self._session.scalar(
            select(InterviewQuestionRecord).where(InterviewQuestionRecord.question_id == data["id"])
        )
        if record is None:
            self._session.add(InterviewQuestionRecord(question_id=data["id"], data=dict(data)))
        else:
            record.data = dict(data)
        self._session.flush()

    def delete_question(self, question_id: str) -> bool:
        result = self._session.execute(
            delete(InterviewQuestionRecord).where(
                InterviewQuestionRecord.question_id == question_id
            )
        )
        return bool(cast(CursorResult[Any], result).rowcount)

    # --- what guides are tailored to ------------------------------------------------

    def latest_screening(self, candidate_id: int) -> dict[str, Any] | None:
        """The stored result of the candidate's latest successful screening, as JSON.

        Read-only on the screening feature's table: probes need the result only,
        and reading it here keeps a guide's inputs in the caller's transaction.
        """
        data = self._session.scalar(
            select(ScreeningRecord.result)
            .where(ScreeningRecord.candidate_id == candidate_id, ScreeningRecord.status == "ok")
            .order_by(ScreeningRecord.id.desc())
            .limit(1)
        )
        return dict(data) if data else None

    # --- guides -------------------------------------------------------------------

    def save_guide(self, guide: SavedGuide) -> SavedGuide:
        record = self._session.get(InterviewGuideRecord, guide.id) if guide.id else None
        if record is None:
            record = InterviewGuideRecord()
            self._session.add(record)
        for name in ("job_id", "candidate_id", "stage", "minutes", "interviewer"):
            setattr(record, name, getattr(guide, name))
        record.question_ids = list(guide.question_ids)
        record.pinned_ids = list(guide.pinned_ids)
        record.excluded_ids = list(guide.excluded_ids)
        self._session.flush()
        return _guide(record)

    def guide(self, guide_id: int) -> SavedGuide:
        record = self._session.get(InterviewGuideRecord, guide_id)
        if record is None:
            raise NotFoundError(f"There is no saved interview guide with id {guide_id}.")
        return _guide(record)

    def latest_guide(
        self, job_id: int, candidate_id: int | None, stage: str, minutes: int | None = None
    ) -> SavedGuide | None:
        """The guide saved last for this job, candidate and stage; of that length if given."""
        query = select(InterviewGuideRecord).where(*_same_guide(job_id, candidate_id, stage))
        if minutes is not None:
            query = query.where(InterviewGuideRecord.minutes == minutes)
        record = self._session.scalar(query.order_by(InterviewGuideRecord.id.desc()).limit(1))
        return _guide(record) if record else None

    def saved_lengths(self, job_id: int, candidate_id: int | None, stage: str) -> list[int]:
        """The lengths (minutes) of the guides saved for this job, candidate and stage."""
        query = (
            select(InterviewGuideRecord.minutes)
            .where(*_same_guide(job_id, candidate_id, stage))
            .distinct()
            .order_by(InterviewGuideRecord.minutes)
        )
        return list(self._session.scalars(query))

    # --- scorecards -----------------------------------------------------------------

    def save_scorecard(self, card: Scorecard) -> Scorecard:
        record = self._session.get(ScorecardRecord, card.id) if card.id else None
        if record is None:
            record = ScorecardRecord()
            self._session.add(record)
        for name in (
            "candidate_id",
            "job_id",
            "guide_id",
            "interviewer",
            "stage",
            "recommendation",
            "notes",
        ):
            setattr(record, name, getattr(card, name))
        record.ratings = dict(card.ratings)
        self._session.flush()
        return _scorecard(record)

    def find_scorecard(
        self, candidate_id: int, job_id: int | None, stage: str, interviewer: str
    ) -> Scorecard | None:
        record = self._session.scalar(
            select(ScorecardRecord).where(
                ScorecardRecord.candidate_id == candidate_id,
                ScorecardRecord.job_id.is_(None)
                if job_id is None
                else ScorecardRecord.job_id == job_id,
                ScorecardRecord.stage == stage,
                ScorecardRecord.interviewer == interviewer,
            )
        )
        return _scorecard(record) if record else None

    def scorecards(self, candidate_id: int, job_id: int | None = None) -> list[Scorecard]:
        query = select(ScorecardRecord).where(ScorecardRecord.candidate_id == candidate_id)
        if job_id is not None:
            query = query.where(ScorecardRecord.job_id == job_id)
        return [_scorecard(r) for r in self._session.scalars(query.order_by(ScorecardRecord.id))]

    # --- decisions ----------------------------------------------------------------------

    def add_decision(self, decision: HiringDecision) -> HiringDecision:
        record = HiringDecisionRecord(
            candidate_id=decision.candidate_id,
            job_id=decision.job_id,
            decision=decision.decision,
            reason=decision.reason,
            decided_by=decision.decided_by,
        )
        self._session.add(record)
        self._session.flush()
        return _decision(record)

    def decisions(self, candidate_id: int, job_id: int | None = None) -> list[HiringDecision]:
        query = select(HiringDecisionRecord).where(
            HiringDecisionRecord.candidate_id == candidate_id
        )
        if job_id is not None:
            query = query.where(HiringDecisionRecord.job_id == job_id)
        return [
            _decision(r) for r in self._session.scalars(query.order_by(HiringDecisionRecord.id))
        ]


def _same_guide(job_id: int, candidate_id: int | None, stage: str) -> tuple[Any, ...]:
    return (
        InterviewGuideRecord.job_id == job_id,
        InterviewGuideRecord.candidate_id.is_(None)
        if candidate_id is None
        else InterviewGuideRecord.candidate_id == candidate_id,
        InterviewGuideRecord.stage == stage,
    )


def _guide(record: InterviewGuideRecord) -> SavedGuide:
    return SavedGuide(
        id=record.id,
        job_id=record.job_id,
        candidate_id=record.candidate_id,
        stage=record.stage,
        minutes=record.minutes,
        interviewer=record.interviewer,
        question_ids=list(record.question_ids or []),
        pinned_ids=list(record.pinned_ids or []),
        excluded_ids=list(record.excluded_ids or []),
        updated_at=record.updated_at,
    )


def _scorecard(record: ScorecardRecord) -> Scorecard:
    return Scorecard(
        id=record.id,
        interviewer=record.interviewer,
        candidate_id=record.candidate_id,
        job_id=record.job_id,
        guide_id=record.guide_id,
        stage=record.stage,
        ratings={key: int(value) for key, value in (record.ratings or {}).items()},
        recommendation=record.recommendation,
        notes=record.notes or "",
    )


def _decision(record: HiringDecisionRecord) -> HiringDecision:
    return HiringDecision(
        id=record.id,
        candidate_id=record.candidate_id,
        job_id=record.job_id,
        decision=record.decision,
        reason=record.reason,
        decided_by=record.decided_by,
        created_at=record.created_at,
    )
