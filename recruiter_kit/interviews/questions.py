"""The question bank: loading, validating and merging the shipped and the user's questions.

The shipped bank is a JSON file under ``resources/interviews``; questions a user
adds or edits are stored in the database and passed in as plain dicts, where an
entry with a shipped id replaces that question for this user and the file stays
untouched.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import resource_path

BANK_FILE = "interviews/questions.json"
LEVELS = ("junior", "mid", "senior")
_REQUIRED_TEXT_LISTS = ("look_for", "red_flags")


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    competency: str
    operational: bool = False
    algorithmic: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    """One interview question with the guidance an interviewer needs to judge the answer."""

    id: str
    category: str
    levels: tuple[str, ...]
    minutes: int
    text: str
    look_for: tuple[str, ...]
    red_flags: tuple[str, ...]
    follow_ups: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    skill_specific: bool = False
    communication_check: bool = False
    origin: str = "shipped"  # "shipped", "edited" or "user"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {
            key: list(value) if isinstance(value, tuple) else value for key, value in data.items()
        }


@dataclass(frozen=True, slots=True)
class SkippedQuestion:
    """A stored user question that could not be used, and why; `data` is what is stored."""

    id: str
    reason: str
    data: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class QuestionBank:
    """All questions a guide may use, with the categories they belong to."""

    categories: Mapping[str, Category]
    questions: tuple[Question, ...]
    source: str = ""
    skipped: tuple[SkippedQuestion, ...] = ()  # the user's stored entries left out
    _by_id: Mapping[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})

    def get(self, question_id: str) -> Question:
        try:
            return self._by_id[question_id]
        except KeyError:
            raise InvalidInputError(f"No question with id '{question_id}' in the bank.") from None

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    def filter(self, category: str | None = None, level: str | None = None) -> list[Question]:
        """Questions of one category and/or level, in bank order."""
        return [
            q
            for q in self.questions
            if (category is None or q.category == category) and (level is None or level in q.levels)
        ]

    def category_of(self, question: Question) -> Category:
        return self.categories[question.category]

    def with_user_questions(self, entries: Iterable[Mapping[str, Any]]) -> QuestionBank:
        """A bank where the user's entries replace shipped questions by id or add new ones.

        A malformed entry (say, a category an update renamed) is left out and
        listed in `skipped` with its reason; the shipped question of that id
        stays, so one bad entry never disables the bank.
        """
        merged = dict(self._by_id)
        skipped = []
        for entry in entries:
            try:
                question = parse_question(entry, self.categories, where="Stored question")
            except InvalidInputError as error:
                skipped.append(_skipped(entry, str(error)))
                continue
            is_edit = question.id in merged and merged[question.id].origin == "shipped"
            merged[question.id] = _with_origin(question, "edited" if is_edit else "user")
        return QuestionBank(
            self.categories, tuple(merged.values()), self.source, self.skipped + tuple(skipped)
        )


def _skipped(entry: Any, reason: str) -> SkippedQuestion:
    data = dict(entry) if isinstance(entry, Mapping) else {}
    question_id = data.get("id")
    return SkippedQuestion(str(question_id) if question_id else "(no id)", reason, data)


def _with_origin(question: Question, origin: str) -> Question:
    data = question.to_dict() | {"origin": origin}
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    return Question(**fields)


def load_bank(path: Path | None = None) -> QuestionBank:
    """Read and validate a question bank file (the shipped one unless `path` is given).

    Raises:
        InvalidInputError: naming the file and the first problem found.
    """
    path = path or resource_path(BANK_FILE)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(f"Cannot read the question bank {path}: {exc.strerror}.") from exc
    if not raw.strip():
        raise InvalidInputError(f"The question bank {path} is empty: it must hold a JSON object.")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"The question bank {path} is not valid JSON (line {exc.lineno}: {exc.msg})."
        ) from exc
    return parse_bank(data, where=str(path))


def parse_bank(data: Any, where: str = "the question bank") -> QuestionBank:
    if not isinstance(data, dict):
        raise InvalidInputError(
            f"{where}: expected a JSON object with 'categories' and 'questions'."
        )
    categories = _parse_categories(data.get("categories"), where)
    entries = data.get("questions")
    if not isinstance(entries, list) or not entries:
        raise InvalidInputError(f"{where} has no questions: 'questions' must be a non-empty list.")
    questions: dict[str, Question] = {}
    for index, entry in enumerate(entries, start=1):
        question = parse_question(entry, categories, where=f"{where}, question {index}")
        if question.id in questions:
            raise InvalidInputError(f"{where}: question id '{question.id}' appears twice.")
        questions[question.id] = question
    return QuestionBank(categories, tuple(questions.values()), str(data.get("source", "")))


def _parse_categories(raw: Any, where: str) -> dict[str, Category]:
    if not isinstance(raw, dict) or not raw:
        raise InvalidInputError(f"{where}: 'categories' must be a non-empty object.")
    categories = {}
    for key, value in raw.items():
        if not isinstance(value, dict) or not value.get("label") or not value.get("competency"):
            raise InvalidInputError(f"{where}: category '{key}' needs a label and a competency.")
        categories[key] = Category(
            id=key,
            label=str(value["label"]),
            competency=str(value["competency"]),
            operational=bool(value.get("operational", False)),
            algorithmic=bool(value.get("algorithmic", False)),
        )
    return categories


def parse_question(
    entry: Any, categories: Mapping[str, Category], where: str = "question"
) -> Question:
    """Validate one question entry; the error names the entry by id when it has one."""
    if not isinstance(entry, Mapping):
        raise InvalidInputError(f"{where}: expected an object, got {type(entry).__name__}.")
    name = f"{where} ('{entry['id']}')" if isinstance(entry.get("id"), str) else where

    def fail(problem: str) -> InvalidInputError:
        return InvalidInputError(f"{name}: {problem}")

    question_id = entry.get("id")
    if not isinstance(question_id, str) or not question_id.strip():
        raise fail("'id' must be a non-empty string.")
    if entry.get("category") not in categories:
        known = ", ".join(sorted(categories))
        raise fail(f"unknown category {entry.get('category')!r} (known: {known}).")
    levels = _text_list(entry, "levels", fail, required=True)
    unknown = [level for level in levels if level not in LEVELS]
    if unknown:
        raise fail(f"unknown level(s) {', '.join(unknown)} (use {', '.join(LEVELS)}).")
    minutes = entry.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 60:
        raise fail(f"'minutes' must be a whole number from 1 to 60, not {minutes!r}.")
    text = entry.get("text")
    if not isinstance(text, str) or len(text.strip()) < 10:
        raise fail("'text' must be the question itself (at least 10 characters).")
    return Question(
        id=question_id.strip(),
        category=entry["category"],
        levels=tuple(levels),
        minutes=minutes,
        text=text.strip(),
        look_for=tuple(_text_list(entry, "look_for", fail, required=True)),
        red_flags=tuple(_text_list(entry, "red_flags", fail, required=True)),
        follow_ups=tuple(_text_list(entry, "follow_ups", fail)),
        stages=tuple(_text_list(entry, "stages", fail)),
        skills=tuple(_text_list(entry, "skills", fail)),
        skill_specific=bool(entry.get("skill_specific", False)),
        communication_check=bool(entry.get("communication_check", False)),
    )


def _text_list(entry: Mapping[str, Any], key: str, fail: Any, required: bool = False) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(item, str) and item.strip() for item in value
    ):
        raise fail(f"'{key}' must be a list of non-empty strings.")
    if required and not value:
        raise fail(f"'{key}' must not be empty.")
    return [item.strip() for item in value]
