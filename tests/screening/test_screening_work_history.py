"""Work history as resumes write it: date forms, headers over several lines, jobs under Projects."""

from __future__ import annotations

import pytest

from recruiter_kit.screening.results import ExperienceEntry
from recruiter_kit.screening.screener import Screener

pytestmark = pytest.mark.usefixtures("fixed_today")


def years(screener: Screener, text: str) -> float | None:
    return screener.screen_bytes(text.encode(), "cv.txt").years_experience


def headers(screener: Screener, text: str) -> list[tuple[str | None, str | None]]:
    """Each job's title and employer, as the work history shows them."""
    entries = screener.screen_bytes(text.encode(), "cv.txt").experience
    return [(entry.title, entry.organisation) for entry in entries]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ("08.2014 - 12.2016", 2.4),  # month.year, as European resumes write it
        ("2020 - 2020", 0.5),  # within one year: half of it
        ("since 2013", 13.5),  # still there
        ("since May 2013", 13.6),
        ("2021 -", 5.5),  # no end written: still there
    ],
)
def test_date_forms(screener: Screener, dates: str, expected: float) -> None:
    assert years(screener, f"Experience\nEngineer, Acme, {dates}\n• Built billing\n") == expected


def test_since_in_a_sentence_is_not_a_job(screener: Screener) -> None:
    assert years(screener, "Experience\n• Kept our biggest customer since 2013.\n") == 0


def test_a_range_wrapped_onto_the_next_line_is_read_whole(screener: Screener) -> None:
    assert years(screener, "Experience\nEngineer, Acme, Jan 2019 -\nMar 2020\n") == 1.2


def test_a_title_two_lines_above_the_dates_names_the_role(screener: Screener) -> None:
    text = (
        "Experience\n"
        "Senior Software Engineer\n"
        "Ledgerline, Austin, TX\n"
        "Jan 2016 - Dec 2023\n"
        "• Built the billing API in Go\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}


def test_a_title_below_a_date_on_its_own_line_names_the_role(screener: Screener) -> None:
    text = "Experience\n2016 - 2023\nSoftware Engineer at Ledgerline\n• Built the billing API\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}


def test_a_title_below_the_dates_and_employer_names_the_role(screener: Screener) -> None:
    text = (
        "Experience\n"
        "May 2023 - Sep 2023   Ledgerline Ltd\n"
        "Junior Software Developer\n"
        "• Built the billing API in Go\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}
    [job] = result.experience
    assert (job.title, job.organisation) == ("Junior Software Developer", "Ledgerline Ltd")


def test_a_bullet_below_the_dates_does_not_name_the_role(screener: Screener) -> None:
    text = "Experience\nMay 2023 - Sep 2023   Ledgerline Ltd\n• Wrote backend services\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" in {flag.id for flag in result.yellow_flags}
    assert result.experience[0].title == "Ledgerline Ltd"


@pytest.mark.parametrize("title", ["Senior SE", "SDE II", "SRE"])
def test_abbreviated_software_titles_are_software_jobs(screener: Screener, title: str) -> None:
    text = f"Experience\n2016-2023 Ledgerline, {title} - Boston MA\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}


def test_jobs_under_a_projects_heading_count_when_there_is_no_experience_section(
    screener: Screener,
) -> None:
    text = (
        "Projects\n"
        "Data Engineer, Ledgerline (2017-07 - 2020-12)\n"
        "• Built batch pipelines in Spark\n"
        "Course planner web app (2021-01 - 2021-03)\n"
    )
    assert years(screener, text) == 3.5  # the job, not the personal project


def test_projects_stay_projects_beside_an_experience_section(screener: Screener) -> None:
    text = (
        "Experience\nEngineer, Acme, 2020 - 2022\n"
        "Projects\nData Engineer, Ledgerline (2010-01 - 2015-12)\n"
    )
    assert years(screener, text) == 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Engineering Intern   Jun 2016 - Aug 2016\nAcme Corp\n"
        "Backend Engineer   Jan 2017 - Present\n",
        "Software Engineering Intern, Acme  Jun 2016 - Aug 2016\nBackend Engineer, Beta\n"
        "Jan 2017 - Present\n",
    ],
    ids=["title-on-the-dated-line", "three-line-header"],
)
def test_the_internship_above_does_not_make_the_next_job_one(screener: Screener, text: str) -> None:
    assert years(screener, "Experience\n" + text) == 9.9


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nBackend Engineer, Acme, 2018 - 2023\nSkills\nGo (since 2010), Python\n",
        "Experience\nBackend Engineer, Acme, 2018 - 2023\n"
        "Maintainer of the payments service since 2012\n",
    ],
)
def test_since_outside_a_jobs_header_is_not_a_job(screener: Screener, text: str) -> None:
    assert years(screener, text) == 5.0


