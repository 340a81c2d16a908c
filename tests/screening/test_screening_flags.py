"""Green and yellow flags, the resume-advice signals, and rules that users can tune."""

from __future__ import annotations

import copy

import pytest
from screening_fixtures import yellow_ids

from recruiter_kit.screening.results import ScreeningResult
from recruiter_kit.screening.rules import Rules
from recruiter_kit.screening.screener import Screener

STRONG = """Rowan Ito
rowan.ito@example.com
Experience
Senior Backend Engineer, Harbourline
Mar 2018 - Present
• Designed REST APIs in Python and PostgreSQL handling 2M requests per day
• Reduced p99 latency from 800 ms to 95 ms by reworking Redis caching
• Carried the on-call rotation and wrote postmortems against our SLOs
• Added integration tests and a CI/CD pipeline on GitHub Actions
• Helped with the hiring of two engineers
Skills
Python, Go, PostgreSQL, Redis, Kubernetes, Kafka
"""

STUDENT = """Ada Brook
Education
B.Tech Computer Science, 2026
Projects
Notes API | Node.js, Express.js, MongoDB
• Built 4 REST endpoints with JWT authentication for a class assignment
Skills
JavaScript, Node.js, MongoDB
"""

GENERIC = """Lee Park
Summary
Backend developer who loves clean code.
Experience
Backend Developer, Widgets Inc
2019 - 2022
• Worked on backend features and fixed bugs in the payment flow of the database
"""

NON_TECH = """Kim Ode
Experience
Store Manager, Corner Shop
2015 - 2020
• Led a team of 6 and raised sales by 12%
"""


def screen(screener: Screener, text: str) -> ScreeningResult:
    result = screener.screen_bytes(text.encode(), "resume.txt")
    assert result.status == "ok", result.error
    return result


def flag_ids(result: ScreeningResult) -> tuple[set[str], set[str]]:
    return {f.id for f in result.green_flags}, {f.id for f in result.yellow_flags}


def test_strong_backend_resume_earns_every_green_flag(screener: Screener) -> None:
    green, yellow = flag_ids(screen(screener, STRONG))
    assert green == {
        "specific_language",
        "database_experience",
        "api_design",
        "production_at_scale",
        "testing_and_deployment",
    }
    assert yellow == set()


def test_green_flags_carry_their_evidence_lines(screener: Screener) -> None:
    result = screen(screener, STRONG)
    flags = {f.id: f for f in result.green_flags}
    scale_lines = [e.line for e in flags["production_at_scale"].evidence]
    assert (
        "• Designed REST APIs in Python and PostgreSQL handling 2M requests per day" in scale_lines
    )
    assert any("on-call" in line for line in scale_lines)
    assert flags["testing_and_deployment"].evidence[0].section == "experience"


def test_project_only_student(screener: Screener) -> None:
    green, yellow = flag_ids(screen(screener, STUDENT))
    assert {"specific_language", "database_experience", "api_design"} <= green
    assert "production_at_scale" not in green
    assert {"missing_production_exposure", "only_tutorial_projects"} <= yellow


def test_generic_backend_without_specifics(screener: Screener) -> None:
    result = screen(screener, GENERIC)
    _, yellow = flag_ids(result)
    assert "generic_backend_without_specifics" in yellow
    assert "no_database_or_api" not in yellow  # "database" is mentioned
    reason = next(
        f.reason for f in result.yellow_flags if f.id == "generic_backend_without_specifics"
    )
    assert "no backend language" in reason


def test_no_database_or_api_and_no_software_work(screener: Screener) -> None:
    green, yellow = flag_ids(screen(screener, NON_TECH))
    assert green == set()
    assert {"no_database_or_api", "missing_production_exposure"} <= yellow
    assert "only_tutorial_projects" not in yellow


def test_javascript_counts_as_backend_only_with_node(screener: Screener) -> None:
    front = screen(screener, "Skills\nJavaScript, React\n")
    assert "specific_language" not in flag_ids(front)[0]
    back = screen(screener, "Skills\nJavaScript, Node.js\n")
    assert "specific_language" in flag_ids(back)[0]


def test_ab_testing_and_consuming_an_api_do_not_count(screener: Screener) -> None:
    text = (
        "Experience\nAnalyst, Shop\n2019 - 2022\n• Ran A/B testing on the checkout page\n"
        "• Integrated with the Stripe API\n"
    )
    green, _ = flag_ids(screen(screener, text))
    assert not {"testing_and_deployment", "api_design"} & green


def test_a_rate_limit_is_not_scale(screener: Screener) -> None:
    text = "Projects\n• Capped clients at 10 requests/minute with a rate limiter\n"
    assert "production_at_scale" not in flag_ids(screen(screener, text))[0]


def test_metrics_weak_phrases_and_reliability(screener: Screener) -> None:
    metrics = screen(screener, STRONG).metrics
    assert metrics.bullets == 5
    assert metrics.quantified == 2
    assert metrics.quantified_lines[0].line.startswith("• Designed REST APIs")
    assert [e.line for e in metrics.weak_phrases] == ["• Helped with the hiring of two engineers"]
    assert any("postmortems" in e.line for e in metrics.reliability_lines)
    assert metrics.evidenced_skills >= 4 and metrics.listed_only_skills >= 2


