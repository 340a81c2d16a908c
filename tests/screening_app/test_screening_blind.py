"""Blind review hides who the candidate is and where they studied, and keeps the work."""

from __future__ import annotations

from pathlib import PurePath

from recruiter_kit.screening.results import (
    Contact,
    Evidence,
    ExperienceEntry,
    FlagHit,
    ScreeningResult,
    SkillHit,
)
from recruiter_kit.services.blind import (
    Redactor,
    blind_document_name,
    blind_filename,
    blind_label,
    blind_message,
    blind_result,
)

RESUME = """Ada Byron
ada.byron@example.org | +44 20 7946 0018 | linkedin.com/in/ada-byron | https://github.com/adab
Experience
- Cut p99 latency from 900 ms to 120 ms for 2,000,000 daily users (2019 - 2023)
Education
B.Sc. Computer Science, University of Cambridge, 2015
M.Sc., Georgia Institute of Technology; exchange term at MIT
"""


def test_redactor_hides_identity_and_schools_but_keeps_figures():
    text = Redactor("Ada Byron").text(RESUME)
    for secret in (
        "Ada",
        "Byron",
        "ada.byron@",
        "7946",
        "linkedin",
        "github",
        "Cambridge",
        "Georgia",
        "MIT",
    ):
        assert secret not in text, secret
    assert "[name]" in text and "[email]" in text and "[phone]" in text and "[school]" in text
    for kept in ("p99", "900 ms", "2,000,000 daily users", "2019 - 2023", "Computer Science"):
        assert kept in text, kept


def test_blind_result_replaces_contact_with_the_code_and_redacts_evidence():
    line = "Led the Byron team at ada.byron@example.org"
    result = ScreeningResult(
        status="ok",
        text=RESUME,
        contact=Contact(
            name="Ada Byron",
            email="ada.byron@example.org",
            phone="+44 20 7946 0018",
            links=["https://github.com/adab"],
        ),
        skills=[
            SkillHit(
                name="Go", category="languages", evidenced=True, evidence=[Evidence(line=line)]
            )
        ],
        green_flags=[
            FlagHit(id="api_design", kind="green", label="APIs", evidence=[Evidence(line=line)])
        ],
    )
    blind = blind_result(result, "C-ABC123")

    assert blind.contact == Contact(name="C-ABC123", email=None, phone=None, links=[])
    assert blind.skills[0].evidence[0].line == "Led the [name] team at [email]"
    assert blind.green_flags[0].evidence[0].line == "Led the [name] team at [email]"
    assert "Byron" not in blind.text
    assert result.contact.name == "Ada Byron"  # the original is untouched


def test_blind_result_hides_schools_and_the_name_in_work_history_titles_and_employers():
    result = ScreeningResult(
        status="ok",
        text=RESUME,
        contact=Contact(name="Ada Byron"),
        experience=[
            ExperienceEntry(
                "Research Assistant at MIT Media Lab",
                "Vision group",
                "2016-01",
                "2017-06",
                "Research Assistant at MIT Media Lab — Vision group, 2016 - 2017",
            ),
            ExperienceEntry("Founder", "Byron Analytics", "2018-01", None, "Founder, 2018 - now"),
        ],
    )
    blind = blind_result(result, "C-ABC123")

    assert [(e.title, e.organisation) for e in blind.experience] == [
        ("Research Assistant at [school] Media Lab", "Vision group"),
        ("Founder", "[name] Analytics"),
    ]
    assert "MIT" not in blind.experience[0].line


def test_blind_label():
    assert blind_label("Ada Byron", "C-1", blind=True) == "C-1"
    assert blind_label("Ada Byron", "C-1", blind=False) == "Ada Byron"
    assert blind_label(None, "C-1", blind=False) == "C-1"


SHORT_PHONE = """Imogen Vasquez
imogen@example.com | +1 555 0142 | Lisbon, Portugal
Experience
- Moved from Lisbon to lead the payments team; call +1 555 0142 (2019 - 2023)
- Kept 99.95% uptime for 1200000 users
"""


