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
from recruiter_kit.screening.reading.model import RawDocument
from recruiter_kit.screening.reading.text import decode_text

# Keys of a job or project that hold the technologies used, in the schema and its common variants.
_TECHNOLOGY_KEYS = ("keywords", "technologies", "tech", "techStack", "stack", "tools")
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
_ISO_DAY = re.compile(r"(\d{4}-\d{2})-\d{2}(?!\d)")  # also a full timestamp ("...T00:00:00Z")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def read_json_resume(data: bytes, filename: str) -> RawDocument:
    """Parse a JSON Resume document and render it as text."""
    name = PurePath(filename).name
    resume = _parse(decode_text(data, name), name)
    if not isinstance(resume, dict) or not any(
        key in resume for key in ("basics", "work", "skills")
    ):
        raise DocumentError(f"{name}: not a JSON Resume document (no 'basics', 'work' or 'skills')")
    lines = render(resume)
    if not lines:
        raise DocumentError(f"{name}: the JSON Resume document is empty")
    return RawDocument("application/json", ["\n".join(lines)], written=_last_modified(resume))


def _parse(text: str, name: str) -> Any:
    """The JSON, forgiving what hand-edited resumes often carry: trailing commas, raw newlines."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        try:
            return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
        except json.JSONDecodeError:
            raise DocumentError(
                f"{name}: not valid JSON (line {error.lineno}: {error.msg})"
            ) from None


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
    basics = _dict(resume.get("basics"))
    _basics(basics, lines)
    if not _text(basics.get("summary")) and _text(resume.get("summary")):
        lines += ["Summary", _text(resume["summary"])]
    _entries("Experience", resume.get("work"), ("position", "name", "company"), lines)
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


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


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
    start = _date(item.get("startDate"))
    end = _date(item.get("endDate")) or ("Present" if start else "")
    return f"{start} - {end}" if start else ""


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
        lines += [f"• {_text(h)}" for h in item.get("highlights") or [] if _text(h)]
        technologies = [name for key in _TECHNOLOGY_KEYS for name in _names(item.get(key))]
        if technologies:
            lines.append("Technologies: " + ", ".join(dict.fromkeys(technologies)))


def _names(value: Any) -> list[str]:
    """The names in a list (of strings, or of objects with a name) or a comma-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list):
        return []
    names = [_text(v) or _text(_dict(v).get("name")) for v in value]
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
        courses = [_text(c) for c in item.get("courses") or [] if _text(c)]
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
    entries = _list(items)
    if not entries:
        return
    lines.append(heading)
    for item in entries:
        # Some resumes nest the list under "skill" or describe a group in prose.
        names = _names(item.get("keywords")) or _names(item.get("skill"))
        words = ", ".join(names)
        label = _text(item.get("name"))
        lines.append(f"{label}: {words}" if label and words else label or words)
        if _text(item.get("description")):
            lines.append(_text(item["description"]))
