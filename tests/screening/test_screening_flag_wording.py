"""Wording of real resumes that raises (or must not raise) the scale and testing flags."""

from __future__ import annotations

import pytest
from screening_fixtures import green_for_bullet, yellow_ids

from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    "bullet",
    [
        "Kept the payment service in high availability across two regions",
        "Served millions of devices with firmware updates",
        "Moved billions of records to the new warehouse",
    ],
)
def test_scale_without_a_digit(screener: Screener, bullet: str) -> None:
    assert "production_at_scale" in green_for_bullet(screener, bullet)


@pytest.mark.parametrize(
    "bullet",
    [
        "Wrote automatic tests for the billing API",
        "Automation tests writing for the mobile app",
        "Practised test-driven development on every service",
        "Contract tests with Pact between the services",
    ],
)
def test_testing_in_other_words(screener: Screener, bullet: str) -> None:
    assert "testing_and_deployment" in green_for_bullet(screener, bullet)


def test_a_team_size_is_not_scale(screener: Screener) -> None:
    bullet = "Led thousands of hours of mentoring"
    assert "production_at_scale" not in green_for_bullet(screener, bullet)


@pytest.mark.parametrize(
    ("bullet", "quantified"),
    [
        ("Nine years as a developer, from 2005 to 2014, on the payments team", False),
        ("Built the build server, a machine with 32 GB of RAM, for the team", False),
        ("Cut checkout latency from 300 to 120 ms for every shopper", True),
        ("Processed 32 GB of logs a day for the fraud team", True),
    ],
)
def test_years_and_memory_sizes_are_not_outcomes(
    screener: Screener, bullet: str, quantified: bool
) -> None:
    text = f"Experience\nBackend Engineer, Ledgerline, 2018 - 2024\n• {bullet}\n"
    metrics = screener.screen_bytes(text.encode(), "cv.txt").metrics
    assert (metrics.quantified == 1) is quantified


def test_customer_service_is_not_software_work(screener: Screener) -> None:
    text = (
        "Experience\nExpedition Guide, Northern Trails, 2016 - 2022\n"
        "• Led groups of twelve and handled customer service for bookings\n"
        "Projects\n• Built a trail-planning web app in Python and Flask\n"
    )
    assert "only_tutorial_projects" in yellow_ids(screener, text)


def test_a_bootcamp_is_training_not_a_job(screener: Screener) -> None:
    text = (
        "Experience\nSoftware Developer, Northfield Coding Bootcamp, 2022 - 2023\n"
        "Projects\n• Built a booking API in Java and Spring Boot\n"
    )
    assert {"missing_production_exposure", "only_tutorial_projects"} <= yellow_ids(screener, text)


def test_courses_are_class_work(screener: Screener) -> None:
    text = "Summary\nCareer changer.\nCourses\n• JavaScript and Node.js, an online school, 2023\n"
    assert "only_tutorial_projects" in yellow_ids(screener, text)


def test_a_software_job_is_work_even_beside_projects(screener: Screener) -> None:
    text = (
        "Experience\nBackend Engineer, Ledgerline, 2018 - 2024\n• Built the billing API in Go\n"
        "Projects\n• Built a trail-planning web app in Python and Flask\n"
    )
    assert "only_tutorial_projects" not in yellow_ids(screener, text)


@pytest.mark.parametrize(
    ("bullet", "designs"),
    [
        ("Maintained Kubernetes clusters through Helm and the OpenShift API", False),
        ("Synced orders using the public Shopify admin API", False),
        ("Designed the payments API for the partner team", True),
    ],
)
def test_calling_someone_elses_api_is_not_api_design(
    screener: Screener, bullet: str, designs: bool
) -> None:
    assert ("api_design" in green_for_bullet(screener, bullet)) is designs


@pytest.mark.parametrize(
    ("bullet", "scaled"),
    [
        ("Managed AWS environments, improving uptime by 15% through automation", True),
        ("Increased service availability across two regions", True),
        ("Improved the platform's uptime after the database move", True),
        ("Improved availability of documentation for new hires", False),
        ("Increased product availability in the online store", False),
        ("Improved equipment uptime on the packaging line", False),
    ],
)
def test_raising_uptime_or_availability(screener: Screener, bullet: str, scaled: bool) -> None:
    assert ("production_at_scale" in green_for_bullet(screener, bullet)) is scaled


@pytest.mark.parametrize(
    ("bullet", "scaled"),
    [
        ("Added KQL monitoring, contributing to a 20% reduction in downtime", True),
        ("Reduced the number of outages on the payments service", True),
        ("A drop in unplanned outages after the queue rewrite", True),
        ("Reduced machine downtime on the factory floor", False),
        ("Reduced costs and managed downtime windows for the office move", False),
    ],
)
def test_less_downtime_or_fewer_outages(screener: Screener, bullet: str, scaled: bool) -> None:
    assert ("production_at_scale" in green_for_bullet(screener, bullet)) is scaled


@pytest.mark.parametrize(
    ("bullet", "scaled"),
    [
        ("Ran zero-downtime deployments with blue-green releases", True),
        ("Led a zero downtime migration of the orders database", True),
        ("Shipped with zero defects; downtime was logged for the print shop", False),
        ("Moved the payments cluster to Kubernetes with no downtime", True),
        ("Upgraded PostgreSQL 11 to 15 without any downtime", True),
        ("Rolled out schema changes with minimal downtime", True),
        ("Scheduled the crews so there was no downtime of the machines", False),
        ("No time off and no overtime during the busy season", False),
    ],
)
def test_downtime_avoided(screener: Screener, bullet: str, scaled: bool) -> None:
    assert ("production_at_scale" in green_for_bullet(screener, bullet)) is scaled


@pytest.mark.parametrize(
    ("bullet", "scaled"),
    [
        ("Designed a system to serve a load of over a million deliveries per day", True),
        ("Ingested a billion events per month into the warehouse", True),
        ("Handled several million requests per hour at peak", True),
        ("Routed tens of millions of parcels a day for the courier app", True),
        ("A million thanks to the mentors who reviewed my code", False),
        ("Raised a million dollars per month in sponsorships", False),
        ("Raised a million for charity in a month", False),
        ("Kept a million-line codebase deployed twice a week", False),
        ("Sold a million copies. Shipped updates once per month", False),
    ],
)
def test_volumes_in_words_with_a_rate(screener: Screener, bullet: str, scaled: bool) -> None:
    assert ("production_at_scale" in green_for_bullet(screener, bullet)) is scaled
