"""What screening finds in one resume, as plain data.

The field names are the ones `recruiter-kit screen --json` prints and the ones
stored with each screening, so other features (interview probes, exports) read
them too. `to_dict`/`from_dict` round-trip through JSON.

Stored results write each line's text once: a top-level `"lines"` table maps
line numbers (as JSON keys) to their text, each piece of evidence is a
reference `[line_number, section]` into it, and each section a list of
`[first, last]` ranges of line numbers. One line backs many skills, flags and
metrics and belongs to a section too, and repeating its text was most of a
stored result. Results stored before the table existed write every piece of
evidence and every section line in full, and any piece may still be written so
(see `evidence_from`, `sections_from`); `from_dict` reads both, and
`with_full_evidence` turns the stored form into the plain one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Evidence:
    """A line of the resume that earned a finding, and the section it sits in."""

    line: str
    section: str | None = None
    line_number: int | None = None


@dataclass(slots=True)
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SkillHit:
    """A canonical skill found in the resume. `evidenced` is false when it is only listed."""

    name: str
    category: str
    evidenced: bool
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class FlagHit:
    """A green or yellow flag with the lines behind it, or the reason for a missing thing."""

    id: str
    kind: str  # "green" or "yellow"
    label: str
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""


@dataclass(slots=True)
class Metrics:
    """The resume-advice signals."""

    bullets: int = 0
    quantified: int = 0
    quantified_lines: list[Evidence] = field(default_factory=list)
    weak_phrases: list[Evidence] = field(default_factory=list)
    reliability_lines: list[Evidence] = field(default_factory=list)
    listed_only_skills: int = 0
    evidenced_skills: int = 0
    pages: int = 0
    words: int = 0
    notes: list[str] = field(default_factory=list)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(slots=True)
class ExperienceEntry:
    title: str | None
    organisation: str | None
    start: str | None  # ISO date "YYYY-MM"
    end: str | None  # ISO date, or None for "Present"
    line: str = ""
    dates: str = ""  # as the resume writes them: "2017 - 2024" names no months

    def role(self) -> str:
        """The title as shown, "Untitled role" where the resume names none."""
        return self.title or "Untitled role"

    def period(self) -> str:
        """The dates as written, or "Jan 2019 – present" from the months counted."""
        if self.dates:
            return self.dates
        return f"{_month(self.start)} – {_month(self.end) if self.end else 'present'}"


def latest_first(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """Jobs still held first, then by when they ended and began, latest first."""
    return sorted(entries, key=lambda entry: (entry.end or "9999", entry.start or ""), reverse=True)


def _month(iso: str | None) -> str:
    """A stored month ("2019-03") as "Mar 2019", in English like the rest of the product."""
    year, _, month = (iso or "").partition("-")
    if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return iso or "?"
    return f"{_MONTHS[int(month) - 1]} {year}"


@dataclass(slots=True)
class Match:
    """How a resume fits one job: a 0-100 score and why."""

    job_id: int | None
    score: int
    matched: list[str] = field(default_factory=list)
    matched_listed_only: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    knockouts: list[str] = field(default_factory=list)
    level_fit: str = ""
    explanation: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ScreeningResult:
    """Everything screening learnt from one document."""

    status: str  # "ok", "needs_ocr" or "error"
    error: str | None = None
    text: str = ""
    sections: dict[str, list[str]] = field(default_factory=dict)
    contact: Contact = field(default_factory=Contact)
    experience: list[ExperienceEntry] = field(default_factory=list)
    years_experience: float | None = None
    level: str | None = None
    skills: list[SkillHit] = field(default_factory=list)
    green_flags: list[FlagHit] = field(default_factory=list)
    yellow_flags: list[FlagHit] = field(default_factory=list)
    metrics: Metrics = field(default_factory=Metrics)
    match: Match | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScreeningResult:
        """The result from plain data or from its stored form (see the module docstring)."""
        texts = _line_texts(data.get(LINES))

        def evidence(items: list[Any] | None) -> list[Evidence]:
            return [evidence_from(item, texts) for item in items or []]

        sections = sections_from(data.get("sections") or {}, texts)
        metrics = dict(data.get("metrics") or {})
        for key in _EVIDENCE_LISTS:
            metrics[key] = evidence(metrics.get(key))
        match = data.get("match")
        return cls(
            status=data["status"],
            error=data.get("error"),
            text=data.get("text", ""),
            sections=sections,
            contact=Contact(**(data.get("contact") or {})),
            experience=[ExperienceEntry(**item) for item in data.get("experience") or []],
            years_experience=data.get("years_experience"),
            level=data.get("level"),
            skills=[
                SkillHit(**{**item, "evidence": evidence(item.get("evidence"))})
                for item in data.get("skills") or []
            ],
            green_flags=[
                FlagHit(**{**item, "evidence": evidence(item.get("evidence"))})
                for item in data.get("green_flags") or []
            ],
            yellow_flags=[
                FlagHit(**{**item, "evidence": evidence(item.get("evidence"))})
                for item in data.get("yellow_flags") or []
            ],
            metrics=Metrics(**metrics),
            match=Match(**match) if match else None,
        )


#: The stored result's table of lines (those of its sections and its evidence): line
#: number, a string as JSON keys are, to its text.
LINES = "lines"
_EVIDENCE_LISTS = ("quantified_lines", "weak_phrases", "reliability_lines")
_HITS = ("skills", "green_flags", "yellow_flags")


def _line_texts(lines: dict[str, str] | None) -> dict[int, str]:
    """The stored lines table keyed by number: made once, rather than each reference's
    number made a key."""
    return {int(number): text for number, text in (lines or {}).items()}


def evidence_from(item: Any, texts: dict[int, str]) -> Evidence:
    """One piece of evidence as stored: a `[line_number, section]` reference into the
    lines table (`_line_texts`), or (stored before references) the `Evidence` fields in full."""
    if type(item) is list:
        number, section = item
        return Evidence(texts[number], section, number)
    return Evidence(**item)


def with_full_evidence(data: dict[str, Any]) -> dict[str, Any]:
    """Stored data made plain, in place: evidence written out in full, as `to_dict` gives it,
    and the lines table dropped. Plain data passes through unchanged."""
    lines = data.pop(LINES, None)
    if lines is None:
        return data
    texts = _line_texts(lines)

    def full(items: list[Any]) -> list[Any]:
        return [
            {"line": texts[item[0]], "section": item[1], "line_number": item[0]}
            if type(item) is list
            else item
            for item in items
        ]

    if data.get("sections"):
        data["sections"] = sections_from(data["sections"], texts)
    for key in _HITS:
        for hit in data.get(key) or ():
            hit["evidence"] = full(hit["evidence"])
    metrics = data.get("metrics")
    if metrics:
        for key in _EVIDENCE_LISTS:
            metrics[key] = full(metrics[key])
    return data


def sections_from(stored: dict[str, list[Any]], texts: dict[int, str]) -> dict[str, list[str]]:
    """Sections as stored (`[first, last]` ranges of line numbers into the lines table,
    or, stored before ranges, their lines' text) as section name -> its lines."""
    return {
        name: [texts[number] for first, last in items for number in range(first, last + 1)]
        if items and type(items[0]) is list
        else items
        for name, items in stored.items()
    }


@dataclass(slots=True)
class JobCriteria:
    """What a job asks for, as screening matches against it (canonical skill names)."""

    job_id: int | None = None
    title: str = ""
    level: str | None = None
    required: list[str] = field(default_factory=list)
    nice_to_have: list[str] = field(default_factory=list)
    knockouts: list[str] = field(default_factory=list)
