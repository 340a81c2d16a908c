"""The structured job description and the rules a valid one follows.

A `JobDescription` is what the editor edits, the templates fill and the
exporters print. `from_dict` is the one gate every outside value passes
through (template files, `--set` on the command line, the database), so a
bad value is refused with a message naming the field before anything is
stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from recruiter_kit.core.errors import InvalidInputError

LEVELS = ("junior", "mid", "senior")
LOCATION_MODES = ("remote", "hybrid", "on-site")
EMPLOYMENT_TYPES = ("full-time", "part-time", "contract", "internship", "temporary")
SALARY_PERIODS = ("year", "month", "hour")
TOOL_CATEGORIES = (
    "version_control",
    "databases",
    "cloud",
    "ci_cd",
    "monitoring",
    "containers",
    "api_testing",
    "documentation",
)

MAX_TITLE_CHARS = 200
MAX_LINE_CHARS = 2_000
MAX_TEXT_CHARS = 20_000
MAX_LIST_ITEMS = 100
_MAX_SALARY = 100_000_000

_TEXT_FIELDS = ("company", "location", "about_role", "equal_opportunity", "how_to_apply")
_LIST_FIELDS = ("responsibilities", "qualifications", "soft_skills", "perks")
_NUMBER = re.compile(r"^\s*(\d{1,3}(?:[ ,_]\d{3})+|\d+)(?:\.(\d+))?\s*([kK])?\s*$")


@dataclass(slots=True)
class Skill:
    """A hard skill under its canonical taxonomy name; `required` marks a must-have."""

    name: str
    required: bool = True


@dataclass(slots=True)
class Salary:
    """A pay range; both ends are whole amounts in `currency` per `period`."""

    minimum: int | None = None
    maximum: int | None = None
    currency: str = ""
    period: str = "year"

    @property
    def is_set(self) -> bool:
        return self.minimum is not None or self.maximum is not None


@dataclass(slots=True)
class JobDescription:
    """Every field of a job posting, in the order a reader meets them."""

    title: str
    level: str | None = None
    company: str = ""
    location_mode: str = "remote"
    location: str = ""
    employment_type: str = "full-time"
    about_role: str = ""
    responsibilities: list[str] = field(default_factory=list)
    qualifications: list[str] = field(default_factory=list)
    hard_skills: list[Skill] = field(default_factory=list)
    soft_skills: list[str] = field(default_factory=list)
    tools: dict[str, list[str]] = field(default_factory=dict)
    perks: list[str] = field(default_factory=list)
    salary: Salary = field(default_factory=Salary)
    equal_opportunity: str = ""
    how_to_apply: str = ""

    @property
    def required_skills(self) -> list[str]:
        return [skill.name for skill in self.hard_skills if skill.required]

    @property
    def nice_to_have_skills(self) -> list[str]:
        return [skill.name for skill in self.hard_skills if not skill.required]

    def copy(self) -> JobDescription:
        return JobDescription.from_dict(self.to_dict())

    def with_title(self, title: str) -> JobDescription:
        return replace(self.copy(), title=_text("title", title, MAX_TITLE_CHARS, required=True))

    def to_dict(self) -> dict[str, Any]:
        """A plain JSON-ready copy, the form stored in the database and in template files."""
        return {
            "title": self.title,
            "level": self.level,
            "company": self.company,
            "location_mode": self.location_mode,
            "location": self.location,
            "employment_type": self.employment_type,
            "about_role": self.about_role,
            "responsibilities": list(self.responsibilities),
            "qualifications": list(self.qualifications),
            "hard_skills": [{"name": s.name, "required": s.required} for s in self.hard_skills],
            "soft_skills": list(self.soft_skills),
            "tools": {key: list(value) for key, value in self.tools.items()},
            "perks": list(self.perks),
            "salary": {
                "minimum": self.salary.minimum,
                "maximum": self.salary.maximum,
                "currency": self.salary.currency,
                "period": self.salary.period,
            },
            "equal_opportunity": self.equal_opportunity,
            "how_to_apply": self.how_to_apply,
        }

    @classmethod
    def from_dict(cls, data: Any) -> JobDescription:
        """Validate and build a job description.

        Raises:
            InvalidInputError: a field is unknown, of the wrong type, out of its
                allowed values or too long; the message names the field.
        """
        if not isinstance(data, dict):
            raise InvalidInputError("A job description must be an object of named fields.")
        unknown = sorted(set(data) - set(FIELD_NAMES))
        if unknown:
            raise InvalidInputError(
                f"Unknown field '{unknown[0]}'. Known fields: {', '.join(FIELD_NAMES)}."
            )
        values: dict[str, Any] = {
            "title": _text("title", data.get("title", ""), MAX_TITLE_CHARS, required=True),
            "level": _choice("level", data.get("level"), LEVELS, optional=True),
            "location_mode": _choice(
                "location_mode", data.get("location_mode", "remote"), LOCATION_MODES
            ),
            "employment_type": _choice(
                "employment_type", data.get("employment_type", "full-time"), EMPLOYMENT_TYPES
            ),
            "hard_skills": _skills(data.get("hard_skills", [])),
            "tools": _tools(data.get("tools", {})),
            "salary": parse_salary(data.get("salary", {})),
        }
        for name in _TEXT_FIELDS:
            values[name] = _text(name, data.get(name, ""), MAX_TEXT_CHARS)
        for name in _LIST_FIELDS:
            values[name] = _lines(name, data.get(name, []))
        return cls(**values)


FIELD_NAMES = tuple(JobDescription.__dataclass_fields__)


def _text(name: str, value: Any, limit: int, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInputError(f"The field '{name}' must be text, not {type(value).__name__}.")
    if len(value) > limit:
        raise InvalidInputError(
            f"The field '{name}' is {len(value):,} characters long; the limit is {limit:,}."
        )
    value = value.strip()
    if required and not value:
        raise InvalidInputError(f"The field '{name}' must not be empty.")
    return value


def _choice(name: str, value: Any, allowed: tuple[str, ...], *, optional: bool = False) -> Any:
    if optional and value in (None, ""):
        return None
    normalised = str(value).strip().lower().replace("_", "-") if value is not None else ""
    if name == "level" and normalised == "mid-level":
        normalised = "mid"
    if normalised not in allowed:
        raise InvalidInputError(
            f"The field '{name}' must be one of {', '.join(allowed)}; got '{value}'."
        )
    return normalised


def _lines(name: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        raise InvalidInputError(f"The field '{name}' must be a list of lines.")
    if len(value) > MAX_LIST_ITEMS:
        raise InvalidInputError(
            f"The field '{name}' has {len(value)} items; the limit is {MAX_LIST_ITEMS}."
        )
    lines = [_text(f"{name}[{i + 1}]", item, MAX_LINE_CHARS) for i, item in enumerate(value)]
    return [line for line in lines if line]


def _skills(value: Any) -> list[Skill]:
    if not isinstance(value, list):
        raise InvalidInputError("The field 'hard_skills' must be a list of skills.")
    skills: list[Skill] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        where = f"hard_skills[{index + 1}]"
        if isinstance(item, str):
            item = {"name": item, "required": True}
        if not isinstance(item, dict) or set(item) - {"name", "required"}:
            raise InvalidInputError(f"The field '{where}' must have only 'name' and 'required'.")
        name = _text(f"{where}.name", item.get("name", ""), MAX_TITLE_CHARS, required=True)
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        skills.append(Skill(name=name, required=bool(item.get("required", True))))
    return skills


def _tools(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise InvalidInputError("The field 'tools' must map tool categories to lists of tools.")
    unknown = sorted(set(value) - set(TOOL_CATEGORIES))
    if unknown:
        raise InvalidInputError(
            f"Unknown tool category 'tools.{unknown[0]}'. "
            f"Known categories: {', '.join(TOOL_CATEGORIES)}."
        )
    tools = {key: _lines(f"tools.{key}", value.get(key, [])) for key in TOOL_CATEGORIES}
    return {key: names for key, names in tools.items() if names}


def parse_salary(value: Any) -> Salary:
    """Read a salary object; amounts may be numbers or text like '85,000' or '85k'."""
    if value is None:
        return Salary()
    if not isinstance(value, dict):
        raise InvalidInputError("The field 'salary' must have minimum, maximum, currency, period.")
    unknown = sorted(set(value) - {"minimum", "maximum", "currency", "period"})
    if unknown:
        raise InvalidInputError(
            f"Unknown field 'salary.{unknown[0]}'. "
            "Known fields: minimum, maximum, currency, period."
        )
    currency = _text("salary.currency", value.get("currency", ""), 10).upper()
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvalidInputError(
            "The field 'salary.currency' must be a three-letter code such as EUR; "
            f"got '{currency}'."
        )
    return Salary(
        minimum=parse_amount("salary.minimum", value.get("minimum")),
        maximum=parse_amount("salary.maximum", value.get("maximum")),
        currency=currency,
        period=_choice("salary.period", value.get("period") or "year", SALARY_PERIODS),
    )


def parse_amount(name: str, value: Any) -> int | None:
    """One salary amount as a whole number, or None when left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidInputError(f"The field '{name}' must be a number, not true or false.")
    numeric = isinstance(value, int | float)
    amount = float(value) if numeric else _amount_from_text(name, str(value))
    if amount < 0 or amount > _MAX_SALARY or amount != amount:
        raise InvalidInputError(
            f"The field '{name}' must be between 0 and {_MAX_SALARY:,}; got {value}."
        )
    return round(amount)


def _amount_from_text(name: str, text: str) -> float:
    match = _NUMBER.match(text)
    if not match and _NUMBER.match(text.strip().lstrip("-").lstrip()):
        raise InvalidInputError(f"The field '{name}' cannot be negative; got '{text.strip()}'.")
    if not match:
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise InvalidInputError(f"The field '{name}' must be a number; got '{shown}'.")
    whole, fraction, thousands = match.groups()
    amount = float(re.sub(r"[ ,_]", "", whole) + ("." + fraction if fraction else ""))
    return amount * 1000 if thousands else amount
