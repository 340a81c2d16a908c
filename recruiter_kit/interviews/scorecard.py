"""Scorecards: competencies with anchored ratings, one interviewer's feedback, the panel view."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from statistics import mean
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import load_json
from recruiter_kit.storage.interviews_repository import Scorecard

__all__ = ["Scorecard", "ScorecardTemplate", "load_template", "summarise_panel"]

SCORECARD_FILE = "interviews/scorecard.json"


@dataclass(frozen=True, slots=True)
class Competency:
    id: str
    label: str
    description: str
    anchors: Mapping[int, str]  # rating -> what that rating looks like


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class ScorecardTemplate:
    competencies: tuple[Competency, ...]
    recommendations: tuple[Choice, ...]
    decisions: tuple[Choice, ...]
    min_rating: int = 1
    max_rating: int = 4
    disagreement_spread: int = 2

    def competency(self, competency_id: str) -> Competency:
        for item in self.competencies:
            if item.id == competency_id:
                return item
        raise InvalidInputError(f"Unknown competency '{competency_id}'.")

    def label_of(self, choices: Iterable[Choice], choice_id: str) -> str:
        return next((c.label for c in choices if c.id == choice_id), choice_id)


@cache
def load_template() -> ScorecardTemplate:
    """The shipped competencies and anchors (read once per process)."""
    return parse_template(load_json(SCORECARD_FILE))


def parse_template(data: Mapping[str, Any]) -> ScorecardTemplate:
    try:
        scale = data["scale"]
        return ScorecardTemplate(
            competencies=tuple(
                Competency(
                    id=c["id"],
                    label=c["label"],
                    description=c.get("description", ""),
                    anchors={int(k): v for k, v in c["anchors"].items()},
                )
                for c in data["competencies"]
            ),
            recommendations=tuple(Choice(r["id"], r["label"]) for r in data["recommendations"]),
            decisions=tuple(Choice(d["id"], d["label"]) for d in data["decisions"]),
            min_rating=int(scale["min"]),
            max_rating=int(scale["max"]),
            disagreement_spread=int(scale["disagreement_spread"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(
            f"{SCORECARD_FILE} is malformed: missing or bad field {exc}."
        ) from exc


def validate_scorecard(card: Scorecard, template: ScorecardTemplate) -> None:
    """Raise InvalidInputError with a message naming the first bad field."""
    if not card.interviewer.strip():
        raise InvalidInputError("A scorecard needs the interviewer's name.")
    known = {c.id for c in template.competencies}
    for competency, rating in card.ratings.items():
        if competency not in known:
            raise InvalidInputError(f"Unknown competency '{competency}' on the scorecard.")
        low, high = template.min_rating, template.max_rating
        if not isinstance(rating, int) or isinstance(rating, bool) or not low <= rating <= high:
            label = template.competency(competency).label
            raise InvalidInputError(
                f"Rating for {label} must be a whole number from {low} to {high}, not {rating!r}."
            )
    if not card.ratings:
        raise InvalidInputError("Rate at least one competency before saving the scorecard.")
    if card.recommendation not in {r.id for r in template.recommendations}:
        allowed = ", ".join(r.id for r in template.recommendations)
        raise InvalidInputError(
            f"Recommendation must be one of {allowed}, not {card.recommendation!r}."
        )


@dataclass(frozen=True, slots=True)
class CompetencySummary:
    competency: str
    label: str
    ratings: Mapping[str, int]  # interviewer -> rating
    mean: float | None
    spread: int
    disagreement: bool


@dataclass(frozen=True, slots=True)
class PanelSummary:
    interviewers: tuple[str, ...]
    competencies: tuple[CompetencySummary, ...]
    recommendations: Mapping[str, str]  # interviewer -> recommendation id

    @property
    def disagreements(self) -> list[str]:
        return [c.label for c in self.competencies if c.disagreement]


def summarise_panel(cards: Iterable[Scorecard], template: ScorecardTemplate) -> PanelSummary:
    """Bring a panel's ratings together per competency and mark where they disagree.

    An interviewer appears under their name plus the stage when they sent
    more than one scorecard, so no rating is hidden behind another.
    """
    cards = list(cards)
    names = _panel_names(cards)
    rows = []
    for competency in template.competencies:
        given = {
            names[i]: c.ratings[competency.id]
            for i, c in enumerate(cards)
            if competency.id in c.ratings
        }
        spread = max(given.values()) - min(given.values()) if given else 0
        rows.append(
            CompetencySummary(
                competency=competency.id,
                label=competency.label,
                ratings=given,
                mean=round(mean(given.values()), 2) if given else None,
                spread=spread,
                disagreement=spread >= template.disagreement_spread,
            )
        )
    return PanelSummary(
        interviewers=tuple(names),
        competencies=tuple(rows),
        recommendations={names[i]: c.recommendation for i, c in enumerate(cards)},
    )


def _panel_names(cards: list[Scorecard]) -> list[str]:
    counts: dict[str, int] = {}
    for card in cards:
        counts[card.interviewer] = counts.get(card.interviewer, 0) + 1
    return [
        c.interviewer if counts[c.interviewer] == 1 else f"{c.interviewer} ({c.stage})"
        for c in cards
    ]
