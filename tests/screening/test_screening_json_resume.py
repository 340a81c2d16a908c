"""JSON Resume files as people write them: the schema, its common variants and small slips."""

from __future__ import annotations

import json
from datetime import date

import pytest

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading import read_document
from recruiter_kit.screening.screener import Screener


def _resume(**extra: object) -> dict[str, object]:
    return {
        "basics": {"name": "Ines Varga", "email": "ines@example.com"},
        "work": [
            {
                "name": "Ledgerline",
                "position": "Backend Engineer",
                "startDate": "2018-03-01",
                "endDate": "2024-03-01",
                "highlights": ["Built the billing API"],
            }
        ],
    } | extra


def test_dates_written_in_words_count_as_work(screener: Screener) -> None:
    resume = _resume()
    resume["work"] = [
        {
            "name": "Ledgerline",
            "position": "QA Lead",
            "startDate": "February 2012",
            "endDate": "Oct 2020",
        }
    ]
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert result.years_experience == 8.8  # February 2012 to October 2020, inclusive
    assert result.level == "senior"


@pytest.mark.parametrize("key", ["technologies", "tech", "techStack", "stack", "tools", "keywords"])
def test_the_technologies_of_a_job_are_read_whatever_the_key(screener: Screener, key: str) -> None:
    resume = _resume()
    resume["work"][0][key] = ["PostgreSQL", "Kafka"]  # type: ignore[index]
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert {"PostgreSQL", "Kafka"} <= {skill.name for skill in result.skills}
    assert "Technologies: PostgreSQL, Kafka" in result.text


def test_skills_outside_the_schema_and_skill_descriptions_are_read(screener: Screener) -> None:
    resume = _resume(
        technicalSkillsByCategory={"Datastores": ["Redis", "DynamoDB"]},
        skills=[{"name": "Cloud", "description": "AWS Lambda and SQS every day"}],
    )
    found = {s.name for s in screener.screen_bytes(json.dumps(resume).encode(), "cv.json").skills}
    assert {"Redis", "DynamoDB", "AWS Lambda", "Amazon SQS"} <= found


def test_a_summary_at_the_top_level_is_read(screener: Screener) -> None:
    resume = _resume(summary="Ten years of PostgreSQL and gRPC services")
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert {"PostgreSQL", "gRPC"} <= {s.name for s in result.skills}


def test_trailing_commas_and_raw_newlines_are_forgiven() -> None:
    text = '{"basics": {"name": "Ines Varga", "summary": "Backend\nengineer",},\n"work": [],}'
    document = read_document(text.encode(), "cv.json")
    assert "Ines Varga" in document.text


def test_broken_json_still_names_the_file_and_the_line() -> None:
    with pytest.raises(Exception, match=r"cv.json: not valid JSON \(line 2"):
        read_document(b'{"basics":\n {"name": }}', "cv.json")


def test_last_modified_is_when_the_resume_was_written() -> None:
    resume = _resume(meta={"lastModified": "2021-12-05T10:00:00"})
    document = read_document(json.dumps(resume).encode(), "cv.json")
    assert document.written == date(2021, 12, 5)
    assert read_document(json.dumps(_resume()).encode(), "cv.json").written is None


def test_an_open_job_ends_when_the_resume_was_last_modified(screener: Screener) -> None:
    resume = _resume(meta={"lastModified": "2021-12-05"})
    resume["work"][0]["endDate"] = ""  # type: ignore[index]
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert result.years_experience == 3.8  # March 2018 to December 2021, not to today


def test_dates_written_as_timestamps_count(screener: Screener) -> None:
    resume = _resume()
    resume["work"][0]["startDate"] = "2019-02-15T00:00:00.000Z"  # type: ignore[index]
    resume["work"][0]["endDate"] = "2021-07-01T00:00:00Z"  # type: ignore[index]
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert result.years_experience == 2.5


def test_site_data_resumes_with_other_names_for_the_parts_are_read(screener: Screener) -> None:
    resume = {
        "name": "Ines Varga",
        "tagline": "Platform engineer",
        "email": "ines@example.com",
        "jobs": [
            {
                "employer": "Ledgerline",
                "job_title": "Backend Engineer",
                "term": {"start": "March 2018", "end": "March 2024"},
                "accomplishments": ["Built the billing API in Go on PostgreSQL"],
            }
        ],
        "experience": [
            {
                "company": "Fjordware",
                "position": "SRE",
                "period": "Apr 2024 - Oct 2025",
                "duties": ["Ran Kafka"],
            }
        ],
    }
    result = screener.screen_bytes(json.dumps(resume).encode(), "resume.json")
    assert result.contact.name == "Ines Varga" and result.contact.email == "ines@example.com"
    assert [(e.title, e.start, e.end) for e in result.experience] == [
        ("SRE", "2024-04", "2025-10"),
        ("Backend Engineer", "2018-03", "2024-03"),
    ]
    assert {"Go", "PostgreSQL"} <= {skill.name for skill in result.skills}


def test_an_open_term_and_a_written_period_date_the_job(screener: Screener) -> None:
    resume = _resume()
    resume["work"] = [
        {"company": "Ledgerline", "title": "Engineer", "term": {"start": "2019-01", "end": None}},
        {"company": "Fjordware", "title": "Engineer", "period": "Jun 2015 - Dec 2018"},
    ]
    resume["meta"] = {"lastModified": "2024-01-15"}
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert [(e.start, e.end) for e in result.experience] == [
        ("2019-01", None),  # still there when the file was written
        ("2015-06", "2018-12"),
    ]


def test_skill_groups_kept_under_a_key_of_their_own_are_read(screener: Screener) -> None:
    resume = _resume(
        skills={
            "levels": [{"value": 1, "description": "Expert", "class": "bar-one"}],
            "clusters": [
                {"title": "Languages", "items": [{"skill": "Golang", "level": 1}]},
                {"title": "Datastores", "items": [{"skill": "Redis", "level": 2}]},
            ],
        }
    )
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert {"Go", "Redis"} <= {skill.name for skill in result.skills}
    assert "Languages: Golang" in result.text


def test_json_that_is_no_resume_is_still_refused() -> None:
    with pytest.raises(DocumentError, match="not a JSON Resume document"):
        read_document(json.dumps({"name": "left-pad", "version": "1.3.0"}).encode(), "package.json")


def test_a_job_summary_in_lower_case_is_not_joined_to_the_jobs_header(
    screener: Screener,
) -> None:
    resume = _resume()
    resume["work"][0]["summary"] = "ledgerline runs payroll for small shops"  # type: ignore[index]
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert [(e.title, e.organisation) for e in result.experience] == [
        ("Backend Engineer", "Ledgerline")
    ]
    assert "ledgerline runs payroll for small shops" in result.text.split("\n")


def test_a_fields_own_wrapped_lines_are_joined(screener: Screener) -> None:
    resume = _resume()
    resume["work"][0]["summary"] = (  # type: ignore[index]
        "Developed backend services and REST APIs for the ledger team\nand its partners."
    )
    result = screener.screen_bytes(json.dumps(resume).encode(), "cv.json")
    assert (
        "Developed backend services and REST APIs for the ledger team and its partners."
        in result.text.split("\n")
    )
