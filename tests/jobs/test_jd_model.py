"""Validation of job descriptions: every bad value is refused with a message naming the field."""

from __future__ import annotations

import pytest

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.jobs.model import JobDescription, parse_amount


def test_round_trip_keeps_every_field(senior_job: JobDescription) -> None:
    assert JobDescription.from_dict(senior_job.to_dict()) == senior_job


@pytest.mark.parametrize(
    ("text", "amount"), [("85000", 85000), ("85,000", 85000), ("85k", 85000), (" 72 500 ", 72500)]
)
def test_salary_amounts_accept_common_spellings(text: str, amount: int) -> None:
    assert parse_amount("salary.minimum", text) == amount


@pytest.mark.parametrize("text", ["abc", "85k-95k", "lots", "1e9"])
def test_non_numeric_salary_is_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match=r"'salary\.minimum' must be a number"):
        JobDescription.from_dict({"title": "X", "salary": {"minimum": text}})


@pytest.mark.parametrize("text", ["-5", "- 85,000", "-85k"])
def test_negative_salary_is_refused_as_negative(text: str) -> None:
    with pytest.raises(InvalidInputError, match=r"'salary\.minimum' cannot be negative"):
        JobDescription.from_dict({"title": "X", "salary": {"minimum": text}})


def test_hundred_thousand_character_field_is_refused() -> None:
    with pytest.raises(InvalidInputError, match=r"'about_role' is 100,000 characters long"):
        JobDescription.from_dict({"title": "X", "about_role": "a" * 100_000})


def test_long_bullet_is_refused_with_its_position() -> None:
    with pytest.raises(InvalidInputError, match=r"'perks\[2\]' is 5,000 characters"):
        JobDescription.from_dict({"title": "X", "perks": ["ok", "b" * 5000]})


def test_unknown_field_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="Unknown field 'salary_band'"):
        JobDescription.from_dict({"title": "X", "salary_band": "B"})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": ""}, "'title' must not be empty"),
        ({"title": "X", "level": "principal"}, "'level' must be one of"),
        ({"title": "X", "location_mode": "moon"}, "'location_mode' must be one of"),
        ({"title": "X", "tools": {"ide": ["Vim"]}}, "Unknown tool category 'tools.ide'"),
        ({"title": "X", "salary": {"currency": "euro"}}, "three-letter code"),
        ({"title": "X", "hard_skills": [{"name": "Go", "level": 3}]}, "only 'name' and 'required'"),
    ],
)
def test_bad_values_name_their_field(data: dict, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        JobDescription.from_dict(data)


def test_skills_split_into_required_and_nice_to_have() -> None:
    job = JobDescription.from_dict(
        {"title": "X", "hard_skills": ["Go", {"name": "Kafka", "required": False}, "go"]}
    )
    assert job.required_skills == ["Go"]
    assert job.nice_to_have_skills == ["Kafka"]
