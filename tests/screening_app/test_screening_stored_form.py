"""The form a screening travels in from where it ran to the writer, and back to plain data."""

from __future__ import annotations

import json

from recruiter_kit.screening.results import Contact, FlagHit, Match, ScreeningResult
from recruiter_kit.services.importing import Screened, plain


def _result(match: Match | None) -> ScreeningResult:
    return ScreeningResult(
        status="ok",
        text="Dana Example\nPython",
        sections={"skills": ["Python"]},
        contact=Contact(name="Dana Example", email="dana@example.com", links=["x.dev"]),
        years_experience=4.5,
        level="mid",
        green_flags=[FlagHit(id="metrics", kind="green", label="Metrics")],
        match=match,
    )


def test_data_is_the_plain_result_with_its_text() -> None:
    result = _result(Match(job_id=3, score=72, matched=["Python"]))
    assert Screened.of(result).data() == plain(result)


def test_the_stored_json_leaves_out_the_text_and_keeps_the_rest() -> None:
    screened = Screened.of(_result(Match(job_id=3, score=72)))
    stored = json.loads(screened.stored_json(keep_match=True))
    assert "text" not in stored
    assert stored["match"]["score"] == 72
    assert (screened.score, screened.green, screened.years) == (72, 1, 4.5)


def test_a_match_without_a_job_is_shown_but_not_stored() -> None:
    screened = Screened.of(_result(Match(job_id=None, score=40)))
    assert json.loads(screened.stored_json(keep_match=False))["match"] is None
    assert screened.data()["match"]["score"] == 40


def test_an_error_travels_without_contact_details() -> None:
    screened = Screened.of(ScreeningResult(status="error", error="a.pdf: damaged"))
    assert (screened.status, screened.error, screened.score) == ("error", "a.pdf: damaged", None)
    assert screened.data()["contact"]["email"] is None
