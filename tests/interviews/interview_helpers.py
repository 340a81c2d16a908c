"""Shared builders for the interviews tests (plain functions, imported by the test modules)."""

from __future__ import annotations

from recruiter_kit.core.models import Candidate, Job, Level
from recruiter_kit.screening.results import Evidence, FlagHit, Metrics, ScreeningResult, SkillHit
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.repositories import CandidateRepository, JobRepository

# Invented resume lines, written for these tests.
NUMBER_LINES = (
    "Trimmed checkout p95 from 900 ms to 210 ms by batching stock lookups",
    "Ran a ledger service at 4,500 writes per second across 3 regions",
    "Reduced nightly reconciliation from 50 minutes to 7",
)


def job(
    level: str | None = "senior", skills: tuple[str, ...] = ("Go", "PostgreSQL", "Kafka")
) -> Job:
    return Job(
        id=7,
        title="Backend Engineer, Ledger",
        level=Level(level) if level else None,
        required_skills=list(skills),
        nice_to_have_skills=["Redis"] if skills else [],
    )


def screened(numbers: tuple[str, ...] = NUMBER_LINES) -> ScreeningResult:
    return ScreeningResult(
        status="ok",
        skills=[
            SkillHit("Go", "language", True, [Evidence("Built the ledger in Go", "experience", 9)]),
            SkillHit(
                "Terraform",
                "infrastructure",
                False,
                [Evidence("Tools: Terraform, Helm", "skills", 30)],
            ),
        ],
        yellow_flags=[
            FlagHit(
                "generic_backend_without_specifics",
                "yellow",
                "Generic backend experience",
                [Evidence("Worked on various backend services", "experience", 15)],
            )
        ],
        metrics=Metrics(
            quantified=len(numbers),
            quantified_lines=[
                Evidence(f"• {line}", "experience", 10 + i) for i, line in enumerate(numbers)
            ],
        ),
    )


def add_job_and_candidate(
    database: Database, skills: tuple[str, ...] = ("Go", "PostgreSQL")
) -> tuple[int, int]:
    with database.session() as session:
        saved_job = JobRepository(session).add(
            Job(id=None, title="Platform Engineer", level=Level.MID, required_skills=list(skills))
        )
        saved = CandidateRepository(session).add(
            Candidate(id=None, name="Ines Marlowe", code="C-7A1B2C", job_id=saved_job.id)
        )
    return saved_job.id, saved.id


def store_screening(
    database: Database, candidate_id: int, job_id: int, result: ScreeningResult
) -> None:
    """Store a screening row as the screening feature keeps it (its table, its JSON)."""
    from recruiter_kit.core.models import Document, DocumentStatus
    from recruiter_kit.storage.models.screening import ScreeningRecord
    from recruiter_kit.storage.repositories import DocumentRepository

    data = result.to_dict()
    data.pop("text", None)
    with database.session() as session:
        document = DocumentRepository(session).add(
            Document(
                id=None,
                filename="resume.pdf",
                sha256=f"{candidate_id:064d}",
                size=3,
                media_type="application/pdf",
                status=DocumentStatus.OK,
                text="x",
                candidate_id=candidate_id,
            ),
            b"pdf",
        )
        session.add(
            ScreeningRecord(
                document_id=document.id,
                candidate_id=candidate_id,
                job_id=job_id,
                status="ok",
                score=70,
                yellow_count=len(result.yellow_flags),
                result=data,
            )
        )
