"""The first-word check in front of heading recognition must not change any answer."""

from __future__ import annotations

import pytest
from screening_fixtures import LEFT_COLUMN, SINGLE_COLUMN

from recruiter_kit.screening.rules import Rules
from recruiter_kit.screening.sections import SectionFinder

LINES = [
    *SINGLE_COLUMN,
    *LEFT_COLUMN,
    "WORK EXPERIENCE",
    "Work Experience - Acme Inc.",
    "Previous Experience — ITG",
    "Skills:",
    "Skills: Python, Go",
    "Skills-Python",
    "S K I L L S",
    "E X P E R I E N C E",
    "Honors & Awards",
    "Honors and Awards",
    "Awards and Honors | 2020",
    "R&D Projects",
    "Éducation",
    "É and Skills",
    "— Skills",
    "Projects.",
    "Senior Backend Engineer, Acme 2019 - 2022",
    "Software Engineering Skills",
    "Technical Skills / Tools",
    "Kofi Lindqvist",
    "IT Skills",
    "And More",
    "É and More",
]


@pytest.mark.parametrize("config", [Rules.load().sections, {"sections": {"x": ["&", "And More"]}}])
def test_first_word_check_gives_the_same_headings(config: dict) -> None:
    fast = SectionFinder(config)
    plain = SectionFinder(config)
    plain._first_words = None  # the check off: every line is keyed in full
    for line in LINES:
        assert fast.heading(line) == plain.heading(line), line
    assert any(fast.heading(line) for line in LINES)
