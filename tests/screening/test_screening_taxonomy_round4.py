"""Names found by screening unseen resumes: products resumes name, and look-alikes that are not.

Shell is also an employer, Crystal a reporting product, Tivoli and Capistrano places:
each is read as a skill only where the line shows it is one.
"""

from __future__ import annotations

import pytest
from screening_fixtures import skill_names as found

from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nPython, Shell, SQL\n",
        "Skills\nJava • Shell • Python • Javascript\n",
        "Experience\n• Built the release tooling in PHP and Shell.\n",
        "Experience\n• Wrote Shell scripting for deployments\n",
        "Experience\n• Automated builds with Unix shell\n",
        "Skills\nLinux, Shell, Vim\n",
        "Technologies\nPython\nShell\nAnsible\n",
    ],
)
def test_shell_the_language_is_still_found(screener: Screener, text: str) -> None:
    assert "Shell" in found(screener, text)


def test_bash_slash_shell_is_still_bash(screener: Screener) -> None:
    assert "Bash" in found(screener, "Experience\n• Automated builds with Bash/Shell\n")


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nClients: Shell/Bharat Petroleum, Docker, AWS\n",
        "Experience\nClient: Shell, Bengaluru | Python, SQL\n",
        "Experience\nCompany: Shell | Environment: C++, VB6, SQL Server\n",
        "Experience\nEnvironment: C++, VB6 company - Shell/Bharat Petroleum description - Fuel\n",
        "Experience\nEmployer: Shell | Stack: Go, Docker, Kafka\n",
        "Experience\nCustomer: Shell | Stack: Go, Docker, Kafka\n",
        "Skills\nWorked for Shell India, Docker, Kubernetes\n",
        "Experience\nShell India Markets, Bengaluru — Data Engineer (Python, Spark)\n",
        "Experience\nData Engineer, Shell Petroleum (Python, Azure)\n",
        "Experience\nData Engineer, Shell Energy (Python, Azure)\n",
        "Experience\nData Engineer, Shell International (Python, Azure)\n",
        "Experience\nData Engineer, Shell Global Solutions (Python, Azure)\n",
    ],
)
def test_shell_the_company_is_not_the_language(screener: Screener, text: str) -> None:
    assert "Shell" not in found(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nCrystal Reports, SSRS\n",
        "Skills\nCrystal Report, SSRS\n",
        "Experience\n• Wrote reports with Crystal Reports and SQL Server\n",
        "Experience\n• Moved the invoices to SAP Crystal Reports\n",
    ],
)
def test_crystal_reports_is_the_reporting_tool_not_the_language(
    screener: Screener, text: str
) -> None:
    names = found(screener, text)
    assert "Crystal Reports" in names
    assert "Crystal" not in names


def test_crystal_the_language_is_still_found(screener: Screener) -> None:
    assert "Crystal" in found(screener, "Skills\nCrystal, Ruby, Go\n")


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nVBScript, JavaScript\n",
        "Skills\nVB Script, JavaScript\n",
        "Skills\nQTP, VBScripts, Selenium\n",
        "Experience\n• Wrote reusable functions in VB scripting for QTP\n",
        "Experience\n• Wrote VBScript macros for the QTP test suite\n",
    ],
)
def test_vbscript_is_its_own_language(screener: Screener, text: str) -> None:
    names = found(screener, text)
    assert "VBScript" in names
    assert "Visual Basic" not in names


def test_vbscript_is_a_scripting_language_not_a_backend_one(screener: Screener) -> None:
    skill = screener.taxonomy.skills["VBScript"]
    assert (skill.category, skill.backend) == ("languages", False)


