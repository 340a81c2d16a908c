"""Names that are skills only in some company: lists of languages, CJK text, vendors, employers.

Every line here is invented for the tests.
"""

from __future__ import annotations

import pytest
from screening_fixtures import skill_names as found

from recruiter_kit.screening.screener import Screener
from recruiter_kit.screening.taxonomy import tokenize


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Skills\nLanguages: c#, c++, go, python\n", {"Go", "C#", "C++", "Python"}),
        ("Interests\nLanguages: python, java, r (tidyverse), c\n", {"R", "C"}),
        ("Projects\n• Stack: kotlin, java and go\n", {"Go"}),
    ],
    ids=["skills-list", "item-with-note", "last-item-after-and"],
)
def test_a_language_in_lower_case_counts_as_an_item_of_a_language_list(
    screener: Screener, text: str, skills: set[str]
) -> None:
    assert skills <= found(screener, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Experience\n• Python, Java and a ready to go attitude\n", "Go"),
        ("Experience\n• Built the tools we go to first: Jenkins, Docker\n", "Go"),
        ("Skills\nTools: jenkins, docker, go\n", "Go"),
        ("Experience\n• Python, Java; sections a, b and c of the manual\n", "C"),
    ],
    ids=["phrase", "prose", "no-other-languages", "letters"],
)
def test_a_lower_case_word_elsewhere_is_no_language(
    screener: Screener, text: str, word: str
) -> None:
    assert word not in found(screener, text)


def test_processing_is_a_language_only_as_an_item_of_a_language_list(screener: Screener) -> None:
    assert "Processing" in found(screener, "Skills\nProgramming: Java, Processing, Python, C\n")
    for text in (
        "Skills\nTechniques: Stream Processing, Batch Processing, Python, Java\n",
        "Experience\n• Processing 3 million orders a day in Java and Python\n",
        "Skills\nTools: Processing, Excel\n",
    ):
        assert "Processing" not in found(screener, text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience\n• 使用Redis作为缓存\n", "Redis"),
        ("Experience\n• 熟悉SOAP等接口\n", "SOAP"),
        ("Skills\n缓存：Memcached等\n", "Memcached"),
    ],
)
def test_a_name_written_against_cjk_text_is_found(
    screener: Screener, text: str, skill: str
) -> None:
    assert skill in found(screener, text)


def test_cjk_characters_are_tokens_of_their_own() -> None:
    assert tokenize("RabbitMQ等") == ["RabbitMQ", "等"]
    assert tokenize("• Node.js, C++ café") == ["Node.js", "C++", "café"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skills\n• Software: Oracle, MS Office, QuickBooks\n", False),
        ("Skills\nERP: Oracle, SAP\n", False),
        ("Skills\nDatabases: Oracle, MySQL; reports in Excel\n", True),
        ("Skills\nDatabases: Oracle\n", True),
    ],
    ids=["office-tools", "erp", "beside-a-database", "alone"],
)
def test_oracle_beside_business_software_is_the_vendor(
    screener: Screener, text: str, expected: bool
) -> None:
    assert ("Oracle Database" in found(screener, text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Experience\n• Moved to Shell in 2019 to run the lab.\n",
        "Experience\n• Worked with Shell on drilling data.\n",
        "Experience\nCitrix - Cloud Group, Reno, NV\n",
    ],
)
def test_an_employer_named_like_a_tool_is_not_a_skill(screener: Screener, text: str) -> None:
    assert not {"Shell", "Citrix"} & found(screener, text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience\n• Wrote Python and Shell tools for the build\n", "Shell"),
        ("Skills\nCitrix, VMware, Active Directory\n", "Citrix"),
        ("Experience\n• Managed Citrix XenApp farms\n", "Citrix"),
    ],
)
def test_the_tools_themselves_are_still_skills(screener: Screener, text: str, skill: str) -> None:
    assert skill in found(screener, text)


def test_apache_zeppelin(screener: Screener) -> None:
    assert "Apache Zeppelin" in found(screener, "Skills\nNotebooks: Apache Zeppelin, Jupyter\n")
    assert "Apache Zeppelin" not in found(screener, "Interests\n• Led Zeppelin records\n")
