"""The shipped question bank and its validation."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.interviews.questions import load_bank
from recruiter_kit.interviews.scorecard import load_template
from recruiter_kit.interviews.stages import load_rules
from recruiter_kit.resources import load_json


def test_shipped_bank_covers_every_area_with_guidance() -> None:
    bank = load_bank()
    assert len(bank.questions) >= 60
    counts = Counter(q.category for q in bank.questions)
    for category in (
        "system_design",
        "production",
        "trade_offs",
        "language",
        "databases",
        "api_design",
        "reliability",
        "collaboration",
    ):
        assert counts[category] >= 6, category
    assert all(q.look_for and q.red_flags and q.follow_ups for q in bank.questions)
    assert "seeds/" in bank.source


def test_design_prompts_carry_scale_numbers() -> None:
    prompts = [
        q for q in load_bank().questions if q.category == "system_design" and q.minutes >= 20
    ]
    assert len(prompts) >= 4
    assert all(any(ch.isdigit() for ch in q.text) for q in prompts)


def test_every_category_maps_to_a_scorecard_competency() -> None:
    competencies = {c.id for c in load_template().competencies}
    assert {c.competency for c in load_bank().categories.values()} <= competencies
    assert len(competencies) == 6


def test_stage_mixes_name_known_categories() -> None:
    categories = set(load_bank().categories)
    for stage in load_rules().stages.values():
        assert set(stage.mix) <= categories
    assert "source" in load_json("interviews/stages.json")


def test_empty_bank_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"questions\.json is empty"):
        load_bank(path)


def test_bank_with_no_questions_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    path.write_text(
        json.dumps({"categories": {"x": {"label": "X", "competency": "c"}}, "questions": []})
    )
    with pytest.raises(InvalidInputError, match="has no questions"):
        load_bank(path)


def test_malformed_entry_is_named_by_id(tmp_path: Path) -> None:
    data = load_json("interviews/questions.json")
    data["questions"][4]["minutes"] = "ten"
    bad_id = data["questions"][4]["id"]
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInputError, match=rf"question 5 \('{bad_id}'\): 'minutes'"):
        load_bank(path)


def test_entry_without_id_is_named_by_position(tmp_path: Path) -> None:
    data = load_json("interviews/questions.json")
    del data["questions"][2]["id"]
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"question 3: 'id'"):
        load_bank(path)


def test_broken_json_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    path.write_text('{"questions": [\n{"id": }', encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"not valid JSON \(line 2"):
        load_bank(path)


def test_user_questions_override_without_touching_the_shipped_bank() -> None:
    bank = load_bank()
    original = bank.get("db-n-plus-one")
    edited = original.to_dict() | {"text": "Our own wording of the N+1 question, edited by a user."}
    added = original.to_dict() | {"id": "my-own", "text": "A brand new question the user wrote."}
    merged = bank.with_user_questions([edited, added])
    assert merged.get("db-n-plus-one").text.startswith("Our own wording")
    assert merged.get("db-n-plus-one").origin == "edited"
    assert merged.get("my-own").origin == "user"
    assert bank.get("db-n-plus-one") == original
    assert len(merged.questions) == len(bank.questions) + 1


def test_malformed_user_question_is_skipped_not_fatal() -> None:
    bank = load_bank()
    shipped = bank.get("db-n-plus-one")
    renamed = shipped.to_dict() | {"category": "data_stores", "text": "An edit under an old name."}
    broken = {"id": "mine-broken", "category": "databases", "levels": ["mid"], "minutes": "ten"}
    good = shipped.to_dict() | {"id": "mine-good", "text": "A sound question of my own."}
    merged = bank.with_user_questions([renamed, broken, good, "not an object"])
    assert merged.get("db-n-plus-one") == shipped  # the shipped one stays
    assert merged.get("mine-good").origin == "user"
    assert "mine-broken" not in merged
    reasons = {entry.id: entry.reason for entry in merged.skipped}
    assert set(reasons) == {"db-n-plus-one", "mine-broken", "(no id)"}
    assert "unknown category 'data_stores'" in reasons["db-n-plus-one"]
    assert "'minutes' must be a whole number" in reasons["mine-broken"]
    assert merged.skipped[0].data["category"] == "data_stores"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"default_stage": "lunch"}, "default_stage 'lunch' is not one of its stages"),
        ({"default_minutes": 50}, "default_minutes 50 is not one of its lengths"),
    ],
)
def test_stage_defaults_must_name_a_stage_and_a_length(change, message) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.interviews.stages import parse_rules

    data = load_json("interviews/stages.json") | change
    with pytest.raises(InvalidInputError, match=message):
        parse_rules(data)
