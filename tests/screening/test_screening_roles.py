"""Which jobs are software jobs and which are a student's: titles, employers, headings."""

from __future__ import annotations

import pytest
from screening_fixtures import yellow_ids

from recruiter_kit.resources import load_json
from recruiter_kit.screening.rules import RULES_FILE, SECTIONS_FILE, Rules
from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    ("text", "title", "organisation"),
    [
        (
            "Experience\n"
            "Mar 2018 - Jun 2023: Brightwater Logistics - Leeds\n"
            "Position: *Warehouse Supervisor*\n"
            "• Ran a team of twelve on the night shift\n",
            "Warehouse Supervisor",
            "Brightwater Logistics - Leeds",
        ),
        # Two lines down, under the dates and the place.
        (
            "Experience\n"
            "Quillfeather Ltd\n"
            "2019 - 2023\n"
            "Manchester, UK\n"
            "Role: Backend Developer\n"
            "• Wrote billing services in Go\n",
            "Backend Developer",
            "Quillfeather Ltd",
        ),
    ],
    ids=["position-label", "role-two-lines-down"],
)
def test_a_labelled_title_line_gives_the_title(
    screener: Screener, text: str, title: str, organisation: str
) -> None:
    [entry] = screener.screen_bytes(text.encode(), "cv.txt").experience
    assert entry.title == title
    assert entry.organisation == organisation


def test_a_freelancer_s_client_projects_with_a_role_label_are_work(screener: Screener) -> None:
    # A German freelancer lists client projects, each with its role, and no jobs.
    text = (
        "Max Mustermann\nProjekte\n"
        "03/2021 - heute\nKunde: Deutsche Bahn\nRolle: Backend-Entwickler\n"
        "- Microservices mit Java und PostgreSQL\n"
        "01/2018 - 02/2021\nKunde: Allianz\nRolle: Senior Softwareentwickler\n"
        "- Aufbau einer Kafka-Plattform\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert [(entry.title, entry.organisation) for entry in result.experience] == [
        ("Backend-Entwickler", "Deutsche Bahn"),
        ("Senior Softwareentwickler", "Allianz"),
    ]
    assert result.years_experience is not None and result.years_experience > 5


def test_role_and_client_labels_come_from_the_resources() -> None:
    # A user who adds Dutch labels ("Rol" is there already) gets the title and the client.
    rules = load_json(RULES_FILE)
    rules["role_labels"]["words"].append("functie")
    sections = load_json(SECTIONS_FILE)
    sections["parts_of"]["client_labels"].append("opdrachtgever")
    tuned = Screener(rules=Rules.load(rules=rules, sections=sections))
    text = "Projecten\n03/2021 - 12/2022\nOpdrachtgever: Bol.com\nFunctie: Backend Developer\n"
    [entry] = tuned.screen_bytes(text.encode(), "cv.txt").experience
    assert (entry.title, entry.organisation) == ("Backend Developer", "Bol.com")


def test_a_labelled_title_above_the_dates_keeps_the_one_below_for_the_next_entry(
    screener: Screener,
) -> None:
    text = (
        "Experience\n"
        "Title: Stock ledger\n"
        "Client: Ashford Mills, Jan 2004 - Dec 2005\n"
        "Title: Payroll portal\n"
        "Client: Kestrel Foods, Jan 2006 - Dec 2007\n"
        "Title: Fleet tracker\n"
    )
    titles = [e.title for e in screener.screen_bytes(text.encode(), "cv.txt").experience]
    assert titles == ["Client: Ashford Mills", "Client: Kestrel Foods"]


def test_a_software_word_in_the_employer_name_is_no_software_job(screener: Screener) -> None:
    # The title is told apart from the employer by its label: only the title is judged.
    text = (
        "Experience\n"
        "Jan 2016 - Dec 2022: Northgate Software Studio\n"
        "Position: Office Manager\n"
        "• Ran payroll and the front desk\n"
    )
    assert "missing_production_exposure" in yellow_ids(screener, text)


@pytest.mark.parametrize("suffix", ["Inc", "Ltd", "GmbH", "Solutions", "Research Group"])
def test_software_before_a_company_word_names_an_employer(suffix: str) -> None:
    rules = Rules.load()
    assert not rules.is_software_role(f"office manager, harbour software {suffix}".lower())
    assert rules.is_software_role("software consultant, harbour")


@pytest.mark.parametrize(
    ("bullets", "software"),
    [
        ("• Designed a drain system for aircraft galleys\n• Led supplier reviews\n", False),
        ("• Designed a drain system for aircraft galleys\n• Wrote Python test scripts\n", True),
        ("• Moved the order service to Kubernetes\n", True),
        ("", True),  # nothing to judge by: the title is taken at its word
    ],
)
def test_a_bare_engineer_title_is_judged_by_its_own_bullets(
    screener: Screener, bullets: str, software: bool
) -> None:
    text = f"Experience\nIntegration Engineer, Corvane Aero\nJan 2014 - Dec 2022\n{bullets}"
    assert ("missing_production_exposure" in yellow_ids(screener, text)) is not software


