"""Sections, contact details, experience years and level."""

from __future__ import annotations

from datetime import date

import pytest

from recruiter_kit.screening.experience import RANGE, Span, level_for, merged_years, parse_range
from recruiter_kit.screening.reading import RawDocument
from recruiter_kit.screening.screener import Screener

TODAY = date(2026, 1, 1)


def analyse(screener: Screener, text: str):
    return screener.analyse(RawDocument("text/plain", [text]), today=TODAY)


def test_headings_and_variants(screener: Screener) -> None:
    text = (
        "Dana Reyes\nPROFESSIONAL SUMMARY\nBuilds services.\nE X P E R I E N C E\nEngineer, Acme\n"
        "Technical Skills:\nPython\nAcademic Projects\nA compiler\nEducation & Training\nB.Sc.\n"
        "Licenses & Certifications\nCKA\n"
    )
    sections = analyse(screener, text).sections
    assert sections["header"] == ["Dana Reyes"]
    assert sections["summary"] == ["Builds services."]
    assert sections["experience"] == ["Engineer, Acme"]
    assert sections["skills"] == ["Python"]
    assert sections["projects"] == ["A compiler"]
    assert sections["education"] == ["B.Sc."]
    assert sections["certifications"] == ["CKA"]


def test_sentences_and_label_lines_are_not_headings(screener: Screener) -> None:
    text = "Experience\nLanguages: Python, Go\nskills,\nWork on the platform team was fun.\n"
    sections = analyse(screener, text).sections
    assert list(sections) == ["experience"]


def test_contact_details(screener: Screener) -> None:
    text = (
        "Dana Reyes\nPortland, OR | dana.reyes@example.org | (503) 555-0199\n"
        "linkedin.com/in/danareyes · GitHub: @dreyes · https://dana.example.dev\nExperience\n"
        "Engineer 2019 - 2021\n"
    )
    contact = analyse(screener, text).contact
    assert contact.name == "Dana Reyes"
    assert contact.email == "dana.reyes@example.org"
    assert contact.phone == "(503) 555-0199"
    assert contact.location == "Portland, OR"
    assert "linkedin.com/in/danareyes" in contact.links
    assert "github.com/dreyes" in contact.links
    assert "https://dana.example.dev" in contact.links


def test_year_ranges_are_not_phone_numbers(screener: Screener) -> None:
    contact = analyse(screener, "Sam Lee\nExperience\nEngineer 2015 - 2019\n").contact
    assert contact.phone is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Jan 2019 - Present", 85),  # the current month counts
        ("March 2018 – June 2020", 28),
        ("Sep. 2023 - Mar. 2024", 7),
        ("06/2017 to 08/2019", 27),
        ("2013-12 - 2014-12", 13),
        ("June - August 2017", 3),
        ("2016 - 2018", 24),
    ],
)
def test_date_ranges(text: str, months: int) -> None:
    span = parse_range(RANGE.search(text.lower()), TODAY)  # RANGE reads lower-cased text
    assert span is not None and span.end - span.start == months


def test_overlaps_are_merged() -> None:
    spans = [Span(2019 * 12, 2021 * 12), Span(2020 * 12, 2022 * 12), Span(2024 * 12, 2025 * 12)]
    assert merged_years(spans) == 4.0


def test_years_and_level_from_experience(screener: Screener) -> None:
    text = (
        "Experience\nSenior Engineer, Acme\nJan 2020 - Present\n"
        "Engineer, Beta\nJan 2018 - Jun 2021\n"
        "Software Engineering Intern, Gamma\nJun 2016 - Aug 2016\nEducation\nB.Sc. 2012 - 2016\n"
    )
    result = analyse(screener, text)
    # Jan 2018 to Jan 2026 inclusive, the overlap once, the internship and degree left out.
    assert result.years_experience == 8.1
    assert result.level == "senior"
    assert [entry.start for entry in result.experience] == ["2020-01", "2018-01", "2016-06"]
    assert result.experience[0].end is None and result.experience[1].end == "2021-06"


def test_last_updated_date_anchors_present(screener: Screener) -> None:
    text = "Last updated March 2017\nExperience\nEngineer, Acme\nMarch 2016 - Present\n"
    assert analyse(screener, text).years_experience == 1.1  # March 2016 to March 2017 inclusive


def test_level_bands() -> None:
    bands = {"junior": 0, "mid": 2, "senior": 5}
    assert [level_for(y, bands) for y in (0, 1.9, 2, 4.9, 5, 12)] == [
        "junior",
        "junior",
        "mid",
        "mid",
        "senior",
        "senior",
    ]


def test_name_sharing_a_line_with_contact_details(screener: Screener) -> None:
    text = "Noor Haddad Email: noor@example.com\nMapo-gu, Seoul, Republic of Korea\nExperience\n"
    contact = analyse(screener, text).contact
    assert contact.name == "Noor Haddad"
    assert contact.location == "Mapo-gu, Seoul, Republic of Korea"


def test_links_keep_line_order_and_skip_email_domains(screener: Screener) -> None:
    # Links come from the lines holding a link hint only; their order is the line order,
    # and within a line a named profile comes before a web address.
    text = (
        "Kim Ode\nkim@kimode.dev | https://kimode.dev/blog\n"
        "Summary\nWrote services in Python for five years.\n"
        "Links\nportfolio.example.ORG · GitHub: @kimode WWW.Kimode.io\n"
    )
    links = analyse(screener, text).contact.links
    assert links == ["https://kimode.dev/blog", "github.com/kimode", "WWW.Kimode.io"]


def test_text_cleaning_replaces_special_spaces_and_dashes(screener: Screener) -> None:
    # No-break spaces, figure dashes and zero-width spaces; a soft hyphen between
    # spaces stands for a dash, inside a word for a hyphen.
    text = (
        "Pat\u00a0Ruiz\nExperience\nEngineer, Acme Sep 2019 \u00ad Mar 2021\n"
        "high\u00adimpact\u200b work\u2010streams --- done\n"
    )
    result = analyse(screener, text)
    assert result.text.split("\n")[0] == "Pat Ruiz"
    assert "Engineer, Acme Sep 2019 - Mar 2021" in result.text
    assert "high-impact work-streams - done" in result.text
    assert result.years_experience == 1.6


def test_a_short_phone_with_its_country_code_is_found(screener: Screener) -> None:
    text = "Imo Vasquez\nimo@example.com | +1 555 0142 | Lisbon, Portugal\nExperience\n"
    contact = analyse(screener, text).contact
    assert contact.phone == "+1 555 0142"
    assert contact.location == "Lisbon, Portugal"


def test_a_location_between_contact_details_without_separators(screener: Screener) -> None:
    text = "Ann Lee\nann@example.com  Berlin, Germany  +49 30 1234567\nExperience\n"
    contact = analyse(screener, text).contact
    assert contact.location == "Berlin, Germany"
    assert contact.phone == "+49 30 1234567"


def test_a_role_and_employer_line_is_not_a_location(screener: Screener) -> None:
    text = "Ann Lee\nSenior Engineer, Acme\nann@example.com\nExperience\n"
    assert analyse(screener, text).contact.location is None
