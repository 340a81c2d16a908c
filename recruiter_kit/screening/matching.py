"""Score a screened resume against a job: 0-100 with the reasons."""

from __future__ import annotations

import re

from recruiter_kit.screening.results import JobCriteria, Match, ScreeningResult
from recruiter_kit.screening.taxonomy import Taxonomy

REQUIRED_POINTS = 70
NICE_POINTS = 20
LEVEL_POINTS = 10
#: A skill only listed earns this share of the credit of one shown in a bullet.
LISTED_CREDIT = 0.6
#: A missing knock-out skill caps the score here.
KNOCKOUT_CAP = 20
_LEVEL_ORDER = {"junior": 0, "mid": 1, "senior": 2}
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)


def match(result: ScreeningResult, job: JobCriteria, taxonomy: Taxonomy) -> Match:
    """How well `result` fits `job`; every point of the score is explained."""
    found = {hit.name: hit for hit in result.skills}
    required = _canonical(job.required, taxonomy)
    nice = _canonical(job.nice_to_have, taxonomy)
    knockouts = _canonical(job.knockouts, taxonomy)
    outcome = Match(job_id=job.job_id, score=0)
    required_score = _credit(required, found, outcome)
    nice_score = _credit(nice, found, outcome)
    score = _skill_points(required, nice, required_score, nice_score)
    level_share, outcome.level_fit = _level_fit(result.level, job.level)
    score += LEVEL_POINTS * level_share
    outcome.knockouts = [
        name for name in knockouts if not any(part in found for part in alternatives(name))
    ]
    outcome.score = round(min(score, KNOCKOUT_CAP) if outcome.knockouts else score)
    outcome.explanation = _explain(outcome, required, nice, required_score, nice_score, level_share)
    return outcome


def _skill_points(
    required: list[str], nice: list[str], required_score: float, nice_score: float
) -> float:
    """Skill points; when a job lists only one kind of skill, that kind carries them all."""
    if required and nice:
        return REQUIRED_POINTS * required_score + NICE_POINTS * nice_score
    if required or nice:
        return (REQUIRED_POINTS + NICE_POINTS) * (required_score if required else nice_score)
    return float(REQUIRED_POINTS + NICE_POINTS)


def alternatives(entry: str) -> list[str]:
    """The skills one requirement accepts: "Kubernetes or Amazon ECS" takes either."""
    return [part.strip() for part in _OR.split(entry) if part.strip()]


def _canonical(names: list[str], taxonomy: Taxonomy) -> list[str]:
    return list(
        dict.fromkeys(
            " or ".join(taxonomy.canonical(part) or part for part in alternatives(name))
            for name in names
        )
    )


def _credit(names: list[str], found: dict, outcome: Match) -> float:
    if not names:
        return 0.0
    total = 0.0
    for name in names:
        hits = [found[part] for part in alternatives(name) if part in found]
        # Of the accepted alternatives, the one with the strongest evidence counts.
        hit = next((h for h in hits if h.evidenced), hits[0] if hits else None)
        if hit is None:
            outcome.missing.append(name)
        elif hit.evidenced:
            outcome.matched.append(hit.name)
            total += 1.0
        else:
            outcome.matched_listed_only.append(hit.name)
            total += LISTED_CREDIT
    return total / len(names)


def _level_fit(level: str | None, wanted: str | None) -> tuple[float, str]:
    if not wanted or wanted not in _LEVEL_ORDER:
        return 1.0, "no level asked"
    if level not in _LEVEL_ORDER:
        return 0.5, f"level unknown, {wanted} asked"
    gap = _LEVEL_ORDER[level] - _LEVEL_ORDER[wanted]
    if gap == 0:
        return 1.0, f"{level}, as asked"
    if gap > 0:
        return 0.8, f"{level}, above the {wanted} asked"
    return (0.3 if gap == -1 else 0.0), f"{level}, below the {wanted} asked"


def _explain(
    outcome: Match,
    required: list[str],
    nice: list[str],
    req: float,
    nice_share: float,
    level: float,
) -> list[str]:
    lines = []
    if required:
        points = REQUIRED_POINTS if nice else REQUIRED_POINTS + NICE_POINTS
        lines.append(f"Required skills: {points * req:.0f} of {points} points.")
    if nice:
        lines.append(
            f"Nice-to-have skills: {NICE_POINTS * nice_share:.0f} of {NICE_POINTS} points."
        )
    lines.append(
        f"Level: {outcome.level_fit} ({LEVEL_POINTS * level:.0f} of {LEVEL_POINTS} points)."
    )
    if outcome.matched:
        lines.append("Shown in experience or projects: " + ", ".join(outcome.matched) + ".")
    if outcome.matched_listed_only:
        lines.append(
            f"Only listed, worth {LISTED_CREDIT:.0%} of the credit: "
            + ", ".join(outcome.matched_listed_only)
            + "."
        )
    missing_required = [name for name in outcome.missing if name in required]
    missing_nice = [name for name in outcome.missing if name in nice and name not in required]
    if missing_required:
        lines.append("Missing required: " + ", ".join(missing_required) + ".")
    if missing_nice:
        lines.append("Missing nice-to-have: " + ", ".join(missing_nice) + ".")
    if outcome.knockouts:
        lines.append(
            f"Knock-out skills missing, score capped at {KNOCKOUT_CAP}: "
            + ", ".join(outcome.knockouts)
            + "."
        )
    return lines
