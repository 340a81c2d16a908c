"""What a printed job description shows, in which order, under which headings.

Every output format (PDF, DOCX, Markdown, HTML, plain text) takes its headings
and labels from here, so a posting reads the same wherever it is published.
"""

from __future__ import annotations

from typing import Any

from recruiter_kit.documents.spec import (
    Bullets,
    Definitions,
    DocumentSpec,
    Paragraph,
    Section,
    Tags,
)
from recruiter_kit.jobs.model import TOOL_CATEGORIES, JobDescription, Salary

HEADINGS: dict[str, str] = {
    "about_role": "About the role",
    "responsibilities": "What you will do",
    "qualifications": "What you bring",
    "required_skills": "Required skills",
    "nice_to_have_skills": "Nice to have",
    "soft_skills": "How you work",
    "tools": "Tools we use",
    "perks": "Perks and benefits",
    "salary": "Salary",
    "equal_opportunity": "Equal opportunity",
    "how_to_apply": "How to apply",
}

LEVEL_LABELS = {"junior": "Junior", "mid": "Mid-level", "senior": "Senior"}
LOCATION_LABELS = {"remote": "Remote", "hybrid": "Hybrid", "on-site": "On-site"}
EMPLOYMENT_LABELS = {
    "full-time": "Full-time",
    "part-time": "Part-time",
    "contract": "Contract",
    "internship": "Internship",
    "temporary": "Temporary",
}
TOOL_LABELS = {
    "version_control": "Version control",
    "databases": "Databases",
    "cloud": "Cloud services",
    "ci_cd": "CI/CD",
    "monitoring": "Monitoring",
    "containers": "Containers",
    "api_testing": "API testing",
    "documentation": "Documentation",
}
_PERIOD_WORDS = {"year": "per year", "month": "per month", "hour": "per hour"}


def salary_text(salary: Salary) -> str:
    """The pay range as a reader sees it, e.g. 'EUR 70,000 – 85,000 per year'."""
    if not salary.is_set:
        return ""
    low, high = salary.minimum, salary.maximum
    if low is not None and high is not None and low != high:
        amount = f"{low:,} \u2013 {high:,}"
    elif low is not None and high is not None:
        amount = f"{low:,}"
    elif low is not None:
        amount = f"from {low:,}"
    else:
        amount = f"up to {high:,}"
    currency = f"{salary.currency} " if salary.currency else ""
    return f"{currency}{amount} {_PERIOD_WORDS.get(salary.period, '')}".strip()


def meta_line(job: JobDescription) -> str:
    """Where and how the job is done, e.g. 'Hybrid · Berlin · Full-time · Senior'."""
    parts = [LOCATION_LABELS.get(job.location_mode, job.location_mode)]
    if job.location:
        parts.append(job.location)
    parts.append(EMPLOYMENT_LABELS.get(job.employment_type, job.employment_type))
    if job.level:
        parts.append(LEVEL_LABELS.get(job.level, job.level))
    return " \u00b7 ".join(parts)


def tool_rows(job: JobDescription) -> list[tuple[str, str]]:
    return [
        (TOOL_LABELS[key], ", ".join(job.tools[key]))
        for key in TOOL_CATEGORIES
        if job.tools.get(key)
    ]


def document_spec(job: JobDescription) -> DocumentSpec:
    """The job as a format-neutral outline for the PDF and DOCX builders."""
    subtitle = [meta_line(job)]
    if job.company:
        subtitle.insert(0, job.company)
    if job.salary.is_set:
        subtitle.append(f"Salary: {salary_text(job.salary)}")
    return DocumentSpec(
        title=job.title,
        subtitle_lines=tuple(subtitle),
        sections=tuple(_sections(job)),
        subject=f"Job description: {job.title}",
        keywords=tuple(job.required_skills + job.nice_to_have_skills),
    )


def _sections(job: JobDescription) -> list[Section]:
    candidates: list[tuple[str, Paragraph | Bullets | Definitions | Tags | None]] = [
        ("about_role", Paragraph(job.about_role) if job.about_role else None),
        ("responsibilities", _bullets(job.responsibilities)),
        ("qualifications", _bullets(job.qualifications)),
        ("required_skills", Tags(tuple(job.required_skills)) if job.required_skills else None),
        (
            "nice_to_have_skills",
            Tags(tuple(job.nice_to_have_skills)) if job.nice_to_have_skills else None,
        ),
        ("soft_skills", _bullets(job.soft_skills)),
        ("tools", Definitions(tuple(tool_rows(job))) if tool_rows(job) else None),
        ("perks", _bullets(job.perks)),
        ("salary", Paragraph(salary_text(job.salary)) if job.salary.is_set else None),
        ("equal_opportunity", _paragraph(job.equal_opportunity)),
        ("how_to_apply", _paragraph(job.how_to_apply)),
    ]
    return [Section(HEADINGS[key], (block,)) for key, block in candidates if block is not None]


def _bullets(items: list[str]) -> Bullets | None:
    return Bullets(tuple(items)) if items else None


def _paragraph(text: str) -> Paragraph | None:
    return Paragraph(text) if text else None


def template_context(job: JobDescription) -> dict[str, Any]:
    """The variables a Jinja rendering template sees: plain data only.

    Templates get dictionaries and lists, never live objects, so the sandbox
    has nothing to reach through.
    """
    data = job.to_dict()
    data.update(
        level_label=LEVEL_LABELS.get(job.level or "", ""),
        location_label=LOCATION_LABELS.get(job.location_mode, job.location_mode),
        employment_label=EMPLOYMENT_LABELS.get(job.employment_type, job.employment_type),
        meta_line=meta_line(job),
        salary_text=salary_text(job.salary),
        required_skills=job.required_skills,
        nice_to_have_skills=job.nice_to_have_skills,
        tool_rows=[{"label": label, "tools": tools} for label, tools in tool_rows(job)],
        about_paragraphs=[p.strip() for p in job.about_role.split("\n\n") if p.strip()],
    )
    return {"job": data, "headings": dict(HEADINGS)}
