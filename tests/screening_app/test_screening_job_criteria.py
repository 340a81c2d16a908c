"""Job-description prose: level and optional-skill words come from the shipped data file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from screening_app_helpers import CountingScreener

from recruiter_kit.resources import load_json
from recruiter_kit.services import job_criteria
from recruiter_kit.services.job_criteria import VOCABULARY_FILE, criteria_from_text


@pytest.fixture(autouse=True)
def fresh_vocabulary() -> Iterator[None]:
    job_criteria.vocabulary.cache_clear()
    yield
    job_criteria.vocabulary.cache_clear()


def test_the_data_file_names_its_source_and_every_level():
    data = load_json(VOCABULARY_FILE)
    assert data["source"] and data["about"]
    assert [entry["level"] for entry in data["level_words"]] == ["senior", "junior", "mid"]
    assert data["nice_to_have_phrases"]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Backend Engineer", "senior"),
        ("Graduate Software Developer", "junior"),
        ("Mid-level API Engineer", "mid"),
    ],
)
def test_title_words_give_the_level(title, level):
    text = f"{title}\nSkills: Python and PostgreSQL\n"
    assert criteria_from_text(text, CountingScreener()).level == level


def test_years_asked_give_the_level_when_the_title_does_not():
    text = "Backend Engineer\nYou have 3+ years with Python and Go\n"
    assert criteria_from_text(text, CountingScreener()).level == "mid"


def test_edited_words_change_how_prose_is_read(monkeypatch):
    data = load_json(VOCABULARY_FILE)
    data["level_words"][0]["words"].append("rockstar")
    data["nice_to_have_phrases"].append(r"\bif you fancy\b")
    monkeypatch.setattr(job_criteria, "load_json", lambda relative: data)
    text = "Rockstar Backend Engineer\nPython every day.\nKafka if you fancy it.\n"

    criteria = criteria_from_text(text, CountingScreener())

    assert criteria.level == "senior"
    assert criteria.required == ["Python"] and criteria.nice_to_have == ["Kafka"]
