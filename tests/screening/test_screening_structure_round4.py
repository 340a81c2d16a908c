"""Structure found missing on public resumes in the fourth research round.

Two-digit-year ranges, underscore emphasis, Org-mode and AsciiDoc markup in
plain text, an address cut by a narrow column, client projects inside a job
and dataset-style jobs without dates. Every person and employer is invented.
"""

from __future__ import annotations

import pytest
from screening_fixtures import screen

from recruiter_kit.screening.normalize import normalize_text
from recruiter_kit.screening.screener import Screener

pytestmark = pytest.mark.usefixtures("fixed_today")


# Two-digit years: "03-16 - Now" ----------------------------------------------------


def test_month_and_two_digit_year_ranges_opening_a_line_are_jobs(screener: Screener) -> None:
    result = screen(
        screener,
        "Experience\n03-16 - Now   Lead DevOps Architect\nBrightwave, Lyon, France\n"
        "09-13 - 03-14   Embedded Software Engineer\nNorthmark, Nantes, France\n"
        "09-98 – 11-04   Landscape Architect\nTown council\n",
    )
    entries = [(e.title, e.start, e.end) for e in result.experience]
    assert entries == [
        ("Lead DevOps Architect", "2016-03", None),
        ("Embedded Software Engineer", "2013-09", "2014-03"),
        ("Landscape Architect", "1998-09", "2004-11"),  # a year after this one is last century
    ]


@pytest.mark.parametrize(
    "line",
    [
        "06-11-12-13-14 Brightwave switchboard",  # a phone number
        "01-23 - 45-67 Brightwave",  # the second part is no month
        "13-16 - 03-17 Brightwave",  # nor is the first
        "2013-14 season, Brightwave",  # a season, not a month
        "Brightwave release 10-12 - 11-13",  # not opening the line
        "10-12-14 Brightwave",  # a day, not a range
        "09-13 Brightwave",  # one end only
        "09-13-03-14 Brightwave",  # a hyphen joining two dates needs spaces
    ],
)
def test_digit_runs_that_are_not_two_digit_year_ranges_are_no_jobs(
    screener: Screener, line: str
) -> None:
    assert screen(screener, f"Experience\n{line}\n• Built billing\n").experience == []


# Underscore emphasis: "_June 2016—April 2025_" -------------------------------------------


def test_a_range_in_underscore_emphasis_is_read(screener: Screener) -> None:
    result = screen(screener, "Experience\nBrightwave\n_June 2016—April 2025_\n• Billing\n")
    assert [(e.start, e.end) for e in result.experience] == [("2016-06", "2025-04")]


@pytest.mark.parametrize(
    "text",
    ["snake_case_name", "_id field", "see https://ana.example.dev/_notes_/x", "a __\\/ ,__\\ b"],
)
def test_underscores_that_are_no_emphasis_are_kept(text: str) -> None:
    assert normalize_text(text) == text


# Org-mode and AsciiDoc markup in plain text -----------------------------------------------


ORG_RESUME = (
    "* Ana Ruiz\n- ana.ruiz@example.org\n** Skills\n- Languages: Go, Python\n"
    "** Work Experience\n*** Backend Engineer at Brightwave: March 2019 - Present\n"
    "Built the billing service.\n** Education: 2010 - 2014\nBSc Computer Science\n"
)


def test_org_mode_headings_open_sections_and_their_dates_are_no_job(screener: Screener) -> None:
    result = screen(screener, ORG_RESUME)
    assert result.contact.name == "Ana Ruiz"
    assert result.sections["education"] == ["BSc Computer Science"]
    assert result.sections["skills"] == ["- Languages: Go, Python"]
    # The markup is no part of the title, and the education years are no job.
    assert [(e.title, e.start) for e in result.experience] == [("Backend Engineer", "2019-03")]


def test_asciidoc_titles_name_the_person_sections_and_employers(screener: Screener) -> None:
    result = screen(
        screener,
        "= Ana Ruiz\n:email: ana.ruiz@example.org\n\n== Work History\n\n=== Brightwave\n"
        "_June 2016—April 2025_\n\n* Billing platform\n",
    )
    assert result.contact.name == "Ana Ruiz"
    assert result.sections["experience"][0] == "=== Brightwave"
    assert [(e.title, e.start) for e in result.experience] == [("Brightwave", "2016-06")]


