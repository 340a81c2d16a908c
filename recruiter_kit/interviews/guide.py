"""The guide builder: fill an interview slot with a balanced, job-specific set of questions.

Selection is deterministic: every tie is broken by the question's position in
the bank, so the same job, candidate, stage and length always give the same
guide. Balance rules (from the common hiring mistakes in the seed documents):
never only algorithm questions, always an operational question and a
communication check, and a system-design or production question from mid level up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.core.models import Job
from recruiter_kit.interviews.probes import Probe, build_probes
from recruiter_kit.interviews.questions import Question, QuestionBank
from recruiter_kit.interviews.stages import GuideRules, Segment
from recruiter_kit.screening.results import ScreeningResult

DEFAULT_LEVEL = "mid"
_DESIGN_OR_PRODUCTION = ("system_design", "production")


@dataclass(frozen=True, slots=True)
class GuideRequest:
    """What the user asked for. `pinned` questions are always kept; `excluded` never chosen."""

    stage: str
    minutes: int
    pinned: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GuideQuestion:
    question: Question
    pinned: bool = False


@dataclass(frozen=True, slots=True)
class InterviewGuide:
    """A filled interview slot for one job (and maybe one candidate) at one stage."""

    job_id: int | None
    job_title: str
    level: str
    stage: str
    stage_label: str
    slot_minutes: int
    opening: Segment
    closing: Segment
    questions: tuple[GuideQuestion, ...]
    probes: tuple[Probe, ...] = ()
    probe_minutes: int = 0
    candidate_id: int | None = None
    excluded: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    skills: tuple[str, ...] = field(default=())

    @property
    def question_minutes(self) -> int:
        return sum(item.question.minutes for item in self.questions)

    @property
    def total_minutes(self) -> int:
        return (
            self.opening.minutes + self.probe_minutes + self.question_minutes + self.closing.minutes
        )

    @property
    def question_ids(self) -> list[str]:
        return [item.question.id for item in self.questions]

    @property
    def pinned_ids(self) -> list[str]:
        return [item.question.id for item in self.questions if item.pinned]

    def to_dict(self) -> dict[str, Any]:
        """The guide as JSON-ready data (what ``guide --json`` prints)."""
        return {
            "job_id": self.job_id,
            "job_title": self.job_title,
            "level": self.level,
            "stage": self.stage,
            "stage_label": self.stage_label,
            "slot_minutes": self.slot_minutes,
            "total_minutes": self.total_minutes,
            "candidate_id": self.candidate_id,
            "opening": {"minutes": self.opening.minutes, "text": self.opening.text},
            "questions": [
                item.question.to_dict() | {"pinned": item.pinned} for item in self.questions
            ],
            "probe_minutes": self.probe_minutes,
            "probes": [probe.to_dict() for probe in self.probes],
            "closing": {"minutes": self.closing.minutes, "text": self.closing.text},
            "excluded": list(self.excluded),
            "notes": list(self.notes),
        }


def normalise_skill(name: str) -> str:
    """Compare skills loosely: 'Node.js', 'nodejs' and 'NodeJS' are the same."""
    return re.sub(r"[^a-z0-9+#]", "", name.lower())


@dataclass(slots=True)
class _Selection:
    """Working state while one guide is being filled."""

    bank: QuestionBank
    stage_id: str
    mix: dict[str, int]
    level: str
    skills: frozenset[str]
    budget: int
    algorithmic_cap: int
    excluded: set[str]
    chosen: list[GuideQuestion] = field(default_factory=list)

    @property
    def used(self) -> int:
        return sum(item.question.minutes for item in self.chosen)

    @property
    def remaining(self) -> int:
        return self.budget - self.used

    def has(self, question_id: str) -> bool:
        return any(item.question.id == question_id for item in self.chosen)

    def eligible(self, question: Question) -> bool:
        if (
            question.id in self.excluded
            or self.has(question.id)
            or self.level not in question.levels
        ):
            return False
        if question.skill_specific and not self._skill_overlap(question):
            return False
        if self.bank.category_of(question).algorithmic:
            return self._algorithmic_minutes() + question.minutes <= self.algorithmic_cap
        return True

    def rank(self, question: Question) -> tuple[int, int]:
        """Lower sorts first: stage fit, job skills, then the stage's weight on the category."""
        score = 4 * (self.stage_id in question.stages)
        score += 2 * min(self._skill_overlap(question), 1)
        score += self.mix.get(question.category, 0)
        score += question.levels == (self.level,)  # written for exactly this level
        return (-score, self._position(question))

    def compact_rank(self, question: Question) -> tuple[int, int]:
        """Like `rank`, but a question taking much more than its share of the slot loses
        a point per 5 minutes over, so a balance rule does not crowd out the stage's own topics."""
        negative_score, position = self.rank(question)
        over = max(0, question.minutes - int(self.budget * 0.4)) // 5
        return (negative_score + over, position)

    def _skill_overlap(self, question: Question) -> int:
        return len({normalise_skill(s) for s in question.skills} & self.skills)

    def _algorithmic_minutes(self) -> int:
        return sum(
            item.question.minutes
            for item in self.chosen
            if self.bank.category_of(item.question).algorithmic
        )

    def _position(self, question: Question) -> int:
        return self.bank.questions.index(question)


