"""The guide builder: fill, balance, probes, determinism and editing."""

from __future__ import annotations

import pytest
from interview_helpers import NUMBER_LINES, job, screened

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.interviews import guide as guides
from recruiter_kit.interviews.guide import GuideRequest, build_guide
from recruiter_kit.interviews.questions import load_bank
from recruiter_kit.interviews.stages import load_rules

BANK = load_bank()
RULES = load_rules()
STAGES = list(RULES.stages)


@pytest.mark.parametrize("minutes", [30, 45, 60, 90])
@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("level", ["junior", "mid", "senior"])
def test_guide_fills_the_slot_within_five_minutes(level: str, stage: str, minutes: int) -> None:
    for screening in (None, screened()):
        built = build_guide(BANK, RULES, job(level), GuideRequest(stage, minutes), screening)
        assert abs(built.total_minutes - minutes) <= 5, built.question_ids
        assert built.total_minutes <= minutes


@pytest.mark.parametrize("minutes", [30, 45, 60, 90])
@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("level", ["junior", "mid", "senior"])
def test_guide_is_balanced(level: str, stage: str, minutes: int) -> None:
    built = build_guide(BANK, RULES, job(level), GuideRequest(stage, minutes), screened())
    categories = [BANK.categories[q.question.category] for q in built.questions]
    assert any(c.operational for c in categories), "no operational question"
    assert any(q.question.communication_check for q in built.questions), "no communication check"
    assert not all(c.algorithmic for c in categories)
    if level in ("mid", "senior"):
        assert {"system_design", "production"} & {c.id for c in categories}


def test_one_probe_per_quantified_claim_quoting_its_line() -> None:
    built = build_guide(BANK, RULES, job(), GuideRequest("technical_deep_dive", 60), screened())
    numbers = [p for p in built.probes if p.kind == "defend_number"]
    assert [p.quote for p in numbers] == list(NUMBER_LINES)
    for probe, line in zip(numbers, NUMBER_LINES, strict=True):
        assert f'"{line}"' in probe.text
        assert "baseline" in probe.text


def test_depth_probe_for_listed_skill_and_question_for_yellow_flag() -> None:
    built = build_guide(BANK, RULES, job(), GuideRequest("phone_screen", 30), screened())
    depth = [p for p in built.probes if p.kind == "depth"]
    assert [p.subject for p in depth] == ["Terraform"]  # Go is evidenced: no probe
    assert depth[0].quote == "Tools: Terraform, Helm"
    flags = [p for p in built.probes if p.kind == "yellow_flag"]
    assert [p.quote for p in flags] == ["Worked on various backend services"]


def test_many_claims_share_a_capped_time_box_and_all_are_listed() -> None:
    lines = tuple(f"Cut latency of endpoint {n} by {n * 3}%" for n in range(1, 16))
    built = build_guide(BANK, RULES, job(), GuideRequest("phone_screen", 30), screened(lines))
    assert len([p for p in built.probes if p.kind == "defend_number"]) == 15
    assert built.probe_minutes <= 30 * RULES.probe_share_for(RULES.stage("phone_screen"))
    assert abs(built.total_minutes - 30) <= 5
    assert any("share" in note for note in built.notes)


def test_same_inputs_give_the_same_guide() -> None:
    first = build_guide(BANK, RULES, job(), GuideRequest("system_design", 90), screened())
    second = build_guide(load_bank(), RULES, job(), GuideRequest("system_design", 90), screened())
    assert first.to_dict() == second.to_dict()


def test_job_skills_steer_language_questions() -> None:
    go = build_guide(
        BANK, RULES, job("mid", ("Go", "PostgreSQL")), GuideRequest("phone_screen", 60)
    )
    python = build_guide(
        BANK, RULES, job("mid", ("Python", "PostgreSQL")), GuideRequest("phone_screen", 60)
    )
    assert "lang-go-goroutines" in go.question_ids and "lang-python-async" not in go.question_ids
    assert "lang-python-async" in python.question_ids


def test_job_without_skills_is_refused_clearly() -> None:
    with pytest.raises(InvalidInputError, match=r"has no skills yet"):
        build_guide(BANK, RULES, job(skills=()), GuideRequest("phone_screen", 30))


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (GuideRequest("coffee_chat", 30), "Unknown interview stage"),
        (GuideRequest("phone_screen", 50), "30, 45, 60, 90 minutes, not 50"),
        (GuideRequest("phone_screen", 30, pinned=("nope",)), "No question with id 'nope'"),
    ],
)
def test_bad_requests_are_explained(request_: GuideRequest, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        build_guide(BANK, RULES, job(), request_)


def test_job_without_level_is_built_for_mid_with_a_note() -> None:
    built = build_guide(BANK, RULES, job(level=None), GuideRequest("phone_screen", 45))
    assert built.level == "mid"
    assert any("no level" in note for note in built.notes)


def test_pins_and_exclusions_survive_a_rebuild() -> None:
    request = GuideRequest(
        "technical_deep_dive", 60, pinned=("code-token-bucket",), excluded=("db-composite-index",)
    )
    built = build_guide(BANK, RULES, job(), request)
    assert "code-token-bucket" in built.pinned_ids
    assert "db-composite-index" not in built.question_ids
    assert abs(built.total_minutes - 60) <= 5


def test_swap_move_pin_remove() -> None:
    built = build_guide(BANK, RULES, job(), GuideRequest("system_design", 60))
    first, second = built.question_ids[:2]
    option = guides.alternatives(built, BANK, first)[0]
    assert option.category == BANK.get(first).category
    swapped = guides.swap_question(built, BANK, first, option.id)
    assert swapped.question_ids[0] == option.id and option.id in swapped.pinned_ids
    assert first in swapped.excluded
    moved = guides.move_question(swapped, second, 0)
    assert moved.question_ids[:2] == [second, option.id]
    unpinned = guides.set_pinned(moved, option.id, False)
    assert option.id not in unpinned.pinned_ids
    removed = guides.remove_question(unpinned, second)
    assert second not in removed.question_ids and second in removed.excluded
    assert built.question_ids[0] == first  # the original guide is unchanged
    with pytest.raises(InvalidInputError, match="already in the guide"):
        guides.swap_question(built, BANK, first, second)


def test_flag_about_something_missing_quotes_the_screening_reason() -> None:
    from recruiter_kit.screening.results import FlagHit

    result = screened()
    reason = "No job with a software role was found."
    flag = FlagHit("missing_production_exposure", "yellow", "No production", [], reason)
    result.yellow_flags.append(flag)
    built = build_guide(BANK, RULES, job(), GuideRequest("production_behaviour", 45), result)
    probe = next(p for p in built.probes if p.subject == "No production")
    assert probe.quote == reason
    assert probe.text.startswith(f"Screening noted: {reason}")
    assert "who watched it" in probe.question


def test_system_design_leaves_most_of_the_slot_to_design() -> None:
    built = build_guide(BANK, RULES, job(), GuideRequest("system_design", 60), screened())
    assert built.probe_minutes <= 60 * 0.15
    design = sum(
        i.question.minutes for i in built.questions if i.question.category == "system_design"
    )
    assert design >= 20
