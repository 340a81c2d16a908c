"""Stored jobs: versions, compare, restore, export; bad input leaves stored jobs as they were."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pdfplumber
import pytest

from recruiter_kit.core.errors import DocumentError, InvalidInputError, NotFoundError
from recruiter_kit.core.models import Job, Level
from recruiter_kit.services.jobs import JobService
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.repositories import JobRepository


@pytest.fixture
def service(database: Database) -> JobService:
    return JobService(database)


def test_create_from_template_stores_structured_skills_for_screening(
    service: JobService, database: Database
) -> None:
    saved = service.create_from_template(
        "backend-mid-platform", title="Platform Engineer (Messaging)", values={"salary_min": "64k"}
    )
    with database.session() as session:
        row = JobRepository(session).get(saved.id)
    assert row.title == "Platform Engineer (Messaging)"
    assert row.level is Level.MID
    assert row.required_skills == ["Go", "Kubernetes", "Terraform", "AWS"]
    assert "Kafka" in row.nice_to_have_skills
    assert row.details["description"]["salary"]["minimum"] == 64000
    assert saved.version == 1


def test_every_save_is_kept_and_two_versions_compare(service: JobService) -> None:
    first = service.create_from_template("backend-junior-product")
    changed = dataclasses.replace(
        first.description.copy(), title="Junior Backend Engineer (Orders)"
    )
    service.save(first.id, changed, note="Title for the orders team")
    service.save(first.id, changed)
    versions = service.versions(first.id)
    assert [v.number for v in versions] == [3, 2, 1]
    assert versions[1].note == "Title for the orders team"
    diff = service.diff(first.id, 1, 2)
    assert [change.field for change in diff.changes] == ["title"]
    assert "-Junior Backend Engineer" in diff.text_diff
    assert "+Junior Backend Engineer (Orders)" in diff.text_diff


def test_restore_adds_a_version_and_loses_none(service: JobService) -> None:
    first = service.create_from_template("data-engineer-mid")
    service.save(first.id, dataclasses.replace(first.description.copy(), title="Changed"))
    restored = service.restore(first.id, 1)
    assert restored.version == 3
    assert service.get(first.id).description.title == "Data Engineer"
    assert [v.title for v in service.versions(first.id)] == [
        "Data Engineer",
        "Changed",
        "Data Engineer",
    ]


def test_other_features_details_survive_a_save(service: JobService, database: Database) -> None:
    saved = service.create_from_template("backend-mid-product")
    with database.session() as session:
        jobs = JobRepository(session)
        row = jobs.get(saved.id)
        row.details["knockouts"] = ["Needs a work permit"]
        jobs.update(row)
    service.save(saved.id, saved.description)
    with database.session() as session:
        assert JobRepository(session).get(saved.id).details["knockouts"] == ["Needs a work permit"]


def test_a_job_made_elsewhere_opens_with_its_skills(
    service: JobService, database: Database
) -> None:
    with database.session() as session:
        job = JobRepository(session).add(
            Job(
                id=None,
                title="Demo job",
                level=Level.SENIOR,
                required_skills=["Python"],
                nice_to_have_skills=["Kafka"],
            )
        )
    description = service.get(job.id or 0).description
    assert description.required_skills == ["Python"]
    assert description.nice_to_have_skills == ["Kafka"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"salary_max": "plenty"}, "must be a number"),
        ({"about_role": "x" * 100_000}, "100,000 characters"),
        ({"favourite_colour": "blue"}, "Unknown field 'favourite_colour'"),
    ],
)
def test_bad_input_is_refused_and_stored_jobs_stay(
    service: JobService, values: dict[str, str], message: str
) -> None:
    stored = service.create_from_template("fullstack-mid")
    with pytest.raises(InvalidInputError, match=message):
        service.create_from_template("fullstack-mid", values=values)
    with pytest.raises(InvalidInputError, match=message):
        data = stored.description.to_dict()
        key, value = next(iter(values.items()))
        if key == "salary_max":
            data["salary"]["maximum"] = value
        else:
            data[key] = value
        from recruiter_kit.jobs.model import JobDescription

        service.save(stored.id, JobDescription.from_dict(data))
    assert len(service.list_jobs()) == 1
    assert service.get(stored.id).description == stored.description
    assert len(service.versions(stored.id)) == 1


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "html", "txt"])
def test_export_writes_each_format(service: JobService, tmp_path: Path, fmt: str) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    saved = service.create_from_template("devops-sre-mid")
    path = service.export(saved.id, fmt, tmp_path / f"job.{fmt}")
    data = path.read_bytes()
    assert data
    if fmt == "pdf":
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert "Site Reliability Engineer" in pdf.pages[0].extract_text()
    assert [p.name for p in tmp_path.iterdir()] == [f"job.{fmt}"]  # no temporary left


def test_export_to_an_unwritable_place_gives_a_clear_message(
    service: JobService, tmp_path: Path
) -> None:
    saved = service.create_from_template("devops-sre-senior")
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DocumentError, match=r"Cannot write .*a-file/job\.pdf"):
        service.export(saved.id, "pdf", blocker / "job.pdf")
    with pytest.raises(DocumentError, match="does not exist"):
        service.export(saved.id, "pdf", tmp_path / "missing" / "job.pdf")
    with pytest.raises(DocumentError, match="it is a folder"):
        service.export(saved.id, "pdf", tmp_path)
    assert service.get(saved.id).description.title == "Senior Site Reliability Engineer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_export_replaces_an_existing_file_whole(service: JobService, tmp_path: Path) -> None:
    saved = service.create_from_template("backend-junior-platform")
    target = tmp_path / "job.txt"
    target.write_text("old content " * 1000)
    service.export(saved.id, "txt", target)
    assert target.read_text(encoding="utf-8").startswith("Junior Platform Engineer")


def test_unknown_job_and_version(service: JobService) -> None:
    with pytest.raises(NotFoundError):
        service.get(999)
    saved = service.create_from_template("backend-junior-platform")
    with pytest.raises(NotFoundError, match="no version 7"):
        service.restore(saved.id, 7)


def test_lint_job(service: JobService) -> None:
    saved = service.create_from_template(
        "backend-senior-platform", values={"salary_min": "", "salary_max": ""}
    )
    assert [f.check for f in service.lint_job(saved.id) if f.severity == "error"] == [
        "missing-salary"
    ]
