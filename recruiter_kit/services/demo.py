"""The demo database a newcomer opens first: fictional jobs and screened candidates.

Everything goes through the same services a user's actions take: jobs are made
from shipped templates, resumes are imported and screened one file at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from recruiter_kit import resources
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.jobs.model import JobDescription
from recruiter_kit.services.directory import DirectoryService
from recruiter_kit.services.jobs import JobService
from recruiter_kit.services.screening import ScreeningService
from recruiter_kit.storage.database import Database

DEMO_FILE = "demo/demo.json"


def _demo_data() -> dict[str, Any]:
    return resources.load_json(DEMO_FILE)


def demo_descriptions(service: JobService) -> list[tuple[str, JobDescription]]:
    """Each demo job as (template name, description): the template with the demo's changes."""
    described = []
    for item in _demo_data()["jobs"]:
        data = service.description_from_template(item["template"], item["title"]).to_dict()
        if "hard_skills" in item:
            data["hard_skills"] = item["hard_skills"]
        described.append((item["template"], JobDescription.from_dict(data)))
    return described


def demo_resumes() -> list[tuple[Path, int]]:
    """Each fictional resume with the index of the demo job it applies for."""
    return [
        (resources.resource_path(f"demo/resumes/{item['file']}"), int(item["job"]))
        for item in _demo_data()["resumes"]
    ]


def populate_demo(database: Database) -> bool:
    """Fill an empty database with the demo data. Returns False if it already held jobs."""
    if DirectoryService(database).jobs():
        return False
    jobs = JobService(database)
    screening = ScreeningService(database)
    resumes = demo_resumes()
    for index, (template, description) in enumerate(demo_descriptions(jobs)):
        job = jobs.create(description, template=template, note="Demo data")
        files = [path for path, job_index in resumes if job_index == index]
        run_to_end(screening.import_files(files, job_id=job.id))
    return True