def build_guide(
    bank: QuestionBank,
    rules: GuideRules,
    job: Job,
    request: GuideRequest,
    screening: ScreeningResult | None = None,
    candidate_id: int | None = None,
) -> InterviewGuide:
    """Choose the questions and probes for one interview.

    Raises:
        InvalidInputError: unknown stage, a length not offered, a job without
            skills, or a pinned question missing from the bank.
    """
    stage = rules.stage(request.stage)
    rules.check_length(request.minutes)
    skills = [*job.required_skills, *job.nice_to_have_skills]
    if not skills:
        raise InvalidInputError(
            f"Job '{job.title}' (id {job.id}) has no skills yet: add its required skills "
            "so the guide can choose questions that fit it."
        )
    notes: list[str] = []
    level = str(job.level) if job.level else DEFAULT_LEVEL
    if not job.level:
        notes.append(f"The job has no level; questions were chosen for {DEFAULT_LEVEL} level.")
    probes = tuple(build_probes(screening)) if screening is not None else ()
    probe_minutes = _probe_block(probes, request.minutes, rules.probe_share_for(stage))
    budget = request.minutes - stage.opening.minutes - stage.closing.minutes - probe_minutes
    selection = _Selection(
        bank=bank,
        stage_id=stage.id,
        mix=dict(stage.mix),
        level=level,
        skills=frozenset(normalise_skill(s) for s in skills),
        budget=budget,
        algorithmic_cap=int(budget * rules.max_algorithmic_share),
        excluded=set(request.excluded),
    )
    for question_id in request.pinned:
        if not selection.has(question_id):
            selection.chosen.append(GuideQuestion(bank.get(question_id), pinned=True))
    if selection.remaining < 0:
        notes.append(f"Pinned questions run {-selection.remaining} minutes over the slot.")
    _meet_requirements(selection)
    _fill(selection)
    if selection.remaining > rules.tolerance_minutes:
        notes.append(
            f"{selection.remaining} minutes are left open: the bank has no more questions "
            f"that fit a {level} {stage.label.lower()} interview."
        )
    if probes and probe_minutes < sum(p.minutes for p in probes):
        notes.append(
            f"{len(probes)} resume probes share {probe_minutes} minutes: ask them in order "
            "and stop when the time is up."
        )
    return InterviewGuide(
        job_id=job.id,
        job_title=job.title,
        level=level,
        stage=stage.id,
        stage_label=stage.label,
        slot_minutes=request.minutes,
        opening=stage.opening,
        closing=stage.closing,
        questions=tuple(_in_interview_order(selection.chosen, list(stage.mix))),
        probes=probes,
        probe_minutes=probe_minutes,
        candidate_id=candidate_id,
        excluded=tuple(sorted(request.excluded)),
        notes=tuple(notes),
        skills=tuple(skills),
    )


def _probe_block(probes: Sequence[Probe], slot: int, share: float) -> int:
    """Probes share one time box: all are listed, the box is capped at a share of the slot."""
    if not probes:
        return 0
    return min(sum(p.minutes for p in probes), max(probes[0].minutes, int(slot * share)))


Requirement = Callable[[QuestionBank, Question], bool]


def _requirements(level: str) -> list[Requirement]:
    required: list[Requirement] = []
    if level != "junior":
        required.append(lambda bank, q: q.category in _DESIGN_OR_PRODUCTION)
    required.append(lambda bank, q: bank.category_of(q).operational)
    required.append(lambda bank, q: q.communication_check)
    return required


def _meet_requirements(sel: _Selection) -> None:
    """Add the cheapest-fitting best question for each balance rule not yet met."""
    required = _requirements(sel.level)
    for index, rule in enumerate(required):
        if any(rule(sel.bank, item.question) for item in sel.chosen):
            continue
        later = required[index + 1 :]
        fitting = [
            q
            for q in sel.bank.questions
            if rule(sel.bank, q)
            and sel.eligible(q)
            and q.minutes + _reserve(sel, later, q) <= sel.remaining
        ]
        if fitting:
            sel.chosen.append(GuideQuestion(min(fitting, key=sel.compact_rank)))


def _reserve(sel: _Selection, later: Iterable[Requirement], candidate: Question) -> int:
    """Minutes still needed for later rules that neither the candidate nor the chosen meet."""
    reserve = 0
    for rule in later:
        met = rule(sel.bank, candidate) or any(rule(sel.bank, i.question) for i in sel.chosen)
        if not met:
            options = [
                q.minutes for q in sel.bank.questions if rule(sel.bank, q) and sel.eligible(q)
            ]
            reserve += min(options, default=0)
    return reserve


