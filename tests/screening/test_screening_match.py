"""Scoring against a job, re-scoring stored results, and running in worker processes."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest
import screening_fixtures as fx

from recruiter_kit.screening.results import JobCriteria, ScreeningResult
from recruiter_kit.screening.screener import Screener

RESUME = b"""Experience
Backend Engineer, Acme
Jan 2018 - Present
- Built Go services on PostgreSQL
Skills
Go, PostgreSQL, Redis, Docker
"""


@pytest.fixture(scope="module")
def result(screener: Screener) -> ScreeningResult:
    return screener.screen_bytes(RESUME, "r.md")


def test_evidenced_listed_and_missing(screener: Screener, result: ScreeningResult) -> None:
    job = JobCriteria(
        job_id=7, level="senior", required=["Golang", "Postgres", "Kafka"], nice_to_have=["Redis"]
    )
    match = screener.match(result, job)
    assert match.job_id == 7
    assert match.matched == ["Go", "PostgreSQL"]
    assert match.matched_listed_only == ["Redis"]
    assert match.missing == ["Kafka"]
    # 70 * 2/3 + 20 * 0.6 + 10 (senior as asked)
    assert match.score == round(70 * 2 / 3 + 20 * 0.6 + 10)
    assert any("Missing required: Kafka" in line for line in match.explanation)


def test_knockout_caps_the_score(screener: Screener, result: ScreeningResult) -> None:
    job = JobCriteria(required=["Go"], knockouts=["Kafka"])
    match = screener.match(result, job)
    assert match.knockouts == ["Kafka"] and match.score <= 20


def test_full_match_scores_100(screener: Screener, result: ScreeningResult) -> None:
    assert screener.match(result, JobCriteria(required=["Go", "PostgreSQL"])).score == 100


def test_level_below_the_job_costs_points(screener: Screener) -> None:
    junior = screener.screen_bytes(
        b"Experience\nEngineer\nJan 2025 - Present\nSkills\nGo\n", "j.txt"
    )
    match = screener.match(junior, JobCriteria(required=["Go"], level="senior"))
    # Go is only listed (60% of the 90 skill points); two levels below earns no level points.
    assert match.score == round(90 * 0.6) and "below" in match.level_fit


def test_rescoring_a_stored_result_needs_no_document(
    screener: Screener, result: ScreeningResult
) -> None:
    stored = ScreeningResult.from_dict(result.to_dict())
    job = JobCriteria(required=["Docker"])
    assert screener.match(stored, job) == screener.match(result, job)


def test_screen_bytes_attaches_the_match(screener: Screener) -> None:
    outcome = screener.screen_bytes(RESUME, "r.txt", JobCriteria(required=["Go"]))
    assert outcome.match is not None and outcome.match.matched == ["Go"]


def test_result_round_trips_through_json_dict(result: ScreeningResult) -> None:
    assert ScreeningResult.from_dict(result.to_dict()) == result


def test_screener_pickles(screener: Screener) -> None:
    clone = pickle.loads(pickle.dumps(screener))
    data = fx.single_column_pdf()
    assert clone.screen_bytes(data, "a.pdf") == screener.screen_bytes(data, "a.pdf")


def _screen_in_worker(args: tuple[Screener, bytes, str]) -> ScreeningResult:
    worker_screener, data, name = args
    return worker_screener.screen_bytes(data, name)


def test_screening_in_worker_processes(screener: Screener) -> None:
    documents = [(fx.single_column_pdf(), "a.pdf"), (fx.two_column_pdf(), "b.pdf"), (b"", "c.pdf")]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(
            pool.map(_screen_in_worker, [(screener, data, name) for data, name in documents])
        )
    assert [r.status for r in results] == ["ok", "ok", "error"]
    assert results[0] == screener.screen_bytes(*documents[0])


def test_screening_a_batch_gives_what_screening_each_file_gives(screener: Screener) -> None:
    documents = [
        (fx.single_column_pdf(), "a.pdf"),
        (b"", "empty.pdf"),
        (fx.image_only_pdf(), "scan.pdf"),
        (fx.resume_docx(), "c.docx"),
        (b"%PDF-1.7 truncated", "broken.pdf"),
        (RESUME, "d.md"),
    ]
    job = JobCriteria(job_id=3, required=["Go"])

    batch = screener.screen_many(documents, job)

    assert batch == [screener.screen_bytes(data, name, job) for data, name in documents]
    assert [r.status for r in batch] == ["ok", "error", "needs_ocr", "ok", "error", "ok"]
    assert batch[0].match is not None and batch[0].match.job_id == 3
    assert screener.screen_many([], job) == []
