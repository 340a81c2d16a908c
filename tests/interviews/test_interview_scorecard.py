"""Scorecard validation and the panel summary."""

from __future__ import annotations

import pytest

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.interviews.scorecard import (
    Scorecard,
    load_template,
    summarise_panel,
    validate_scorecard,
)

TEMPLATE = load_template()


def card(interviewer: str, **ratings: int) -> Scorecard:
    return Scorecard(
        interviewer,
        candidate_id=1,
        job_id=1,
        stage="system_design",
        ratings=ratings,
        recommendation="yes",
    )


def test_every_competency_has_four_anchors() -> None:
    for competency in TEMPLATE.competencies:
        assert sorted(competency.anchors) == [1, 2, 3, 4]
        assert all(len(text) > 15 for text in competency.anchors.values())


@pytest.mark.parametrize("rating", [0, 5, -1, 2.5, True, "3"])
def test_rating_outside_one_to_four_is_refused(rating: object) -> None:
    with pytest.raises(
        InvalidInputError, match=r"Rating for Databases must be a whole number from 1 to 4"
    ):
        validate_scorecard(card("Ana", databases=rating), TEMPLATE)  # type: ignore[arg-type]


def test_other_bad_fields_are_named() -> None:
    with pytest.raises(InvalidInputError, match="interviewer's name"):
        validate_scorecard(card("  ", databases=3), TEMPLATE)
    with pytest.raises(InvalidInputError, match="Unknown competency 'charisma'"):
        validate_scorecard(card("Ana", charisma=3), TEMPLATE)
    bad = card("Ana", databases=3)
    bad.recommendation = "maybe"
    with pytest.raises(InvalidInputError, match="Recommendation must be one of"):
        validate_scorecard(bad, TEMPLATE)


def test_panel_marks_a_spread_of_two_as_disagreement() -> None:
    summary = summarise_panel(
        [card("Ana", databases=1, communication=3), card("Bo", databases=3, communication=4)],
        TEMPLATE,
    )
    rows = {row.competency: row for row in summary.competencies}
    assert rows["databases"].disagreement and rows["databases"].spread == 2
    assert not rows["communication"].disagreement
    assert rows["databases"].mean == 2
    assert rows["system_design"].ratings == {} and rows["system_design"].mean is None
    assert summary.disagreements == ["Databases"]
