"""Section headings as resumes really write them: icons, joined headings, plural and singular."""

from __future__ import annotations

import pytest

from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("🛠️ Skills", "skills"),
        ("💼 Work Experience", "experience"),
        ("\uf0b1 Experience", "experience"),  # a Font Awesome icon read from a PDF
        ("Technical Skills & Professional Competencies", "skills"),
        ("Projects & Publications", "projects"),
        ("Experiences", "experience"),
        ("WORKING EXPERIENCES", "experience"),
        ("INTERNSHIP", "experience"),
        ("Professional Projects", "projects"),
        ("Select Activities", "leadership"),
        ("Current Positions", "experience"),
        ("Past Experience", "experience"),
        ("KEY PROFICIENCIES", "skills"),
        ("Skills & Tooling", "skills"),
        ("External Publications", "publications"),
        ("Education Details", "education"),  # the field names of a common resume export
        ("Skill Details", "skills"),
        ("Company Details", "experience"),
    ],
)
def test_headings_open_their_section(screener: Screener, line: str, section: str) -> None:
    assert screener._sections.heading(line) == section


@pytest.mark.parametrize(
    "line",
    ["Research & Development Engineer", "Sales & Marketing", "• Education", "Python and Go"],
)
def test_titles_and_list_items_are_not_headings(screener: Screener, line: str) -> None:
    assert screener._sections.heading(line) is None


def test_club_roles_under_an_activities_heading_are_not_work(screener: Screener) -> None:
    text = (
        "Experience\n"
        "Analyst, Fernhill, May 2015 - Aug 2015\n"
        "Select Activities\n"
        "2011-2015 Northfield High School President of the Debate Team\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert result.years_experience == 0.3


def test_skills_under_an_icon_heading_are_listed_not_evidenced(screener: Screener) -> None:
    text = "Experience\nEngineer, Fernhill, 2019 - 2024\n• Built billing\n"
    text += "🛠️ Skills\nPostgreSQL, Kafka\n"
    skills = {s.name: s for s in screener.screen_bytes(text.encode(), "cv.txt").skills}
    assert not skills["PostgreSQL"].evidenced and not skills["Kafka"].evidenced


def test_languages_under_skills_are_programming_languages(screener: Screener) -> None:
    text = (
        "Skills\nLanguages\nPython, Go, SQL\n"
        "Education\nBSc Computing, Northfield University, 2010 - 2014\n"
        "Languages\nEnglish, German\n"
    )
    sections = screener.screen_bytes(text.encode(), "cv.txt").sections
    assert "Python, Go, SQL" in sections["skills"]
    assert "English, German" in sections["interests"]


def test_spoken_languages_after_skills_stay_spoken(screener: Screener) -> None:
    text = "Skills\nPython, Go\nLanguages\nEnglish (native), German (B2)\n"
    sections = screener.screen_bytes(text.encode(), "cv.txt").sections
    assert "English (native), German (B2)" in sections["interests"]


@pytest.mark.parametrize(
    "line", ["Education & Experience", "Projects & Experience", "Volunteer and Work Experience"]
)
def test_a_joined_heading_naming_experience_opens_experience(screener: Screener, line: str) -> None:
    assert screener._sections.heading(line) == "experience"
