"""Contact details in the layouts that screening 60 public resumes got wrong.

Each case copies the layout of a real resume with invented people, employers
and numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import load_json
from recruiter_kit.screening import contact
from recruiter_kit.screening.contact import CONTACT_FILE, parse_contact_words
from recruiter_kit.screening.reading import RawDocument
from recruiter_kit.screening.results import Contact
from recruiter_kit.screening.screener import Screener

TODAY = date(2026, 1, 1)


def contact_of(screener: Screener, text: str) -> Contact:
    return screener.analyse(RawDocument("text/plain", [text]), today=TODAY).contact


def markdown_contact(screener: Screener, text: str) -> Contact:
    return screener.screen_bytes(text.encode(), "resume.md").contact


@pytest.mark.parametrize(
    "dates",
    [
        "08.2014 - 12.2014 | Springfield",  # MM.YYYY, from a Markdown resume
        "08/2014 - 12/2014",
        "2023-07 - 2024-07",  # YYYY-MM, as the JSON Resume reader writes dates
        "(2021-01 - 2023-09)",
        "2019.01 – 2020.03",
        "2014 08 – 2019 04",  # year and month a space apart, as moderncv writes them
        "08 2014 - 04 2019",
    ],
)
def test_month_and_year_ranges_are_not_phone_numbers(screener: Screener, dates: str) -> None:
    text = f"Lena Moss\nlena.moss@example.org\nExperience\nBackend Engineer, Tallow Ltd\n{dates}\n"
    assert contact_of(screener, text).phone is None


@pytest.mark.parametrize(
    "line",
    [
        "Thesis: ISBN13: 9789065501165, nominated for a prize",
        "Book: 978-1-4028-9462-6",
        "Published as 9791034567891",
        "Student ID: 4155550142",
        "DOI 1014555014299",
    ],
)
def test_book_numbers_and_identifiers_are_not_phone_numbers(screener: Screener, line: str) -> None:
    text = f"Data engineer\nEducation\nMSc, Leiden University\n{line}\n"
    assert contact_of(screener, text).phone is None


def test_a_phone_number_after_a_date_range_is_still_found(screener: Screener) -> None:
    text = "Lena Moss\nExperience\nEngineer\n08.2014 - 12.2014\nContact\nPhone: +1 415 555 0142\n"
    assert contact_of(screener, text).phone == "+1 415 555 0142"


@pytest.mark.parametrize(
    "phone", ["+49 30 1234 5678", "(555) 201 0199", "201 555 2019", "+44 20 7946 0958"]
)
def test_phone_numbers_with_spaces_are_no_dates(screener: Screener, phone: str) -> None:
    text = f"Lena Moss\n{phone} | lena.moss@example.org\nExperience\nEngineer\n2014 08 – 2019 04\n"
    assert contact_of(screener, text).phone == phone


@pytest.mark.parametrize("tail", ["Hybrid", "Remote", "On-site", "Austin, TX"])
def test_an_employer_with_a_work_mode_or_place_is_not_the_name(
    screener: Screener, tail: str
) -> None:
    text = (
        "Skills\nLanguages: Python, SQL\nExperience\nSenior Data Engineer\n"
        f"Harbor Freight Bank - {tail}\n2025 - Present\nNew York, NY\n"
    )
    assert contact_of(screener, text).name is None


def test_an_employer_on_a_dated_entry_is_not_the_name(screener: Screener) -> None:
    text = (
        "About\nBackend engineer at Northwind Labs, working on matchmaking.\n"
        "Experience\nNorthwind Labs — Backend Engineer\nJuly 2022 – Present\n"
        "• Built a matchmaking service in Go\n"
    )
    assert contact_of(screener, text).name is None


@pytest.mark.parametrize(
    "first_line",
    ["Ines Varga – Austin, TX", "Ines Varga | Remote | ines@example.org", "Ines Varga"],
)
def test_a_header_name_keeps_its_place_and_mode(screener: Screener, first_line: str) -> None:
    # A freelancer's own business under Experience does not unseat the header's name.
    text = f"{first_line}\nExperience\nInes Varga Consulting, 2019 - Present\n"
    assert contact_of(screener, text).name == "Ines Varga"


def test_an_all_caps_name_run_into_the_city(screener: Screener) -> None:
    text = (
        "MARIA KOVAC Springfield, IL ▪ (217)555-0143 ▪ maria.kovac@example.org\n"
        "Software Developer GitHub: mkovac ▪ LinkedIn: maria-kovac\nTechnical Skills\n▪ Java\n"
    )
    contact = contact_of(screener, text)
    assert contact.name == "MARIA KOVAC"
    assert contact.phone == "(217)555-0143"


@pytest.mark.parametrize("mark", ["▪", "●", "◦", "♦"])
def test_bullet_glyphs_separate_the_name(screener: Screener, mark: str) -> None:
    text = f"Maria Kovac {mark} Software Developer {mark} maria.kovac@example.org\n"
    assert contact_of(screener, text).name == "Maria Kovac"


@pytest.mark.parametrize(
    ("line", "email"),
    [
        ("ines (at) vargaworks.net", "ines@vargaworks.net"),
        ("ines [dot] varga [at] gmail [dot] com", "ines.varga@gmail.com"),
        ("Mail: ines.varga {at} posteo (dot) de", "ines.varga@posteo.de"),
    ],
)
def test_obfuscated_addresses_are_decoded(screener: Screener, line: str, email: str) -> None:
    text = f"Ines Varga\nContact information\n{line}\n+1 856 555 0156\n"
    assert contact_of(screener, text).email == email


def test_a_written_address_beats_a_placeholder_mailto_target(screener: Screener) -> None:
    text = (
        "# Ines Varga\n\nCairo, Egypt\n\n"
        "[ines [dot] varga [at] gmail [dot] com](mailto:amr@example.com)\n\n## Experience\n"
    )
    assert markdown_contact(screener, text).email == "ines.varga@gmail.com"


def test_a_written_address_beats_a_different_mailto_target(screener: Screener) -> None:
    text = "# Ines Varga\n\n[ines@vargaworks.net](mailto:jobs@vargaworks.org)\n"
    assert markdown_contact(screener, text).email == "ines@vargaworks.net"


def test_a_placeholder_address_gives_way_to_a_real_one(screener: Screener) -> None:
    text = "Ines Varga\nana@example.com | ines@vargaworks.net\n"
    assert contact_of(screener, text).email == "ines@vargaworks.net"


def test_a_placeholder_address_alone_is_kept(screener: Screener) -> None:
    text = "Ines Varga\nines.varga@example.org | +1 415 555 0142\n"
    assert contact_of(screener, text).email == "ines.varga@example.org"


@pytest.mark.parametrize("line", ["Ines Varga - Remote (EU)", "INES VARGA – Remote"])
def test_a_person_working_remotely_keeps_the_name(screener: Screener, line: str) -> None:
    assert contact_of(screener, f"{line}\nines@vargaworks.net\n").name is not None


def test_a_job_at_a_company_is_not_an_obfuscated_address(screener: Screener) -> None:
    text = "Ines Varga\nSenior Engineer (at) Booking.com\nines (at) gmail (dot) com\n"
    assert contact_of(screener, text).email == "ines@gmail.com"


def test_a_long_run_of_spelt_out_dots_is_read_at_once(screener: Screener) -> None:
    text = "Ines Varga\n" + "x [dot] " * 10_000 + "(at) y\n"
    assert contact_of(screener, text).email is None


@pytest.fixture
def tune(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """Add an entry to one list of the shipped word file, as a user editing it would."""
    data = load_json(CONTACT_FILE)

    def add(key: str, entry: str) -> None:
        data[key].append(entry)
        monkeypatch.setattr(contact, "load_json", lambda relative: data)
        contact.contact_words.cache_clear()

    yield add
    contact.contact_words.cache_clear()  # the next test reads the shipped file again


def test_the_word_file_names_its_source_and_purpose() -> None:
    data = load_json(CONTACT_FILE)
    assert data["source"] and data["about"]
    assert "telecommute" in data["work_modes"] and "engineer" in data["not_name_words"]


def test_an_added_placeholder_domain_gives_way_to_a_real_address(
    screener: Screener, tune: Callable[[str, str], None]
) -> None:
    text = "Ines Varga\nana@acme.test | ines@vargaworks.net\n"
    assert contact_of(screener, text).email == "ana@acme.test"
    tune("placeholder_domains", r"acme\.test")
    assert contact_of(screener, text).email == "ines@vargaworks.net"


def test_an_added_title_word_is_not_a_name(
    screener: Screener, tune: Callable[[str, str], None]
) -> None:
    text = "Platform Steward\nines@vargaworks.net\n"
    assert contact_of(screener, text).name == "Platform Steward"
    tune("not_name_words", "steward")
    assert contact_of(screener, text).name is None


def test_an_added_number_label_is_not_a_phone(
    screener: Screener, tune: Callable[[str, str], None]
) -> None:
    text = "Ines Varga\nBadge: 4155550142\n"
    assert contact_of(screener, text).phone == "4155550142"
    tune("other_number_labels", "badge")
    assert contact_of(screener, text).phone is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"not_name_words": "engineer"}, "'not_name_words' must be a list"),
        ({"contact_labels": ["phone", 7]}, "'contact_labels' must be a list"),
        ({"number_words": ["no.", ""]}, "'number_words' must be a list"),
        ({"placeholder_domains": ["example.(com"]}, r"'example\.\(com' in 'placeholder_domains'"),
    ],
)
def test_a_malformed_word_list_is_named(change: dict[str, Any], message: str) -> None:
    data = load_json(CONTACT_FILE) | change
    with pytest.raises(InvalidInputError, match=rf"contact\.json is malformed: {message}"):
        parse_contact_words(data)


def test_a_missing_word_list_is_named() -> None:
    data = load_json(CONTACT_FILE)
    del data["work_modes"]
    with pytest.raises(InvalidInputError, match=r"contact\.json is malformed: 'work_modes' must"):
        parse_contact_words(data)


def test_an_emptied_word_list_matches_nothing() -> None:
    words = parse_contact_words(load_json(CONTACT_FILE) | {"not_name_words": []})
    assert words.not_name.search("Senior Engineer") is None


def test_a_malformed_word_file_stops_the_screener_before_any_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = load_json(CONTACT_FILE) | {"work_modes": "remote"}
    monkeypatch.setattr(contact, "load_json", lambda relative: data)
    contact.contact_words.cache_clear()
    try:
        with pytest.raises(InvalidInputError, match=r"contact\.json is malformed: 'work_modes'"):
            Screener()
    finally:
        contact.contact_words.cache_clear()


@pytest.mark.parametrize("heading", ["Work History", "KEY PROFICIENCIES", "Career Summary"])
def test_a_heading_at_the_top_names_nobody(screener: Screener, heading: str) -> None:
    text = f"{heading}\nines@vargaworks.net\nBackend Engineer, Acme, 2019 - 2024\n"
    assert contact_of(screener, text).name is None


@pytest.mark.parametrize("title", ["QA Automation Lead", "Automation Testing", "IT Specialist"])
def test_a_title_at_the_top_of_a_resume_is_not_a_name(screener: Screener, title: str) -> None:
    text = f"{title}\nqa.lead@example.org\nSkills\nSelenium, Java\n"
    assert screener.screen_bytes(text.encode(), "cv.txt").contact.name is None


def test_a_name_above_a_title_is_still_the_name(screener: Screener) -> None:
    text = "Mira Okafor\nQA Automation Lead\nSkills\nSelenium, Java\n"
    assert screener.screen_bytes(text.encode(), "cv.txt").contact.name == "Mira Okafor"
