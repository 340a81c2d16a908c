"""Month names: an English stem reads the names and slips of a month, not words that
start alike; ranges joined as other languages join them. Every person and employer
is invented."""

from __future__ import annotations

import pytest
from screening_fixtures import spans

from recruiter_kit.screening.screener import Screener

pytestmark = pytest.mark.usefixtures("fixed_today")


@pytest.mark.parametrize(
    ("dated_line", "expected"),
    [
        # Month names, cuts and slips an English stem reads.
        ("Septermber 2019 – Feburary 2021", [("2019-09", "2021-02")]),
        ("Janu. 2018 - Sept. 2019", [("2018-01", "2019-09")]),
        ("junho 2019 - julho 2020", [("2019-06", "2020-07")]),
        ("mars 2017 – octobre 2018", [("2017-03", "2018-10")]),
        ("Febbraio 2016 - novembre 2017", [("2016-02", "2017-11")]),
        ("DECEMBER 2015 - AUGUST 2016", [("2015-12", "2016-08")]),
        # Ranges joined as German, Portuguese, Spanish, French and Italian join them.
        ("Jan 2019 bis Dez 2020", [("2019-01", "2020-12")]),
        ("03/2018 bis heute", [("2018-03", None)]),
        ("2017 até 2019", [("2017-06", "2019-05")]),
        ("enero 2018 hasta hoy", [("2018-01", None)]),
        ("de sept. 2016 à juin 2019", [("2016-09", "2019-06")]),
        ("dal 2015 al 2018", [("2015-06", "2018-05")]),
        # Dutch month names, and ranges as Dutch and Polish join and end them.
        ("maart 2019 - heden", [("2019-03", None)]),
        ("jan. 2015 – mrt. 2019", [("2015-01", "2019-03")]),
        ("mei 2016 tot heden", [("2016-05", None)]),
        ("januari 2012 - augustus 2014", [("2012-01", "2014-08")]),
        ("03.2015 - obecnie", [("2015-03", None)]),
        ("od 2014 do 2017", [("2014-06", "2017-05")]),
        # "Since" before a range joined so is the range's start, not a second job.
        ("Seit 2013 bis heute", [("2013-06", None)]),
        ("Desde 2019 hasta hoy", [("2019-06", None)]),
        ("Since 2013 → 2015", [("2013-06", "2015-05")]),
        ("Desde 2019 até hoje", [("2019-06", None)]),
        # A joiner that is also a preposition, with no range's end after it, ends no "since".
        ("Depuis 2019 au sein de l'équipe paiement", [("2019-06", None)]),
        ("Depuis 2019 à Paris", [("2019-06", None)]),
        ("Since 2013 - Acme Corp", [("2013-06", None)]),
    ],
)
def test_month_names_and_range_joiners(
    screener: Screener, dated_line: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert spans(screener, dated_line) == expected


@pytest.mark.parametrize(
    "dated_line",
    [
        "Marketing 2019 - 2020",  # was read as March 2019
        "Decade 2019 - 2020",  # December
        "Augmented 2019 - 2020",  # August
        "Novel 2019 - 2020",  # November
    ],
)
def test_words_that_start_like_a_month_leave_the_years_alone(
    screener: Screener, dated_line: str
) -> None:
    # Years alone: from the middle of the first to the middle of the last.
    assert spans(screener, dated_line) == [("2019-06", "2020-05")]


@pytest.mark.parametrize(
    ("header", "employer"),
    [
        ("Software Engineer, Acme, from Jan 2019 to Mar 2020", "Acme"),
        ("Softwareentwickler, Siemens, von 01.2015 bis 03.2019", "Siemens"),
        ("Desarrollador, Globant, desde enero 2018 hasta hoy", "Globant"),
        ("Programista, Comarch, od 2014 do 2017", "Comarch"),
        # "DE" before the dates is Delaware, not "de" (from).
        ("Software Developer\nAcme – Wilmington, DE Oct 2022 - Current", "Acme – Wilmington, DE"),
    ],
)
def test_the_word_for_from_goes_with_the_range(
    screener: Screener, header: str, employer: str
) -> None:
    result = screener.screen_bytes(f"Ana Ruiz\nExperience\n{header}\n".encode(), "cv.txt")
    assert [entry.organisation for entry in result.experience] == [employer]
