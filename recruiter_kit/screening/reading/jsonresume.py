"""JSON Resume files (jsonresume.org schema), rendered as a plain-text resume.

Rendering to text with the usual section headings lets one pipeline handle
every format, and keeps evidence lines readable in the app.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import PurePath
from typing import Any

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.normalize import join_wrapped
from recruiter_kit.screening.reading.model import RawDocument
from recruiter_kit.screening.reading.text import decode_text

# Keys of a job or project that hold the technologies used, in the schema and its common variants.
_TECHNOLOGY_KEYS = ("keywords", "technologies", "tech", "techStack", "stack", "tools", "skills")
_SCHEMA_KEYS = frozenset(
    {
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
    }
)
# Resumes kept as site data (a Jekyll `_data/resume.yml` saved as JSON) follow the
# schema loosely: the same parts under other names. Schema names come first.
_WORK_KEYS = ("work", "experience", "jobs", "employment", "positions", "workExperience")
_JOB_TITLE_KEYS = ("position", "title", "job_title", "jobTitle", "role", "name")
_EMPLOYER_KEYS = ("company", "employer", "organization", "organisation")
_BULLET_KEYS = (
    "highlights",
    "duties",
    "accomplishments",
    "achievements",
    "responsibilities",
    "bullets",
)
_PERIOD_KEYS = ("period", "dates", "duration", "years", "year")
_ISO_DAY = re.compile(r"(\d{4}-\d{2})-\d{2}(?!\d)")  # also a full timestamp ("...T00:00:00Z")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def read_json_resume(data: bytes, filename: str) -> RawDocument:
    """Parse a JSON Resume document and render it as text."""
    name = PurePath(filename).name
    resume = _parse(decode_text(data, name), name)
    if not isinstance(resume, dict) or not any(
        key in resume for key in ("basics", "skills", *_WORK_KEYS)
    ):
        raise DocumentError(f"{name}: not a JSON Resume document (no 'basics', 'work' or 'skills')")
    # A field's own text may be wrapped ("...calculation\nvariables..."): join that, but
    # never one field onto another (a job's header onto its summary).
    lines = [part for field in render(resume) for part in _unwrapped(field)]
    if not lines:
        raise DocumentError(f"{name}: the JSON Resume document is empty")
    return RawDocument(
        "application/json", ["\n".join(lines)], written=_last_modified(resume), may_wrap=False
    )


def _unwrapped(field: str) -> list[str]:
    return join_wrapped([line for part in field.split("\n") if (line := part.strip())])


def _parse(text: str, name: str) -> Any:
    """The JSON, forgiving what hand-edited resumes often carry: trailing commas, raw newlines."""
    try:
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            try:
                return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
            except json.JSONDecodeError:
                raise DocumentError(
                    f"{name}: not valid JSON (line {error.lineno}: {error.msg})"
                ) from None
    except RecursionError:
        raise DocumentError(
            f"{name}: the JSON is nested too deeply to be a resume (over a thousand levels)"
        ) from None
    except ValueError as error:  # Python refuses numbers of more than 4,300 digits
        raise DocumentError(f"{name}: not valid JSON ({error})") from None


def _last_modified(resume: dict[str, Any]) -> date | None:
    """When the file says it was last changed (`meta.lastModified`): what "Present" means."""
    stamp = _text(_dict(resume.get("meta")).get("lastModified"))[:10]
    try:
        return date.fromisoformat(stamp)
    except ValueError:
        return None


def render(resume: dict[str, Any]) -> list[str]:
    """The resume as text lines, section by section."""
    lines: list[str] = []
    # Without `basics`, a resume may put the name and contact details at the top level.
    basics = _dict(resume.get("basics")) or _top_level_basics(resume)
    _basics(basics, lines)
    summary = _text(resume.get("summary")) or _text(resume.get("objective"))
    if not _text(basics.get("summary")) and summary:
        lines += ["Summary", summary]
    work = [job for key in _WORK_KEYS for job in _list(resume.get(key))]
    _entries("Experience", work, _JOB_TITLE_KEYS + _EMPLOYER_KEYS, lines)
    _entries("Projects", resume.get("projects"), ("name", "entity"), lines)
    _entries("Volunteer", resume.get("volunteer"), ("position", "organization"), lines)
    _education(resume.get("education"), lines)
    certificates = resume.get("certificates") or resume.get("certifications")
    _simple("Certifications", certificates, ("name", "issuer", "date"), lines)
    _simple("Awards", resume.get("awards"), ("title", "awarder", "date"), lines)
    _simple("Publications", resume.get("publications"), ("name", "publisher", "releaseDate"), lines)
    _keywords("Skills", resume.get("skills"), lines)
    _skill_groups(resume, lines)
    _simple("Spoken Languages", resume.get("languages"), ("language", "fluency"), lines)
    _keywords("Interests", resume.get("interests"), lines)
    return lines


def _top_level_basics(resume: dict[str, Any]) -> dict[str, Any]:
    """The schema's `basics` from top-level keys ("name", "tagline", "email"), if any."""
    label = next((resume[k] for k in ("label", "title", "tagline") if _text(resume.get(k))), "")
    basics = {key: resume.get(key) for key in ("name", "email", "phone")} | {"label": label}
    location = resume.get("location")
    if _text(location):
        basics["location"] = {"city": location}
    return basics


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _items(value: Any) -> list[Any]:
    """A list field as a list; any other value (a number, a string, an object) as none."""
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _basics(basics: dict[str, Any], lines: list[str]) -> None:
    for key in ("name", "label"):
        if _text(basics.get(key)):
            lines.append(_text(basics[key]))
    location = _dict(basics.get("location"))
    place = ", ".join(p for p in (_text(location.get("city")), _text(location.get("region"))) if p)
    contact = [_text(basics.get(k)) for k in ("email", "phone", "url")] + [place]
    contact += [
        _text(p.get("url")) or _text(p.get("username")) for p in _list(basics.get("profiles"))
    ]
    if any(contact):
        lines.append(" | ".join(c for c in contact if c))
    if _text(basics.get("summary")):
        lines += ["Summary", _text(basics["summary"])]


