"""Importing resumes: dedupe, per-file failures, kept originals, known candidates, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from screening_app_helpers import CountingScreener, write_text_resume
from sqlalchemy import event

from recruiter_kit.core.models import Candidate, Job
from recruiter_kit.core.progress import CancelToken, Progress, run_to_end
from recruiter_kit.services.importing import collect_files
from recruiter_kit.services.screening import FileOutcome, ScreeningService, candidate_code
from recruiter_kit.storage.repositories import (
    CandidateRepository,
    DocumentRepository,
    JobRepository,
)


@pytest.fixture
def screener() -> CountingScreener:
    return CountingScreener()


@pytest.fixture
def service(database, screener) -> ScreeningService:  # type: ignore[no-untyped-def]
    return ScreeningService(database, screener=screener)


def run_import(service: ScreeningService, paths: list[Path], **options: object):  # type: ignore[no-untyped-def]
    outcomes: list[FileOutcome] = []
    progress: list[Progress] = []
    job = service.import_files(paths, on_file=outcomes.append, **options)  # type: ignore[arg-type]
    while True:
        try:
            progress.append(next(job))
        except StopIteration as stop:
            return stop.value, outcomes, progress


def test_same_bytes_become_one_document_reported_as_duplicate(service, database, tmp_path):
    first = write_text_resume(tmp_path / "a", "ada", name="Ada Byron", email="ada@example.org")
    copy = tmp_path / "b" / "ada-copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())

    _summary, outcomes, _ = run_import(service, [first, copy])
    again, repeat, _ = run_import(service, [first])

    assert [o.duplicate for o in outcomes] == [False, True]
    assert repeat[0].duplicate and again.duplicates == 1
    assert outcomes[0].document_id == outcomes[1].document_id == repeat[0].document_id
    assert outcomes[1].candidate_id == outcomes[0].candidate_id
    with database.session() as session:
        assert DocumentRepository(session).count() == 1
        assert CandidateRepository(session).count() == 1


def test_a_failed_file_is_kept_explained_and_does_not_stop_the_batch(service, database, tmp_path):
    good = write_text_resume(tmp_path, "good", name="Grace Hopper", skills=("Python",))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"BROKEN \x00\x01 bytes")
    scan = tmp_path / "scan.txt"
    scan.write_bytes(b"SCANNED page")
    later = write_text_resume(tmp_path, "later", name="Linus Pauling", skills=("Go",))

    summary, outcomes, progress = run_import(service, [good, broken, scan, later])

    assert [o.status for o in outcomes] == ["ok", "error", "needs_ocr", "ok"]
    assert "damaged" in (outcomes[1].error or "")
    assert outcomes[1].candidate_id is None and outcomes[1].stored
    assert summary.failures == 2 and summary.ok == 2
    assert [p.failures for p in progress] == [0, 1, 2, 2]
    with database.session() as session:
        documents = DocumentRepository(session)
        kept = documents.find_by_sha256(hashlib.sha256(broken.read_bytes()).hexdigest())
        assert kept is not None and kept.status.value == "error"
        assert documents.content(kept.id) == broken.read_bytes()


def test_unreadable_paths_and_unsupported_files_are_reported(service, tmp_path):
    folder = tmp_path / "inbox"
    write_text_resume(folder / "nested", "deep", name="Deep Nested")
    (folder / "photo.png").write_bytes(b"\x89PNG....")
    missing = tmp_path / "nope.pdf"

    summary, outcomes, _ = run_import(service, [folder, missing])

    by_name = {o.path.name: o for o in outcomes}
    assert by_name["deep.txt"].status == "ok"
    assert "not a resume file type" in by_name["photo.png"].error
    assert "no such file" in by_name["nope.pdf"].error
    assert summary.total == 3 and summary.errors == 2


def test_collect_files_recurses_in_a_stable_order(tmp_path):
    for stem in ("b", "a"):
        write_text_resume(tmp_path / "x" / stem, stem, name=stem)
    collected = collect_files([tmp_path, tmp_path / "x" / "a" / "a.txt"])
    assert [p.name for p in collected.files] == ["a.txt", "b.txt"]


def test_a_known_email_or_phone_links_to_the_existing_candidate(service, database, tmp_path):
    first = write_text_resume(
        tmp_path, "v1", name="Ada Byron", email="Ada@Example.org", phone="+44 20 7946 0018"
    )
    by_email = write_text_resume(
        tmp_path, "v2", name="Ada B.", email="ada@example.org", skills=("Go",)
    )
    by_phone = write_text_resume(
        tmp_path, "v3", name="A. Byron", phone="(020) 7946-0018", skills=("Kafka",)
    )
    stranger = write_text_resume(tmp_path, "v4", name="Alan Turing", email="alan@example.org")

    summary, outcomes, _ = run_import(service, [first, by_email, by_phone, stranger])

    assert [o.linked_by for o in outcomes] == [None, "email", "phone", None]
    assert outcomes[0].candidate_id == outcomes[1].candidate_id == outcomes[2].candidate_id
    assert outcomes[3].candidate_id != outcomes[0].candidate_id
    assert summary.linked == 2
    with database.session() as session:
        assert CandidateRepository(session).count() == 2
        assert len(DocumentRepository(session).for_candidate(outcomes[0].candidate_id)) == 3


def test_candidate_codes_are_stable_and_distinct(service, database, tmp_path):
    path = write_text_resume(tmp_path, "one", name="Ada Byron")
    _, outcomes, _ = run_import(service, [path])
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert outcomes[0].candidate_code == candidate_code(sha)
    assert outcomes[0].candidate_code.startswith("C-") and len(outcomes[0].candidate_code) == 8
    assert candidate_code(sha) != candidate_code(hashlib.sha256(b"other").hexdigest())


def test_cancelling_keeps_what_was_stored_and_stops(service, database, tmp_path):
    paths = [write_text_resume(tmp_path, f"r{i}", name=f"Person {i}") for i in range(5)]
    token = CancelToken()
    seen: list[FileOutcome] = []

    def stop_after_two(outcome: FileOutcome) -> None:
        seen.append(outcome)
        if len(seen) == 2:
            token.cancel()

    summary = run_to_end(
        service.import_files(paths, on_file=stop_after_two, token=token, inline_batch=1)
    )

    assert summary.cancelled and len(seen) == 2
    with database.session() as session:
        assert DocumentRepository(session).count() == 2


def test_cancelling_during_a_batch_stores_the_batch_and_starts_no_other(
    service, database, screener, tmp_path
):
    paths = [write_text_resume(tmp_path, f"r{i}", name=f"Person {i}") for i in range(5)]
    token = CancelToken()
    seen: list[FileOutcome] = []

    def stop_after_one(outcome: FileOutcome) -> None:
        seen.append(outcome)
        token.cancel()

    summary = run_to_end(
        service.import_files(paths, on_file=stop_after_one, token=token, inline_batch=2)
    )

    assert summary.cancelled and summary.ok == 2
    assert [outcome.path.name for outcome in seen] == ["r0.txt", "r1.txt"]
    assert screener.reads == 2
    with database.session() as session:
        assert DocumentRepository(session).count() == 2


def test_import_for_a_job_ranks_and_rescreens_without_reading_again(
    service, database, screener, tmp_path
):
    with database.session() as session:
        job = JobRepository(session).add(
            Job(id=None, title="Backend", required_skills=["Python", "PostgreSQL"])
        )
    paths = [
        write_text_resume(tmp_path, "both", name="Both Skills", skills=("Python", "PostgreSQL")),
        write_text_resume(tmp_path, "one", name="One Skill", skills=("Python",)),
        write_text_resume(tmp_path, "go", name="Go Only", email="go@example.org", skills=("Go",)),
        write_text_resume(
            tmp_path, "go2", name="Go Again", email="go@example.org", skills=("Go", "Kafka")
        ),
    ]
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"BROKEN")
    run_import(service, [*paths, broken], job_id=job.id)

    ranked = service.rank(job.id)
    assert [row.score for row in ranked] == [100, 50, 0, None]
    assert ranked[2].filename == "go2.txt"  # one line per candidate: their latest resume
    assert ranked[3].status == "error"

    reads = screener.reads
    with database.session() as session:
        jobs = JobRepository(session)
        changed = jobs.get(job.id)
        changed.required_skills = ["Go", "Kafka"]
        jobs.update(changed)
    count = run_to_end(service.rescreen_job(job.id))

    assert count == 4 and screener.reads == reads
    ranked = service.rank(job.id)
    assert [row.filename for row in ranked][:1] == ["go2.txt"]
    assert ranked[0].score == 100
    detail = service.detail(ranked[0].screening_id)
    assert detail.result.match is not None and detail.result.match.matched == ["Go", "Kafka"]
    assert "Built services with Go" in detail.result.text
    assert detail.job is not None and detail.job.id == job.id


def test_detail_and_original_of_a_failed_document(service, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"BROKEN file")
    _, outcomes, _ = run_import(service, [broken])
    detail = service.detail(outcomes[0].screening_id)
    assert detail.candidate is None and detail.result.status == "error"
    assert service.original(detail.document.id) == b"BROKEN file"


def add_job(database, title: str, required: list[str]) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return JobRepository(session).add(Job(id=None, title=title, required_skills=required)).id


def test_a_resume_imported_for_a_second_job_joins_that_ranking_without_reading_again(
    service, database, screener, tmp_path
):
    job_a = add_job(database, "Backend", ["Python"])
    job_b = add_job(database, "Platform", ["Kafka", "Python"])
    path = write_text_resume(
        tmp_path, "ada", name="Ada Byron", email="ada@example.org", skills=("Python",)
    )
    _, first, _ = run_import(service, [path], job_id=job_a)
    reads = screener.reads

    summary, again, _ = run_import(service, [path], job_id=job_b)
    _, repeat, _ = run_import(service, [path], job_id=job_b)

    assert screener.reads == reads
    assert again[0].duplicate and again[0].added_to_job == "Platform"
    assert summary.added_to_job == 1
    assert repeat[0].duplicate and repeat[0].added_to_job is None
    assert again[0].document_id == first[0].document_id
    assert again[0].candidate_id == first[0].candidate_id
    assert again[0].screening_id != first[0].screening_id
    assert repeat[0].screening_id == again[0].screening_id
    ranked_b = service.rank(job_b)
    assert [(row.filename, row.score) for row in ranked_b] == [("ada.txt", 50)]
    assert [(row.filename, row.score) for row in service.rank(job_a)] == [("ada.txt", 100)]
    detail = service.detail(ranked_b[0].screening_id)
    assert detail.job is not None and detail.job.title == "Platform"
    assert detail.result.match is not None and detail.result.match.missing == ["Kafka"]
    with database.session() as session:
        assert DocumentRepository(session).count() == 1
        assert CandidateRepository(session).count() == 1


def test_an_import_without_a_job_moves_into_the_job_it_is_imported_for_later(
    service, database, tmp_path
):
    job = add_job(database, "Backend", ["Python"])
    path = write_text_resume(tmp_path, "ada", name="Ada Byron", skills=("Python",))
    _, first, _ = run_import(service, [path])

    _, again, _ = run_import(service, [path], job_id=job)

    assert again[0].screening_id == first[0].screening_id
    assert again[0].added_to_job == "Backend"
    assert [row.score for row in service.rank(job)] == [100]
    with database.session() as session:
        assert CandidateRepository(session).get(first[0].candidate_id).job_id == job


def test_an_import_takes_one_transaction_per_file(service, database, tmp_path):
    paths = [write_text_resume(tmp_path, f"p{i}", name=f"Person {i}") for i in range(6)]
    begun: list[object] = []

    def count(connection: object) -> None:
        begun.append(connection)

    event.listen(database.engine, "begin", count)
    try:
        run_import(service, paths)
    finally:
        event.remove(database.engine, "begin", count)
    assert len(begun) == len(paths) + 1  # one per file, plus reading the stored hashes once


def test_a_file_stored_by_another_process_meanwhile_is_reported_as_a_duplicate(
    service, database, tmp_path, monkeypatch
):
    path = write_text_resume(tmp_path, "ada", name="Ada Byron")
    _, first, _ = run_import(service, [path])
    monkeypatch.setattr(ScreeningService, "_known_shas", lambda self: set())

    summary, again, _ = run_import(service, [path])

    assert again[0].duplicate and again[0].status == "ok" and summary.errors == 0
    assert again[0].document_id == first[0].document_id
    with database.session() as session:
        assert DocumentRepository(session).count() == 1


def test_a_taken_code_moves_the_new_candidate_to_the_next_one(service, database, tmp_path):
    path = write_text_resume(tmp_path, "ada", name="Ada Byron", email="ada@example.org")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    with database.session() as session:
        CandidateRepository(session).add(Candidate(id=None, name="Other", code=candidate_code(sha)))

    _, outcomes, _ = run_import(service, [path])

    assert outcomes[0].candidate_code == candidate_code(sha, 1)
    assert outcomes[0].linked_by is None


def test_a_copy_of_a_failed_file_is_reported_under_its_own_name(service, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "empty.txt").write_bytes(b"")

    summary, outcomes, _ = run_import(
        service, [tmp_path / "empty.txt", tmp_path / "empty.pdf", tmp_path / "again" / "empty.txt"]
    )

    first, copy, same_name = (outcome.error for outcome in outcomes)
    assert first == "empty.txt: the file is empty (0 bytes)"
    assert copy == (
        "empty.pdf: identical to empty.txt, imported earlier; the file is empty (0 bytes)"
    )
    assert same_name == "empty.txt: already imported; the file is empty (0 bytes)"
    assert len(set(summary.problems)) == len(summary.problems) == 3
