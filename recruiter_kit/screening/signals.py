"""The resume-advice signals: measurable outcomes, weak phrasing, reliability, length."""

from __future__ import annotations

import re

from recruiter_kit.screening.normalize import is_bullet
from recruiter_kit.screening.prefilter import required_strings
from recruiter_kit.screening.results import Evidence, Metrics, SkillHit
from recruiter_kit.screening.rules import Rules
from recruiter_kit.screening.sections import Line, TextIndex

BULLET_SECTIONS = frozenset({"experience", "projects", "awards", "leadership"})
_WEAK_PHRASE_SECTIONS = BULLET_SECTIONS | {"summary"}
_DIGIT = re.compile(r"\d")
_DATE_ONLY = re.compile(r"^[\W\d]*$")
_SENTENCE_WORDS = 8
_AUDIENCE = re.compile(
    # "3+ million users": the plus may come before the multiplier as well as after it.
    r"(\d[\d,.]*)\+?\s?(k|m|b|mm|thousand|million|billion)?\+?\s+(?:[a-z-]+\s){0,2}"
    r"(?:users|uniques|mau|dau|customers|clients|students|learners|visitors|subscribers|members"
    r"|merchants|patients|players|accounts|devices|people)\b",
    re.IGNORECASE,
)
_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "million": 1e6,
    "b": 1e9,
    "billion": 1e9,
}


def number(text: str, suffix: str | None) -> float:
    """A number as written ("1,200", "3.6") times its suffix ("k", "million")."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return 0.0
    return value * _MULTIPLIERS.get((suffix or "").lower(), 1.0)


def bullet_lines(lines: list[Line]) -> list[Line]:
    """Lines of experience and project sections that describe work (not titles or dates)."""
    bullets = []
    for line in lines:
        if line.heading or line.section not in BULLET_SECTIONS or _DATE_ONLY.match(line.text):
            continue
        if describes_work(line.text):
            bullets.append(line)
    return bullets


def describes_work(text: str) -> bool:
    """Whether a line under a job describes the work: a bullet, or a sentence of some length
    (a title or a place is short)."""
    return is_bullet(text) or len(text.split()) >= _SENTENCE_WORDS


def is_quantified(text: str, rules: Rules) -> bool:
    """Whether a line states a measurable outcome (%, latency, volume, money, reach)."""
    minimum = float(rules.raw["metrics"]["min_audience"])
    return _is_quantified(text, rules, required_strings(rules.not_metrics), minimum)


def _is_quantified(
    text: str, rules: Rules, not_metric_hints: frozenset[str] | None, minimum: float
) -> bool:
    if not _DIGIT.search(text):
        return False  # every outcome pattern has a figure in it
    text = text.lower()
    # Few lines hold what a not-metric phrase needs ("gpa", "team of ", "engineers"):
    # looking for those strings costs a fraction of the substitution's scan.
    if not_metric_hints is None or any(hint in text for hint in not_metric_hints):
        text = rules.not_metrics.sub(" ", text)
    for match in rules.metric_patterns.finditer(text):
        audience = _AUDIENCE.match(match.group(0))
        if audience and number(audience.group(1), audience.group(2)) < minimum:
            continue  # "led 9 students" is a team, not reach
        return True
    return False


def quantified_lines(bullets: list[Line], rules: Rules) -> list[Line]:
    """The bullets that state a measurable outcome."""
    hints = required_strings(rules.not_metrics)
    minimum = float(rules.raw["metrics"]["min_audience"])
    return [line for line in bullets if _is_quantified(line.text, rules, hints, minimum)]


def measure(
    index: TextIndex, skills: list[SkillHit], rules: Rules, pages: int, years: float | None
) -> Metrics:
    """All resume-advice signals for one resume."""
    lines = index.lines
    bullets = bullet_lines(lines)
    metrics = Metrics(bullets=len(bullets), pages=pages)
    metrics.words = len(index.text.split())  # the lines joined by newlines: the same words
    metrics.quantified_lines = [_evidence(line) for line in quantified_lines(bullets, rules)]
    metrics.quantified = len(metrics.quantified_lines)
    metrics.weak_phrases = [
        _evidence(line)
        for line in index.matching(rules.weak_phrases)
        if line.section in _WEAK_PHRASE_SECTIONS
    ]
    metrics.reliability_lines = [
        _evidence(line)
        for line in index.matching(rules.reliability)
        if line.section not in ("skills", "education", "certifications")
    ]
    counted = set(rules.raw["listed_only"]["categories"])
    metrics.evidenced_skills = sum(1 for s in skills if s.category in counted and s.evidenced)
    metrics.listed_only_skills = sum(1 for s in skills if s.category in counted and not s.evidenced)
    metrics.notes = _notes(metrics, rules, years)
    return metrics


def _evidence(line: Line) -> Evidence:
    return Evidence(line.text, line.section, line.number)


def _notes(metrics: Metrics, rules: Rules, years: float | None) -> list[str]:
    notes: list[str] = []
    if metrics.bullets:
        share = metrics.quantified / metrics.bullets
        notes.append(
            f"{metrics.quantified} of {metrics.bullets} bullets ({share:.0%}) "
            "state a measurable outcome."
        )
    if metrics.weak_phrases:
        notes.append(
            f"{len(metrics.weak_phrases)} lines use weak phrasing "
            "such as 'helped with' or 'responsible for'."
        )
    if not metrics.reliability_lines:
        notes.append("No reliability signal (on-call, incidents, postmortems, SLOs).")
    listed = rules.raw["listed_only"]
    if metrics.listed_only_skills >= listed["min_listed"] and metrics.listed_only_skills > listed[
        "ratio"
    ] * max(metrics.evidenced_skills, 1):
        notes.append(
            "The skills list is much longer than the bullets back up: "
            f"{metrics.listed_only_skills} skills are only listed, "
            f"{metrics.evidenced_skills} appear in experience or project bullets."
        )
    notes.extend(_length_notes(metrics, rules, years))
    return notes


def _length_notes(metrics: Metrics, rules: Rules, years: float | None) -> list[str]:
    length = rules.raw["length"]
    notes = []
    if years is not None and metrics.pages:
        allowed = next((pages for limit, pages in length["pages_per_years"] if years < limit), 2)
        if metrics.pages > allowed:
            notes.append(
                f"{metrics.pages} pages for {years:g} years of experience; {allowed} page"
                f"{'s' if allowed > 1 else ''} would be expected."
            )
    if metrics.pages and metrics.words / metrics.pages > length["max_words_per_page"]:
        notes.append(f"Dense pages: about {metrics.words // metrics.pages} words a page.")
    return notes
