"""Turning a job description file into the criteria screening matches against.

A JSON file states them: `{"title", "level", "required", "nice_to_have",
"knockouts"}`. A text file is read like a resume: the skills the screener
finds in it are required, unless the sentence or heading they sit under
marks them as nice to have; the level comes from the title or the years asked.
The words and phrases that decide this are data, in
`resources/screening/job_criteria.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import load_json
from recruiter_kit.screening.matching import alternatives
from recruiter_kit.screening.results import JobCriteria, ScreeningResult

VOCABULARY_FILE = "screening/job_criteria.json"
_YEARS = re.compile(r"(\d{1,2})\s*\+?\s*(?:years|yrs)", re.IGNORECASE)
_TITLE_IN_PROSE = re.compile(
    r"(?:looking for|hiring|seeking)\s+(?:an?\s+)?(.{3,60}?)\s+(?:to|who|with)\b", re.IGNORECASE
)
_LEVELS = {"junior", "mid", "senior"}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The compiled contents of the job-criteria data file."""

    nice: re.Pattern[str]
    level_words: tuple[tuple[str, re.Pattern[str]], ...]
    years_from: tuple[tuple[str, int], ...]  # (level, least years), most years first


@cache
def vocabulary() -> Vocabulary:
    """The shipped words and phrases, read and compiled once."""
    data = load_json(VOCABULARY_FILE)
    levels = tuple(
        (entry["level"], re.compile(rf"\b(?:{'|'.join(entry['words'])})\b", re.IGNORECASE))
        for entry in data["level_words"]
    )
    years = sorted(data["years_asked_from"].items(), key=lambda item: -item[1])
    return Vocabulary(
        nice=re.compile("|".join(data["nice_to_have_phrases"]), re.IGNORECASE),
        level_words=levels,
        years_from=tuple(years),
    )


