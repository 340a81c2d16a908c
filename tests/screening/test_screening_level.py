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
    assert [entry.organisation for entry in result.experience] == ["Ledgerline", "Fernhill"]


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
    assert (result.experience[1].title, result.experience[1].organisation) == (
        "Software Engineering Intern",
        "Ledgerline",
    )


def _level(screener: Screener, text: str) -> str:
    return screener.screen_bytes(text.encode(), "cv.txt").level


def test_a_student_seeking_an_internship_is_junior_whatever_the_years(
    screener: Screener, fixed_today: None
) -> None:
    text = (
        "Ines Varga\n"
        "Looking for software engineering internship opportunities for summer 2027.\n"
        "Experience\n"
        "Game Developer, Campus VR Lab, 01/2019 - Present\n"
        "• Built Unity scenes in C#\n"
    )
    assert _level(screener, text) == "junior"


def test_a_senior_who_mentors_interns_keeps_the_level(
    screener: Screener, fixed_today: None
) -> None:
    text = (
        "Summary\n"
        "Backend engineer interested in mentoring interns and growing teams.\n"
        "Experience\n"
        "Backend Developer, Ledgerline, Jan 2015 - Present\n"
        "• Wrote Go services\n"
    )
    assert _level(screener, text) == "senior"


def test_a_new_graduate_whose_other_jobs_were_school_jobs_is_junior(
    screener: Screener, fixed_today: None
) -> None:
    text = (
        "Education\n"
        "Bachelor of Science, Computer Science, May 2022\n"
        "Experience\n"
        "Jun 2020 - Dec 2021: Data Lab, Harwick University\n"
        "Position: Undergraduate Research Assistant\n"
        "• Wrote Python tools for the lab\n"
        "Jun 2015 - Aug 2020: Seaside Kayaks\n"
        "Position: Tour Guide\n"
        "• Led tours\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert result.years_experience == 5.2
    assert result.level == "junior"


def test_a_career_in_another_trade_before_a_new_degree_keeps_its_level(
    screener: Screener, fixed_today: None
) -> None:
    text = (
        "Education\n"
        "BSc Nursing, Harwick University, 2004 - 2008\n"
        "MSc Computer Science, Harwick University, 2019 - 2021\n"
        "Experience\n"
        "Software Engineering Intern, Ledgerline, Jun 2020 - Aug 2020\n"
        "• Wrote Python tests\n"
        "Staff Nurse, Harwick General Hospital, Sep 2008 - Aug 2018\n"
        "• Ran the night ward\n"
    )
    assert _level(screener, text) == "senior"


def test_jobs_begun_within_studies_still_under_way_are_a_students(
    screener: Screener, fixed_today: None
) -> None:
    text = (
        "Education\n"
        "BSc Computer Science, Harwick University, Sep 2022 - Present\n"
        "Experience\n"
        "Barista, Harbour Coffee, Jan 2023 - Present\n"
        "• Opened the shop\n"
    )
    assert _level(screener, text) == "junior"


def test_a_software_job_beside_studies_under_way_keeps_its_level(
    screener: Screener, fixed_today: None
) -> None:
    # A degree written with no end date reads as still under way, begun before every job.
    text = (
        "Education\n"
        "BSc Chemistry, Harwick University, Sep 2014 - Present\n"
        "Experience\n"
        "Backend Developer, Ledgerline, Jan 2025 - Present\n"
        "• Wrote Go services\n"
        "Backend Developer, Fernhill, Jan 2016 - Dec 2024\n"
        "• Wrote Java services\n"
    )
    assert _level(screener, text) == "senior"
