"""Flags stop searching once they hold the lines they quote: the quotes must not change."""

from __future__ import annotations

from recruiter_kit.screening.flags import _MAX_EVIDENCE
from recruiter_kit.screening.results import FlagHit
from recruiter_kit.screening.screener import Screener

# Scale lines of each kind (pattern, count, rate), interleaved, more than a flag quotes,
# with an excluded line and a small figure among them.
LINES = [
    "• Served 40,000 requests per second at peak",  # rate
    "• Kept p99 latency under 80 ms",  # pattern
    "• Added a rate limit of 50,000 requests per day",  # excluded
    "• Moved 12 users to the new plan",  # too few to count
    "• Grew the platform to 2M users",  # count
    "• Wrote postmortems for every incident",  # pattern
    "• Handled 900 orders a minute on Black Friday",  # rate
    "• Ran 3 TB of logs through the pipeline",  # pattern
    "• Processed 5M events a day",  # count and rate
    "• Defined SLOs for the checkout service",  # pattern
    "• Built auto-scaling for the workers",  # pattern
    "• Handled 300k transactions per day",  # count and rate
]
HEAD = "Jo Lin\nExperience\nBackend Engineer, Acme 2019 - 2024\n"


def _flag(screener: Screener, lines: list[str], flag_id: str) -> FlagHit | None:
    result = screener.screen_bytes((HEAD + "\n".join(lines) + "\n").encode(), "resume.txt")
    return next((f for f in result.green_flags + result.yellow_flags if f.id == flag_id), None)


def _quoted_alone(screener: Screener, line: str) -> bool:
    return _flag(screener, [line], "production_at_scale") is not None


def test_scale_quotes_the_first_qualifying_lines_in_any_order() -> None:
    screener = Screener()
    qualifying = [line for line in LINES if _quoted_alone(screener, line)]
    assert len(qualifying) > _MAX_EVIDENCE  # the early stop has lines to leave out
    # Every rotation puts a different kind of line first and last.
    for start in range(len(LINES)):
        lines = LINES[start:] + LINES[:start]
        flag = _flag(screener, lines, "production_at_scale")
        expected = [line for line in lines if line in qualifying][:_MAX_EVIDENCE]
        assert flag is not None and [e.line for e in flag.evidence] == expected


def test_pattern_flags_quote_their_first_lines() -> None:
    screener = Screener()
    tests = [f"• Wrote integration tests for service {n}" for n in range(8)]
    flag = _flag(screener, tests, "testing_and_deployment")
    assert flag is not None
    assert [e.line for e in flag.evidence] == tests[:_MAX_EVIDENCE]
