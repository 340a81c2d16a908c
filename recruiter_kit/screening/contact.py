"""Contact details: name, email, phone, location and profile links."""

from __future__ import annotations

import re

from recruiter_kit.screening.results import Contact
from recruiter_kit.screening.sections import HEADER, Line, TextIndex

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w/.])(?:\+|\(\+?)?\d[\d\s().\-–]{7,}\d(?![\w/])")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$")
URL = re.compile(
    r"\b(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s|,;<>()]+"
    r"|(?<![\w.@])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|dev|me|org|net|co|ai|app|page|site)(?:/[^\s|,;<>()]*)?(?![\w@])"
)
# "GitHub: @name", "Github:// name", "LinkedIn: /in/name": a profile named without its URL.
_PROFILE = re.compile(r"\b(linkedin|github|gitlab)(?:\.com)?\s*(?::/*|/)\s*(@?[\w./-]+)", re.I)
# Every match of URL or _PROFILE holds one of these (in lower case): ".co" stands for ".com".
_LINK_HINTS = frozenset(
    {
        "linkedin",
        "github",
        "gitlab",
        "http",
        "www.",
        ".co",
        ".io",
        ".dev",
        ".me",
        ".org",
        ".net",
        ".ai",
        ".app",
        ".page",
        ".site",
    }
)
_LOCATION = re.compile(r"^[A-Z][\w.' -]+(?:,\s*(?:[A-Z]{2}\b(?:\s+\d{5})?|[A-Z][\w.' -]+)){1,3}$")
# Where a name shares its line with contact details: "Ana Ruiz | ana@x.org", "Ana Ruiz Email: ...".
_NAME_SPLIT = re.compile(
    r"\s*(?:[|·•]|\s[-–—]\s|\b(?:e-?mail|phone|mobile|tel|cell)\b\s*:)\s*", re.I
)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^[A-Z]\.$", re.UNICODE)
_NOT_NAME = re.compile(
    r"\b(?:resume|résumé|curriculum|vitae|cv|engineer|developer|programmer|analyst|manager|summary|profile|"
    r"objective|contact|experience|education|skills|updated|page|accountant|consultant|designer)\b",
    re.I,
)
_HEAD_LINES = 12
_CONTACT_TOKENS = re.compile("|".join(f"(?:{p.pattern})" for p in (EMAIL, PHONE, URL)))
#: Digits a phone number has: 10 to 15, or from 8 when written with its country code
#: ("+1 555 0142"), which no year range or figure starts with.
_PHONE_DIGITS = range(10, 16)
_PHONE_DIGITS_AFTER_PLUS = range(8, 16)


def extract_contact(
    lines: list[Line], hidden_links: list[str] | None = None, index: TextIndex | None = None
) -> Contact:
    """Contact details, looked for in the header first and then anywhere.

    `hidden_links` are link targets behind the text (DOCX hyperlinks); `index`
    is the lines' `TextIndex` when the caller has built one already.
    """
    texts = [line.text for line in lines]
    head = [line.text for line in lines[:_HEAD_LINES] if line.section == HEADER] or texts[
        :_HEAD_LINES
    ]
    contact = Contact()
    contact.email = _first(EMAIL, head) or _first(EMAIL, texts)
    contact.phone = _phone(head) or _phone(texts)
    # The header lines open `texts`, so scanning `texts` alone keeps the header's links first.
    links = _links(index or TextIndex(lines))
    contact.links = list(dict.fromkeys(links + list(hidden_links or [])))
    contact.name = _name(head)
    contact.location = _location(head)
    return contact


def _first(pattern: re.Pattern[str], texts: list[str]) -> str | None:
    for text in texts:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def _phone(texts: list[str]) -> str | None:
    for text in texts:
        for match in PHONE.finditer(text):
            candidate = match.group(0).strip()
            digits = sum(ch.isdigit() for ch in candidate)
            allowed = _PHONE_DIGITS_AFTER_PLUS if candidate.startswith("+") else _PHONE_DIGITS
            if digits in allowed and not _YEAR_RANGE.match(candidate):
                return candidate
    return None


def _links(index: TextIndex) -> list[str]:
    """Profile and web links in line order; within a line, named profiles come first."""
    links: list[str] = []
    for text in _link_lines(index):
        for match in _PROFILE.finditer(text):
            site, handle = match.group(1).lower(), match.group(2).lstrip("@/").rstrip(".")
            if (
                handle
                and not handle.lower().startswith(("www", "http"))
                and "." not in handle.split("/")[0]
            ):
                links.append(f"{site}.com/{handle}")
        for match in URL.finditer(text):
            url = match.group(0).rstrip(".")
            if "@" not in text[max(0, match.start() - 1) : match.start() + 1] and not EMAIL.search(
                url
            ):
                links.append(url)
    return list(dict.fromkeys(link for link in links if f"@{link}" not in index.text))


def _link_lines(index: TextIndex) -> list[str]:
    """The lines holding one of `_LINK_HINTS`, the only ones where a link can match.

    Looking for the hints is many times faster than running the link patterns
    over every line.
    """
    return [index.lines[number].text for number in index.lines_with(_LINK_HINTS)]


def _name(head: list[str]) -> str | None:
    for index, line in enumerate(head):
        text = _NAME_SPLIT.split(line, maxsplit=1)[0].strip()
        words = text.split()
        if any(ch.isdigit() for ch in text) or "@" in text or ":" in text or _NOT_NAME.search(text):
            continue
        if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words):
            return text
        if len(words) == 1 and _NAME_WORD.match(text) and index + 1 < len(head):
            following = head[index + 1].split()
            if (
                len(following) == 1
                and _NAME_WORD.match(following[0])
                and not _NOT_NAME.search(following[0])
            ):
                return f"{text} {following[0]}"
    return None


def _location(head: list[str]) -> str | None:
    """The first header part that reads like "City, Country" or "City, ST".

    Emails, phone numbers and links are taken out of a line first, so a
    location between them with only spaces around it ("ana@x.org Berlin,
    Germany +49 30 123456") is a part of its own.
    """
    for text in head:
        text = _CONTACT_TOKENS.sub(" | ", text)
        for part in re.split(r"\s*[|·•]\s*", text):
            part = part.strip()
            if (
                3 < len(part) <= 50
                and not EMAIL.search(part)
                and _LOCATION.match(part)
                and not _NOT_NAME.search(part)  # "Senior Engineer, Acme" is a role
                and not re.search(r"\d{3}", part)
            ):
                return part
    return None
