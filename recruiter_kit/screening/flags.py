"""Green and yellow flags from the rules in resources/screening/flags.json.

Each flag names a `kind`, and each kind is one small function here; the
skills, categories, patterns and thresholds it uses come from the data file.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from recruiter_kit.screening.experience import FoundEntry
from recruiter_kit.screening.results import Evidence, ExperienceEntry, FlagHit, SkillHit
from recruiter_kit.screening.rules import Rules
from recruiter_kit.screening.sections import Line, TextIndex
from recruiter_kit.screening.signals import describes_work, number
from recruiter_kit.screening.taxonomy import Taxonomy

_MAX_EVIDENCE = 5
_NO_FLAG_SECTIONS = frozenset({"education", "certifications"})
_PER_DAY = {
    "second": 86400,
    "sec": 86400,
    "s": 86400,
    "minute": 1440,
    "min": 1440,
    "hour": 24,
    "day": 1,
    "month": 1 / 30,
}


@dataclass(slots=True)
class Facts:
    """What the flag rules look at for one resume."""

    index: TextIndex
    skills: dict[str, SkillHit]
    entries: list[FoundEntry]
    taxonomy: Taxonomy
    rules: Rules
    # Worked out once when first asked for: a flag and the level both need them.
    professional: list[ExperienceEntry] | None = None
    evidenced: set[int | None] | None = None

    @property
    def lines(self) -> list[Line]:
        return self.index.lines

    def evidenced_lines(self) -> set[int | None]:
        """The numbers of the lines a skill was found on."""
        if self.evidenced is None:
            self.evidenced = {e.line_number for hit in self.skills.values() for e in hit.evidence}
        return self.evidenced


Finding = tuple[bool, list[Evidence]]


def evaluate(facts: Facts) -> tuple[list[FlagHit], list[FlagHit]]:
    """The raised green flags and raised yellow flags, in the order the rules list them."""
    raised: dict[str, Finding] = {}
    green = []
    for flag_id, spec in facts.rules.flags["green"].items():
        found, evidence = _KINDS[spec["kind"]](facts, flag_id, spec, raised)
        raised[flag_id] = (found, evidence)
        if found:
            green.append(FlagHit(flag_id, "green", spec["label"], evidence[:_MAX_EVIDENCE]))
    yellow = []
    for flag_id, spec in facts.rules.flags["yellow"].items():
        found, evidence = _KINDS[spec["kind"]](facts, flag_id, spec, raised)
        raised[flag_id] = (found, evidence)
        if found:
            yellow.append(
                FlagHit(flag_id, "yellow", spec["label"], evidence[:_MAX_EVIDENCE], spec["reason"])
            )
    return green, yellow


def missing_reasons(facts: Facts, green: list[FlagHit]) -> list[str]:
    """Why each green flag that was not raised is missing."""
    raised = {flag.id for flag in green}
    return [
        spec["missing"]
        for flag_id, spec in facts.rules.flags["green"].items()
        if flag_id not in raised
    ]


def _evidence(line: Line) -> Evidence:
    return Evidence(line.text, line.section, line.number)


def _skill_evidence(hits: list[SkillHit]) -> list[Evidence]:
    evidence: list[Evidence] = []
    for hit in sorted(hits, key=lambda h: not h.evidenced):
        if hit.evidence and all(e.line_number != hit.evidence[0].line_number for e in evidence):
            evidence.append(hit.evidence[0])
    return evidence


def merged_evidence(items: list[Evidence]) -> list[Evidence]:
    """`items` without repeats of a line, first mention kept.

    A bullet that matches a flag's pattern and also names one of its skills
    would otherwise be quoted twice. Lines are the same when their numbers are;
    evidence without a number is compared by its text.
    """
    seen: set[int | str] = set()
    kept = []
    for item in items:
        key = item.line if item.line_number is None else item.line_number
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _pattern_lines(facts: Facts, flag_id: str) -> list[Evidence]:
    """The first lines (at most `_MAX_EVIDENCE`, all a flag quotes) that match a flag's
    patterns and none of its exclusions.

    The search stops there: the rest of the resume could only add lines no flag shows.
    """
    compiled = facts.rules.compiled.get(flag_id, {})
    if "patterns" not in compiled:
        return []
    found: list[Evidence] = []
    for line in facts.index.iter_matching(compiled["patterns"]):
        if line.section not in _NO_FLAG_SECTIONS and not _excluded(facts, flag_id, line):
            found.append(_evidence(line))
            if len(found) == _MAX_EVIDENCE:
                break
    return found


def _excluded(facts: Facts, flag_id: str, line: Line) -> bool:
    """Whether one of the flag's exclusion patterns matches in `line`.

    Exclusions are tested only on the few lines a flag would quote, one line at
    a time, instead of scanning the whole resume for them.
    """
    pattern = facts.rules.compiled.get(flag_id, {}).get("exclude_patterns")
    return pattern is not None and pattern.search(facts.index.lowered_line(line)) is not None


def _skills_kind(
    facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]
) -> Finding:
    hits = [h for h in facts.skills.values() if h.category in spec.get("categories", ())]
    hits += [facts.skills[name] for name in spec.get("skills", ()) if name in facts.skills]
    if spec.get("backend_languages"):
        hits += [
            h
            for h in facts.skills.values()
            if (s := facts.taxonomy.skills.get(h.name)) and s.backend
        ]
    for name, companions in spec.get("skills_with", {}).items():
        if name in facts.skills and any(c in facts.skills for c in companions):
            hits += [facts.skills[name]] + [
                facts.skills[c] for c in companions if c in facts.skills
            ]
    return bool(hits), _skill_evidence(hits)


def _skills_or_patterns(
    facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]
) -> Finding:
    found, evidence = _skills_kind(facts, flag_id, spec, raised)
    lines = _pattern_lines(facts, flag_id)
    return found or bool(lines), merged_evidence(lines + evidence)


def _scale(facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]) -> Finding:
    compiled = facts.rules.compiled[flag_id]
    evidence = {e.line_number: e for e in _pattern_lines(facts, flag_id)}
    # The flag quotes its first lines: once it holds enough, a figure further down
    # could not be shown, so each scan stops at the last line that still could be.
    for line, match in facts.index.iter_matches(compiled["count_pattern"]):
        if line.number > _last_quoted(evidence):
            break
        if number(match.group(1), match.group(2)) >= spec["min_count"]:
            _add_scaled(facts, flag_id, evidence, line)
    for line, match in facts.index.iter_matches(compiled["rate_pattern"]):
        if line.number > _last_quoted(evidence):
            break
        unit = (match.group(3) or "second").lower()
        if number(match.group(1), match.group(2)) * _PER_DAY.get(unit, 1) >= spec["min_per_day"]:
            _add_scaled(facts, flag_id, evidence, line)
    ordered = [evidence[n] for n in sorted(evidence, key=lambda n: n or 0)]
    return bool(ordered), ordered[:_MAX_EVIDENCE]


def _last_quoted(evidence: dict[int | None, Evidence]) -> float:
    """The number of the last line a flag with this evidence can quote."""
    if len(evidence) < _MAX_EVIDENCE:
        return math.inf
    return sorted(n or 0 for n in evidence)[_MAX_EVIDENCE - 1]


def _add_scaled(
    facts: Facts, flag_id: str, evidence: dict[int | None, Evidence], line: Line
) -> None:
    if (
        not line.heading
        and line.section not in _NO_FLAG_SECTIONS
        and line.number not in evidence
        and not _excluded(facts, flag_id, line)
    ):
        evidence[line.number] = _evidence(line)


def _mention_without(
    facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]
) -> Finding:
    # A flag it stands without being raised settles it: the mentions would not be shown.
    if any(raised.get(other, (False, []))[0] for other in spec["without_flags"]):
        return False, []
    lines = _pattern_lines(facts, flag_id)
    return bool(lines), lines


def _none_of(
    facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]
) -> Finding:
    found, _ = _skills_kind(facts, flag_id, spec, raised)
    # A skill found settles it; only without one are the words looked for.
    return not (found or facts.index.contains(facts.rules.compiled[flag_id]["patterns"])), []


def professional_entries(facts: Facts) -> list[ExperienceEntry]:
    """Entries whose role is a software job, not an internship or assistantship."""
    if facts.professional is None:
        non_professional = facts.rules.non_professional_roles
        facts.professional = [
            job.entry
            for job in facts.entries
            if is_software_job(facts, job) and not job.is_role(non_professional)
        ]
    return facts.professional


def is_software_job(facts: Facts, job: FoundEntry) -> bool:
    """Whether a job's title names software work.

    A title named only by a generic word ("Design and Integration Engineer") is
    judged by the job's own bullets: it is a software job when they name software
    work or a skill, or when there are none to judge by.
    """
    rules = facts.rules
    kind = rules.software_role(job.title)
    if kind != "generic" or rules.software_work.search(job.role):
        return kind is not None
    evidenced = facts.evidenced_lines()
    judged = False
    for line in _body(facts, job):
        if line.number in evidenced or rules.software_work.search(facts.index.lowered_line(line)):
            return True
        judged = True
    return not judged


def _body(facts: Facts, job: FoundEntry) -> Iterator[Line]:
    """The bullets (or sentences) under a job's dates, up to the next job or section."""
    end = min((other.line for other in facts.entries if other.line > job.line), default=None)
    section = facts.lines[job.line].section
    for line in facts.lines[job.line + 1 : end]:
        if line.heading or line.section != section:
            return
        if describes_work(line.text):
            yield line


