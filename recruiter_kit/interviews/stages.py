"""Interview stages and the rules for filling a slot (``resources/interviews/stages.json``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import load_json

STAGES_FILE = "interviews/stages.json"


@dataclass(frozen=True, slots=True)
class Segment:
    """A fixed part of the interview that is not a question (opening, closing)."""

    minutes: int
    text: str


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    label: str
    opening: Segment
    closing: Segment
    mix: Mapping[str, int]  # category -> relative weight of interview time
    probe_share: float | None = None  # most of the slot resume probes may take; None: the default


@dataclass(frozen=True, slots=True)
class GuideRules:
    lengths: tuple[int, ...]
    tolerance_minutes: int
    max_algorithmic_share: float
    probe_share: float
    stages: Mapping[str, Stage]
    # What the app and `recruiter-kit guide` start with when the user picks nothing.
    default_stage: str = ""
    default_minutes: int = 60

    def stage(self, stage_id: str) -> Stage:
        try:
            return self.stages[stage_id]
        except KeyError:
            known = ", ".join(self.stages)
            raise InvalidInputError(
                f"Unknown interview stage '{stage_id}' (choose {known})."
            ) from None

    def probe_share_for(self, stage: Stage) -> float:
        return self.probe_share if stage.probe_share is None else stage.probe_share

    def check_length(self, minutes: int) -> None:
        if minutes not in self.lengths:
            allowed = ", ".join(str(n) for n in self.lengths)
            raise InvalidInputError(f"An interview can last {allowed} minutes, not {minutes}.")


@cache
def load_rules() -> GuideRules:
    """The shipped stage definitions (read once per process)."""
    return parse_rules(load_json(STAGES_FILE))


def parse_rules(data: Mapping[str, Any]) -> GuideRules:
    try:
        stages = {
            item["id"]: Stage(
                id=item["id"],
                label=item["label"],
                opening=Segment(**item["opening"]),
                closing=Segment(**item["closing"]),
                mix=dict(item["mix"]),
                probe_share=item.get("probe_share"),
            )
            for item in data["stages"]
        }
        rules = GuideRules(
            lengths=tuple(data["lengths"]),
            tolerance_minutes=int(data["tolerance_minutes"]),
            max_algorithmic_share=float(data["max_algorithmic_share"]),
            probe_share=float(data["probe_share"]),
            stages=stages,
            default_stage=str(data["default_stage"]),
            default_minutes=int(data["default_minutes"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"{STAGES_FILE} is malformed: missing or bad field {exc}.") from exc
    _check_defaults(rules)
    return rules


def _check_defaults(rules: GuideRules) -> None:
    if rules.default_stage not in rules.stages:
        known = ", ".join(rules.stages)
        raise InvalidInputError(
            f"{STAGES_FILE} is malformed: default_stage '{rules.default_stage}' is not one "
            f"of its stages ({known})."
        )
    if rules.default_minutes not in rules.lengths:
        raise InvalidInputError(
            f"{STAGES_FILE} is malformed: default_minutes {rules.default_minutes} is not one "
            "of its lengths."
        )
