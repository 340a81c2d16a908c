"""The demo database: fictional jobs from templates and screened candidates."""

from __future__ import annotations

from recruiter_kit.services.demo import populate_demo
from recruiter_kit.services.directory import DirectoryService
from recruiter_kit.services.jobs import JobService
from recruiter_kit.services.screening import ScreeningService
from recruiter_kit.storage.database import Database


def test_demo_fills_an_empty_database_once(database: Database) -> None:
    assert populate_demo(database) is True
    directory = DirectoryService(database)
    jobs = directory.jobs()
    assert len(jobs) == 3
    assert len(directory.candidates()) == 6
    assert populate_demo(database) is False
    assert len(directory.jobs()) == 3


def test_demo_jobs_open_as_job_descriptions_with_versions(database: Database) -> None:
    populate_demo(database)
    service = JobService(database)
    for summary in service.list_jobs():
        saved = service.get(summary.id)
        assert saved.description.responsibilities
        assert len(service.versions(summary.id)) == 1


def test_demo_candidates_are_screened_and_ranked(database: Database) -> None:
    populate_demo(database)
    screening = ScreeningService(database)
    for job in DirectoryService(database).jobs():
        rows = screening.rank(job.id)
        assert len(rows) == 2
        assert all(row.status == "ok" for row in rows)
        assert rows[0].score > rows[1].score
