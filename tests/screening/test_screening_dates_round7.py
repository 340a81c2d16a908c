"""Date forms found missing on public resumes in the sixth research round.

Every person and employer is invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from screening_fixtures import screen, spans

from recruiter_kit.screening.reading import RawDocument
from recruiter_kit.screening.screener import Screener

pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.mark.parametrize(
    ("dated_line", "expected"),
    [
        ("Brightwave (2021-05 -> 2022-01)", [("2021-05", "2022-01")]),
        ("2018-03 → 2020-11", [("2018-03", "2020-11")]),
        ("Mar 2019 => Present", [("2019-03", None)]),
        ("01/23 – Present", [("2023-01", None)]),
        ("9/21 – 10/22", [("2021-09", "2022-10")]),
        ("12/19 - 03/23  Backend Developer", [("2019-12", "2023-03")]),
        ("12/2017 - heute", [("2017-12", None)]),
        ("*07/2025 - presente*", [("2025-07", None)]),
        ("03/2020 – atualmente", [("2020-03", None)]),
        ("2019 - actualidad", [("2019-06", None)]),
        ("2021 – actual", [("2021-06", None)]),
        ("09/2018 - aujourd’hui", [("2018-09", None)]),
        ("2016.03 - 至今", [("2016-03", None)]),
        ("Agosto/2023 – Fevereiro/2025", [("2023-08", "2025-02")]),
        ("agosto de 2022 - março de 2023", [("2022-08", "2023-03")]),
        ("enero del 2019 - hoy", [("2019-01", None)]),
        ("Set 2019 - Out 2020", [("2019-09", "2020-10")]),
        ("März 2018 – Dezember 2019", [("2018-03", "2019-12")]),
        ("juin 2019 - juillet 2020", [("2019-06", "2020-07")]),
        ("gennaio 2017 – oggi", [("2017-01", None)]),
    ],
)
def test_arrows_slashed_two_digit_years_and_other_languages(
    screener: Screener, dated_line: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert spans(screener, dated_line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "1/2 cup - 3/4 cup of stock per portion",  # fractions
        "3/4 page summary for each release",
        "Served 1/10 – 2/10 of the region",  # not opening the line
        "Team set to present the roadmap at the all-hands",  # "Set" is no month here
        "Got the actual numbers to the board",
    ],
)
def test_fractions_and_phrases_are_no_dates(screener: Screener, line: str) -> None:
    assert spans(screener, f"• {line}") == []
    assert spans(screener, line) == []


def test_a_placeholder_save_date_does_not_move_present_before_two_digit_years(
    screener: Screener,
) -> None:
    # A template's save date from 2013 is no "Present" for a job of 12/19 - 03/23.
    raw = RawDocument(
        "text/plain",
        ["Ana Ruiz\nExperience\n12/19 – 03/23\nBackend Developer, Acme\n"],
        written=date(2013, 12, 23),
    )
    result = screener.analyse(raw)
    assert [(entry.start, entry.end) for entry in result.experience] == [("2019-12", "2023-03")]


# Where a job's title sits round its dates ------------------------------------------


def entries(screener: Screener, text: str) -> list[tuple[str | None, str | None]]:
    return [(entry.title, entry.organisation) for entry in screen(screener, text).experience]


def test_dates_alone_in_a_table_cell_take_the_title_below(screener: Screener) -> None:
    text = (
        "Ana Ruiz\nExperience\n01/23 – Present\nBackend Developer — Ledgerline\n"
        "• Built the billing API\n9/21 – 12/22\nSite Reliability Engineer — Brightwave\n"
        "• Ran the on-call rota\n"
    )
    assert entries(screener, text) == [
        ("Backend Developer", "Ledgerline"),
        ("Site Reliability Engineer", "Brightwave"),
    ]


def test_the_first_line_of_a_document_is_no_title(screener: Screener) -> None:
    text = "Resume\n2019 - Present\nFounder — Brightwave\n• Built the shop\n"
    assert entries(screener, text) == [("Founder", "Brightwave")]


def test_a_header_written_as_list_items_over_labelled_dates(screener: Screener) -> None:
    text = (
        "Ana Ruiz\nWork experience\n• Reservoir Engineering Intern\n• Northsea Energy\n"
        "• Date: June 2020 - August 2020\n• Process Engineer\n• Delta Refining\n"
        "• Date: July 2013 - June 2014\nSkills\n• Python\n"
    )
    result = screen(screener, text)
    assert [(entry.title, entry.organisation) for entry in result.experience] == [
        ("Reservoir Engineering Intern", "Northsea Energy"),
        ("Process Engineer", "Delta Refining"),
    ]
    assert result.years_experience == 1.0  # the internship is no work experience


def test_the_bullets_of_the_job_above_are_no_title(screener: Screener) -> None:
    text = (
        "Ana Ruiz\nExperience\nBackend Developer, Ledgerline\nJan 2018 - Dec 2019\n"
        "• Built the billing API\n• Ran the on-call rota\n"
        "Jan 2020 - Dec 2021\n• Led the move to Go\n"
    )
    assert entries(screener, text) == [("Backend Developer", "Ledgerline"), (None, None)]


def test_a_labelled_period_leaves_the_employer_on_its_line(screener: Screener) -> None:
    text = "Ana Ruiz\nExperience\nBackend Developer\nPeriod: 2019 - 2021, Ledgerline\n"
    assert entries(screener, text) == [("Backend Developer", "Ledgerline")]
