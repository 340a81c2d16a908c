"""Each quality check fires on the text it is meant for and stays quiet on good text."""

from __future__ import annotations

import dataclasses

import pytest

from recruiter_kit.jobs import checks
from recruiter_kit.jobs.model import JobDescription, Salary, Skill


def findings_of(check, job: JobDescription) -> list[checks.Finding]:  # type: ignore[no-untyped-def]
    return check(job)


def with_changes(job: JobDescription, **changes: object) -> JobDescription:
    return dataclasses.replace(job.copy(), **changes)


def test_good_template_is_quiet_for_every_check(senior_job: JobDescription) -> None:
    for check in checks.CHECKS:
        assert [f for f in check(senior_job) if f.severity != "info"] == [], check.__name__


def test_exclusionary_wording_is_an_error_with_its_field_and_suggestion(
    senior_job: JobDescription,
) -> None:
    lines = [*senior_job.qualifications, "You are a native English speaker and a digital native"]
    found = checks.check_exclusionary(with_changes(senior_job, qualifications=lines))
    assert [(f.text.lower(), f.field, f.severity) for f in found] == [
        ("native english speaker", f"qualifications.{len(lines) - 1}", "error"),
        ("digital native", f"qualifications.{len(lines) - 1}", "error"),
    ]
    assert "proficiency" in found[0].suggestion
    line = lines[-1]
    assert line[found[0].start : found[0].end] == found[0].text


def test_exclusionary_check_ignores_words_that_only_contain_a_phrase(
    senior_job: JobDescription,
) -> None:
    job = with_changes(senior_job, about_role="We build guyset-free tooling for younger projects.")
    assert checks.check_exclusionary(job) == []


def test_masculine_coded_wording_fires_only_when_it_outweighs_feminine(
    senior_job: JobDescription,
) -> None:
    about = "We want a driven, competitive, assertive and dominant engineer who is fearless."
    bare = with_changes(
        senior_job,
        about_role=about,
        soft_skills=[],
        equal_opportunity="",
        how_to_apply="",
        responsibilities=["Build APIs"],
        qualifications=[],
        perks=[],
    )
    found = checks.check_gender_coded(bare)
    assert {f.text.lower() for f in found} >= {"driven", "competitive", "assertive", "dominant"}
    assert all("Gaucher" in f.suggestion for f in found)
    balanced = with_changes(
        bare,
        soft_skills=[
            "You support colleagues, share knowledge, collaborate and build trust",
        ],
    )
    assert checks.check_gender_coded(balanced) == []


@pytest.mark.parametrize("title", ["Backend Rockstar", "Python Ninja", "Kubernetes Guru"])
def test_hype_titles_fire(title: str, senior_job: JobDescription) -> None:
    found = checks.check_hype_title(with_changes(senior_job, title=title))
    assert found and found[0].field == "title"


def test_too_many_must_haves(senior_job: JobDescription) -> None:
    skills = [Skill(f"Skill {i}", required=True) for i in range(9)]
    found = checks.check_requirement_count(with_changes(senior_job, hard_skills=skills))
    assert found and "13 must-have" in found[0].message
    few = with_changes(senior_job, hard_skills=skills[:3])
    assert checks.check_requirement_count(few) == []


def test_missing_salary_is_an_error(senior_job: JobDescription) -> None:
    found = checks.check_salary(with_changes(senior_job, salary=Salary()))
    assert [(f.check, f.severity, f.field) for f in found] == [
        ("missing-salary", "error", "salary")
    ]
    inverted = Salary(minimum=90000, maximum=80000, currency="EUR")
    assert checks.check_salary(with_changes(senior_job, salary=inverted))[0].check == "salary-range"
    no_currency = Salary(minimum=80000, maximum=90000)
    assert checks.check_salary(with_changes(senior_job, salary=no_currency))[0].check == (
        "salary-currency"
    )


@pytest.mark.parametrize(
    ("level", "line", "fires"),
    [
        ("junior", "5+ years of backend development", True),
        ("junior", "0 to 2 years of experience", False),
        ("junior", "Up to 2 years of professional experience", False),
        ("mid", "8 or more years of experience", True),
        ("mid", "3 or more years of experience", False),
        ("senior", "1 year of experience", True),
        ("senior", "6+ years of experience", False),
    ],
)
def test_years_that_contradict_the_level(
    level: str, line: str, fires: bool, senior_job: JobDescription
) -> None:
    job = with_changes(senior_job, level=level, qualifications=[line])
    found = checks.check_years_against_level(job)
    assert bool(found) is fires
    if fires:
        assert found[0].field == "qualifications.0" and found[0].severity == "error"


def test_unexplained_acronyms_fire_and_explained_ones_do_not(senior_job: JobDescription) -> None:
    job = with_changes(senior_job, responsibilities=["Own the SLA and the MTTR of our APIs"])
    texts = [f.text for f in checks.check_acronyms(job)]
    assert texts == ["SLA", "MTTR"]
    assert "service level agreement (SLA)" in checks.check_acronyms(job)[0].suggestion
    explained = with_changes(
        senior_job,
        responsibilities=[
            "Own the service level agreement (SLA) and the mean time to recovery of our APIs",
        ],
    )
    assert checks.check_acronyms(explained) == []


def test_buzzwords_fire_only_without_substance(senior_job: JobDescription) -> None:
    empty = with_changes(senior_job, about_role="Join our fast-paced, world-class team.")
    assert [f.text for f in checks.check_buzzwords(empty)] == ["fast-paced", "world-class"]
    concrete = with_changes(
        senior_job, about_role="Our fast-paced team ships 40 times a day on Kubernetes."
    )
    assert checks.check_buzzwords(concrete) == []


def test_length_fires_when_too_short_or_too_long(senior_job: JobDescription) -> None:
    short = JobDescription(title="Engineer", about_role="Write code.", responsibilities=["Code"])
    assert "short" in checks.check_length(short)[0].message
    long = with_changes(senior_job, about_role="We build good software for people. " * 200)
    assert "long" in checks.check_length(long)[0].message


def test_reading_ease_fires_on_dense_prose(senior_job: JobDescription) -> None:
    dense = (
        "Institutionalised organisational capabilities necessitate comprehensive "
        "interdisciplinary operationalisation of sophisticated infrastructural "
        "methodologies, notwithstanding considerable architectural heterogeneity. "
    ) * 6
    found = checks.check_reading_ease(with_changes(senior_job, about_role=dense))
    assert found and found[0].check == "reading-ease"


def test_no_responsibilities_is_an_error(senior_job: JobDescription) -> None:
    found = checks.check_responsibilities(with_changes(senior_job, responsibilities=[]))
    assert found[0].severity == "error"


def test_run_checks_orders_errors_first(senior_job: JobDescription) -> None:
    job = with_changes(senior_job, title="Backend Ninja", salary=Salary())
    found = checks.run_checks(job)
    assert [f.severity for f in found] == sorted(
        (f.severity for f in found), key=checks.SEVERITIES.index
    )
    assert checks.has_errors(found)


def test_free_text_checks_use_the_first_line_as_title() -> None:
    found = checks.run_text_checks("# Rockstar Developer\n\nWe need young people.\n")
    assert {f.check for f in found} >= {"hype-title", "exclusionary", "length"}
