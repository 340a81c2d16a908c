"""Structure found missing on public resumes in the sixth research round.

German, French, Spanish and Chinese section headings, "Label | values" table
rows, and names with particles or credentials. Every person and employer is invented.
"""

from __future__ import annotations

import pytest
from screening_fixtures import screen

from recruiter_kit.resources import load_json
from recruiter_kit.screening.contact import _name_on
from recruiter_kit.screening.screener import Screener
from recruiter_kit.screening.sections import HEADER, Line, SectionFinder

pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.fixture(scope="module")
def finder() -> SectionFinder:
    return SectionFinder(load_json("screening/sections.json"))


# Headings in other languages ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Berufserfahrung", "experience"),
        ("Beruflicher Werdegang", "experience"),
        ("EXPÉRIENCE PROFESSIONNELLE", "experience"),
        ("Experiencia laboral:", "experience"),
        ("Ausbildung", "education"),
        ("Formación académica", "education"),
        ("Formacion academica", "education"),  # written without its accents
        ("Fähigkeiten", "skills"),
        ("Compétences techniques", "skills"),
        ("Projekte", "projects"),
        ("Über mich", "summary"),
        ("Certificaciones", "certifications"),
        ("工作经历", "experience"),
        ("教育背景：", "education"),
        ("【专业技能】", "skills"),
    ],
)
def test_a_heading_in_another_language_opens_its_section(
    finder: SectionFinder, line: str, section: str
) -> None:
    assert finder.heading(line) == section


@pytest.mark.parametrize(
    "line",
    [
        "Formation of a platform team in 2019",
        "Profil der Firma Beispiel GmbH",
        "Studium der Informatik",
        "Bildung eines neuen Teams",
        "工作经历丰富，熟悉分布式系统",
        "and then",
    ],
)
def test_a_short_foreign_word_opening_a_line_makes_no_heading(
    finder: SectionFinder, line: str
) -> None:
    assert finder.heading(line) is None


def test_a_german_resume_is_split_by_its_headings(screener: Screener) -> None:
    result = screen(
        screener,
        "Erik Muster\nKenntnisse\nPython, Docker\nBeruflicher Werdegang\n"
        "Softwareentwickler, Beispiel GmbH\n2018 - 2020\n",
    )
    assert result.sections["skills"] == ["Python, Docker"]
    assert result.sections["experience"] == ["Softwareentwickler, Beispiel GmbH", "2018 - 2020"]


# Table rows -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["| Languages | Kotlin, Java, Go |", "Tools | Linux, Docker, Jenkins"],
)
def test_a_table_row_listing_items_is_no_heading(finder: SectionFinder, line: str) -> None:
    assert finder.heading(line) is None


@pytest.mark.parametrize(
    ("line", "section"),
    [("| Skills |", "skills"), ("Work Experience | Acme", "experience")],
)
def test_a_heading_with_one_thing_after_a_bar_is_still_a_heading(
    finder: SectionFinder, line: str, section: str
) -> None:
    assert finder.heading(line) == section


def test_the_languages_of_a_table_row_are_found(screener: Screener) -> None:
    result = screen(
        screener, "Ana Ruiz\nSkills\n| Languages | Kotlin, Java, Go |\n| Tools | Docker |\n"
    )
    assert result.sections["skills"] == ["| Languages | Kotlin, Java, Go |"]
    assert {"Kotlin", "Java", "Go"} <= {skill.name for skill in result.skills}


# Names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Lena von Brandt", "Lena von Brandt"),
        ("Ana de la Cruz", "Ana de la Cruz"),
        ("Jan van der Berg", "Jan van der Berg"),
        ("Tom Hale, CPA", "Tom Hale"),
        ("Ana Ruiz, PhD", "Ana Ruiz"),
        ("Ana Ruiz, Ph.D., PMP", "Ana Ruiz"),
    ],
)
def test_a_name_with_a_particle_or_credential_is_read(line: str, name: str) -> None:
    assert _name_on(Line(0, line, HEADER), None) == name


@pytest.mark.parametrize(
    "line",
    ["Ana Ruiz, Senior Engineer", "Ana Ruiz, Acme", "Silver Spring, MD", "de la Cruz", "Ana de"],
)
def test_other_comma_and_particle_shapes_stay_no_name(line: str) -> None:
    assert _name_on(Line(0, line, HEADER), None) is None


def test_empty_word_lists_in_sections_json_match_nothing() -> None:
    from recruiter_kit.resources import load_json
    from recruiter_kit.screening.rules import SECTIONS_FILE
    from recruiter_kit.screening.sections import SectionFinder

    config = load_json(SECTIONS_FILE)
    config["parts_of"] |= {"spoken_language_words": [], "client_labels": []}
    finder = SectionFinder(config)
    lines = finder.split(["Skills", "Python", "Languages", "Go, Rust"])
    # With no spoken-language words, "Languages" under Skills is a part of Skills.
    assert [line.section for line in lines] == ["skills"] * 4
