"""Stored results keep each evidence line's text once, and read back as the screening made them.

The screenings table holds results in two forms: evidence as references into
a lines table (written now), and evidence in full (rows stored earlier). Both
must give the same `ScreeningResult` to every reader.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from screening_app_helpers import ScreensEachFile, write_pdf_resumes

from recruiter_kit.core.models import Candidate, Document, DocumentStatus, Job
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.screening.results import (
    Contact,
    Evidence,
    FlagHit,
    JobCriteria,
    Match,
    Metrics,
    ScreeningResult,
    SkillHit,
)
from recruiter_kit.screening.screener import Screener
from recruiter_kit.services.importing import Screened, plain
from recruiter_kit.services.screening import FileOutcome, ScreeningService
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.interviews_repository import InterviewRepository
from recruiter_kit.storage.repositories import (
    CandidateRepository,
    DocumentRepository,
    JobRepository,
)
from recruiter_kit.storage.screening_repository import NewScreening, ScreeningRepository

SHARED_LINE = "Cut p99 latency by 40% moving Python services onto PostgreSQL"
OTHER_LINE = "Responsible for the on-call rotation"
TEXT = f"Dana Example\nExperience\n{SHARED_LINE}\n{OTHER_LINE}\n"


def _shared() -> Evidence:
    # A new object each time, as the screener makes one per finding.
    return Evidence(SHARED_LINE, "experience", 3)


def result_with_shared_evidence(job_id: int | None) -> ScreeningResult:
    """One line backing two skills, a flag and a metric; another line without a number."""
    unnumbered = Evidence(OTHER_LINE, "experience", None)
    return ScreeningResult(
        status="ok",
        text=TEXT,
        sections={"header": ["Dana Example"]},
        contact=Contact(name="Dana Example", email="dana@example.com"),
        years_experience=6.0,
        level="senior",
        skills=[
            SkillHit("Python", "languages", True, [_shared()]),
            SkillHit("PostgreSQL", "datastores", True, [_shared(), unnumbered]),
            SkillHit("Kafka", "messaging", False, []),
        ],
        green_flags=[FlagHit("metrics", "green", "Quantified impact", [_shared()])],
        yellow_flags=[FlagHit("duty", "yellow", "Duties", [unnumbered], reason="no outcome")],
        metrics=Metrics(bullets=2, quantified=1, quantified_lines=[_shared()]),
        match=Match(job_id=job_id, score=67, matched=["Python", "PostgreSQL"]),
    )


class FixedScreener(ScreensEachFile):
    """Screens every file to the same result, matched to the job it is given."""

    def screen_bytes(
        self, data: bytes, filename: str, job: JobCriteria | None = None
    ) -> ScreeningResult:
        return result_with_shared_evidence(job.job_id if job else None)

    def match(self, result: ScreeningResult, job: JobCriteria) -> Match:
        return Match(job_id=job.job_id, score=67, matched=["Python", "PostgreSQL"])


def _job(database: Database, title: str = "Backend") -> int:
    with database.session() as session:
        job = JobRepository(session).add(Job(id=None, title=title, required_skills=["Python"]))
    assert job.id is not None
    return job.id


def _import(service: ScreeningService, path: Path, job_id: int | None) -> FileOutcome:
    outcomes: list[FileOutcome] = []
    run_to_end(service.import_files([path], job_id=job_id, on_file=outcomes.append))
    return outcomes[0]


def _stored_json(db_path: Path, screening_id: int | None) -> str:
    with sqlite3.connect(db_path) as connection:
        row = connection.execute(
            "SELECT result FROM screenings WHERE id = ?", (screening_id,)
        ).fetchone()
    return str(row[0])


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "dana.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_shared_evidence_reads_back_from_storage_as_screened(
    database: Database, resume: Path
) -> None:
    job_id = _job(database)
    service = ScreeningService(database, FixedScreener())
    outcome = _import(service, resume, job_id)
    expected = result_with_shared_evidence(job_id)
    assert outcome.screening_id is not None
    assert service.detail(outcome.screening_id).result == expected
    assert outcome.result == expected
    assert outcome.data == plain(expected)


def test_each_evidence_line_is_stored_once(database: Database, db_path: Path, resume: Path) -> None:
    service = ScreeningService(database, FixedScreener())
    outcome = _import(service, resume, _job(database))
    stored = _stored_json(db_path, outcome.screening_id)
    assert stored.count(SHARED_LINE) == 1
    # Line 0 is the header section's; line 3 is the evidence's (the text holds it elsewhere).
    assert json.loads(stored)["lines"] == {"0": "Dana Example", "3": SHARED_LINE}


def test_the_screened_form_holds_each_line_once_and_gives_the_result_back() -> None:
    result = result_with_shared_evidence(1)
    screened = Screened.of(result)
    assert screened.result_json.count(SHARED_LINE) == 1
    assert screened.result() == result
    # Compared as text, so keys in another order fail: `screen --json` prints them in order.
    assert json.dumps(screened.data()) == json.dumps(plain(result))


def _sectioned() -> ScreeningResult:
    text = "Dana Example\nExperience\n" + SHARED_LINE + "\n" + OTHER_LINE + "\nSkills\nPython"
    return ScreeningResult(
        status="ok",
        text=text,
        sections={
            "header": ["Dana Example"],
            "experience": [SHARED_LINE, OTHER_LINE],
            "skills": ["Python"],
        },
        skills=[SkillHit("Python", "languages", True, [Evidence(SHARED_LINE, "experience", 2)])],
    )


def test_sections_are_stored_as_ranges_of_lines_each_line_once() -> None:
    result = _sectioned()
    screened = Screened.of(result)
    stored = json.loads(screened.result_json)
    assert stored["sections"] == {"header": [[0, 0]], "experience": [[2, 3]], "skills": [[5, 5]]}
    assert screened.result_json.count(SHARED_LINE) == 1
    assert screened.result() == result
    assert json.dumps(screened.data()) == json.dumps(plain(result))


def test_a_section_line_the_text_does_not_hold_keeps_its_text() -> None:
    result = _sectioned()
    result.sections["summary"] = ["A line the reader never gave"]
    stored = json.loads(Screened.of(result).result_json)
    assert stored["sections"]["summary"] == ["A line the reader never gave"]
    assert stored["sections"]["experience"] == [[2, 3]]
    assert Screened.of(result).result() == result


def test_sections_stored_as_text_beside_a_lines_table_still_read_back() -> None:
    """Rows stored while evidence was already by reference but sections were text."""
    result = _sectioned()
    stored = json.loads(Screened.of(result).result_json)
    stored["sections"] = result.sections
    stored["lines"] = {"2": SHARED_LINE}
    assert ScreeningResult.from_dict({**stored, "text": result.text, "status": "ok"}) == result


def test_evidence_without_a_line_number_is_stored_in_full() -> None:
    stored = json.loads(Screened.of(result_with_shared_evidence(1)).result_json)
    postgres = stored["skills"][1]["evidence"]
    assert postgres[0] == [3, "experience"]
    assert postgres[1] == {"line": OTHER_LINE, "section": "experience", "line_number": None}


def test_a_line_number_given_two_texts_keeps_both() -> None:
    result = ScreeningResult(
        status="ok",
        skills=[
            SkillHit("Go", "languages", True, [Evidence("Go at work", "experience", 7)]),
            SkillHit("Rust", "languages", True, [Evidence("Rust at home", "projects", 7)]),
        ],
    )
    assert Screened.of(result).result() == result


def _store_old_form(database: Database, result: ScreeningResult, job_id: int) -> int:
    """A screening as stored before evidence was kept by reference: every piece in full."""
    old_form = result.to_dict()
    del old_form["text"]
    with database.session() as session:
        candidate = CandidateRepository(session).add(
            Candidate(id=None, name="Dana Example", code="C-0LD001", job_id=job_id)
        )
        document = DocumentRepository(session).add(
            Document(
                id=None,
                filename="dana.txt",
                sha256="0" * 64,
                size=len(TEXT),
                media_type="text/plain",
                status=DocumentStatus.OK,
                text=TEXT,
                candidate_id=candidate.id,
            ),
            TEXT.encode(),
        )
        assert document.id is not None
        return ScreeningRepository(session).add(
            NewScreening(
                document_id=document.id,
                candidate_id=candidate.id,
                job_id=job_id,
                status="ok",
                error=None,
                score=67,
                level="senior",
                years=6.0,
                green=1,
                yellow=1,
                result=old_form,
            )
        )


def test_a_row_stored_in_the_old_form_still_reads_back(database: Database, db_path: Path) -> None:
    job_id = _job(database)
    expected = result_with_shared_evidence(job_id)
    screening_id = _store_old_form(database, expected, job_id)
    assert _stored_json(db_path, screening_id).count(SHARED_LINE) == 4  # the old form: once per use
    service = ScreeningService(database, FixedScreener())
    assert service.detail(screening_id).result == expected
    with database.session() as session:
        row = ScreeningRepository(session).row(screening_id)
        stored = InterviewRepository(session).latest_screening(row.candidate_id or 0)
    assert stored is not None
    assert ScreeningResult.from_dict({**stored, "text": TEXT}) == expected


def test_rescreening_old_and_new_rows_keeps_them_readable(
    database: Database, db_path: Path, resume: Path
) -> None:
    job_id = _job(database)
    old_id = _store_old_form(database, result_with_shared_evidence(job_id), job_id)
    service = ScreeningService(database, FixedScreener())
    new_id = _import(service, resume, job_id).screening_id
    assert new_id is not None
    run_to_end(service.rescreen_job(job_id))
    expected = result_with_shared_evidence(job_id)
    assert service.detail(old_id).result == expected
    assert service.detail(new_id).result == expected
    assert _stored_json(db_path, new_id).count(SHARED_LINE) == 1


def test_a_duplicate_screened_for_another_job_is_stored_by_reference(
    database: Database, db_path: Path, resume: Path
) -> None:
    first_job, second_job = _job(database), _job(database, "Data")
    service = ScreeningService(database, FixedScreener())
    _import(service, resume, first_job)
    added = _import(service, resume, second_job)
    assert added.duplicate and added.screening_id is not None
    assert _stored_json(db_path, added.screening_id).count(SHARED_LINE) == 1
    assert service.detail(added.screening_id).result == result_with_shared_evidence(second_job)


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def test_real_screenings_read_back_from_the_database_unchanged(
    database: Database, tmp_path: Path, screener: Screener
) -> None:
    paths = write_pdf_resumes(tmp_path / "inbox", 12)
    job_id = _job(database)
    service = ScreeningService(database, screener)
    criteria = service.criteria_for_job(job_id)
    outcomes: list[FileOutcome] = []
    run_to_end(service.import_files(paths, job_id=job_id, on_file=outcomes.append))
    assert len(outcomes) == len(paths)
    for outcome in outcomes:
        expected = screener.screen_bytes(outcome.path.read_bytes(), outcome.path.name, criteria)
        assert any(skill.evidence for skill in expected.skills)
        assert outcome.screening_id is not None
        assert service.detail(outcome.screening_id).result == expected
        assert json.dumps(outcome.data) == json.dumps(plain(expected))
