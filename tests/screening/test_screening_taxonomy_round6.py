"""Names found by screening the sixth round of unseen resumes.

A framework whose name spells its language out names the language; a tool that
bears a cloud vendor's name is not that cloud; H2 is a database only beside one.
Every line here is invented for the tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from screening_fixtures import skill_names as found

from recruiter_kit.resources import load_json
from recruiter_kit.screening.screener import Screener
from recruiter_kit.screening.taxonomy import TAXONOMY_FILE, Taxonomy


@pytest.mark.parametrize(
    "text",
    [
        "Experience\n• Built the billing service in Ruby on Rails and PostgreSQL\n",
        "Skills\nFrameworks: Ruby on Rails, React\n",
        "Experience\n• Kept a ruby-on-rails monolith alive\n",
    ],
)
def test_ruby_on_rails_written_out_names_ruby(screener: Screener, text: str) -> None:
    assert {"Ruby on Rails", "Ruby"} <= found(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\n• Moved the shop from Rails to Node.js\n",
        "Skills\nFrameworks: RoR, React\n",
    ],
)
def test_rails_alone_does_not_name_ruby(screener: Screener, text: str) -> None:
    names = found(screener, text)
    assert "Ruby on Rails" in names
    assert "Ruby" not in names


def test_the_spelt_out_language_is_evidenced_where_the_framework_is(screener: Screener) -> None:
    result = screener.screen_bytes(
        b"Skills\nRuby on Rails\nExperience\n\xe2\x80\xa2 Shipped checkout in Ruby on Rails\n",
        "resume.txt",
    )
    ruby = next(hit for hit in result.skills if hit.name == "Ruby")
    assert ruby.evidenced


def test_the_java_persistence_api_written_out_names_java(screener: Screener) -> None:
    spelt_out = "Experience\n• Mapped the ledger with the Java Persistence API\n"
    assert "Java" in found(screener, spelt_out)
    assert "Java" not in found(screener, "Experience\n• Mapped the ledger with JPA and Hibernate\n")


def _with_skill(entry: dict[str, Any]) -> Taxonomy:
    data = load_json(TAXONOMY_FILE)
    return Taxonomy.load(data | {"skills": [entry, *data["skills"]]})


def test_a_language_spelt_out_inside_a_name_comes_from_the_taxonomy_field() -> None:
    # Listed before the language it names: the order of the file does not matter.
    taxonomy = _with_skill(
        {
            "name": "Gleam Web",
            "category": "frameworks",
            "implies_when_written": ["Gleam"],
            "aliases": ["Gleam Web", "GW"],
        }
    )
    screener = Screener(taxonomy=taxonomy)
    assert "Gleam" in found(screener, "Experience\n• Served the API with Gleam Web\n")
    assert "Gleam" not in found(screener, "Experience\n• Served the API with GW\n")


def test_a_tool_bearing_the_vendor_name_is_not_the_cloud(screener: Screener) -> None:
    names = found(screener, "Skills\nTools: Azure DevOps, Git, Maven\n")
    assert "Azure DevOps" in names
    assert "Azure" not in names


def test_a_cloud_service_still_names_its_cloud(screener: Screener) -> None:
    assert {"Azure Functions", "Azure"} <= found(screener, "Skills\nAzure Functions, Docker\n")
    assert {"AWS Lambda", "AWS"} <= found(screener, "Skills\nAWS Lambda, Docker\n")


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nDatabase: H2, MySQL, DynamoDB\n",
        "Experience\n• Ran the integration tests on an H2 in-memory database\n",
        "Skills\nPostgreSQL, H2, Flyway\n",
        "Skills\nH2 Database, Liquibase\n",
    ],
)
def test_h2_the_database_beside_a_datastore(screener: Screener, text: str) -> None:
    assert "H2" in found(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\n• Delivered the H2 roadmap for the payments team\n",
        "Skills\nHTML (H1, H2 headings), CSS, Markdown\n",
        "Experience\n• Enabled h2 and HTTP/3 on the edge proxies\n",
    ],
)
def test_h2_elsewhere_is_no_database(screener: Screener, text: str) -> None:
    assert "H2" not in found(screener, text)


def test_coffeescript_is_a_language(screener: Screener) -> None:
    text = "Experience\n• Wrote the front end in coffeescript and Backbone\n"
    assert "CoffeeScript" in found(screener, text)


def test_emq_is_the_broker_only_beside_mqtt_words(screener: Screener) -> None:
    assert "EMQX" in found(screener, "Experience\n• Wrote an auth plugin for the EMQ MQTT broker\n")
    assert "EMQX" not in found(screener, "Education\n• Passed the EMQ paper in anatomy\n")
