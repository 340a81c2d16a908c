"""Date forms found missing on public resumes in the fifth research round.

Every person and employer is invented.
"""

from __future__ import annotations

import pytest
from screening_fixtures import screen, spans

from recruiter_kit.screening.screener import Screener

pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.mark.parametrize(
    ("dated_line", "expected"),
    [
        ("Sept ’17 – present", [("2017-09", None)]),
        ("Jan '16 – Jul '17", [("2016-01", "2017-07")]),
        ("April'13 - March'14", [("2013-04", "2014-03")]),
        ("Mar ’98 – Jun ’01", [("1998-03", "2001-06")]),  # a later "98" would be the future
        ("2017.10 - 2019.3", [("2017-10", "2019-03")]),
        ("2013.9 – 2017.6", [("2013-09", "2017-06")]),
        ("2021.04 - present", [("2021-04", None)]),
        ("seit 12/2020", [("2020-12", None)]),
        ("depuis 2019", [("2019-06", None)]),
    ],
)
def test_date_forms_of_other_conventions(
    screener: Screener, dated_line: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert spans(screener, dated_line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Upgraded the build to Gradle 2019.3 for the payments service",  # a version
        "Ran IntelliJ 2020.1 and PyCharm 2021.2 across the team",
        "Rated 4.5 of 5 by users in 2019",
    ],
)
def test_year_first_numbers_outside_a_range_are_no_dates(screener: Screener, line: str) -> None:
    assert spans(screener, f"• {line}") == []


def test_last_update_on_a_full_date_is_when_present_was(screener: Screener) -> None:
    result = screen(
        screener,
        "Ana Ruiz\nLast update on October 25, 2023\nExperience\n"
        "Backend Developer, Acme\nJan 2020 - Present\n",
    )
    assert result.years_experience == 3.8  # to October 2023, not to today


def test_a_year_first_range_above_heads_its_own_job(screener: Screener) -> None:
    # The line above "2019.4 - present" dates another job: it is not this job's title.
    result = screen(
        screener,
        "Ana Ruiz\nExperience\nBackend Developer, Acme 2017.10 - 2019.3\n"
        "2019.4 - present\n• Built the billing API in Go\n",
    )
    assert [(entry.title, entry.organisation, entry.start) for entry in result.experience] == [
        ("Backend Developer", "Acme", "2017-10"),
        (None, None, "2019-04"),
    ]
