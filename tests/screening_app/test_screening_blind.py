"""Blind review hides who the candidate is and where they studied, and keeps the work."""

from __future__ import annotations

from recruiter_kit.screening.results import Contact, Evidence, FlagHit, ScreeningResult, SkillHit
from recruiter_kit.services.blind import Redactor, blind_label, blind_result

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


def test_blind_label():
    assert blind_label("Ada Byron", "C-1", blind=True) == "C-1"
    assert blind_label("Ada Byron", "C-1", blind=False) == "Ada Byron"
    assert blind_label(None, "C-1", blind=False) == "C-1"
