"""Use cases for job descriptions: create from a template, save as a version, compare,
restore, render, export and check.

Each public method that touches the database runs in one transaction. Input is
validated by `JobDescription.from_dict` before anything is written, so a bad
value leaves every stored job as it was.

Storage layout: the `jobs` row keeps title, level and the two skill lists
(which screening reads) in their own columns, and the rest of the job
description under ``details["description"]``. Other keys of ``details``
belong to other features (e.g. screening's ``knockouts``) and are kept as
they are on every save.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.core.models import Job, Level
from recruiter_kit.documents.atomic import write_atomic
from recruiter_kit.documents.docx_builder import build_docx
from recruiter_kit.documents.pdf_builder import build_pdf
from recruiter_kit.jobs import checks
from recruiter_kit.jobs.layout import document_spec
from recruiter_kit.jobs.library import TemplateInfo, TemplateLibrary, TemplateProblem
from recruiter_kit.jobs.model import FIELD_NAMES, JobDescription, Skill
from recruiter_kit.jobs.rendering import TEXT_FORMATS, Renderer
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.models.jobs import JobVersion, JobVersionRepository
from recruiter_kit.storage.repositories import JobRepository

EXPORT_FORMATS = ("pdf", "docx", "md", "html", "txt")
DESCRIPTION_KEY = "description"
SCHEMA_KEY = "description_schema"
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class SavedJob:
    """A stored job: its id, its job description and the number of its latest version."""

    id: int
    description: JobDescription
    template: str | None
    version: int
    updated_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "template": self.template,
            "version": self.version,
            "required_skills": self.description.required_skills,
            "nice_to_have_skills": self.description.nice_to_have_skills,
            **self.description.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class JobSummary:
    id: int
    title: str
    level: str | None
    template: str | None
    updated_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "template": self.template,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
        }


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """What changed between two versions: per field, and as a line diff of the plain text."""

    job_id: int
    old: int
    new: int
    changes: tuple[FieldChange, ...]
    text_diff: str


class JobService:
    def __init__(
        self,
        database: Database,
        library: TemplateLibrary | None = None,
        renderer: Renderer | None = None,
    ) -> None:
        self._db = database
        self.library = library or TemplateLibrary()
        self.renderer = renderer or Renderer(self.library)

    # Templates -------------------------------------------------------------

    def templates(self) -> tuple[list[TemplateInfo], list[TemplateProblem]]:
        """Usable templates, and the broken files found on the way (with file and line)."""
        return self.library.scan()

    def description_from_template(
        self, name: str, title: str | None = None, values: dict[str, str] | None = None
    ) -> JobDescription:
        """The template's job description with `title` and `--set` style `values` applied."""
        description = self.library.load(name)
        data = description.to_dict()
        for field, value in (values or {}).items():
            apply_value(data, field, value)
        if title is not None:
            data["title"] = title
        return JobDescription.from_dict(data)

    # Storing and versions ----------------------------------------------------

    def create_from_template(
        self, name: str, title: str | None = None, values: dict[str, str] | None = None
    ) -> SavedJob:
        description = self.description_from_template(name, title, values)
        return self.create(description, template=name, note=f"Created from template '{name}'")

    def create(
        self, description: JobDescription, template: str | None = None, note: str | None = None
    ) -> SavedJob:
        description = JobDescription.from_dict(description.to_dict())
        with self._db.session() as session:
            job = JobRepository(session).add(_job_row(description, template, {}))
            assert job.id is not None
            version = JobVersionRepository(session).append(
                job.id, description.title, description.to_dict(), note or "Created"
            )
            return SavedJob(job.id, description, template, version.number, job.updated_at)

    def save(self, job_id: int, description: JobDescription, note: str | None = None) -> SavedJob:
        """Store `description` as the job's current state and as a new version."""
        description = JobDescription.from_dict(description.to_dict())
        with self._db.session() as session:
            jobs = JobRepository(session)
            current = jobs.get(job_id)
            job = jobs.update(_job_row(description, current.template, current.details, job_id))
            version = JobVersionRepository(session).append(
                job_id, description.title, description.to_dict(), note
            )
            return SavedJob(job_id, description, job.template, version.number, job.updated_at)

    def list_jobs(self) -> list[JobSummary]:
        with self._db.session() as session:
            return [
                JobSummary(
                    job.id or 0,
                    job.title,
                    job.level.value if job.level else None,
                    job.template,
                    job.updated_at,
                )
                for job in JobRepository(session).list()
            ]

    def get(self, job_id: int) -> SavedJob:
        with self._db.session() as session:
            job = JobRepository(session).get(job_id)
            latest = JobVersionRepository(session).latest_number(job_id)
            return SavedJob(job_id, description_of(job), job.template, latest, job.updated_at)

    def versions(self, job_id: int) -> list[JobVersion]:
        """Every saved version of the job, newest first."""
        with self._db.session() as session:
            JobRepository(session).get(job_id)  # a clear NotFoundError for a wrong id
            return JobVersionRepository(session).list(job_id)

    def version_description(self, job_id: int, number: int) -> JobDescription:
        with self._db.session() as session:
            version = JobVersionRepository(session).get(job_id, number)
        return JobDescription.from_dict(version.snapshot)

    def diff(self, job_id: int, old: int, new: int) -> VersionDiff:
        with self._db.session() as session:
            versions = JobVersionRepository(session)
            before = JobDescription.from_dict(versions.get(job_id, old).snapshot)
            after = JobDescription.from_dict(versions.get(job_id, new).snapshot)
        return VersionDiff(
            job_id,
            old,
            new,
            field_changes(before, after),
            self._text_diff(before, after, f"version {old}", f"version {new}"),
        )

    def restore(self, job_id: int, number: int) -> SavedJob:
        """Make an old version current again by saving a copy of it as the newest version.

        Nothing is overwritten: the versions in between stay in the history.
        """
        with self._db.session() as session:
            version = JobVersionRepository(session).get(job_id, number)
            description = JobDescription.from_dict(version.snapshot)
            jobs = JobRepository(session)
            current = jobs.get(job_id)
            job = jobs.update(_job_row(description, current.template, current.details, job_id))
            saved = JobVersionRepository(session).append(
                job_id, description.title, description.to_dict(), f"Restored version {number}"
            )
            return SavedJob(job_id, description, job.template, saved.number, job.updated_at)

    # Rendering, export and checks -------------------------------------------

    def render_text(self, description: JobDescription, fmt: str) -> str:
        return self.renderer.render(description, fmt)

    def render_bytes(self, description: JobDescription, fmt: str) -> bytes:
        """The job in an export format, as the bytes of the file."""
        if fmt == "pdf":
            return build_pdf(document_spec(description))
        if fmt == "docx":
            return build_docx(document_spec(description))
        if fmt in TEXT_FORMATS:
            return self.renderer.render(description, fmt).encode("utf-8")
        raise InvalidInputError(
            f"Unknown export format '{fmt}'; use one of {', '.join(EXPORT_FORMATS)}."
        )

    def export(self, job_id: int, fmt: str, path: Path | str) -> Path:
        """Write the job to `path` in `fmt`; a failure leaves no partial file behind."""
        return self.export_description(self.get(job_id).description, fmt, path)

    def export_description(self, description: JobDescription, fmt: str, path: Path | str) -> Path:
        return write_atomic(path, self.render_bytes(description, fmt))

    def lint(self, description: JobDescription) -> list[checks.Finding]:
        return checks.run_checks(description)

    def lint_job(self, job_id: int) -> list[checks.Finding]:
        return self.lint(self.get(job_id).description)

    def _text_diff(self, before: JobDescription, after: JobDescription, a: str, b: str) -> str:
        lines = difflib.unified_diff(
            self.renderer.render(before, "txt").splitlines(),
            self.renderer.render(after, "txt").splitlines(),
            fromfile=a,
            tofile=b,
            lineterm="",
        )
        return "\n".join(lines)


