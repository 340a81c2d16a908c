"""The interviews service against a real migrated database."""

from __future__ import annotations

import json

import pytest
from interview_helpers import NUMBER_LINES, add_job_and_candidate, screened, store_screening
from sqlalchemy import func, select

from recruiter_kit.core.errors import InvalidInputError, NotFoundError
from recruiter_kit.interviews.scorecard import Scorecard
from recruiter_kit.resources import resource_path
from recruiter_kit.services.interviews import InterviewService
from recruiter_kit.storage.models.interviews import InterviewQuestionRecord, ScorecardRecord


def test_guide_for_screened_candidate_probes_each_claim(database) -> None:  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    store_screening(database, candidate_id, job_id, screened())
    draft = InterviewService(database).build_guide(job_id, candidate_id, "technical_deep_dive", 60)
    quotes = [p.quote for p in draft.guide.probes if p.kind == "defend_number"]
    assert quotes == list(NUMBER_LINES)
    assert draft.candidate is not None and draft.candidate.name == "Ines Marlowe"


def test_unscreened_candidate_gets_no_probes(database) -> None:  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    draft = InterviewService(database).build_guide(job_id, candidate_id, "phone_screen", 30)
    assert draft.guide.probes == ()


def test_saved_guide_reopens_with_order_and_pins(database) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.interviews.guide import move_question, set_pinned

    service = InterviewService(database)
    job_id, candidate_id = add_job_and_candidate(database)
    draft = service.build_guide(job_id, candidate_id, "system_design", 60)
    last = draft.guide.question_ids[-1]
    edited = set_pinned(move_question(draft.guide, last, 0), last, True)
    service.save_guide(type(draft)(edited, draft.job, draft.candidate), interviewer="Ana")
    reopened = service.open_guide(job_id, candidate_id, "system_design")
    assert reopened is not None
    assert reopened.guide.question_ids == edited.question_ids
    assert reopened.guide.pinned_ids == [last]
    assert service.open_guide(job_id, None, "system_design") is None


def test_a_saved_guide_stays_reachable_after_saving_another_length(database) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from recruiter_kit.interviews.guide import set_pinned

    service = InterviewService(database)
    job_id, candidate_id = add_job_and_candidate(database)
    hour = service.build_guide(job_id, candidate_id, "system_design", 60)
    pinned = set_pinned(hour.guide, hour.guide.question_ids[-1], True)
    hour_id = service.save_guide(replace(hour, guide=pinned))
    short_id = service.save_guide(service.build_guide(job_id, candidate_id, "system_design", 45))

    back = service.guide_for(job_id, candidate_id, "system_design", 60)
    assert (back.saved_id, back.guide.pinned_ids) == (hour_id, pinned.pinned_ids)
    assert back.saved_lengths == (45, 60)
    assert service.open_guide(job_id, candidate_id, "system_design", 60).saved_id == hour_id
    fresh = service.guide_for(job_id, candidate_id, "system_design", 30)
    assert fresh.saved_id is None and fresh.guide.slot_minutes == 30
    assert fresh.saved_lengths == (45, 60)
    latest = service.guide_for(job_id, candidate_id, "system_design", 30, any_length=True)
    assert (latest.saved_id, latest.guide.slot_minutes) == (short_id, 45)
    other_stage = service.guide_for(job_id, candidate_id, "phone_screen", 30, any_length=True)
    assert other_stage.saved_id is None and other_stage.saved_lengths == ()


def test_user_question_is_stored_and_shipped_file_untouched(database) -> None:  # type: ignore[no-untyped-def]
    service = InterviewService(database)
    shipped = resource_path("interviews/questions.json").read_bytes()
    original = service.bank().get("api-idempotency")
    service.save_question(
        original.to_dict() | {"minutes": 12, "text": "Our edited idempotency question."}
    )
    service.save_question(
        original.to_dict() | {"id": "team-webhooks", "text": "How do you sign webhooks?"}
    )
    bank = service.bank()
    assert bank.get("api-idempotency").minutes == 12
    assert bank.get("team-webhooks").origin == "user"
    assert resource_path("interviews/questions.json").read_bytes() == shipped
    assert service.revert_question("api-idempotency")
    assert service.bank().get("api-idempotency").minutes == original.minutes


def test_malformed_user_question_is_refused_and_nothing_is_lost(database) -> None:  # type: ignore[no-untyped-def]
    service = InterviewService(database)
    good = service.bank().get("db-n-plus-one").to_dict() | {
        "id": "mine",
        "text": "A question of my own.",
    }
    service.save_question(good)
    with pytest.raises(
        InvalidInputError, match=r"The question \('mine'\): 'look_for' must not be empty"
    ):
        service.save_question(good | {"look_for": []})
    with database.session() as session:
        stored = session.scalars(select(InterviewQuestionRecord)).all()
        assert [json.dumps(r.data["look_for"]) for r in stored] == [json.dumps(good["look_for"])]


