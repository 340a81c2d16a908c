"""Quality checks for a job description: each finding quotes the text and suggests a fix.

Every check is a function from a job to findings. Word lists, thresholds and
severities come from `resources/jobs/` so they can be tuned without code.
A finding's `field` names where the text is ("title", "about_role",
"responsibilities.2" with a 0-based index, "salary", ...) so the editor can
select it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from recruiter_kit.jobs import wordlists
from recruiter_kit.jobs.model import JobDescription
from recruiter_kit.jobs.readability import flesch_reading_ease, word_count

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    severity: str
    field: str
    text: str
    message: str
    suggestion: str
    start: int = -1
    end: int = -1

    def to_json(self) -> dict[str, object]:
        return {
            "check": self.check,
            "severity": self.severity,
            "field": self.field,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
        }


def prose_fields(job: JobDescription) -> Iterator[tuple[str, str]]:
    """Every piece of free text a reader sees, with its field path."""
    yield "about_role", job.about_role
    for name in ("responsibilities", "qualifications", "soft_skills", "perks"):
        for index, line in enumerate(getattr(job, name)):
            yield f"{name}.{index}", line
    yield "equal_opportunity", job.equal_opportunity
    yield "how_to_apply", job.how_to_apply


def _severity(check: str) -> str:
    return str(wordlists.check_settings()["severities"].get(check, "warning"))


def check_responsibilities(job: JobDescription) -> list[Finding]:
    if job.responsibilities:
        return []
    return [
        Finding(
            "no-responsibilities",
            _severity("no-responsibilities"),
            "responsibilities",
            "",
            "The posting lists no responsibilities.",
            "Add four to eight bullets saying what the person will actually do.",
        )
    ]


def check_exclusionary(job: JobDescription) -> list[Finding]:
    findings = []
    for field, text in [("title", job.title), *prose_fields(job)]:
        hits = [(m, p) for p in wordlists.exclusionary() for m in p.pattern.finditer(text)]
        for match, phrase in sorted(hits, key=lambda hit: hit[0].start()):
            findings.append(
                Finding(
                    "exclusionary",
                    phrase.severity,
                    field,
                    match.group(0),
                    f"'{match.group(0)}' can exclude applicants ({phrase.category}).",
                    phrase.suggestion,
                    match.start(),
                    match.end(),
                )
            )
    return findings


def check_gender_coded(job: JobDescription) -> list[Finding]:
    words = wordlists.gender_coded()
    masculine: list[tuple[str, re.Match[str]]] = []
    feminine = 0
    for field, text in prose_fields(job):
        masculine += [
            (field, m)
            for m in words.masculine.finditer(text)
            if m.group(0).lower() not in words.exceptions
        ]
        feminine += sum(
            1 for m in words.feminine.finditer(text) if m.group(0).lower() not in words.exceptions
        )
    if len(masculine) - feminine < words.imbalance_threshold:
        return []
    seen: set[str] = set()
    findings = []
    for field, match in masculine:
        word = match.group(0).lower()
        if word in seen:
            continue
        seen.add(word)
        findings.append(
            Finding(
                "gender-coded",
                _severity("gender-coded"),
                field,
                match.group(0),
                f"'{match.group(0)}' is masculine-coded, and the posting uses {len(masculine)} "
                f"masculine-coded words against {feminine} feminine-coded ones.",
                "Research (Gaucher, Friesen & Kay 2011) found such wording makes the job less "
                "appealing to women. Prefer neutral verbs, e.g. 'guide' for 'lead', 'keen' for "
                "'driven', or balance with words about collaboration and support.",
                match.start(),
                match.end(),
            )
        )
    return findings


def check_hype_title(job: JobDescription) -> list[Finding]:
    phrases, suggestion = wordlists.hype_titles()
    findings = []
    for phrase in phrases:
        match = phrase.pattern.search(job.title)
        if match:
            findings.append(
                Finding(
                    "hype-title",
                    _severity("hype-title"),
                    "title",
                    match.group(0),
                    f"'{match.group(0)}' in a job title puts off applicants and hides the "
                    "posting from searches.",
                    suggestion,
                    match.start(),
                    match.end(),
                )
            )
    return findings


def check_requirement_count(job: JobDescription) -> list[Finding]:
    limit = int(wordlists.check_settings()["max_must_haves"])
    count = len(job.qualifications) + len(job.required_skills)
    if count <= limit:
        return []
    return [
        Finding(
            "too-many-requirements",
            _severity("too-many-requirements"),
            "hard_skills",
            f"{len(job.qualifications)} qualifications + "
            f"{len(job.required_skills)} required skills",
            f"The posting has {count} must-have requirements; more than about {limit} deters "
            "qualified people, who often apply only when they meet every one.",
            "Keep the few that truly decide success in the job; move the rest to 'nice to have'.",
        )
    ]


def check_salary(job: JobDescription) -> list[Finding]:
    salary = job.salary
    if not salary.is_set:
        return [
            Finding(
                "missing-salary",
                _severity("missing-salary"),
                "salary",
                "",
                "The posting gives no salary range.",
                "State the range you will pay; pay transparency laws in many places require it "
                "and postings with a range attract more applicants.",
            )
        ]
    findings = []
    if (
        salary.minimum is not None
        and salary.maximum is not None
        and salary.minimum > salary.maximum
    ):
        findings.append(
            Finding(
                "salary-range",
                _severity("salary-range"),
                "salary",
                f"{salary.minimum:,} > {salary.maximum:,}",
                "The salary minimum is higher than the maximum.",
                "Swap or correct the two amounts.",
            )
        )
    if not salary.currency:
        findings.append(
            Finding(
                "salary-currency",
                _severity("salary-currency"),
                "salary",
                "",
                "The salary range has no currency.",
                "Add a three-letter currency code such as EUR.",
            )
        )
    return findings


_YEARS = re.compile(
    r"(?P<upto>up to\s+|at most\s+)?(?P<low>\d{1,2})\s*(?:\+|or more|plus)?\s*"
    r"(?:(?:-|\u2013|to)\s*(?P<high>\d{1,2})\s*\+?\s*)?years?",
    re.IGNORECASE,
)


def check_years_against_level(job: JobDescription) -> list[Finding]:
    ranges = wordlists.level_ranges()
    if job.level not in ranges:
        return []
    level = ranges[job.level]
    tolerance = int(wordlists.check_settings().get("years_tolerance_below", 1))
    findings = []
    for field, text in prose_fields(job):
        if not field.startswith(("qualifications", "about_role")):
            continue
        for match in _YEARS.finditer(text):
            demanded = 0 if match.group("upto") else int(match.group("low"))
            too_many = level["max_years"] is not None and demanded > level["max_years"]
            too_few = demanded < level["min_years"] - tolerance
            if too_many or too_few:
                findings.append(_years_finding(job, field, match, level))
    return findings


def _years_finding(job: JobDescription, field: str, match: re.Match[str], level: dict) -> Finding:
    span = (
        f"{level['min_years']}+"
        if level["max_years"] is None
        else (f"{level['min_years']}\u2013{level['max_years']}")
    )
    return Finding(
        "years-vs-level",
        _severity("years-vs-level"),
        field,
        match.group(0),
        f"'{match.group(0)}' contradicts the level: a {level['label'].lower()} role usually "
        f"means {span} years.",
        f"Change the experience to fit {span} years, or change the job's level.",
        match.start(),
        match.end(),
    )


_ACRONYM = re.compile(r"(?<![\w/-])([A-Z][A-Z0-9]{1,5})(s?)(?![\w/-])")


def check_acronyms(job: JobDescription) -> list[Finding]:
    known = wordlists.acronyms()
    names = {name.upper() for name in _named_things(job)}
    texts = list(prose_fields(job))
    everything = "\n".join(text for _field, text in texts)
    findings: list[Finding] = []
    seen: set[str] = set()
    for field, text in texts:
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            if acronym in seen or acronym in names or not re.search("[A-Z]{2}", acronym):
                continue
            seen.add(acronym)
            entry = known.get(acronym) or known.get(acronym + match.group(2)) or {}
            if entry.get("well_known") or _explained(acronym, entry, everything):
                continue
            expansion = entry.get("expansion")
            suggestion = (
                f"Write '{expansion} ({acronym})' the first time it appears."
                if expansion
                else "Spell it out the first time it appears."
            )
            findings.append(
                Finding(
                    "acronym",
                    _severity("acronym"),
                    field,
                    match.group(0),
                    f"'{match.group(0)}' is not explained; not every applicant will know it.",
                    suggestion,
                    match.start(),
                    match.end(),
                )
            )
    return findings


def _explained(acronym: str, entry: dict, text: str) -> bool:
    if re.search(rf"\({re.escape(acronym)}s?\)", text):
        return True
    expansion = entry.get("expansion", "")
    return bool(expansion) and expansion.lower() in text.lower()


def _named_things(job: JobDescription) -> set[str]:
    """Skill and tool names, which are product names rather than jargon to expand."""
    names = {skill.name for skill in job.hard_skills}
    names.update(tool for tools in job.tools.values() for tool in tools)
    return names


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def check_buzzwords(job: JobDescription) -> list[Finding]:
    names = [name.lower() for name in _named_things(job)]
    findings = []
    for field, text in prose_fields(job):
        for sentence in _SENTENCE.finditer(text):
            body = sentence.group(0)
            if re.search(r"\d", body) or any(name in body.lower() for name in names):
                continue  # a number or a named tool gives the phrase substance
            for phrase in wordlists.buzzwords():
                match = phrase.pattern.search(body)
                if match:
                    findings.append(
                        Finding(
                            "buzzword",
                            _severity("buzzword"),
                            field,
                            match.group(0),
                            f"'{match.group(0)}' says little on its own.",
                            phrase.suggestion,
                            sentence.start() + match.start(),
                            sentence.start() + match.end(),
                        )
                    )
    return findings


def check_length(job: JobDescription) -> list[Finding]:
    settings = wordlists.check_settings()
    words = word_count(
        " ".join(
            [
                job.title,
                *(text for _f, text in prose_fields(job)),
                *job.required_skills,
                *job.nice_to_have_skills,
            ]
        )
    )
    if words < int(settings["min_words"]):
        return [
            Finding(
                "length",
                _severity("length"),
                "about_role",
                f"{words} words",
                f"At {words} words the posting is short; applicants cannot tell what the job is.",
                "Describe the team, the work in the first months and what success looks like.",
            )
        ]
    if words > int(settings["max_words"]):
        return [
            Finding(
                "length",
                _severity("length"),
                "about_role",
                f"{words} words",
                f"At {words} words the posting is long; many readers will not finish it.",
                "Cut repeated points and keep each bullet to one idea.",
            )
        ]
    return []


def check_reading_ease(job: JobDescription) -> list[Finding]:
    text = "\n".join(
        text
        for field, text in prose_fields(job)
        if field.split(".")[0] in ("about_role", "responsibilities", "qualifications")
    )
    if word_count(text) < 40:
        return []  # too little text for the score to mean anything
    score = flesch_reading_ease(text)
    minimum = float(wordlists.check_settings()["min_reading_ease"])
    if score >= minimum:
        return []
    return [
        Finding(
            "reading-ease",
            _severity("reading-ease"),
            "about_role",
            f"reading ease {score:.0f}",
            f"The text scores {score:.0f} for reading ease (Flesch); below {minimum:.0f} reads "
            "like an academic paper.",
            "Use shorter sentences and plainer words; split long bullets in two.",
        )
    ]


CHECKS: tuple[Callable[[JobDescription], list[Finding]], ...] = (
    check_responsibilities,
    check_exclusionary,
    check_gender_coded,
    check_hype_title,
    check_requirement_count,
    check_salary,
    check_years_against_level,
    check_acronyms,
    check_buzzwords,
    check_length,
    check_reading_ease,
)


def run_checks(job: JobDescription) -> list[Finding]:
    """All findings, errors first, then in the order of the fields."""
    findings = [finding for check in CHECKS for finding in check(job)]
    return sorted(
        findings,
        key=lambda f: SEVERITIES.index(f.severity) if f.severity in SEVERITIES else len(SEVERITIES),
    )


def has_errors(findings: list[Finding]) -> bool:
    return any(finding.severity == "error" for finding in findings)


# Checks that need only wording, for a posting given as plain text or Markdown.
TEXT_CHECKS: tuple[Callable[[JobDescription], list[Finding]], ...] = (
    check_exclusionary,
    check_gender_coded,
    check_hype_title,
    check_acronyms,
    check_buzzwords,
    check_length,
    check_reading_ease,
)


def run_text_checks(text: str) -> list[Finding]:
    """Check a free-text posting: the first non-empty line is taken as the title."""
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = lines[0][:200] if lines else "Untitled"
    job = JobDescription(title=title, about_role="\n".join(lines[1:]))
    findings = [finding for check in TEXT_CHECKS for finding in check(job)]
    return sorted(findings, key=lambda f: SEVERITIES.index(f.severity))