def _dates(item: dict[str, Any]) -> str:
    """The item's dates as a range: the schema's start and end, a `term` of its own, or a period."""
    term = next((_dict(item[k]) for k in ("term", "date", "dates") if _dict(item.get(k))), {})
    start = _date(item.get("startDate")) or _date(term.get("start"))
    end = _date(item.get("endDate")) or _date(term.get("end")) or ("Present" if start else "")
    if start:
        return f"{start} - {end}"
    # Written as the resume shows it: "Jun 2024 - Present", "2019 – 2021".
    return next((_text(item[k]) for k in _PERIOD_KEYS if _text(item.get(k))), "")


def _date(value: Any) -> str:
    """A date as the resume wrote it, a full ISO day shortened to its month ("2019-02")."""
    text = _text(value)
    day = _ISO_DAY.match(text)
    return day.group(1) if day else text


def _entries(heading: str, items: Any, title_keys: tuple[str, ...], lines: list[str]) -> None:
    entries = _list(items)
    if not entries:
        return
    lines.append(heading)
    for item in entries:
        title = ", ".join(
            dict.fromkeys(_text(item.get(k)) for k in title_keys if _text(item.get(k)))
        )
        dates = _dates(item)
        lines.append(f"{title} | {dates}" if dates else title)
        for key in ("summary", "description"):
            if _text(item.get(key)):
                lines.append(_text(item[key]))
        bullets: list[Any] = next(
            (item[k] for k in _BULLET_KEYS if isinstance(item.get(k), list)), []
        )
        lines += [f"• {_text(h)}" for h in bullets if _text(h)]
        technologies = [name for key in _TECHNOLOGY_KEYS for name in _names(item.get(key))]
        if technologies:
            lines.append("Technologies: " + ", ".join(dict.fromkeys(technologies)))


def _names(value: Any) -> list[str]:
    """The names in a list (of strings, or of objects with a name) or a comma-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list):
        return []
    names = [_text(v) or _text(_dict(v).get("name")) or _text(_dict(v).get("skill")) for v in value]
    return [name for name in names if name]


def _education(items: Any, lines: list[str]) -> None:
    entries = _list(items)
    if not entries:
        return
    lines.append("Education")
    for item in entries:
        degree = " in ".join(
            p for p in (_text(item.get("studyType")), _text(item.get("area"))) if p
        )
        parts = [p for p in (_text(item.get("institution")), degree, _dates(item)) if p]
        lines.append(" | ".join(parts))
        courses = [_text(c) for c in _items(item.get("courses")) if _text(c)]
        if courses:
            lines.append("Courses: " + ", ".join(courses))


def _simple(heading: str, items: Any, keys: tuple[str, ...], lines: list[str]) -> None:
    entries = _list(items)
    if entries:
        lines.append(heading)
        lines += [", ".join(_text(e.get(k))[:40] for k in keys if _text(e.get(k))) for e in entries]


def _skill_groups(resume: dict[str, Any], lines: list[str]) -> None:
    """Skills a resume keeps outside the schema's `skills`, e.g. `technicalSkillsByCategory`."""
    for key, value in resume.items():
        if key in _SCHEMA_KEYS or not any(word in key.lower() for word in ("skill", "tech")):
            continue
        groups = value.items() if isinstance(value, dict) else [("", value)]
        rows = [(label, ", ".join(_names(names))) for label, names in groups]
        rows = [(label, names) for label, names in rows if names]
        if rows:
            lines.append("Skills")
            lines += [f"{label}: {names}" if label else names for label, names in rows]


def _keywords(heading: str, items: Any, lines: list[str]) -> None:
    if isinstance(items, dict):  # groups kept under a key of their own: {"clusters": [...]}
        items = [group for value in items.values() for group in _list(value)]
    entries = _list(items)
    if not entries:
        return
    lines.append(heading)
    for item in entries:
        # Some resumes nest the list under "skill" or "items", or describe a group in prose.
        names = next((_names(item[k]) for k in ("keywords", "skill", "items") if k in item), [])
        words = ", ".join(names)
        label = next(
            (_text(item[k]) for k in ("name", "title", "category") if _text(item.get(k))), ""
        )
        lines.append(f"{label}: {words}" if label and words else label or words)
        if _text(item.get("description")):
            lines.append(_text(item["description"]))