def test_team_size_is_not_a_metric(screener: Screener) -> None:
    text = "Experience\n• Led a team of 9 engineers and mentored 3 students over the summer\n"
    assert screen(screener, text).metrics.quantified == 0


def test_skills_list_longer_than_evidence_is_noted(screener: Screener) -> None:
    text = "Experience\n• Wrote Python services\nSkills\n" + ", ".join(
        ["Go", "Java", "Kotlin", "Rust", "Ruby", "PHP", "Scala", "Redis", "MySQL", "Kafka"]
    )
    notes = screen(screener, text).metrics.notes
    assert any("only listed" in note for note in notes)


def test_rule_thresholds_come_from_the_data() -> None:
    text = "Experience\nEngineer, Acme\n2019 - 2022\n• Served 5,000 users from a Flask app\n"
    default = Screener()
    assert "production_at_scale" in flag_ids(screen(default, text))[0]
    stricter = copy.deepcopy(default.rules.flags)
    stricter["green"]["production_at_scale"]["min_count"] = 100_000
    tuned = Screener(default.taxonomy, Rules.load(flags=stricter))
    assert "production_at_scale" not in flag_ids(screen(tuned, text))[0]


def test_rule_patterns_match_lower_cased_text_whatever_their_case() -> None:
    from recruiter_kit.screening.rules import lower_pattern
    from recruiter_kit.screening.sections import lower_keeping_offsets

    assert lower_pattern(r"\bon-?call\b").flags & 2 == 0  # no IGNORECASE needed
    assert lower_pattern(r"\bOn-Call\b").search("carried the on-call pager")
    assert lower_pattern(r"\d+\s?ms\b").search("p99 at 120 ms")
    text = "İstanbul SRE"
    assert len(lower_keeping_offsets(text)) == len(text)
    assert lower_keeping_offsets(text).endswith("sre")


def _flag(result: ScreeningResult, flag_id: str):
    return next((flag for flag in result.green_flags if flag.id == flag_id), None)


def test_exclusions_drop_only_the_line_they_match(screener: Screener) -> None:
    only_consumer = (
        "Jo Lin\nExperience\nEngineer, Acme 2019 - 2022\n"
        "• Built a checkout page using the Stripe API\n"
    )
    assert _flag(screen(screener, only_consumer), "api_design") is None
    both = only_consumer + "• Designed public endpoints for the billing service\n"
    flag = _flag(screen(screener, both), "api_design")
    assert flag is not None
    assert [e.line for e in flag.evidence] == [
        "• Designed public endpoints for the billing service"
    ]


def test_scale_numbers_on_an_excluded_line_do_not_count(screener: Screener) -> None:
    capped = (
        "Jo Lin\nExperience\nEngineer, Acme 2019 - 2022\n"
        "• Added a rate limit of 50,000 requests per day\n"
    )
    assert _flag(screen(screener, capped), "production_at_scale") is None
    scaled = capped + "• Served 20,000 users across three regions\n"
    flag = _flag(screen(screener, scaled), "production_at_scale")
    assert flag is not None
    assert [e.line for e in flag.evidence] == ["• Served 20,000 users across three regions"]


def test_a_line_is_quoted_once_per_flag(screener: Screener) -> None:
    # The API bullet matches the api_design pattern and names an API skill (REST).
    result = screen(screener, STRONG)
    for flag in result.green_flags + result.yellow_flags:
        numbers = [item.line_number for item in flag.evidence]
        assert len(numbers) == len(set(numbers)), flag.id
    assert any(flag.id == "api_design" and flag.evidence for flag in result.green_flags)


def test_merged_evidence_keeps_the_first_mention_of_each_line() -> None:
    from recruiter_kit.screening.flags import merged_evidence
    from recruiter_kit.screening.results import Evidence

    items = [
        Evidence("Built REST APIs", "experience", 7),
        Evidence("Built REST APIs", "experience", 7),
        Evidence("Python, Go", "skills", 12),
        Evidence("no number", None, None),
        Evidence("no number", None, None),
    ]
    assert [(e.line_number, e.line) for e in merged_evidence(items)] == [
        (7, "Built REST APIs"),
        (12, "Python, Go"),
        (None, "no number"),
    ]


@pytest.mark.parametrize(
    ("title", "software"),
    [
        ("Senior Process Engineer II", False),
        ("Quality Engineering Manager", False),
        ("Field Engineer", False),
        ("Software Quality Engineer", True),
        ("Software Design Engineer", True),
        # An SRE title at some companies, a plant's elsewhere: the bullets tell.
        ("Production Engineer", False),
        ("Production Engineer\n• Wrote the deploy scripts for the billing service", True),
    ],
)
def test_an_engineer_of_another_trade_has_no_software_job(
    screener: Screener, title: str, software: bool
) -> None:
    header, _, bullets = title.partition("\n")
    text = (
        f"Experience\n{header}, Ledgerline\nJan 2015 - Dec 2022\n• Ran the weekly reviews\n"
        f"{bullets}\n"
    )
    assert ("missing_production_exposure" in yellow_ids(screener, text)) is not software
