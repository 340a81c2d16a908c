"""Structure found missing on public resumes in the fifth research round.

Courses of study dated like jobs under an education heading the screener does
not know, and reStructuredText title underlines in plain text. Every person,
school and employer is invented.
"""

from __future__ import annotations

import pytest
from screening_fixtures import screen

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import load_json
from recruiter_kit.screening.normalize import normalize_text
from recruiter_kit.screening.results import ScreeningResult
from recruiter_kit.screening.rules import RULES_FILE, Rules
from recruiter_kit.screening.screener import Screener

pytestmark = pytest.mark.usefixtures("fixed_today")


def jobs(result: ScreeningResult) -> list[tuple[str | None, str | None, str | None]]:
    return [(entry.title, entry.start, entry.end) for entry in result.experience]


# Dated courses of study ------------------------------------------------------------


@pytest.mark.parametrize(
    "course",
    [
        "June 2015 to June 2017 Masters of science information technology, Northfield University",
        "2012 - 2016 B.Tech Computer Science, Lakeside Institute",
        "Jan 2017 to Jan 2018 PGDM Business Analytics, Hillcrest School of Management",
        "2010 - 2014 Bachelor’s of Engineering, Electronics and Communication",
        "2019 - 2020 MSc Data Science, Riverbend University",
        "1999 - 2004 Engineer’s degree in applied mathematics, Ecole Nordique",
    ],
)
def test_a_dated_degree_under_an_unknown_heading_is_no_job(screener: Screener, course: str) -> None:
    # "Academic record" is no heading the screener knows, and the title under the
    # course is the one the candidate wants, not a job the course dates.
    result = screen(
        screener,
        f"Ravi Kumar\nCore skills: Jenkins, Ansible\nAcademic record\n{course}\nDevops Engineer\n",
    )
    assert result.experience == []
    assert result.years_experience == 0.0


def test_a_degree_named_above_a_line_of_dates_is_no_job(screener: Screener) -> None:
    result = screen(
        screener, "Ana Silva\nLakeside University\nB.Sc. Computer Science\n2012 - 2016\n"
    )
    assert result.experience == []


@pytest.mark.parametrize(
    "line",
    [
        "2016 - 2018 Software Developer at Acme while finishing an MBA",
        "2018 - 2021 Scrum Master, Acme",  # a master, not a master's degree
        "2015 - 2017 Teaching Assistant, Master of Science programme",
    ],
)
def test_a_dated_line_that_names_a_job_stays_a_job(screener: Screener, line: str) -> None:
    result = screen(screener, f"Ravi Kumar\nCore skills: Jenkins, Ansible\n{line}\n")
    assert len(result.experience) == 1


def test_the_degree_words_come_from_the_screeners_rules() -> None:
    # A user who empties the degree list gets every dated line back as a job.
    raw = load_json(RULES_FILE)
    raw["education_lines"] = {"degree_words": [], "job_title_words": []}
    tuned = Screener(rules=Rules.load(rules=raw))
    result = screen(
        tuned, "Ravi Kumar\nAcademic record\n2019 - 2020 MSc Data Science, Riverbend University\n"
    )
    assert len(result.experience) == 1


def test_an_empty_word_list_matches_nothing() -> None:
    raw = load_json(RULES_FILE)
    raw["non_software_roles"] = []
    rules = Rules.load(rules=raw)
    assert rules.non_software_roles.search("senior software engineer") is None
    assert rules.is_software_role("senior software engineer")


def test_a_degree_dated_in_the_header_is_no_job_beside_the_experience_section(
    screener: Screener,
) -> None:
    result = screen(
        screener,
        "Ana Silva\n2012 - 2016 BSc Computer Science, Lakeside University\n"
        "Experience\nBackend Developer, Acme\n2017 - 2020\n",
    )
    assert jobs(result) == [("Backend Developer", "2017-06", "2020-05")]
    assert result.years_experience == 3.0


# reStructuredText underlines -------------------------------------------------------

_RST_RESUME = """Jane Roe
========

Experience
----------

Senior Software Engineer, Acme
{mark}
2019 - 2023

- Built payment APIs in Go

Data Engineer, Borealis
{mark}
2016 - 2019

- Built pipelines in Python

Education
=========
BSc Computer Science, Lakeside University
"""


@pytest.mark.parametrize("mark", ["~" * 30, "-" * 30, "=" * 30, "^" * 30, "`" * 30, "*" * 30])
def test_underlined_titles_keep_their_words_and_the_underline_is_dropped(
    screener: Screener, mark: str
) -> None:
    result = screen(screener, _RST_RESUME.format(mark=mark))
    assert result.contact.name == "Jane Roe"
    assert result.sections["header"] == ["Jane Roe"]
    assert result.sections["education"] == ["BSc Computer Science, Lakeside University"]
    assert jobs(result) == [
        ("Senior Software Engineer", "2019-06", "2023-05"),
        ("Data Engineer", "2016-06", "2019-05"),
    ]
    assert result.metrics.bullets == 2


@pytest.mark.parametrize(
    "row", ["_" * 40, "─" * 40, "═" * 40, "  " + "#" * 12 + "  ", "-" * 3 + "\r"]
)
def test_rules_between_parts_leave_no_line(row: str) -> None:
    assert normalize_text(f"Summary\n{row}\nSkills\n") == "Summary\nSkills"


@pytest.mark.parametrize(
    "text",
    [
        "Acme --- 2019 - 2021",  # a dash run inside a line is no row
        "if a === b",
        "== Skills",  # AsciiDoc markup, read by the section finder
        "--",
    ],
)
def test_lines_that_are_no_row_of_marks_keep_their_text(text: str) -> None:
    assert normalize_text(f"Summary\n{text}\nSkills\n").count("\n") == 2


def test_a_title_between_an_overline_and_an_underline_keeps_its_words() -> None:
    assert normalize_text("========\nJane Roe\n========\nSkills\n") == "Jane Roe\nSkills"


@pytest.mark.parametrize("end", ["to till Date", "till date", "to date"])
def test_a_job_held_till_date_runs_to_today(screener: Screener, end: str) -> None:
    result = screen(
        screener, f"Ravi Kumar\nExperience\nApr 2013 {end}  Backend Developer, Acme Soft\n"
    )
    assert [(start, finish) for _, start, finish in jobs(result)] == [("2013-04", None)]


def test_a_rule_pattern_that_does_not_compile_is_named_with_its_files() -> None:
    raw = load_json(RULES_FILE)
    raw["title_words"]["words"].append("bad(")
    with pytest.raises(InvalidInputError, match=r"screening/rules\.json.*not a valid regular"):
        Rules.load(rules=raw)
