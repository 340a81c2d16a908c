"""The entities every feature shares, as plain copies handed out by the storage layer.

These are detached values: changing one changes nothing in the database until a
service saves it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Level(StrEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"


class DocumentStatus(StrEnum):
    PENDING = "pending"
    OK = "ok"
    NEEDS_OCR = "needs_ocr"
    ERROR = "error"


@dataclass(slots=True)
class Job:
    """A job opening. `details` holds the structured job description (sections, perks, ...)."""

    id: int | None
    title: str
    level: Level | None = None
    template: str | None = None
    required_skills: list[str] = field(default_factory=list)
    nice_to_have_skills: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Candidate:
    """A person applying for a job. `code` is the stable pseudonym used in blind review."""

    id: int | None
    name: str
    code: str = ""
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)
    job_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Document:
    """An imported resume: the original bytes are kept, whatever became of reading them."""

    id: int | None
    filename: str
    sha256: str
    size: int
    media_type: str
    status: DocumentStatus = DocumentStatus.PENDING
    error: str | None = None
    text: str | None = None
    candidate_id: int | None = None
    source_path: str | None = None
    created_at: datetime | None = None