def criteria_from_file(path: Path, screener: Any) -> JobCriteria:
    """Criteria from a job description file (JSON or text).

    Raises:
        InvalidInputError: the file cannot be read or says nothing usable.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInputError(f"{path}: cannot read the job file ({error.strerror})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInputError(f"{path}: the job file is not UTF-8 text") from error
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return _from_json(path, text, screener)
    return criteria_from_text(text, screener, source=str(path))


def _from_json(path: Path, text: str, screener: Any) -> JobCriteria:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"{path}: not valid JSON ({error.msg}, line {error.lineno})"
        ) from error
    if not isinstance(data, dict):
        raise InvalidInputError(f"{path}: expected a JSON object with 'required' skills")
    level = data.get("level")
    if level is not None and level not in _LEVELS:
        raise InvalidInputError(f"{path}: level must be junior, mid or senior, not {level!r}")
    lists = {key: _names(path, data, key) for key in ("required", "nice_to_have", "knockouts")}
    if not lists["required"] and not lists["nice_to_have"]:
        raise InvalidInputError(f"{path}: names no 'required' or 'nice_to_have' skills")
    return JobCriteria(
        title=str(data.get("title") or path.stem),
        level=level,
        required=canonical_skills(lists["required"], screener),
        nice_to_have=canonical_skills(lists["nice_to_have"], screener),
        knockouts=canonical_skills(lists["knockouts"], screener),
    )


def _names(path: Path, data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidInputError(f"{path}: '{key}' must be a list of skill names")
    return value


def canonical_skills(names: list[str], screener: Any) -> list[str]:
    """Each name as the taxonomy spells it ("postgres" -> "PostgreSQL"); unknown ones kept.

    An entry naming alternatives ("python or golang") keeps them as one:
    "Python or Go".
    """
    result: list[str] = []
    for name in names:
        canonical = " or ".join(
            dict.fromkeys(_canonical_skill(part, screener) for part in alternatives(name))
        )
        if canonical and canonical not in result:
            result.append(canonical)
    return result


def _canonical_skill(name: str, screener: Any) -> str:
    found = screener.screen_bytes(f"Skills\n{name}\n".encode(), "skill.txt")
    return found.skills[0].name if found.status == "ok" and found.skills else name


def criteria_from_text(text: str, screener: Any, *, source: str = "job description") -> JobCriteria:
    """Criteria from job-description prose.

    Raises:
        InvalidInputError: the text names no skill the taxonomy knows.
    """
    result: ScreeningResult = screener.screen_bytes(text.encode("utf-8"), "job.txt")
    if result.status != "ok" or not result.skills:
        raise InvalidInputError(f"{source}: names no skill that screening knows")
    nice_lines = _nice_lines(text)
    document_lines = [line.strip() for part in result.sections.values() for line in part]
    groups = _alternatives(document_lines, getattr(screener, "taxonomy", None))
    required: list[str] = []
    nice: list[str] = []
    for skill in result.skills:
        lines = [evidence.line.strip() for evidence in skill.evidence]
        optional = bool(lines) and all(line in nice_lines for line in lines)
        (nice if optional else required).append(skill.name)
    evidence = {hit.name: {e.line.strip() for e in hit.evidence} for hit in result.skills}
    for group, span in groups:
        _merge_alternatives(group, span, evidence, required, nice)
        _drop_implied_by_one_side(group, span, evidence, required, nice, screener.taxonomy)
    title = _title(text)
    return JobCriteria(title=title, level=_level(title, text), required=required, nice_to_have=nice)


def _alternatives(lines: list[str], taxonomy: Any) -> list[tuple[list[str], set[str]]]:
    """Skills a job accepts in place of each other ("Kubernetes or ECS"), with their line.

    `lines` are the document's lines as screening read them; a line that ends
    in "or" goes on with the next. "A or B or C" is one group. Only skills the
    taxonomy knows form a group, so "design or build" and "three or more
    years" are left alone.
    """
    if taxonomy is None:
        return []
    groups: list[tuple[list[str], set[str]]] = []
    for index, line in enumerate(lines):
        words = line.split()
        span = {line}
        if words and words[-1].lower() == "or" and index + 1 < len(lines):
            words += lines[index + 1].split()[:2]
            span.add(lines[index + 1])
        group: list[str] = []
        for at, word in enumerate(words):
            if word.lower() != "or":
                continue
            left = _skill_next_to(words[max(0, at - 2) : at], taxonomy, at_end=True)
            right = _skill_next_to(words[at + 1 : at + 3], taxonomy, at_end=False)
            if left and right and left != right:
                group.extend(name for name in (left, right) if name not in group)
            elif len(group) > 1:
                groups.append((group, span))
                group = []
        if len(group) > 1:
            groups.append((group, span))
    return groups


def _skill_next_to(words: list[str], taxonomy: Any, *, at_end: bool) -> str | None:
    """The skill the words beside an "or" name, the two-word form first ("GitHub Actions")."""
    for size in (2, 1):
        if len(words) < size:
            continue
        part = words[-size:] if at_end else words[:size]
        name = taxonomy.canonical(" ".join(word.strip("()[],;:.") for word in part))
        if name is not None:
            return name
    return None


def _merge_alternatives(
    group: list[str],
    lines: set[str],
    evidence: dict[str, set[str]],
    required: list[str],
    nice: list[str],
) -> None:
    """Put one "A or B" requirement in place of A and B when the job names them only that way.

    A skill the job also names on its own elsewhere stays a requirement of its
    own; then the group adds nothing, and its other members become nice to have.
    """
    members = [name for name in group if name in required or name in nice]
    if len(members) < 2:
        return
    alone = [name for name in members if evidence.get(name, set()) - lines]
    was_required = any(name in required for name in members)
    for name in members:
        if name not in alone:
            for kind in (required, nice):
                if name in kind:
                    kind.remove(name)
    if alone:
        nice.extend(name for name in members if name not in alone and name not in nice)
        return
    (required if was_required else nice).append(" or ".join(members))


def _drop_implied_by_one_side(
    group: list[str],
    lines: set[str],
    evidence: dict[str, set[str]],
    required: list[str],
    nice: list[str],
    taxonomy: Any,
) -> None:
    """Forget a skill the job never names that only an alternative implies.

    "Kubernetes or ECS" finds AWS through ECS; asking for AWS as well would
    turn away the Kubernetes candidate the job accepts.
    """
    implied = {name for member in group for name in taxonomy.skills[member].implies}
    for name in implied - set(group):
        found_only_here = bool(evidence.get(name)) and evidence[name] <= lines
        if found_only_here and not any(taxonomy.writes(line, name) for line in lines):
            for kind in (required, nice):
                if name in kind:
                    kind.remove(name)


def _nice_lines(text: str) -> set[str]:
    """Lines under a nice-to-have heading, or in a sentence that marks itself optional."""
    marker = vocabulary().nice
    nice: set[str] = set()
    under_heading = False
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            under_heading = False
            continue
        is_heading = (len(line) < 60 and line.endswith(":")) or (len(line) < 40 and line.isupper())
        if is_heading:
            under_heading = bool(marker.search(line))
        if under_heading or marker.search(line):
            nice.add(line)
    return nice


def _title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if 0 < len(first) <= 80 and not first.endswith((".", ",")):
        return first
    found = _TITLE_IN_PROSE.search(text)
    return found.group(1).strip() if found else "Job description"


def _level(title: str, text: str) -> str | None:
    words = vocabulary()
    for level, pattern in words.level_words:
        if pattern.search(title):
            return level
    years = _YEARS.search(text)
    if years is None:
        return None
    wanted = int(years.group(1))
    return next((level for level, least in words.years_from if wanted >= least), "junior")