def test_scorecards_panel_and_decision(database) -> None:  # type: ignore[no-untyped-def]
    service = InterviewService(database)
    job_id, candidate_id = add_job_and_candidate(database)
    service.record_scorecard(
        Scorecard(
            "Ana",
            candidate_id,
            job_id,
            "system_design",
            {"system_design": 4, "communication": 3},
            "strong_yes",
            "Clear.",
        )
    )
    service.record_scorecard(
        Scorecard(
            "Bo",
            candidate_id,
            job_id,
            "production_behaviour",
            {"system_design": 2, "communication": 3},
            "no",
            "",
        )
    )
    # Ana changes her mind: her scorecard for the stage is replaced, not duplicated.
    service.record_scorecard(
        Scorecard(
            "Ana",
            candidate_id,
            job_id,
            "system_design",
            {"system_design": 4, "communication": 4},
            "yes",
            "Revised.",
        )
    )
    summary = service.panel_summary(candidate_id, job_id)
    assert summary.interviewers == ("Ana", "Bo")
    assert summary.disagreements == ["System design"]
    assert summary.recommendations == {"Ana": "yes", "Bo": "no"}
    decision = service.record_decision(
        candidate_id, job_id, "hire", "Strong design; coach on ops.", "Lee"
    )
    stored = service.decisions(candidate_id, job_id)
    assert [(d.id, d.decision, d.reason, d.decided_by) for d in stored] == [
        (decision.id, "hire", "Strong design; coach on ops.", "Lee")
    ]


def test_bad_feedback_is_refused_and_stored_cards_stay(database) -> None:  # type: ignore[no-untyped-def]
    service = InterviewService(database)
    job_id, candidate_id = add_job_and_candidate(database)
    service.record_scorecard(
        Scorecard("Ana", candidate_id, job_id, "system_design", {"databases": 3}, "yes")
    )
    with pytest.raises(InvalidInputError, match="from 1 to 4, not 7"):
        service.record_scorecard(
            Scorecard("Ana", candidate_id, job_id, "system_design", {"databases": 7}, "yes")
        )
    with pytest.raises(InvalidInputError, match="reason"):
        service.record_decision(candidate_id, job_id, "hire", "   ")
    with pytest.raises(NotFoundError):
        service.record_scorecard(
            Scorecard("Ana", 999, job_id, "system_design", {"databases": 3}, "yes")
        )
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ScorecardRecord)) == 1
    assert service.scorecards(candidate_id)[0].ratings == {"databases": 3}


def test_guide_for_job_without_skills(database) -> None:  # type: ignore[no-untyped-def]
    job_id, _ = add_job_and_candidate(database, skills=())
    with pytest.raises(
        InvalidInputError, match=r"Job 'Platform Engineer' \(id \d+\) has no skills"
    ):
        InterviewService(database).build_guide(job_id, None, "phone_screen", 30)


def test_scorecard_for_unknown_stage_is_refused(database) -> None:  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    card = Scorecard("Ana", candidate_id, job_id, "karaoke", {"databases": 3}, "yes")
    with pytest.raises(InvalidInputError, match="Unknown interview stage 'karaoke'"):
        InterviewService(database).record_scorecard(card)


def count_sessions(database, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    opened: list[int] = []
    real = database.session

    def counting():  # type: ignore[no-untyped-def]
        opened.append(1)
        return real()

    monkeypatch.setattr(database, "session", counting)
    return opened


def test_guide_inputs_come_from_one_transaction(database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    job_id, candidate_id = add_job_and_candidate(database)
    store_screening(database, candidate_id, job_id, screened())
    service = InterviewService(database)
    service.save_guide(service.build_guide(job_id, candidate_id, "system_design", 60))
    opened = count_sessions(database, monkeypatch)
    draft = service.build_guide(job_id, candidate_id, "system_design", 60)
    assert len(opened) == 1 and draft.guide.probes
    reopened = service.open_guide(job_id, candidate_id, "system_design")
    assert len(opened) == 2 and reopened is not None and reopened.guide.probes
    service.list_questions(category="databases")
    assert len(opened) == 3


def store_raw_question(database, data) -> None:  # type: ignore[no-untyped-def]
    """Store an entry as an older version of the app might have left it."""
    with database.session() as session:
        session.add(InterviewQuestionRecord(question_id=data["id"], data=data))


def test_malformed_stored_question_leaves_the_bank_working(database) -> None:  # type: ignore[no-untyped-def]
    service = InterviewService(database)
    shipped = service.shipped_bank().get("api-idempotency")
    store_raw_question(database, shipped.to_dict() | {"category": "http", "text": "Renamed."})
    job_id, candidate_id = add_job_and_candidate(database)
    draft = service.build_guide(job_id, candidate_id, "technical_deep_dive", 60)
    assert draft.guide.questions
    listing = service.list_questions()
    assert [s.id for s in listing.skipped] == ["api-idempotency"]
    assert shipped in listing.questions
    with database.session() as session:  # nothing stored is lost
        assert session.scalar(select(func.count()).select_from(InterviewQuestionRecord)) == 1


def test_repository_returns_the_one_scorecard_type(database) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.storage import interviews_repository
    from recruiter_kit.storage.interviews_repository import InterviewRepository

    job_id, candidate_id = add_job_and_candidate(database)
    card = Scorecard("Ana", candidate_id, job_id, "system_design", {"databases": 3}, "yes", "Ok.")
    card_id = InterviewService(database).record_scorecard(card)
    with database.session() as session:
        stored = InterviewRepository(session).scorecards(candidate_id)
    assert type(stored[0]) is Scorecard
    assert stored == [type(card)(**{**_fields(card), "id": card_id})]
    assert not hasattr(interviews_repository, "StoredScorecard")


def _fields(card) -> dict:  # type: ignore[no-untyped-def,type-arg]
    from dataclasses import asdict

    return asdict(card)