def test_vba_is_still_visual_basic(screener: Screener) -> None:
    assert "Visual Basic" in found(screener, "Skills\nVBA, VB6, C#\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Capistrano, Chef, Jenkins", {"Capistrano"}),
        ("Algolia, Typesense, Solr", {"Algolia", "Typesense"}),
        ("Lambda, Event Bridge, SQS", {"Amazon EventBridge", "AWS"}),
        ("BizTalk, SSIS, WCF", {"Microsoft BizTalk Server"}),
        ("SCCM, Active Directory, Intune", {"Microsoft SCCM"}),
        ("Tivoli, Nagios, Remedy", {"IBM Tivoli"}),
        ("Citrix, VMware, Windows Server", {"Citrix"}),
    ],
)
def test_new_names_in_a_skills_list(screener: Screener, line: str, expected: set[str]) -> None:
    assert expected <= found(screener, f"Skills\n{line}\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience\n• Deployed the Rails apps with Capistrano\n", "Capistrano"),
        ("Experience\n• Moved product search from Elasticsearch to Algolia\n", "Algolia"),
        ("Experience\n• Ran self-hosted Typesense for catalogue search\n", "Typesense"),
        (
            "Experience\n• Routed order events through AWS Event Bridge rules\n",
            "Amazon EventBridge",
        ),
        ("Experience\n• Set up Amazon Event Bridge schedules\n", "Amazon EventBridge"),
        (
            "Experience\n• Integrated partners over Microsoft BizTalk Server\n",
            "Microsoft BizTalk Server",
        ),
        (
            "Experience\n• Packaged software with System Center Configuration Manager\n",
            "Microsoft SCCM",
        ),
        ("Experience\n• Monitored 400 servers with IBM Tivoli\n", "IBM Tivoli"),
        ("Experience\n• Ran nightly backups with Tivoli Storage Manager\n", "IBM Tivoli"),
        ("Experience\n• Supported 2,000 Citrix XenApp users\n", "Citrix"),
    ],
)
def test_new_names_in_bullets(screener: Screener, text: str, expected: str) -> None:
    assert expected in found(screener, text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Interests\nTravel: Tivoli Gardens, Copenhagen, Oslo\n", "IBM Tivoli"),
        ("Skills\nTravel photography: Tivoli Gardens, Nyhavn\n", "IBM Tivoli"),
        ("Experience\n• Lived in Tivoli, Italy for two years\n", "IBM Tivoli"),
        ("Experience\nTivoli\nSoftware Engineer 1997 - 1999\n", "IBM Tivoli"),
        ("Summary\nJane Roe | San Juan Capistrano, CA | jane@example.com\n", "Capistrano"),
        ("Experience\nTeacher, Capistrano Unified School District\n", "Capistrano"),
        ("Education\nCapistrano Valley High School, 2012\n", "Capistrano"),
        ("Summary\nLives in Capistrano Beach, CA\n", "Capistrano"),
        ("Experience\n• Built an event bridge between Kafka and RabbitMQ\n", "Amazon EventBridge"),
        ("Skills\nCitric acid titration, HPLC, Citrus grading\n", "Citrix"),
    ],
)
def test_look_alikes_of_new_names_are_not_skills(
    screener: Screener, text: str, not_expected: str
) -> None:
    assert not_expected not in found(screener, text)


@pytest.mark.parametrize(
    ("line", "assembly"),
    [
        ("Skills\nC, C++, Assembly, Python\n", True),
        ("Skills\nProgramming languages: Assembly, Fortran\n", True),
        ("Skills\nManufacturing, Assembly, Automation, Calibration, CNC\n", False),
    ],
)
def test_assembly_is_a_language_only_beside_programming(
    screener: Screener, line: str, assembly: bool
) -> None:
    assert ("Assembly" in found(screener, line)) is assembly


def test_an_employer_ending_in_pvt_ltd_is_not_a_skill(screener: Screener) -> None:
    text = "Experience\nJr. Java Developer, Phoenix Microsystems Pvt.Ltd. 2019 - 2021\n"
    assert "Phoenix" not in found(screener, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skills\nTile38, Redis\n", "Tile38"),
        ("Skills\nEMQX, Mosquitto\n", "EMQX"),
        ("Experience\n• Ran Kafka on Kubernetes with Strimzi\n", "Strimzi"),
        ("Experience\n• Moved the Windows builds from CruiseControl.NET to AppVeyor\n", "AppVeyor"),
        (
            "Experience\n• Moved the Windows builds from CruiseControl.NET to AppVeyor\n",
            "CruiseControl.NET",
        ),
        ("Skills\nOCaml, ReasonML\n", "ReasonML"),
        ("Skills\nMATLAB, Octave, Python\n", "GNU Octave"),
    ],
)
def test_names_from_the_fifth_research_round(screener: Screener, text: str, name: str) -> None:
    assert name in found(screener, text)


def test_an_octave_in_prose_is_music(screener: Screener) -> None:
    assert "GNU Octave" not in found(screener, "Interests\nSang an octave higher in the choir\n")