def _no_professional_work(
    facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]
) -> Finding:
    return not professional_entries(facts), []


def _only_projects(
    facts: Facts, flag_id: str, spec: dict[str, Any], raised: dict[str, Finding]
) -> Finding:
    if not raised.get("missing_production_exposure", (False, []))[0]:
        return False, []
    rules = facts.rules
    project_lines = [
        line
        for line in facts.lines
        if line.section == "projects"
        and not line.heading
        and rules.software_work.search(line.text.lower())
    ]
    # Projects, and courses or certificates that name a technology: class-like work.
    evidenced = facts.evidenced_lines()
    project_lines += [
        line
        for line in facts.lines
        if line.section in ("projects", "certifications") and line.number in evidenced
    ]
    if not project_lines:
        return False, []
    # A job counts as work, an internship too; a bootcamp's "Software Developer" is training.
    headers = {job.entry.line for job in facts.entries}  # judged by their role above
    work = any(
        not job.is_role(rules.training_roles) and is_software_job(facts, job)
        for job in facts.entries
    ) or any(
        line.section == "experience"
        and not line.heading
        and line.text not in headers
        and rules.software_work.search(line.text.lower())
        for line in facts.lines
    )
    if work:
        return False, []
    unique = {line.number: line for line in project_lines}
    return True, [_evidence(unique[n]) for n in sorted(unique)]


_KINDS: dict[str, Callable[[Facts, str, dict[str, Any], dict[str, Finding]], Finding]] = {
    "skills": _skills_kind,
    "skills_or_patterns": _skills_or_patterns,
    "scale": _scale,
    "mention_without": _mention_without,
    "none_of": _none_of,
    "no_professional_work": _no_professional_work,
    "only_projects": _only_projects,
}
