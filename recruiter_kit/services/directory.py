"""Looking up the shared entities: the jobs and candidates every workspace lists."""

from __future__ import annotations

from recruiter_kit.core.models import Candidate, Job
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.repositories import CandidateRepository, JobRepository


class DirectoryService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def jobs(self) -> list[Job]:
        with self._db.session() as session:
            return JobRepository(session).list()

    def job(self, job_id: int) -> Job:
        with self._db.session() as session:
            return JobRepository(session).get(job_id)

    def candidates(self, job_id: int | None = None) -> list[Candidate]:
        with self._db.session() as session:
            return CandidateRepository(session).list(job_id)

    def candidate(self, candidate_id: int) -> Candidate:
        with self._db.session() as session:
            return CandidateRepository(session).get(candidate_id)