def description_of(job: Job) -> JobDescription:
    """The job description stored for `job`, tolerant of jobs made by other features
    (the demo data, for instance, has only title, level and skills)."""
    details = job.details if isinstance(job.details, dict) else {}
    stored = details.get(DESCRIPTION_KEY)
    data = {k: v for k, v in stored.items() if k in FIELD_NAMES} if isinstance(stored, dict) else {}
    data["title"] = job.title
    data["level"] = job.level.value if job.level else None
    stored_skills = [Skill(**s) for s in data.get("hard_skills", []) if isinstance(s, dict)]
    if [s.name for s in stored_skills if s.required] != list(job.required_skills) or [
        s.name for s in stored_skills if not s.required
    ] != list(job.nice_to_have_skills):
        # Someone changed the skill columns directly; they are what screening reads.
        data["hard_skills"] = [{"name": n, "required": True} for n in job.required_skills] + [
            {"name": n, "required": False} for n in job.nice_to_have_skills
        ]
    try:
        return JobDescription.from_dict(data)
    except InvalidInputError as error:
        raise InvalidInputError(
            f"Job {job.id} holds a job description that is not valid: {error}"
        ) from None


def _job_row(
    description: JobDescription,
    template: str | None,
    details: dict[str, Any],
    job_id: int | None = None,
) -> Job:
    stored = description.to_dict()
    del stored["title"], stored["level"]
    merged = {**details, DESCRIPTION_KEY: stored, SCHEMA_KEY: SCHEMA_VERSION}
    return Job(
        id=job_id,
        title=description.title,
        level=Level(description.level) if description.level else None,
        template=template,
        required_skills=description.required_skills,
        nice_to_have_skills=description.nice_to_have_skills,
        details=merged,
    )


