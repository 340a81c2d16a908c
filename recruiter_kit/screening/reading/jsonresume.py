"""JSON Resume files (jsonresume.org schema), rendered as a plain-text resume.

Rendering to text with the usual section headings lets one pipeline handle
every format, and keeps evidence lines readable in the app.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.model import RawDocument
from recruiter_kit.screening.reading.text import decode_text


def read_json_resume(data: bytes, filename: str) -> RawDocument:
    """Parse a JSON Resume document and render it as text."""
    name = PurePath(filename).name
    try:
        resume = json.loads(decode_text(data, name))
    except json.JSONDecodeError as error:
        raise DocumentError(f"{name}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(resume, dict) or not any(
        key in resume for key in ("basics", "work", "skills")
    ):
        raise DocumentError(f"{name}: not a JSON Resume document (no 'basics', 'work' or 'skills')")
    lines = render(resume)
    if not lines:
        raise DocumentError(f"{name}: the JSON Resume document is empty")
    return RawDocument("application/json", ["\n".join(lines)])


def render(resume: dict[str, Any]) -> list[str]:
    """The resume as text lines, section by section."""
    lines: list[str] = []
    _basics(_dict(resume.get("basics")), lines)
    _entries("Experience", resume.get("work"), ("position", "name", "company"), lines)
    _entries("Projects", resume.get("projects"), ("name", "entity"), lines)
    _entries("Volunteer", resume.get("volunteer"), ("position", "organization"), lines)
    _education(resume.get("education"), lines)
    _simple("Certifications", resume.get("certificates"), ("name", "issuer", "date"), lines)
    _simple("Awards", resume.get("awards"), ("title", "awarder", "date"), lines)
    _simple("Publications", resume.get("publications"), ("name", "publisher", "releaseDate"), lines)
    _keywords("Skills", resume.get("skills"), lines)
    _simple("Languages", resume.get("languages"), ("language", "fluency"), lines)
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
    start = _text(item.get("startDate"))[:7]
    end = _text(item.get("endDate"))[:7] or ("Present" if start else "")
    return f"{start} - {end}" if start else ""


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
        if isinstance(item.get("keywords"), list):
            lines.append(", ".join(_text(k) for k in item["keywords"] if _text(k)))


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


def _keywords(heading: str, items: Any, lines: list[str]) -> None:
    entries = _list(items)
    if not entries:
        return
    lines.append(heading)
    for item in entries:
        words = ", ".join(_text(k) for k in item.get("keywords") or [] if _text(k))
        label = _text(item.get("name"))
        lines.append(f"{label}: {words}" if label and words else label or words)