def test_a_line_of_thousands_of_ranges_is_read_quickly_and_not_as_a_career(
    screener: Screener,
) -> None:
    result = screener.screen_bytes(("Experience\n" + "2018 - 2019 " * 8000).encode(), "cv.txt")
    assert len(result.experience) <= 4


def test_se_in_other_languages_is_not_a_software_title(screener: Screener) -> None:
    text = "Experience\n2016-2023 Tienda Sol, vendedor, se encargó de la caja\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" in {flag.id for flag in result.yellow_flags}


def test_brackets_emptied_by_cutting_out_the_dates_leave_the_title(screener: Screener) -> None:
    text = (
        "Experience\n"
        "DevOps Engineer - Fjord Digital AB (Mar 2019 - Jun 2022)\n"
        "Platform Engineering\n"
        "(Jul 2022 - Present)\n"
    )
    assert headers(screener, text) == [
        ("DevOps Engineer", "Fjord Digital AB"),
        ("Platform Engineering", None),
    ]


def test_a_job_written_as_a_list_item_has_no_bullet_in_its_title(screener: Screener) -> None:
    text = "Experience\n• Backend Engineer, Fjord Digital (2019 - 2022)\n"
    assert headers(screener, text) == [("Backend Engineer", "Fjord Digital")]


def test_a_resume_flattened_onto_one_line_gets_its_lines_back(screener: Screener) -> None:
    summary = "Backend engineer who builds payment services and keeps them running " * 8
    fields = [
        "Rowan Ito",
        "Summary",
        summary.strip(),
        "Experience",
        "Senior Software Engineer",
        "02/2011   to   Current",
        "Ledgerline",
        "• Cut p99 latency by 40% on the billing API",
        "Skills",
        "Python, PostgreSQL",
    ]
    result = screener.screen_bytes("     ".join(fields).encode(), "cv.txt")
    assert result.years_experience == 15.8
    assert result.metrics.bullets == 1 and result.metrics.quantified == 1
    assert result.contact.name == "Rowan Ito"


