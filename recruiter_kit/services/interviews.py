"""Use cases of the Interviews workspace and of `recruiter-kit questions` / `guide`.

Each public method owns one transaction. The question bank is the shipped file
merged with the user's questions from the database; the shipped file is never
written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.core.models import Candidate, Job
from recruiter_kit.documents.atomic import write_atomic
from recruiter_kit.interviews.guide import GuideRequest, InterviewGuide, build_guide, restore_guide
from recruiter_kit.interviews.pdf import GuideHeader, render_guide
from recruiter_kit.interviews.questions import (
    Question,
    QuestionBank,
    SkippedQuestion,
    load_bank,
    parse_question,
)
from recruiter_kit.interviews.scorecard import (
    PanelSummary,
    Scorecard,
    ScorecardTemplate,
    load_template,
    summarise_panel,
    validate_scorecard,
)
from recruiter_kit.interviews.stages import GuideRules, load_rules
from recruiter_kit.screening.results import ScreeningResult
from recruiter_kit.services.blind import blind_label
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.interviews_repository import (
    HiringDecision,
    InterviewRepository,
    SavedGuide,
)
from recruiter_kit.storage.repositories import CandidateRepository, JobRepository


@dataclass(frozen=True, slots=True)
class QuestionListing:
    """Questions matching a filter, and the stored entries the bank had to leave out."""

    questions: list[Question]
    skipped: tuple[SkippedQuestion, ...] = ()


@dataclass(frozen=True, slots=True)
class _GuideInputs:
    """Everything a guide is built from, read in one transaction."""

    bank: QuestionBank
    job: Job
    candidate: Candidate | None
    screening: ScreeningResult | None


@dataclass(frozen=True, slots=True)
class GuideDraft:
    """A built guide with what the workspace needs to show, print and save it."""

    guide: InterviewGuide
    job: Job
    candidate: Candidate | None
    saved_id: int | None = None
    # Lengths (minutes) of the guides saved for the same job, candidate and stage.
    saved_lengths: tuple[int, ...] = ()


class InterviewService:
    def __init__(
        self,
        database: Database,
        shipped_bank: QuestionBank | None = None,
        rules: GuideRules | None = None,
        template: ScorecardTemplate | None = None,
    ) -> None:
        self._db = database
        self._shipped = shipped_bank
        self._rules = rules or load_rules()
        self.template = template or load_template()

    @property
    def rules(self) -> GuideRules:
        return self._rules

    def shipped_bank(self) -> QuestionBank:
        if self._shipped is None:
            self._shipped = load_bank()
        return self._shipped

    # --- questions ------------------------------------------------------------------

    def bank(self) -> QuestionBank:
        """The shipped bank with the user's added and edited questions applied."""
        with self._db.session() as session:
            return self._bank(session)

    def _bank(self, session: Session) -> QuestionBank:
        entries = InterviewRepository(session).user_questions()
        return self.shipped_bank().with_user_questions(entries)

    def list_questions(
        self, category: str | None = None, level: str | None = None
    ) -> QuestionListing:
        bank = self.bank()
        if category is not None and category not in bank.categories:
            known = ", ".join(bank.categories)
            raise InvalidInputError(f"Unknown category '{category}' (choose {known}).")
        return QuestionListing(bank.filter(category=category, level=level), bank.skipped)

    def save_question(self, data: dict[str, Any]) -> Question:
        """Add a question, or store the user's version of an existing one."""
        question = parse_question(data, self.shipped_bank().categories, where="The question")
        stored = question.to_dict()
        stored.pop("origin", None)
        with self._db.session() as session:
            InterviewRepository(session).save_question(stored)
        return question

    def revert_question(self, question_id: str) -> bool:
        """Drop the user's version: a shipped question returns to its original text."""
        with self._db.session() as session:
            return InterviewRepository(session).delete_question(question_id)

    # --- guides ---------------------------------------------------------------------

    def build_guide(
        self,
        job_id: int,
        candidate_id: int | None = None,
        stage: str | None = None,
        minutes: int | None = None,
        pinned: tuple[str, ...] = (),
        excluded: tuple[str, ...] = (),
    ) -> GuideDraft:
        """A fresh guide for the job (and the candidate's latest screening, if any).

        Without a stage or length it uses the stages file's defaults, as the app does.
        """
        with self._db.session() as session:
            inputs = self._guide_inputs(session, job_id, candidate_id)
        request = GuideRequest(
            stage=stage or self._rules.default_stage,
            minutes=minutes or self._rules.default_minutes,
            pinned=pinned,
            excluded=excluded,
        )
        guide = build_guide(
            inputs.bank, self._rules, inputs.job, request, inputs.screening, candidate_id
        )
        return GuideDraft(guide=guide, job=inputs.job, candidate=inputs.candidate)

    def save_guide(self, draft: GuideDraft, interviewer: str | None = None) -> int:
        guide = draft.guide
        if guide.job_id is None:
            raise InvalidInputError("Only a guide built for a saved job can be saved.")
        saved = SavedGuide(
            id=draft.saved_id,
            job_id=guide.job_id,
            candidate_id=guide.candidate_id,
            stage=guide.stage,
            minutes=guide.slot_minutes,
            interviewer=interviewer,
            question_ids=guide.question_ids,
            pinned_ids=guide.pinned_ids,
            excluded_ids=list(guide.excluded),
        )
        with self._db.session() as session:
            self._require(session, guide.job_id, guide.candidate_id)
            return InterviewRepository(session).save_guide(saved).id or 0

    def open_guide(
        self, job_id: int, candidate_id: int | None, stage: str, minutes: int | None = None
    ) -> GuideDraft | None:
        """The last guide saved for this job, candidate and stage (and length, if given),
        as the interviewer left it; None when there is none."""
        with self._db.session() as session:
            repo = InterviewRepository(session)
            saved = repo.latest_guide(job_id, candidate_id, stage, minutes)
            if saved is None:
                return None
            inputs = self._guide_inputs(session, job_id, candidate_id)
            lengths = tuple(repo.saved_lengths(job_id, candidate_id, stage))
        return self._restore(inputs, saved, lengths)

    def guide_for(
        self,
        job_id: int,
        candidate_id: int | None,
        stage: str,
        minutes: int,
        any_length: bool = False,
    ) -> GuideDraft:
        """What the workspace shows for a choice: the guide saved at this length, else
        (with `any_length`) the one saved last at another length, else a fresh build.

        The draft lists every saved length, so the user can be told where the others are.
        """
        with self._db.session() as session:
            repo = InterviewRepository(session)
            saved = repo.latest_guide(job_id, candidate_id, stage, minutes)
            if saved is None and any_length:
                saved = repo.latest_guide(job_id, candidate_id, stage)
            inputs = self._guide_inputs(session, job_id, candidate_id)
            lengths = tuple(repo.saved_lengths(job_id, candidate_id, stage))
        if saved is not None:
            return self._restore(inputs, saved, lengths)
        guide = build_guide(
            inputs.bank,
            self._rules,
            inputs.job,
            GuideRequest(stage, minutes),
            inputs.screening,
            candidate_id,
        )
        return GuideDraft(guide, inputs.job, inputs.candidate, saved_lengths=lengths)

    def _restore(
        self, inputs: _GuideInputs, saved: SavedGuide, lengths: tuple[int, ...]
    ) -> GuideDraft:
        request = GuideRequest(
            saved.stage, saved.minutes, tuple(saved.pinned_ids), tuple(saved.excluded_ids)
        )
        guide = restore_guide(
            inputs.bank,
            self._rules,
            inputs.job,
            request,
            saved.question_ids,
            inputs.screening,
            saved.candidate_id,
        )
        return GuideDraft(guide, inputs.job, inputs.candidate, saved.id, lengths)

    def render_pdf(
        self,
        draft: GuideDraft,
        interviewer: str = "",
        blind: bool = False,
        when: date | None = None,
    ) -> bytes:
        """The printable guide. In blind review the candidate appears only by code."""
        header = GuideHeader(
            job=draft.job.title,
            stage=draft.guide.stage_label,
            interviewer=interviewer,
            when=when,
            candidate=candidate_label(draft.candidate, blind),
        )
        labels = {key: category.label for key, category in self.shipped_bank().categories.items()}
        return render_guide(draft.guide, header, self.template, labels)

    def export_pdf(self, draft: GuideDraft, path: Path | str, **options: Any) -> Path:
        return write_atomic(require_pdf_name(path), self.render_pdf(draft, **options))

    # --- feedback -----------------------------------------------------------------------

    def record_scorecard(self, card: Scorecard) -> int:
        """Save one interviewer's scorecard; a second one for the same stage replaces the first."""
        validate_scorecard(card, self.template)
        self._rules.stage(card.stage)  # an unknown stage is refused with the list of stages
        with self._db.session() as session:
            self._require(session, card.job_id, card.candidate_id)
            repo = InterviewRepository(session)
            existing = repo.find_scorecard(
                card.candidate_id, card.job_id, card.stage, card.interviewer.strip()
            )
            stored = replace(
                card,
                id=existing.id if existing else None,
                interviewer=card.interviewer.strip(),
                ratings=dict(card.ratings),
            )
            return repo.save_scorecard(stored).id or 0

    def scorecards(self, candidate_id: int, job_id: int | None = None) -> list[Scorecard]:
        with self._db.session() as session:
            return InterviewRepository(session).scorecards(candidate_id, job_id)

    def panel_summary(self, candidate_id: int, job_id: int | None = None) -> PanelSummary:
        return summarise_panel(self.scorecards(candidate_id, job_id), self.template)

    def record_decision(
        self,
        candidate_id: int,
        job_id: int | None,
        decision: str,
        reason: str,
        decided_by: str | None = None,
    ) -> HiringDecision:
        if decision not in {d.id for d in self.template.decisions}:
            allowed = ", ".join(d.id for d in self.template.decisions)
            raise InvalidInputError(f"Decision must be one of {allowed}, not {decision!r}.")
        if not reason.strip():
            raise InvalidInputError("Give the reason for the hiring decision; it is kept with it.")
        with self._db.session() as session:
            CandidateRepository(session).get(candidate_id)
            return InterviewRepository(session).add_decision(
                HiringDecision(candidate_id, job_id, decision, reason.strip(), decided_by)
            )

    def decisions(self, candidate_id: int, job_id: int | None = None) -> list[HiringDecision]:
        with self._db.session() as session:
            return InterviewRepository(session).decisions(candidate_id, job_id)

    # --- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _require(session: Session, job_id: int | None, candidate_id: int | None) -> None:
        """A clear NotFoundError, not a foreign-key failure, when either was deleted."""
        if job_id is not None:
            JobRepository(session).get(job_id)
        if candidate_id is not None:
            CandidateRepository(session).get(candidate_id)

    def _guide_inputs(
        self, session: Session, job_id: int, candidate_id: int | None
    ) -> _GuideInputs:
        """The job, the candidate, their latest screening and the bank, from one snapshot."""
        job = JobRepository(session).get(job_id)
        candidate = None
        screening = None
        if candidate_id is not None:
            candidate = CandidateRepository(session).get(candidate_id)
            data = InterviewRepository(session).latest_screening(candidate_id)
            screening = ScreeningResult.from_dict(data) if data else None
        return _GuideInputs(self._bank(session), job, candidate, screening)


def require_pdf_name(path: Path | str) -> Path:
    """Refuse a file name that would hide a PDF under another type (e.g. `guide.txt`)."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise InvalidInputError(
            f"{path}: the guide is written as a PDF, so the file name must end in .pdf."
        )
    return path


def candidate_label(candidate: Candidate | None, blind: bool) -> str:
    """How a candidate is named on screen and paper: by code in blind review."""
    if candidate is None:
        return ""
    return blind_label(candidate.name, candidate.code, blind)