def test_short_international_phone_and_location_are_hidden():
    contact = Contact(name="Imogen Vasquez", phone="+1 555 0142", location="Lisbon, Portugal")
    text = Redactor(contact.name, contact=contact).text(SHORT_PHONE)
    for secret in ("555", "0142", "Lisbon", "Portugal", "Imogen"):
        assert secret not in text, secret
    assert "[location]" in text and "[phone]" in text
    for kept in ("2019 - 2023", "99.95% uptime", "1200000 users", "payments team"):
        assert kept in text, kept


def test_a_short_number_after_a_plus_is_a_phone_even_when_not_extracted():
    text = Redactor().text("Call +44 555 0199 or see 2019 - 2023, 1,000,000 rows")
    assert "0199" not in text and "2019 - 2023" in text and "1,000,000 rows" in text


def test_the_extracted_phone_is_hidden_as_written_anywhere():
    contact = Contact(phone="555-0142")  # too short for the pattern without a "+"
    text = Redactor(contact=contact).text("Pager 555-0142; desk 555-01420 stays")
    assert text == "Pager [phone]; desk 555-01420 stays"


def test_the_city_alone_is_hidden_only_as_a_name():
    contact = Contact(location="Mobile, AL")
    text = Redactor(contact=contact).text("Based in Mobile, AL. Built mobile apps in Mobile.")
    assert text == "Based in [location]. Built mobile apps in [location]."


def test_blind_result_hides_the_location_in_text_and_evidence():
    contact = Contact(name="Imogen Vasquez", phone="+1 555 0142", location="Lisbon, Portugal")
    line = "- Moved from Lisbon to lead the payments team"
    result = ScreeningResult(
        status="ok",
        text=SHORT_PHONE,
        contact=contact,
        skills=[SkillHit("Go", "languages", True, [Evidence(line, "experience", 4)])],
    )
    blind = blind_result(result, "C-1")
    assert "Lisbon" not in blind.text and "0142" not in blind.text
    assert blind.skills[0].evidence[0].line == "- Moved from [location] to lead the payments team"
    assert blind.contact.location is None


def test_files_that_could_not_be_read_get_a_neutral_name():
    assert blind_document_name("Jane_Doe_Resume.pdf", None, 7) == "document-7.pdf"
    assert blind_document_name("Jane_Doe_Resume.pdf", "C-1A2B3C", 7) == "C-1A2B3C.pdf"
    message = "Jane_Doe_Resume.pdf: the PDF is damaged"
    assert blind_message(message, "Jane_Doe_Resume.pdf", "document-7.pdf") == (
        "document-7.pdf: the PDF is damaged"
    )
    shown = blind_filename(PurePath("/in/Jane_Doe_Resume.pdf"), None, None, 7)
    assert shown == "document-7.pdf"
    nameless = ScreeningResult(status="ok", contact=Contact(name=None))
    assert blind_filename(PurePath("Jane_Doe.pdf"), nameless, "C-1", 7) == "C-1.pdf"
    named = ScreeningResult(status="ok", contact=Contact(name="Ann Lee"))
    assert blind_filename(PurePath("cv-2024.pdf"), named, "C-1", 7) == "cv-2024.pdf"
    assert blind_filename(PurePath("ann_lee.pdf"), named, "C-1", 7) == "C-1.pdf"


def test_a_name_in_another_alphabet_is_found_and_hidden():
    from recruiter_kit.screening.screener import Screener

    text = (
        "Дмитрий Иванов\ndmitry@example.org\nExperience\n"
        "- Иванов built the ledger service in Go for 2,000,000 users (2019 - 2023)\n"
    )
    result = Screener().screen_bytes(text.encode(), "cv.txt")
    assert result.contact.name == "Дмитрий Иванов"

    blind = blind_result(result, "C-7")
    assert "Иванов" not in blind.text and "Дмитрий" not in blind.text
    assert "2,000,000 users" in blind.text and blind.contact.name == "C-7"