def test_a_long_paragraph_with_wide_gaps_but_few_is_left_whole(screener: Screener) -> None:
    text = "Summary\n" + "Builds payment services.   " * 2 + "x " * 300 + "\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert len(result.text.split("\n")) == 2


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Senior Backend Engineer\nAcme Corp | Jan 2019 - Present",
            ("Senior Backend Engineer", "Acme Corp"),
        ),
        (
            "Acme Corp\nSenior Backend Engineer, Jan 2019 - Present",
            ("Senior Backend Engineer", "Acme Corp"),
        ),
        (
            "Senior Backend Engineer\nAcme Corp\nJan 2019 - Present",
            ("Senior Backend Engineer", "Acme Corp"),
        ),
        (
            "Acme Corp\nSenior Backend Engineer\nJan 2019 - Present",
            ("Senior Backend Engineer", "Acme Corp"),
        ),
        (
            "Acme Corp, Berlin — Backend Engineer  Jan 2019 - Present",
            ("Backend Engineer", "Acme Corp, Berlin"),
        ),
        ("Backend Developer at Initech, Jan 2019 - Present", ("Backend Developer", "Initech")),
        (
            "Senior Backend Engineer  Jan 2019 - Present\nAcme Corp",
            ("Senior Backend Engineer", "Acme Corp"),
        ),
        (
            "Staff Accountant\nBrightwater Logistics, Leeds  2018 - 2023",
            ("Staff Accountant", "Brightwater Logistics, Leeds"),
        ),
        (
            "LEDGERLINE | Backend Engineering Intern\nLeeds, UK  May 2013 - Aug 2013",
            ("Backend Engineering Intern", "LEDGERLINE, Leeds, UK"),
        ),
        # Neither part names a job: the order as written stands.
        ("Payments Team\nAcme Corp, 2019 - 2023", ("Acme Corp", "Payments Team")),
        # Both parts do: again as written.
        ("Backend Engineer\nTeam Lead, 2019 - 2023", ("Team Lead", "Backend Engineer")),
        (
            "Team Leader\nBrightwater Logistics, 2019 - 2023",
            ("Team Leader", "Brightwater Logistics"),
        ),
        (
            "Software Engineer\nAugust 2018 - Present\nHudson’s Bay Company | New York, NY",
            ("Software Engineer", "Hudson’s Bay Company | New York, NY"),
        ),
        # The dates cut out of the middle leave one space.
        (
            "Backend Engineer, Acme Corp (Jan 2019 - Present) Berlin",
            ("Backend Engineer", "Acme Corp Berlin"),
        ),
        (
            "Akamai\nSenior SRE, Akamai, Philadelphia  Sept 2023 - Present",
            ("Senior SRE", "Akamai, Philadelphia"),
        ),
        (
            "Brightwater Logistics  2017 - 2020\nWarehouse Supervisor",
            ("Warehouse Supervisor", "Brightwater Logistics"),
        ),
        (
            "Epic Center - Full-Stack Developer\nAug 2022 - Jan 2024 (1 year and 6 months)",
            ("Full-Stack Developer", "Epic Center"),
        ),
        (
            "Backend Developer (Freelance, Part-time), Daylight, 2024 - 2025",
            ("Backend Developer (Freelance, Part-time)", "Daylight"),
        ),
        # The job above's last line, written without a bullet, is no employer of this one.
        (
            "Made improvements to the ML pipeline for new models\n"
            "Staff Software Engineer, Royal.io | 2022 - 2023",
            ("Staff Software Engineer", "Royal.io"),
        ),
        # A summary that repeats the title is not taken for it.
        (
            "Front End Developer, Gong.io | 2019 - 2023\nFront End Developer",
            ("Front End Developer", "Gong.io"),
        ),
        # Both sides of the first comma name a job: the last comma parts off the employer.
        (
            "Senior Software Engineer, Developer Platform, Zapier, 2016 - 2022",
            ("Senior Software Engineer, Developer Platform", "Zapier"),
        ),
        # A name's closing abbreviation ends no sentence.
        ("Globex Inc.\nProduct Manager | 2012 - 2014", ("Product Manager", "Globex Inc.")),
        (
            "Software Developer\nGlobex Inc.\nMar 2015 - Dec 2018",
            ("Software Developer", "Globex Inc."),
        ),
        (
            "Backend Developer at Bank of Ireland Ltd.\n2016 - 2019",
            ("Backend Developer", "Bank of Ireland Ltd."),
        ),
    ],
    ids=[
        "title-over-employer-and-dates",
        "employer-over-title-and-dates",
        "title-employer-dates",
        "employer-title-dates",
        "one-line-employer-first",
        "title-at-employer",
        "employer-under-dated-title",
        "other-trade",
        "employer-and-title-over-place",
        "neither-names-a-job",
        "both-name-a-job",
        "leader-over-employer-and-dates",
        "title-over-dates-over-employer",
        "dates-in-the-middle",
        "employer-over-a-title-that-repeats-it",
        "dated-employer-over-another-trade-s-title",
        "dates-with-their-duration",
        "comma-in-brackets",
        "sentence-above-the-header",
        "title-repeated-below",
        "two-titles-and-an-employer",
        "employer-with-abbreviation-over-title",
        "title-over-employer-with-abbreviation-over-dates",
        "title-at-employer-with-abbreviation-over-dates",
    ],
)
def test_the_part_of_a_header_that_names_a_job_is_its_title(
    screener: Screener, header: str, expected: tuple[str, str]
) -> None:
    text = f"Experience\n{header}\n• Built the billing API in Go\n"
    assert headers(screener, text) == [expected]


def test_a_description_under_a_dated_title_is_no_employer(screener: Screener) -> None:
    text = "Experience\nBackend Engineer, 2019 - 2023\nBuilt the billing platform for shops\n"
    assert headers(screener, text) == [("Backend Engineer", None)]


