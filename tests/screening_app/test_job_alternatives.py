"""A job that accepts one skill or another ("Python or Go") asks for either, not both."""

from __future__ import annotations

import pytest

from recruiter_kit.screening.results import JobCriteria
from recruiter_kit.screening.screener import Screener
from recruiter_kit.services.job_criteria import criteria_from_text

GO_RESUME = """Experience
Backend Engineer, Northwind, 2016 - 2024
• Built the billing services in Go on Kubernetes with PostgreSQL
"""


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def test_alternatives_in_a_job_text_become_one_requirement(screener: Screener) -> None:
    text = (
        "Backend Engineer\n"
        "Requirements: Python or Go or Rust; PostgreSQL; three or more years; "
        "design or build APIs with REST\n"
        "Nice to have: Kafka or RabbitMQ\n"
    )
    criteria = criteria_from_text(text, screener)
    assert criteria.required == ["REST", "PostgreSQL", "Python or Go or Rust"]
    assert criteria.nice_to_have == ["Kafka or RabbitMQ"]


def test_an_alternative_wrapped_onto_the_next_line_is_still_one(screener: Screener) -> None:
    text = "Backend Engineer\nYou will write our services in Python or\nTypeScript every day.\n"
    assert criteria_from_text(text, screener).required == ["Python or TypeScript"]


def test_a_skill_also_asked_for_on_its_own_stays_required(screener: Screener) -> None:
    text = (
        "Backend Engineer\nOur services run on Amazon ECS today.\n"
        "Requirements: orchestration with Kubernetes or ECS\n"
    )
    criteria = criteria_from_text(text, screener)
    assert "Amazon ECS" in criteria.required
    assert "Kubernetes" in criteria.nice_to_have
    assert not any(" or " in name for name in criteria.required)


def test_a_skill_only_one_alternative_implies_is_not_asked_for(screener: Screener) -> None:
    # ECS implies AWS; a job that accepts Kubernetes instead must not require AWS.
    text = "Backend Engineer\nRequirements: Kubernetes or ECS; PostgreSQL\n"
    assert criteria_from_text(text, screener).required == [
        "PostgreSQL",
        "Kubernetes or Amazon ECS",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Backend Engineer\nRequirements: AWS, and Kubernetes or ECS; PostgreSQL\n",
        "Backend Engineer\nRequirements: Kubernetes or ECS; PostgreSQL\nWe run on AWS.\n",
    ],
    ids=["named-on-the-same-line", "named-on-another-line"],
)
def test_an_implied_skill_the_job_names_itself_stays_required(
    screener: Screener, text: str
) -> None:
    assert "AWS" in criteria_from_text(text, screener).required


def test_either_alternative_earns_the_requirement(screener: Screener) -> None:
    job = JobCriteria(title="Backend", required=["python or golang", "PostgreSQL"])
    match = screener.screen_bytes(GO_RESUME.encode(), "go.txt", job).match
    assert match is not None
    assert match.matched == ["Go", "PostgreSQL"] and match.missing == []
    assert match.score >= 90


def test_missing_every_alternative_is_reported_once(screener: Screener) -> None:
    job = JobCriteria(title="Backend", required=["Python or Ruby", "PostgreSQL"])
    match = screener.screen_bytes(GO_RESUME.encode(), "go.txt", job).match
    assert match is not None
    assert match.missing == ["Python or Ruby"]
    assert "Missing required: Python or Ruby." in match.explanation


def test_a_knockout_with_alternatives_is_met_by_either(screener: Screener) -> None:
    job = JobCriteria(title="Backend", required=["Go"], knockouts=["Nomad or Kubernetes"])
    match = screener.screen_bytes(GO_RESUME.encode(), "go.txt", job).match
    assert match is not None and match.knockouts == []


def test_a_json_job_file_keeps_alternatives(screener: Screener, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from recruiter_kit.services.job_criteria import criteria_from_file

    path = tmp_path / "job.json"
    path.write_text('{"title": "Backend", "required": ["python or golang", "postgres"]}')
    assert criteria_from_file(path, screener).required == ["Python or Go", "PostgreSQL"]
