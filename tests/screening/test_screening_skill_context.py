"""Names that are skills elsewhere but not where they stand: profile links and employers."""

from __future__ import annotations

import pytest
from screening_fixtures import skill_names as found

from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe\nGithub: https://github.com/jroe\nExperience\nEngineer, Acme, 2019 - 2024\n",
        "Jane Roe\nGitHub | LinkedIn\nExperience\nEngineer, Acme, 2019 - 2024\n",
        "Experience\nEngineer, Acme, 2019 - 2024\nLinks\nGitHub: jroe | GitLab: @jroe\n",
        "Experience\n• Open-source work on GitHub (https://github.com/jroe/ledger)\n",
    ],
    ids=["link-in-header", "label-in-header", "handle", "url-on-the-line"],
)
def test_a_profile_link_is_not_a_skill(screener: Screener, text: str) -> None:
    assert not {"GitHub", "GitLab"} & found(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nGit, GitHub, Jira\n",
        "Skills\nVersion control: GitHub\n",
        "Experience\n• Moved CI from Jenkins to GitLab runners and GitHub Actions\n",
    ],
)
def test_the_tools_themselves_are_still_skills(screener: Screener, text: str) -> None:
    assert {"GitHub", "GitLab", "GitHub Actions"} & found(screener, text)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Experience\niOS Engineer, Agile Fusion Corporation | 2019 - 2021\n", "Agile"),
        ("Experience\nStaff Engineer (Data), VMware Ltd, 2019 - 2021\n", "VMware"),
        ("Experience\nEngineer at Docker, Inc. 2015 - 2016\n", "Docker"),
    ],
)
def test_an_employer_named_like_a_tool_is_not_a_skill(
    screener: Screener, text: str, employer: str
) -> None:
    assert employer not in found(screener, text)


def test_the_tool_beside_its_company_is_still_a_skill(screener: Screener) -> None:
    text = "Experience\nEngineer at Docker, Inc. 2015 - 2016\n• Built Docker images for CI\n"
    assert "Docker" in found(screener, text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience\nSenior Python Developer, Acme Ltd, 2019 - 2021\n", "Python"),
        ("Experience\nJava Developer | Globex Corp 2019 - 2021\n", "Java"),
        ("Experience\nKafka Platform Team, Initech GmbH 2019 - 2021\n", "Kafka"),
    ],
)
def test_a_skill_in_a_title_before_the_employer_is_still_a_skill(
    screener: Screener, text: str, skill: str
) -> None:
    assert skill in found(screener, text)
