"""Scale, metric and testing wording: what counts as impact, and what is a rank or a date."""

from __future__ import annotations

import pytest
from screening_fixtures import green_ids

from recruiter_kit.screening.rules import Rules
from recruiter_kit.screening.screener import Screener
from recruiter_kit.screening.signals import is_quantified


@pytest.fixture(scope="module")
def rules() -> Rules:
    return Rules.load()


def _green(screener: Screener, bullets: str) -> set[str]:
    job = "Experience\nBackend Developer, Ledgerline, Jan 2019 - Dec 2024"
    return green_ids(screener, f"{job}\n{bullets}")


@pytest.mark.parametrize(
    "bullets",
    [
        # A year closing one line and a count noun opening the next are no count.
        "• Hackathon entry, Codefest March 2019\n• The tool queries a local cache\n",
        "• In 2021 queries from the mobile team moved to the new gateway\n",
    ],
)
def test_a_year_is_not_a_count(screener: Screener, bullets: str) -> None:
    assert "production_at_scale" not in _green(screener, bullets)


@pytest.mark.parametrize(
    ("flag", "bullet"),
    [
        ("production_at_scale", "• Served 20,000 queries a minute from the pricing service"),
        ("production_at_scale", "• Rebuilt checkout for a high-traffic storefront"),
        ("production_at_scale", "• Ran incident response for the payments platform"),
        ("production_at_scale", "• Daily operations and incident handling for the booking site"),
        ("testing_and_deployment", "• Wrote kernel selftests for the new socket option"),
        ("testing_and_deployment", "• Stress-testing the scheduler on eight-core boards"),
        ("testing_and_deployment", "• Added self-tests to the firmware loader"),
    ],
)
def test_scale_operations_and_testing_wording(screener: Screener, flag: str, bullet: str) -> None:
    assert flag in _green(screener, bullet + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "• Secured rank 97 in the national entrance exam among 1.2 million students",
        "• Ranked 3rd among 400 teams at the regional coding contest",
        "• Placed in the top 1% in the national physics olympiad",
        "• Top 5% of the graduating class",
    ],
)
def test_ranks_and_contest_standings_are_not_impact(rules: Rules, line: str) -> None:
    assert not is_quantified(line, rules)


@pytest.mark.parametrize(
    ("line", "quantified"),
    [
        ("• Clustered graphs of 100,000+ nodes and 120,000+ edges", True),
        ("• Ran monitoring for 1,200 servers across three regions", True),
        ("• Managed a fleet of 2k hosts", True),
        ("• Looked after 40 servers in the office", False),
        ("• Resized 300 images for the catalogue", False),
    ],
)
def test_infrastructure_counts_are_impact_from_a_thousand(
    rules: Rules, line: str, quantified: bool
) -> None:
    assert is_quantified(line, rules) is quantified
