"""The demo database a newcomer opens first: fictional jobs and candidates."""

from __future__ import annotations

from recruiter_kit import resources
from recruiter_kit.core.models import Job, Level
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.repositories import JobRepository


def demo_jobs() -> list[Job]:
    data = resources.load_json("demo/demo.json")
    return [
        Job(
            id=None,
            title=item["title"],
            level=Level(item["level"]),
            required_skills=list(item["required_skills"]),
            nice_to_have_skills=list(item["nice_to_have_skills"]),
        )
        for item in data["jobs"]
    ]


def populate_demo(database: Database) -> bool:
    """Fill an empty database with the demo data. Returns False if it already held jobs."""
    with database.session() as session:
        jobs = JobRepository(session)
        if jobs.count():
            return False
        for job in demo_jobs():
            jobs.add(job)
    return True
