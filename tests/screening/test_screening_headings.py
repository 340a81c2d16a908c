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


def test_a_volunteer_job_under_experience_keeps_the_jobs_after_it(screener: Screener) -> None:
    # "Volunteer" is written as the job titles are, not as the section's heading is.
    jobs = (
        "EXPERIENCE\nBackend Engineer\nAcme Corp | Jan 2019 - Present\n- Built Go services\n",
        "Volunteer\nCode Club | 2012 - 2014\n- Taught children Python\n",
        "Software Developer\nGlobex | Mar 2015 - Dec 2018\n- Wrote Java APIs\n",
    )
    result = screener.screen_bytes("".join(jobs).encode(), "cv.txt")
    assert [entry.title for entry in result.experience] == [
        "Backend Engineer",
        "Volunteer",
        "Software Developer",
    ]
    assert "- Wrote Java APIs" in result.sections["experience"]
    # The volunteer role, like a student's job, adds no years to the two jobs.
    without = screener.screen_bytes((jobs[0] + jobs[2]).encode(), "cv.txt")
    assert result.years_experience == without.years_experience


@pytest.mark.parametrize(
    "heading", ["VOLUNTEER", "Volunteer Experience"], ids=["same-case", "not-a-job-title"]
)
def test_a_volunteer_heading_written_as_the_others_opens_its_section(
    screener: Screener, heading: str
) -> None:
    text = (
        "EXPERIENCE\nBackend Engineer\nAcme Corp | Jan 2019 - Present\n"
        f"{heading}\nCode Club | 2016 - 2018\n- Taught children Python\n"
    )
    sections = screener.screen_bytes(text.encode(), "cv.txt").sections
    assert "Code Club | 2016 - 2018" in sections["leadership"]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("ESPERIENZA LAVORATIVA", "experience"),
        ("Competenze tecniche", "skills"),
        ("Istruzione e formazione", "education"),
        ("Werkervaring", "experience"),
        ("Vaardigheden", "skills"),
        ("Opleiding", "education"),
        ("Doświadczenie zawodowe", "experience"),
        ("Umiejetnosci", "skills"),  # written without its accents
        ("Wykształcenie", "education"),
    ],
)
def test_italian_dutch_and_polish_headings_open_their_section(
    screener: Screener, line: str, section: str
) -> None:
    assert screener._sections.heading(line) == section


def test_an_italian_resume_has_its_work_history_and_skills(screener: Screener) -> None:
    text = (
        "Giulia Bianchi\ngiulia.bianchi@mailbox.test\n"
        "ESPERIENZA LAVORATIVA\n"
        "Backend Developer, Fintech Srl, 2019 - 2024\n"
        "• Servizi REST in Java e PostgreSQL per 2 milioni di utenti\n"
        "Software Engineer, Acme SpA, 2016 - 2019\n"
        "COMPETENZE TECNICHE\nJava, Go, PostgreSQL, Kafka\n"
        "ISTRUZIONE\nLaurea in Informatica, 2016\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert list(result.sections) == ["header", "experience", "skills", "education"]
    assert result.years_experience == 8.0
    evidenced = {hit.name: hit.evidenced for hit in result.skills}
    assert evidenced["Java"] and not evidenced["Kafka"]


@pytest.mark.parametrize("line", ["Talen - Allentown, PA", "Kennis | Analyst"])
def test_a_dutch_word_that_is_also_a_name_opens_no_section(screener: Screener, line: str) -> None:
    assert screener._sections.heading(line) is None
