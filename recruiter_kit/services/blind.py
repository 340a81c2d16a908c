"""Blind review: hide who a candidate is and where they studied, keep what they did.

Used by the desktop app and by exports alike, so the same things are hidden
everywhere: the name, email, phone, location, links and school names are
replaced by placeholders and the candidate is shown by their stable code; a
file that could not be read is shown by a neutral name (its file name often
holds the person's name). The words that
mark a school's name live in `resources/blind_review/redaction.json`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from recruiter_kit import resources
from recruiter_kit.screening.results import (
    Contact,
    Evidence,
    FlagHit,
    ScreeningResult,
    SkillHit,
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[\w-]+\.)+(?:com|io|dev|me|org|net|ai|co|app|page|site|xyz)/\S*",
    re.IGNORECASE,
)
# A run of digits, spaces and phone punctuation; at least 9 digits, or 7 after a
# "+" (checked below), keeps years ("2019 - 2021") and figures ("1,000,000") out of it.
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d\s().-]{5,}\d(?![\w.])")
_MIN_PHONE_DIGITS = 9
_MIN_PHONE_DIGITS_AFTER_PLUS = 7
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
    """Hides one candidate's identity in any text about them.

    Besides the patterns every resume gets, the candidate's own contact details
    (`contact`) are replaced wherever they appear as written: a phone number too
    short for the pattern, and the location with its city on its own.
    """

    def __init__(
        self,
        name: str | None = None,
        extra: tuple[str, ...] = (),
        contact: Contact | None = None,
    ) -> None:
        self._rules = _rules()
        self._phone = _literal(contact.phone if contact else None, ignore_case=False)
        self._location = _location_pattern(contact.location if contact else None)
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
        if self._phone is not None:
            text = self._phone.sub(marks["phone"], text)
        text = _PHONE.sub(lambda found: _phone_or_keep(found, marks["phone"]), text)
        if self._location is not None:
            text = self._location.sub(marks["location"], text)
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
    text = found.group(0)
    digits = sum(ch.isdigit() for ch in text)
    least = _MIN_PHONE_DIGITS_AFTER_PLUS if text.startswith("+") else _MIN_PHONE_DIGITS
    return placeholder if digits >= least else text


def _literal(value: str | None, *, ignore_case: bool) -> re.Pattern[str] | None:
    """`value` as written, not inside a longer word or number."""
    value = (value or "").strip()
    if len(value) < 3:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w+]){re.escape(value)}(?!\w)", flags)


def _location_pattern(location: str | None) -> re.Pattern[str] | None:
    """The whole location ("Toronto, Canada") and its first part, the city, alone.

    The city is matched with its capital letter only, so a city named like a
    common word ("Mobile") is not hidden where the word is meant.
    """
    location = (location or "").strip()
    if len(location) < 3:
        return None
    city = location.split(",")[0].strip()
    whole = rf"(?i:{re.escape(location)})"
    parts = [whole] + ([re.escape(city)] if len(city) >= 3 and city != location else [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


def blind_label(name: str | None, code: str | None, blind: bool) -> str:
    """What to call a candidate: their code in blind review, else their name."""
    if blind:
        return code or "—"
    return name or code or "—"


def blind_result(result: ScreeningResult, code: str | None) -> ScreeningResult:
    """A copy of `result` with nothing that identifies the candidate or their schools."""
    redactor = Redactor(result.contact.name, contact=result.contact)
    blind = copy.deepcopy(result)
    blind.contact = Contact(name=code, email=None, phone=None, location=None, links=[])
    blind.text = redactor.text(result.text)
    blind.sections = {
        title: [redactor.text(line) for line in lines] for title, lines in result.sections.items()
    }
    for entry in blind.experience:
        entry.line = redactor.text(entry.line)
        # A title may name a school too ("Research Assistant at MIT Media Lab — Vision").
        entry.title = redactor.text(entry.title) if entry.title else None
        entry.organisation = redactor.text(entry.organisation) if entry.organisation else None
    hits: list[SkillHit | FlagHit] = [*blind.skills, *blind.green_flags, *blind.yellow_flags]
    for hit in hits:
        hit.evidence = redactor.evidence(hit.evidence)
    metrics = blind.metrics
    metrics.quantified_lines = redactor.evidence(metrics.quantified_lines)
    metrics.weak_phrases = redactor.evidence(metrics.weak_phrases)
    metrics.reliability_lines = redactor.evidence(metrics.reliability_lines)
    return blind


def blind_document_name(filename: str, code: str | None, document_id: int | None) -> str:
    """What a stored file is called in blind review: its candidate's code, or a neutral name.

    A file that could not be read has no candidate (and no name to look for in
    its file name), so it is called `document-<id>` with its extension.
    """
    suffix = PurePath(filename).suffix
    if code:
        return f"{code}{suffix}"
    return f"document-{document_id if document_id is not None else 'unknown'}{suffix}"


def blind_message(message: str, filename: str, shown_as: str) -> str:
    """An error message naming `filename`, with the file called `shown_as` instead."""
    message = message.replace(filename, shown_as)
    stem = PurePath(filename).stem
    if len(stem) >= 3:
        message = re.sub(rf"(?<!\w){re.escape(stem)}(?!\w)", PurePath(shown_as).stem, message)
    return message


def blind_filename(
    path: PurePath,
    result: ScreeningResult | None,
    code: str | None,
    document_id: int | None = None,
) -> str:
    """The file's name, unless it may carry the candidate's name ("ada_byron_cv.pdf").

    The name is kept only when the resume's name was found and is not in it; a
    file whose resume gave no name, or that could not be read, is called by
    its code or a neutral name, as nothing tells whose name it might hold.
    """
    name = (result.contact.name if result else None) or ""
    tokens = {part.lower() for part in re.split(r"[\W_]+", name) if len(part) >= 2}
    words = {part.lower() for part in re.split(r"[\W_]+", path.stem)}
    if not code or not tokens or tokens & words:
        return blind_document_name(path.name, code, document_id)
    return path.name
