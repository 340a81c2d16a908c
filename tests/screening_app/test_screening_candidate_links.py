"""A resume matched to a known candidate by email or phone can be split off and linked back;
candidates imported without a job can be assigned to one."""

from __future__ import annotations

import pytest
from screening_app_helpers import CountingScreener, write_text_resume

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.core.models import Job
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.services.screening import FileOutcome, ScreeningService
from recruiter_kit.storage.repositories import CandidateRepository, JobRepository


@pytest.fixture
def screener() -> CountingScreener:
    return CountingScreener()


@pytest.fixture
def service(database, screener) -> ScreeningService:  # type: ignore[no-untyped-def]
    return ScreeningService(database, screener=screener)


def imported(service: ScreeningService, paths, job_id=None) -> list[FileOutcome]:  # type: ignore[no-untyped-def]
    outcomes: list[FileOutcome] = []
    run_to_end(service.import_files(paths, job_id=job_id, on_file=outcomes.append))
    return outcomes


def two_resumes_one_email(service, tmp_path, job_id=None):  # type: ignore[no-untyped-def]
    first = write_text_resume(tmp_path, "ada", name="Ada Byron", email="ada@example.org")
    second = write_text_resume(
        tmp_path, "other-ada", name="Ada Other", email="ada@example.org", skills=("Go",)
    )
    return imported(service, [first, second], job_id)


def test_the_detail_shows_how_a_resume_joined_its_candidate(service, tmp_path):
    first, second = two_resumes_one_email(service, tmp_path)

    links = service.detail(second.screening_id).links
    assert links.resumes == ["ada.txt", "other-ada.txt"] and links.can_split
    assert links.linked_by == "email" and links.matches == []
    assert service.detail(first.screening_id).links.linked_by is None


def test_split_makes_a_separate_candidate_and_linking_again_undoes_it(service, database, tmp_path):
    first, second = two_resumes_one_email(service, tmp_path)

    new_id = service.split_resume(second.screening_id)

    split = service.detail(second.screening_id)
    assert split.candidate is not None and split.candidate.id == new_id
    assert split.candidate.name == "Ada Other" and split.candidate.code != first.candidate_code
    assert split.links.resumes == ["other-ada.txt"] and not split.links.can_split
    assert [(m.candidate_id, m.name, m.shared) for m in split.links.matches] == [
        (first.candidate_id, "Ada Byron", "email")
    ]
    assert {row.candidate_id for row in service.rank()} == {first.candidate_id, new_id}

    removed = service.link_resume(second.screening_id, first.candidate_id)

    assert removed
    assert service.detail(second.screening_id).candidate.id == first.candidate_id
    with database.session() as session:
        assert CandidateRepository(session).count() == 1


def test_split_refuses_a_candidate_with_only_one_resume(service, tmp_path):
    (only,) = imported(service, [write_text_resume(tmp_path, "solo", name="Solo Person")])
    with pytest.raises(InvalidInputError, match="only resume"):
        service.split_resume(only.screening_id)


def test_split_keeps_the_resume_in_its_job_ranking(service, database, tmp_path):
    with database.session() as session:
        job = JobRepository(session).add(Job(id=None, title="Backend", required_skills=["Go"]))
    _first, second = two_resumes_one_email(service, tmp_path, job.id)
    assert len(service.rank(job.id)) == 1  # one line per candidate

    new_id = service.split_resume(second.screening_id)

    ranked = service.rank(job.id)
    assert len(ranked) == 2 and ranked[0].candidate_id == new_id and ranked[0].score == 100


def test_assign_to_job_brings_a_candidate_without_a_job_into_its_ranking(
    service, database, screener, tmp_path
):
    with database.session() as session:
        job = JobRepository(session).add(Job(id=None, title="Backend", required_skills=["Go"]))
    (outcome,) = imported(service, [write_text_resume(tmp_path, "g", name="Gil", skills=("Go",))])
    assert service.rank(job.id) == []
    reads = screener.reads

    added = service.assign_to_job(outcome.candidate_id, job.id)

    assert added == 1 and screener.reads == reads
    ranked = service.rank(job.id)
    assert [(row.candidate_id, row.score) for row in ranked] == [(outcome.candidate_id, 100)]
    with database.session() as session:
        assert CandidateRepository(session).get(outcome.candidate_id).job_id == job.id
    assert service.assign_to_job(outcome.candidate_id, job.id) == 0