def _fill(sel: _Selection) -> None:
    """Add questions from the category furthest below its share of the time until nothing fits."""
    total_weight = sum(sel.mix.values()) or 1
    categories = list(sel.bank.categories)
    while sel.remaining > 0:
        allocated = {c: 0 for c in categories}
        for item in sel.chosen:
            allocated[item.question.category] += item.question.minutes
        deficit = {
            c: sel.mix.get(c, 0) / total_weight * sel.budget - allocated[c] for c in categories
        }
        order = sorted(
            categories, key=lambda c: (-deficit[c], -sel.mix.get(c, 0), categories.index(c))
        )
        pick = next((q for c in order if (q := _best_in(sel, c)) is not None), None)
        if pick is None:
            return
        sel.chosen.append(GuideQuestion(pick))


def _best_in(sel: _Selection, category: str) -> Question | None:
    fitting = [
        q
        for q in sel.bank.questions
        if q.category == category and q.minutes <= sel.remaining and sel.eligible(q)
    ]
    return min(fitting, key=sel.rank) if fitting else None


def _in_interview_order(
    chosen: list[GuideQuestion], category_order: list[str]
) -> list[GuideQuestion]:
    """The stage's categories in its order; communication checks last, as the interview ends."""

    def key(item: GuideQuestion) -> tuple[int, int, int]:
        q = item.question
        position = (
            category_order.index(q.category)
            if q.category in category_order
            else len(category_order)
        )
        return (int(q.communication_check), position, chosen.index(item))

    return sorted(chosen, key=key)


# Editing a built guide. Each returns a new guide; the original is untouched.


def swap_question(
    guide: InterviewGuide, bank: QuestionBank, old_id: str, new_id: str
) -> InterviewGuide:
    """Put `new_id` where `old_id` was. The new one is pinned and the old one excluded, so a
    rebuild keeps the interviewer's choice."""
    index = _index_of(guide, old_id)
    if new_id in guide.question_ids:
        raise InvalidInputError(f"Question '{new_id}' is already in the guide.")
    items = list(guide.questions)
    items[index] = GuideQuestion(bank.get(new_id), pinned=True)
    excluded = tuple(sorted({*guide.excluded, old_id} - {new_id}))
    return replace(guide, questions=tuple(items), excluded=excluded)


def move_question(guide: InterviewGuide, question_id: str, new_index: int) -> InterviewGuide:
    items = list(guide.questions)
    item = items.pop(_index_of(guide, question_id))
    items.insert(max(0, min(new_index, len(items))), item)
    return replace(guide, questions=tuple(items))


def set_pinned(guide: InterviewGuide, question_id: str, pinned: bool) -> InterviewGuide:
    items = list(guide.questions)
    index = _index_of(guide, question_id)
    items[index] = GuideQuestion(items[index].question, pinned=pinned)
    return replace(guide, questions=tuple(items))


def remove_question(guide: InterviewGuide, question_id: str) -> InterviewGuide:
    index = _index_of(guide, question_id)
    items = [item for i, item in enumerate(guide.questions) if i != index]
    excluded = tuple(sorted({*guide.excluded, question_id}))
    return replace(guide, questions=tuple(items), excluded=excluded)


def add_question(guide: InterviewGuide, bank: QuestionBank, question_id: str) -> InterviewGuide:
    if question_id in guide.question_ids:
        raise InvalidInputError(f"Question '{question_id}' is already in the guide.")
    items = (*guide.questions, GuideQuestion(bank.get(question_id), pinned=True))
    excluded = tuple(e for e in guide.excluded if e != question_id)
    return replace(guide, questions=items, excluded=excluded)


def alternatives(guide: InterviewGuide, bank: QuestionBank, question_id: str) -> list[Question]:
    """Questions that could replace one in the guide: same category first, closest length first."""
    current = (
        bank.get(question_id)
        if question_id in bank
        else guide.questions[_index_of(guide, question_id)].question
    )
    taken = set(guide.question_ids)
    options = [q for q in bank.questions if q.id not in taken and guide.level in q.levels]
    return sorted(
        options,
        key=lambda q: (
            q.category != current.category,
            guide.stage not in q.stages,
            abs(q.minutes - current.minutes),
            bank.questions.index(q),
        ),
    )


def _index_of(guide: InterviewGuide, question_id: str) -> int:
    try:
        return guide.question_ids.index(question_id)
    except ValueError:
        raise InvalidInputError(f"Question '{question_id}' is not in this guide.") from None


def restore_guide(
    bank: QuestionBank,
    rules: GuideRules,
    job: Job,
    request: GuideRequest,
    order: Sequence[str],
    screening: ScreeningResult | None = None,
    candidate_id: int | None = None,
) -> InterviewGuide:
    """Rebuild a saved guide with the interviewer's exact questions and order.

    Questions since removed from the bank are left out with a note rather than
    failing, so a saved guide always opens.
    """
    built = build_guide(bank, rules, job, request, screening, candidate_id)
    pinned = set(request.pinned)
    items, missing = [], []
    for question_id in order:
        if question_id in bank:
            items.append(GuideQuestion(bank.get(question_id), pinned=question_id in pinned))
        else:
            missing.append(question_id)
    notes = built.notes + ((f"No longer in the bank: {', '.join(missing)}.",) if missing else ())
    return replace(built, questions=tuple(items), notes=notes)
