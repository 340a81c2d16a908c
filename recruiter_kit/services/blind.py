"""Blind review: hide who a candidate is and where they studied, keep what they did.

Used by the desktop app and by exports alike, so the same things are hidden
everywhere: the name, email, phone, links and school names are replaced by
placeholders and the candidate is shown by their stable code. The words that
mark a school's name live in `resources/blind_review/redaction.json`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from recruiter_kit import resources
from recruiter_kit.screening.results import Contact, Evidence, ScreeningResult

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[\w-]+\.)+(?:com|io|dev|me|org|net|ai|co|app|page|site|xyz)/\S*",
    re.IGNORECASE,
)
# A run of digits, spaces and phone punctuation; at least 9 digits (checked below)
# keeps years ("2019 - 2021") and figures ("1,000,000") out of it.
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d\s().-]{7,}\d(?![\w.])")
_NAME_CHARS = r"[A-Z][\w.&'’-]*"


@dataclass(frozen=True, slots=True)
class _Rules:
    placeholders: dict[str, str]
    school: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = resources.load_json("blind_review/redaction.json")
    words = "|".join(re.escape(word) for word in data["school_words"])
    abbreviations = "|".join(re.escape(word) for word in data["school_abbreviations"])
    # Up to four capitalised words before the school word ("Georgia Institute"),
    # an optional "of/for ..." tail ("University of Applied Sciences").
    school = re.compile(
        rf"(?:{_NAME_CHARS}\s+){{0,4}}(?:{words})\b"
        rf"(?:\s+(?:of|for|de|di|der|für|and)(?:\s+(?:the\s+)?{_NAME_CHARS}){{1,4}})?"
        rf"|\b(?:{abbreviations})\b"
    )
    return _Rules(placeholders=dict(data["placeholders"]), school=school)


class Redactor:
    """Hides one candidate's identity in any text about them."""

    def __init__(self, name: str | None = None, extra: tuple[str, ...] = ()) -> None:
        self._rules = _rules()
        parts = [part for part in re.split(r"\s+", name or "") if len(part.strip(".,")) >= 2]
        literals = [value for value in (name or "", *extra) if value and value.strip()]
        tokens = sorted({*literals, *(part.strip(".,") for part in parts)}, key=len, reverse=True)
        self._name = (
            re.compile("|".join(rf"\b{re.escape(token)}\b" for token in tokens), re.IGNORECASE)
            if tokens
            else None
        )

    def text(self, text: str) -> str:
        """`text` with contact details, links, school names and the name replaced."""
        marks = self._rules.placeholders
        text = _EMAIL.sub(marks["email"], text)
        text = _URL.sub(marks["link"], text)
        text = _PHONE.sub(lambda found: _phone_or_keep(found, marks["phone"]), text)
        text = self._rules.school.sub(marks["school"], text)
        if self._name is not None:
            text = self._name.sub(marks["name"], text)
        return text

    def evidence(self, items: list[Evidence]) -> list[Evidence]:
        return [
            Evidence(line=self.text(item.line), section=item.section, line_number=item.line_number)
            for item in items
        ]


def _phone_or_keep(found: re.Match[str], placeholder: str) -> str:
    digits = sum(ch.isdigit() for ch in found.group(0))
    return placeholder if digits >= 9 else found.group(0)


def blind_label(name: str | None, code: str | None, blind: bool) -> str:
    """What to call a candidate: their code in blind review, else their name."""
    if blind:
        return code or "—"
    return name or code or "—"


def blind_result(result: ScreeningResult, code: str | None) -> ScreeningResult:
    """A copy of `result` with nothing that identifies the candidate or their schools."""
    redactor = Redactor(result.contact.name)
    blind = copy.deepcopy(result)
    blind.contact = Contact(name=code, email=None, phone=None, location=None, links=[])
    blind.text = redactor.text(result.text)
    blind.sections = {
        title: [redactor.text(line) for line in lines] for title, lines in result.sections.items()
    }
    for entry in blind.experience:
        entry.line = redactor.text(entry.line)
        entry.organisation = redactor.text(entry.organisation) if entry.organisation else None
    for hit in (*blind.skills, *blind.green_flags, *blind.yellow_flags):
        hit.evidence = redactor.evidence(hit.evidence)
    metrics = blind.metrics
    metrics.quantified_lines = redactor.evidence(metrics.quantified_lines)
    metrics.weak_phrases = redactor.evidence(metrics.weak_phrases)
    metrics.reliability_lines = redactor.evidence(metrics.reliability_lines)
    return blind


def blind_filename(path: PurePath, result: ScreeningResult | None, code: str | None) -> str:
    """The file's name, unless it carries the candidate's name ("ada_byron_cv.pdf")."""
    name = (result.contact.name if result else None) or ""
    tokens = {part.lower() for part in re.split(r"[\W_]+", name) if len(part) >= 2}
    words = {part.lower() for part in re.split(r"[\W_]+", path.stem)}
    if tokens & words:
        return f"{code or 'candidate'}{path.suffix}"
    return path.name
