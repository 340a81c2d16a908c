"""The library of job-description templates: shipped ones and the user's own.

A template is a JSON file `<name>.json` holding a short description and a full
job description to start from. The user's templates folder is searched first,
so a user file overrides a shipped one of the same name without touching it.
A broken file never stops the library: listing reports it as a problem with
its file and line, and loading it raises `TemplateError` with the same text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from recruiter_kit import paths, resources
from recruiter_kit.core.errors import InvalidInputError, TemplateError
from recruiter_kit.jobs.model import JobDescription

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_TOP_LEVEL_KEYS = {"template", "job"}
_META_KEYS = {"label", "description", "flavour"}
_MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """What the template picker shows about one template."""

    name: str
    label: str
    title: str
    level: str | None
    flavour: str
    description: str
    path: Path
    user: bool

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "title": self.title,
            "level": self.level,
            "flavour": self.flavour,
            "description": self.description,
            "path": str(self.path),
            "user": self.user,
        }


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    path: Path
    message: str


class TemplateLibrary:
    """Finds, lists and loads job-description templates."""

    def __init__(self, shipped_dir: Path | None = None, user_dir: Path | None = None) -> None:
        self.shipped_dir = shipped_dir if shipped_dir is not None else resources.templates_dir()
        self.user_dir = user_dir if user_dir is not None else paths.user_templates_dir()

    def folders(self) -> list[tuple[Path, bool]]:
        """The folders searched, user first, each with whether it is the user's."""
        return [(self.user_dir, True), (self.shipped_dir, False)]

    def scan(self) -> tuple[list[TemplateInfo], list[TemplateProblem]]:
        """Every usable template (a user file hides a shipped one of the same name)
        and every file that could not be read."""
        found: dict[str, TemplateInfo] = {}
        problems: list[TemplateProblem] = []
        for folder, user in self.folders():
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                if path.stem in found:
                    continue
                try:
                    found[path.stem] = _info(path, user)
                except TemplateError as error:
                    problems.append(TemplateProblem(path, str(error)))
        infos = sorted(
            found.values(), key=lambda info: (info.flavour, _level_rank(info), info.name)
        )
        return infos, problems

    def list(self) -> list[TemplateInfo]:
        return self.scan()[0]

    def path_of(self, name: str) -> Path:
        if not _NAME.match(name):
            raise TemplateError(
                f"'{name}' is not a template name: use lower-case letters, digits, '-' and '_'."
            )
        for folder, _user in self.folders():
            candidate = folder / f"{name}.json"
            if candidate.is_file():
                return candidate
        known = ", ".join(info.name for info in self.list()) or "none"
        raise TemplateError(f"No template named '{name}'. Available templates: {known}.")

    def load(self, name: str) -> JobDescription:
        """The job description a template starts from.

        Raises:
            TemplateError: no such template, or the file is broken; the message
                names the file and line.
        """
        return load_template_file(self.path_of(name))[1]

    def info(self, name: str) -> TemplateInfo:
        path = self.path_of(name)
        return _info(path, path.parent == self.user_dir)


def load_template_file(path: Path) -> tuple[dict[str, str], JobDescription]:
    """Read and validate one template file: its description and its job."""
    text = _read(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TemplateError(f"{path}, line {error.lineno}: {error.msg}.") from error
    if not isinstance(data, dict):
        raise TemplateError(f"{path}, line 1: a template must be a JSON object.")
    _refuse_unknown(path, text, set(data) - _TOP_LEVEL_KEYS, "")
    meta = data.get("template", {})
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise TemplateError(
            f"{path}, line {_line_of(text, 'template')}: 'template' must hold text."
        )
    _refuse_unknown(path, text, set(meta) - _META_KEYS, "template.")
    try:
        job = JobDescription.from_dict(data.get("job"))
    except InvalidInputError as error:
        raise TemplateError(f"{path}, line {_line_for_error(text, str(error))}: {error}") from error
    return meta, job


def _info(path: Path, user: bool) -> TemplateInfo:
    meta, job = load_template_file(path)
    return TemplateInfo(
        name=path.stem,
        label=meta.get("label") or job.title,
        title=job.title,
        level=job.level,
        flavour=meta.get("flavour", ""),
        description=meta.get("description", ""),
        path=path,
        user=user,
    )


def _read(path: Path) -> str:
    if not _NAME.match(path.stem):
        raise TemplateError(
            f"{path}: template file names may use only lower-case letters, digits, '-' and '_'."
        )
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise TemplateError(f"{path}: the file is larger than {_MAX_FILE_BYTES:,} bytes.")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise TemplateError(f"{path}: the file is not UTF-8 text.") from error
    except OSError as error:
        raise TemplateError(f"{path}: cannot read the file ({error.strerror}).") from error


def _refuse_unknown(path: Path, text: str, unknown: set[str], prefix: str) -> None:
    if unknown:
        key = sorted(unknown)[0]
        raise TemplateError(f"{path}, line {_line_of(text, key)}: unknown field '{prefix}{key}'.")


def _line_of(text: str, key: str) -> int:
    """The line where `"key":` first appears, or 1 when it cannot be found."""
    match = re.search(rf'"{re.escape(key)}"\s*:', text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _line_for_error(text: str, message: str) -> int:
    """Guess the line of the field a validation message names ('salary.minimum' -> minimum)."""
    match = re.search(r"'([a-z_]+)(?:\[\d+\])?(?:\.([a-z_]+))?'", message)
    if not match:
        return 1
    return _line_of(text, match.group(2) or match.group(1))


def _level_rank(info: TemplateInfo) -> int:
    return {"junior": 0, "mid": 1, "senior": 2}.get(info.level or "", 3)
