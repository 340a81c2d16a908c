"""Roles, headings and reach found missing on public resumes in the seventh research round.

Student roles in abbreviations and other languages, Portuguese and service
headings, and audiences counted in uniques or active users. Every person and
employer is invented.
"""

from __future__ import annotations

import pytest
from screening_fixtures import green_for_bullet, screen

from recruiter_kit.resources import load_json
from recruiter_kit.screening.screener import Screener
from recruiter_kit.screening.sections import SectionFinder

pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.fixture(scope="module")
def finder() -> SectionFinder:
    return SectionFinder(load_json("screening/sections.json"))


# Student roles -------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Software Development TA, Northfield University",
        "Algorithms & Data TA",
        "Estagiário Desenvolvedor, Lojas Exemplo",
        "Júnior Developer (Estágio), Brava Sistemas",
        "Becario de desarrollo, Grupo Ejemplo",
        "Pasante de sistemas, Ejemplo SA",
    ],
)
def test_a_student_role_adds_no_years(screener: Screener, title: str) -> None:
    result = screen(
        screener, f"Ana Ruiz\nExperience\n{title}\nJan 2023 - Dec 2024\n• Built tools\n"
    )
    assert len(result.experience) == 1
    assert result.years_experience == 0.0


@pytest.mark.parametrize(
    "title",
    [
        "TA Specialist, Brightwave",  # talent acquisition
        "Backend Developer, Tata Consultancy",
        "Data Engineer, Betafield",
    ],
)
def test_words_holding_ta_are_no_student_roles(screener: Screener, title: str) -> None:
    result = screen(
        screener, f"Ana Ruiz\nExperience\n{title}\nJan 2023 - Dec 2024\n• Built tools\n"
    )
    assert result.years_experience == 2.0


# Headings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Experiência Profissional", "experience"),
        ("EXPERIÊNCIAS PROFISSIONAIS", "experience"),
        ("Histórico profissional", "experience"),
        ("Educação", "education"),
        ("Formação Acadêmica", "education"),
        ("Competências", "skills"),
        ("Resumo Profissional", "summary"),
        ("Sobre mim", "summary"),
        ("Principais Realizações", "awards"),
        ("Interesses", "interests"),
        ("Service and Leadership", "leadership"),
        ("Leadership and Service", "leadership"),
        ("Service", "leadership"),
    ],
)
def test_portuguese_and_service_headings_open_their_sections(
    finder: SectionFinder, line: str, section: str
) -> None:
    assert finder.heading(line) == section


def test_a_range_under_a_portuguese_education_heading_is_no_job(screener: Screener) -> None:
    result = screen(
        screener,
        "Ana Ruiz\nExperiência Profissional\nDesenvolvedor Java, Exemplo\n"
        "03/2019 - presente\nEducação\nUniversidade Exemplo | 2012 - 2016\n",
    )
    assert [entry.start for entry in result.experience] == ["2019-03"]


def test_a_post_under_service_and_leadership_is_no_job(screener: Screener) -> None:
    result = screen(
        screener,
        "Ana Ruiz\nExperience\nBackend Developer, Acme\nJan 2021 - Dec 2021\n"
        "Service and Leadership\nDevelopment Co-chair, Women in Engineering (2018-2020)\n",
    )
    assert result.years_experience == 1.0


# Reach ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bullet",
    [
        "Ran the main site, which serves 3+ million uniques a month",
        "Scaled the feed to 2M MAU",
        "Kept the app fast for 150k DAU",
        "Grew the product to 40,000 monthly active users",
    ],
)
def test_uniques_and_active_users_are_reach(screener: Screener, bullet: str) -> None:
    assert "production_at_scale" in green_for_bullet(screener, bullet)
    text = f"Experience\nBackend Engineer, Ledgerline, 2018 - 2024\n• {bullet}\n"
    assert screen(screener, text).metrics.quantified == 1


def test_a_few_uniques_are_no_reach(screener: Screener) -> None:
    bullet = "Built a page for 40 uniques a day"
    assert "production_at_scale" not in green_for_bullet(screener, bullet)