def field_changes(before: JobDescription, after: JobDescription) -> tuple[FieldChange, ...]:
    old, new = before.to_dict(), after.to_dict()
    return tuple(
        FieldChange(name, old[name], new[name]) for name in FIELD_NAMES if old[name] != new[name]
    )


# Setting fields from text ("--set FIELD=VALUE") ---------------------------------

LIST_FIELDS = ("responsibilities", "qualifications", "soft_skills", "perks")
SETTABLE_FIELDS = (
    "title",
    "level",
    "company",
    "location_mode",
    "location",
    "employment_type",
    "about_role",
    *LIST_FIELDS,
    "required_skills",
    "nice_to_have_skills",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "equal_opportunity",
    "how_to_apply",
)


def apply_value(data: dict[str, Any], field: str, value: str) -> None:
    """Set one field of a job-description dict from text.

    List fields take items separated by ';' (skills also by ','), salary parts
    are `salary_min`, `salary_max`, `salary_currency`, `salary_period`, and
    `tools.<category>` takes a comma-separated list.

    Raises:
        InvalidInputError: the field is unknown.
    """
    if field in LIST_FIELDS:
        data[field] = [item.strip() for item in value.split(";") if item.strip()]
    elif field in ("required_skills", "nice_to_have_skills"):
        required = field == "required_skills"
        names = [item.strip() for item in value.replace(";", ",").split(",") if item.strip()]
        others = [s for s in data.get("hard_skills", []) if s.get("required") != required]
        data["hard_skills"] = [{"name": n, "required": required} for n in names] + others
    elif field.startswith("salary_") and field in SETTABLE_FIELDS:
        key = {"min": "minimum", "max": "maximum"}.get(field[7:], field[7:])
        data.setdefault("salary", {})[key] = value
    elif field.startswith("tools."):
        tools = data.setdefault("tools", {})
        tools[field[6:]] = [item.strip() for item in value.split(",") if item.strip()]
    elif field in SETTABLE_FIELDS:
        data[field] = value
    else:
        raise InvalidInputError(
            f"Unknown field '{field}'. Fields you can set: {', '.join(SETTABLE_FIELDS)}, "
            "tools.<category>."
        )


def parse_assignment(text: str) -> tuple[str, str]:
    """Split 'FIELD=VALUE'."""
    field, sep, value = text.partition("=")
    if not sep or not field.strip():
        raise InvalidInputError(f"'{text}' is not FIELD=VALUE.")
    return field.strip(), value