def test_an_employer_set_as_a_list_item_over_the_title_is_the_employer(
    screener: Screener,
) -> None:
    # As a widely copied LaTeX template sets a job: the header's item "•", the job's "◦".
    text = (
        "Experience\n• Google  Mountain View, CA\nSoftware Engineer  Oct 2016 – Present\n"
        "◦ Built the TPU scheduler in C++\n• Coursera  Mountain View, CA\n"
        "Senior Software Engineer  Jan 2014 – Oct 2016\n◦ Built the notification service\n"
    )
    assert headers(screener, text) == [
        ("Software Engineer", "Google Mountain View, CA"),
        ("Senior Software Engineer", "Coursera Mountain View, CA"),
    ]


@pytest.mark.parametrize(
    ("last_item", "job_bullet"),
    [
        ("• Payments Platform Migration", "•"),  # every item has the same bullet
        ("• Go, Kafka, Redis", "◦"),  # a list of tools
        ("• Tools: Go And Kafka", "◦"),  # a labelled list
    ],
    ids=["same-bullet", "tool-list", "labelled-list"],
)
def test_the_last_item_of_the_job_above_is_no_employer(
    screener: Screener, last_item: str, job_bullet: str
) -> None:
    text = (
        f"Experience\nBackend Engineer | Acme Corp | 2019 - 2023\n{last_item}\n"
        f"Developer  2016 - 2019\n{job_bullet} Built the billing API in Go\n"
    )
    assert headers(screener, text)[1] == ("Developer", None)


def test_a_sentence_ending_with_a_company_s_abbreviation_heads_no_job(
    screener: Screener,
) -> None:
    # The line above the dates is the last of the job before: a sentence, though its
    # last word is a name's "Inc.", so the next job's title is its own line's.
    text = (
        "Experience\nBackend Engineer | Acme Corp | 2019 - 2023\n"
        "Maintained the integrations for Globex Inc.\nDeveloper | 2016 - 2019\n"
    )
    assert headers(screener, text) == [
        ("Backend Engineer", "Acme Corp"),
        ("Developer", None),
    ]


def test_a_job_shows_its_dates_as_written_and_older_results_their_months(
    screener: Screener,
) -> None:
    text = "Experience\nBackend Engineer, Acme, 2017 - 2024\n• Built the billing API\n"
    [entry] = screener.screen_bytes(text.encode(), "cv.txt").experience
    assert entry.period() == "2017 - 2024"  # no months the resume did not write
    stored_before_dates_were_kept = ExperienceEntry("Engineer", "Acme", "2019-03", None)
    assert stored_before_dates_were_kept.period() == "Mar 2019 – present"


def test_a_job_without_a_title_is_shown_as_an_untitled_role() -> None:
    assert ExperienceEntry(None, "Acme", "2019-03", None).role() == "Untitled role"
    assert ExperienceEntry("Engineer", "Acme", "2019-03", None).role() == "Engineer"


def test_a_title_written_as_a_list_item_over_place_and_dates(screener: Screener) -> None:
    # A word processor's bulleted header: the title and employer as a list item, then
    # the place and the dates; each job's description is prose, not bullets.
    text = (
        "Experience\n"
        "• Senior Software Engineer — Ringtail Technology\n"
        "Stockholm, Sweden\n"
        "Jun 2022 – Dec 2024\n"
        "Built the matchmaking services in Go and the APIs the game clients call.\n"
        "• Backend Developer — Senit Ltd\n"
        "Madrid, Spain\n"
        "Jul 2019 – Jun 2022\n"
        "Wrote the payment services in C# and ran them in production.\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert [(entry.title, entry.organisation) for entry in result.experience] == [
        ("Senior Software Engineer", "Ringtail Technology, Stockholm, Sweden"),
        ("Backend Developer", "Senit Ltd, Madrid, Spain"),
    ]
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}


@pytest.mark.parametrize(
    "last_bullet",
    [
        "• Coached the platform engineers through the migration",  # a sentence
        "• Mentored 3 Junior Engineers",  # a figure: no title holds one
    ],
)
def test_the_last_bullet_of_the_job_above_is_no_title(screener: Screener, last_bullet: str) -> None:
    text = (
        "Experience\n"
        "Software Engineer, Ledgerline\n"
        "Jan 2020 - Dec 2023\n"
        f"{last_bullet}\n"
        "Acme Corp, Berlin\n"
        "Jan 2016 - Dec 2019\n"
        "• Kept the shop's stock lists\n"
    )
    titles = [title for title, _ in headers(screener, text)]
    assert all("engineers" not in (title or "").lower() for title in titles)
