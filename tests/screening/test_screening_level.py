"""The level estimate of resumes with and without a dated work history."""

from __future__ import annotations

from recruiter_kit.screening.screener import Screener

STUDENT = """Mia Okafor
mia.okafor@example.com

Education
BSc Computer Science, Northfield University, 2022 - 2026

Projects
• Built a course-planning web app in Python and Flask for 300 classmates

Skills
Python, SQL, Git
"""

SENIOR = """Tom Reyes
tom.reyes@example.com

Experience
Staff Engineer, Ledgerline, Jan 2016 - Dec 2024
• Led the payments platform in Go and PostgreSQL
"""


def test_a_resume_with_no_work_history_is_junior_with_no_years() -> None:
    result = Screener().screen_bytes(STUDENT.encode(), "student.txt")
    assert result.status == "ok"
    assert result.years_experience == 0
    assert result.level == "junior"


def test_dated_work_still_sets_the_level() -> None:
    result = Screener().screen_bytes(SENIOR.encode(), "senior.txt")
    assert result.years_experience is not None and result.years_experience >= 8
    assert result.level == "senior"


def test_a_job_below_a_bullet_about_internal_tools_still_counts() -> None:
    text = (
        "Experience\n"
        "Senior Engineer, Ledgerline, Jan 2020 - Dec 2024\n"
        "• Built internal tools for international teams on the company intranet\n"
        "Backend Engineer, Fernhill, Jan 2012 - Dec 2019\n"
        "• Wrote Go services\n"
    )
    result = Screener().screen_bytes(text.encode(), "cv.txt")
    assert result.years_experience == 13.0
    assert [entry.organisation for entry in result.experience] == [None, None]


def test_an_internship_named_in_the_header_above_its_dates_is_left_out() -> None:
    text = (
        "Experience\n"
        "Backend Engineer, Fernhill, Jan 2020 - Dec 2024\n"
        "• Wrote Go services\n"
        "Software Engineering Intern\n"
        "Ledgerline, Jun 2019 - Aug 2019\n"
        "• Fixed bugs\n"
    )
    result = Screener().screen_bytes(text.encode(), "cv.txt")
    assert result.years_experience == 5.0
    assert result.experience[1].title == "Ledgerline"
    assert result.experience[1].organisation == "Software Engineering Intern"