def test_another_jobs_bullets_do_not_lend_evidence(screener: Screener) -> None:
    text = (
        "Experience\n"
        "Systems Integration Engineer, Corvane Aero\n"
        "Jan 2018 - Dec 2022\n"
        "• Certified cabin harnesses for two aircraft programmes\n"
        "Junior Engineering Intern, Pellow Apps\n"
        "Jun 2017 - Aug 2017\n"
        "• Wrote Kotlin code for the Android app\n"
    )
    assert "missing_production_exposure" in yellow_ids(screener, text)


@pytest.mark.parametrize(
    "title",
    ["Undergraduate Researcher", "Praktikant IT", "Werkstudent Softwareentwicklung", "Stagiaire"],
)
def test_student_titles_in_several_languages_are_not_professional(
    screener: Screener, title: str
) -> None:
    text = f"Experience\nJan 2019 - Dec 2023\nRole: {title}\n• Wrote Java code for the lab\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert result.years_experience == 0
    assert "missing_production_exposure" in {f.id for f in result.yellow_flags}


def test_jobs_under_an_internships_heading_are_internships(screener: Screener) -> None:
    text = (
        "Experience\n"
        "Backend Developer, Fernhill, Jan 2023 - Dec 2024\n"
        "• Wrote Go services\n"
        "Internships\n"
        "Web Application Development, Ledgerline, Jun 2021 - Aug 2022\n"
        "• Built the admin pages\n"
    )
    assert screener.screen_bytes(text.encode(), "cv.txt").years_experience == 2.0


def test_a_degree_over_its_school_above_bare_dates_is_no_job(screener: Screener) -> None:
    # No headings at all: every dated line is read as a job unless it names a course.
    text = (
        "Lena Brook\n"
        "Science Teacher at Harwick High School\n"
        "September 2019 - June 2023\n"
        "• Taught physics to three classes\n"
        "Bachelor of Science in Physics from\n"
        "Harwick University\n"
        "September 2015 - May 2019\n"
        "• Wrote a thesis on optics\n"
        "Studied Chemistry at Northfield College\n"
        "September 2013 - June 2014\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert result.years_experience == 3.8
    assert [(entry.title, entry.organisation) for entry in result.experience] == [
        ("Science Teacher", "Harwick High School")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Java-Entwickler",
        "Softwareentwickler",
        "Développeur Java",
        "Desarrolladora Java",
        "Desenvolvedor Java",
        "Sviluppatore Java",
        "Java-Ontwikkelaar",
        "Programista Java",
        "Inżynier oprogramowania",
        "Ingeniero de Software",
    ],
)
def test_a_developer_titled_in_another_language_has_a_software_job(
    screener: Screener, title: str
) -> None:
    text = (
        f"Ana Ruiz\nana@mailbox.test\nExperience\n{title}, Northwind, 2016 - 2024\n"
        "• Java, PostgreSQL\n"
    )
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}
    if title != "Softwareentwickler":  # one compound word: no part of it to split off
        assert [(job.title, job.organisation) for job in result.experience] == [
            (title, "Northwind")
        ]


def test_a_school_of_engineers_is_no_job_title(screener: Screener) -> None:
    text = "Experience\nIngenieur, Ecole d'Ingénieurs, 2016 - 2024\n• Java, PostgreSQL\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert [(job.title, job.organisation) for job in result.experience] == [
        ("Ingenieur", "Ecole d'Ingénieurs")
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Produktentwickler, Bosch GmbH",
        "Geschäftsentwickler, Acme",
        "Kaufmann, Entwicklergemeinschaft GmbH",
        "Vastgoedontwikkelaar, Acme",
        "Développeur Commercial, Acme",
        "Programador de Producción, Acme",
        "Programmatore CNC, Acme",
        "Ingeniero Civil, Acciona",
        "Ingénieur Génie Civil, Vinci",
        "Sales Manager, Desarrolladora Inmobiliaria S.A.",
    ],
)
def test_another_trade_s_developer_or_engineer_is_no_software_job(
    screener: Screener, header: str
) -> None:
    text = f"Ana Ruiz\nana@mailbox.test\nExperience\n{header}, 2016 - 2024\n• Java, PostgreSQL\n"
    result = screener.screen_bytes(text.encode(), "cv.txt")
    assert "missing_production_exposure" in {flag.id for flag in result.yellow_flags}