def test_a_list_bulleted_with_stars_stays_a_list(screener: Screener) -> None:
    result = screen(
        screener,
        "Ana Ruiz\nSummary\nStrengths:\n* Leadership\n* Mentoring\n"
        "Engineer, Brightwave, 2019 - 2021\n",
    )
    assert "leadership" not in result.sections
    assert result.years_experience == 2.0


def test_a_starred_label_with_a_list_after_its_colon_is_no_heading(screener: Screener) -> None:
    result = screen(screener, "Ana Ruiz\nExperience\nEngineer, Brightwave\n** Skills: Go, Python\n")
    assert "skills" not in result.sections


def test_markup_before_a_later_line_does_not_make_it_the_name(screener: Screener) -> None:
    result = screen(screener, "Resume\n* Team Player\nExperience\nEngineer, Brightwave\n")
    assert result.contact.name is None


# An address cut by a narrow column ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        ("ana.ruiz.pro@\nexample.org", "ana.ruiz.pro@example.org"),
        ("ana.ruiz@my-\ncompany.org", "ana.ruiz@my-company.org"),  # the hyphen is the domain's
        ("ana.ruiz@mail.\nexample.org", "ana.ruiz@mail.example.org"),
    ],
)
def test_an_address_cut_over_two_lines_is_rejoined(
    screener: Screener, lines: str, address: str
) -> None:
    result = screen(screener, f"Ana Ruiz\nContact\n+33 6 12 34 56 78\n{lines}\nBerlin\n")
    assert result.contact.email == address
    assert not any(address.endswith(link) for link in result.contact.links)


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        ("Write to ana@brightwave.\nCompany picnic on Friday", None),  # no lower-case domain
        ("ana@brightwave.org\nexample.com", "ana@brightwave.org"),  # whole already
        ("ana@\nBerlin, Germany", None),  # no domain below
    ],
)
def test_lines_that_hold_no_cut_address_are_not_joined(
    screener: Screener, lines: str, address: str | None
) -> None:
    assert screen(screener, f"Ana Ruiz\n{lines}\n").contact.email == address


# Client projects inside a job ---------------------------------------------------------------


def test_client_projects_inside_a_job_keep_the_next_job_in_experience(
    screener: Screener,
) -> None:
    result = screen(
        screener,
        "Ana Ruiz\nProfessional Experience\n06/2019 - Current Brightwave\nRan the servers.\n"
        "Projects:\nClient: Northmark\nRole: Administrator\nHandled patching.\n"
        "11/2013 - 05/2015 Eastgate\nRan the batch jobs.\nEducation\nBSc 2009 - 2013\n",
    )
    assert result.sections["experience"][2] == "Client: Northmark"
    assert [e.start for e in result.experience] == ["2019-06", "2013-11"]


def test_a_projects_section_of_its_own_stays_projects(screener: Screener) -> None:
    result = screen(
        screener,
        "Ana Ruiz\nExperience\n06/2019 - Current Brightwave\nRan the servers.\n"
        "Projects\nWeather app, 2018 - 2019\nA Flutter app.\n",
    )
    assert result.sections["projects"] == ["Weather app, 2018 - 2019", "A Flutter app."]
    assert [e.start for e in result.experience] == ["2019-06"]


# Dataset-style jobs without dates ---------------------------------------------------------


def test_dataset_style_jobs_without_dates_are_read_without_a_job_or_error(
    screener: Screener,
) -> None:
    result = screen(
        screener,
        "Skill Details\nGit- Exprience - 27 months\nCompany Details\n"
        "company - Brightwave Pvt Ltd\ndescription - Role: DevOps Engineer\n"
        "• Built CI pipelines with Jenkins\n",
    )
    assert result.sections["experience"][0] == "company - Brightwave Pvt Ltd"
    assert result.experience == []
    assert "Jenkins" in {skill.name for skill in result.skills}
