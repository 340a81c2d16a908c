"""Split resume lines into sections by their headings."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from recruiter_kit.screening.dates import DATE, NOW, RANGE_JOIN, YEAR
from recruiter_kit.screening.prefilter import LineFinder, alternation_of, gate_for

HEADER = "header"
# A key keeps letters of any script, so "Ausbildung", "Formación" and "工作经历" can be
# headings; accents are folded away first (_fold), so "Formacion" matches too.
_KEY_CLEAN = re.compile(r"[^\w&/+ ]+|_+")
_KEY_WORD = re.compile(r"(?:[^\W_]|[&/+])+")  # a word of a key: what _KEY_CLEAN keeps
_SPACED_LETTERS = re.compile(r"^(?:[A-Za-z] ){3,}[A-Za-z]$")
_SEPARATOR = re.compile(r"\s*(?:[-–—|:]\s*)")
# Icons and emoji some resumes set before a heading ("🛠️ Skills", a Font Awesome glyph).
# Bullets are left alone: a bulleted line is an item, not a heading.
_BULLETS = "•◦▪●-*–—·"
_LEADING_SYMBOLS = re.compile(rf"^[^\w\s(\[{re.escape(_BULLETS)}]+\s*")
# Org-mode ("** Skills") and AsciiDoc ("== Skills") heading markup in a plain-text resume.
# A star is a bullet too, so a marked line is a heading only when its words are one.
_HEADING_MARKUP = re.compile(r"^(?:\*{1,6}|={1,6})[ \t]+(?=\S)")
# What may follow a marked heading's colon: its dates ("** Education: 2010 - 2014").
_DATES_ONLY = re.compile(rf"{DATE}(?:[ \t]*{RANGE_JOIN}[ \t]*(?:{DATE}|{NOW}))?")
_YEAR = re.compile(rf"\b{YEAR}\b")
# "Technical Skills & Professional Competencies": the first part names the section.
_COMPOUND = re.compile(r"\s+(?:&|and)\s+")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the resume with the section it belongs to."""

    number: int
    text: str
    section: str
    heading: bool = False


class SectionFinder:
    """Recognises headings from the variants in resources/screening/sections.json."""

    def __init__(self, config: dict[str, Any]) -> None:
        self._variants: dict[str, str] = {}
        for section, variants in config["sections"].items():
            for variant in variants:
                self._variants[_key(variant)] = section
        self._max_words = int(config.get("max_heading_words", 6))
        #: The words a heading can open with; None when some variant has no words.
        self._first_words: frozenset[str] | None = frozenset(
            key.split(" ", 1)[0] for key in self._variants
        )
        if "" in self._variants:
            self._first_words = None
        #: Headings that, met inside a section, head a part of it ("Languages" under Skills).
        parts = config.get("parts_of", {})
        self._parts: dict[str, frozenset[str]] = {
            section: frozenset(_key(name) for name in names)
            for section, names in parts.get("headings", {}).items()
        }
        # Words that mark spoken languages ("English (native), German (B2)").
        self._spoken = re.compile(
            rf"\b{one_of(parts.get('spoken_language_words', []))}\b",
            re.IGNORECASE,
        )
        #: Headings that head a part of a section when client labels follow them
        #: ("Projects:" over "Client: Acme" inside a job).
        self._client_work: dict[str, frozenset[str]] = {
            section: frozenset(_key(name) for name in names)
            for section, names in parts.get("client_work_headings", {}).items()
        }
        self._client_label = re.compile(
            rf"^\W*{one_of(parts.get('client_labels', []))}\s*[:\-–—]",
            re.IGNORECASE,
        )
        #: Headings that are also job titles ("Volunteer"), met inside a section.
        self._job_titles: dict[str, frozenset[str]] = {
            section: frozenset(_key(name) for name in names)
            for section, names in parts.get("job_title_headings", {}).items()
        }

    def heading(self, line: str) -> str | None:
        """The canonical section a line opens, or None when it is not a heading."""
        text = line.strip()
        if text and not text[0].isalnum():
            if text[0] in "*=" and (markup := _HEADING_MARKUP.match(text)):
                return self._marked_heading(text[markup.end() :])
            if text[0] in _BULLETS:
                return None
            text = _LEADING_SYMBOLS.sub("", text)
        if not text or len(text) > 70 or text.endswith((",", ";")) or not _opens_heading(text[0]):
            return None
        text = text.rstrip(":").strip()
        if _SPACED_LETTERS.match(text):
            text = text.replace(" ", "")
        # Most lines that get here ("Senior Engineer, Acme 2019 - 2022", a name) open
        # with a word no heading opens with: a key's first word is the text's first run
        # of key characters (also when cut at a separator below), or "&" for an "and".
        if self._first_words is not None:
            first = _KEY_WORD.search(_fold(text))
            if first is None or (
                first.group() not in self._first_words
                and not (first.group() == "and" and "&" in self._first_words)
            ):
                return None
        whole = len(text.split()) <= self._max_words and not text.endswith(".")
        found = self._variants.get(_key(text)) if whole else None
        if found:
            return found
        # "Work Experience - Acme Inc." or "Previous Experience — ITG": a heading with a tail.
        cut = _SEPARATOR.search(text)
        if (
            cut
            and ":" not in text
            and len(text[: cut.start()].split()) <= self._max_words
            and not _table_row(cut.group(), text[cut.end() :])
        ):
            return self._variants.get(_key(text[: cut.start()]))
        if whole and ("&" in text or " and " in text.lower()):
            return self._compound(text)
        return None

    def _marked_heading(self, inner: str) -> str | None:
        """The section opened by a line whose Org-mode or AsciiDoc markup is cut off.

        Without the markup the line must be a heading; as the markup says it
        heads something, its dates may follow a colon ("** Education: 2010 -
        2014"), and they are the section's, not a job's.
        """
        found = self.heading(inner)
        if found is None and ":" in inner:
            name, _, tail = inner.partition(":")
            if _DATES_ONLY.fullmatch(tail.strip().lower()):
                found = self.heading(name)
        return found

    def _compound(self, text: str) -> str | None:
        """The section the first part of a joined heading names ("Technical Skills & Tools").

        The first part must be a heading of two words or more, or the second one
        a heading too, so a title such as "Research & Development Engineer" stays a title.
        """
        parts = _COMPOUND.split(text, maxsplit=1)
        if len(parts) != 2:
            return None
        first = self._variants.get(_key(parts[0]))
        second = self._variants.get(_key(parts[1]))
        if "experience" in (first, second) and (first and second):
            return "experience"  # "Education & Experience": the jobs under it must count
        if first and (len(parts[0].split()) > 1 or second):
            return first
        return None

    def split(self, lines: list[str]) -> list[Line]:
        """Every line tagged with its section; text before the first heading is the header."""
        current = HEADER
        opened_by = ""  # the heading of the current section
        tagged: list[Line] = []
        for number, text in enumerate(lines):
            section = self.heading(text)
            if (
                section is not None
                and not (text[0] == "*" and _in_star_list(lines, number))
                and not self._is_job_title(text, current, opened_by, lines[number + 1 : number + 2])
            ):
                if self._is_part(text, current, lines[number + 1 : number + 3]):
                    section = current
                else:
                    opened_by = text
                current = section
                tagged.append(Line(number, text, section, heading=True))
            else:
                tagged.append(Line(number, text, current))
        return tagged

    def _is_job_title(self, heading: str, current: str, opened_by: str, below: list[str]) -> bool:
        """Whether a heading met in `current` is a job's title written over its dates.

        "Volunteer" over "Code Club | 2016 - 2018" under "EXPERIENCE" is a job: its
        case differs from the section's heading, and a year follows. Written as the
        section's heading is, it opens a section of its own ("VOLUNTEER").
        """
        return (
            current in self._job_titles
            and heading.strip().isupper() != opened_by.strip().isupper()
            and _key(heading) in self._job_titles[current]
            and any(_YEAR.search(line) for line in below)
        )

    def _is_part(self, heading: str, current: str, following: list[str]) -> bool:
        """Whether a heading met in `current` heads a part of it, not a section of its own."""
        key = _key(heading)
        if key in self._client_work.get(current, ()):
            return any(self._client_label.match(line) for line in following)
        if key not in self._parts.get(current, ()):
            return False
        return not any(self._spoken.search(line) for line in following)


def one_of(words: list[str]) -> str:
    """An alternation of `words`; an empty list matches nothing, rather than everywhere."""
    return f"(?:{'|'.join(words)})" if words else "(?!)"


def _in_star_list(lines: list[str], number: int) -> bool:
    """Whether a line starting with stars is one item of a list bulleted with them.

    "* Leadership" between "* Teamwork" and "* Mentoring" is a bullet; an
    Org-mode heading has no sibling right above or below it.
    """
    marker = lines[number].split(" ", 1)[0] + " "
    above = lines[number - 1] if number > 0 else ""
    below = lines[number + 1] if number + 1 < len(lines) else ""
    return above.startswith(marker) or below.startswith(marker)


def _opens_heading(char: str) -> bool:
    """Whether a heading may open with `char`: a capital, or a letter of a script with
    no case ("工作经历"), so a lower-case line ("and then ...") is never a heading."""
    return char.isupper() or (char.isalpha() and not char.islower())


def _table_row(separator: str, tail: str) -> bool:
    """Whether "Label | values" is a row of a table, not a heading with a tail.

    "| Languages | Kotlin, Java, Go |" (a DOCX or Markdown table) lists items beside
    their label, and they must stay a line of the section; a heading's tail after a
    bar names one thing ("Experience | Acme").
    """
    return separator.strip() == "|" and "," in tail


def _fold(text: str) -> str:
    """`text` lower-cased with its accents dropped: "Expérience" -> "experience"."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(text: str) -> str:
    return " ".join(_KEY_CLEAN.sub(" ", _fold(text).replace(" and ", " & ")).split()).replace(
        " & ", " and "
    )


def group(lines: list[Line]) -> dict[str, list[str]]:
    """Section name -> its lines (headings left out), in order of first appearance."""
    grouped: dict[str, list[str]] = {}
    for line in lines:
        if not line.heading:
            grouped.setdefault(line.section, []).append(line.text)
    return grouped


#: What to search for a pattern in one resume, and on which lines (None: the whole text).
_Plan = tuple[re.Pattern[str] | None, list[int] | None]


class TextIndex:
    """The resume's lines joined into one text, to run a pattern once per resume.

    One `finditer` over the whole text is far cheaper than one `search` per
    line; match offsets map back to lines by bisection.
    """

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.text = "\n".join(line.text for line in lines)
        #: `text` lower-cased with every offset kept, for the rule patterns.
        lowered = self.text.lower()
        #: Whether `lowered` is exactly `text.lower()` (no character grew when lower-cased).
        self.plain_lower = len(lowered) == len(self.text)
        self.lowered = lowered if self.plain_lower else lower_keeping_offsets(self.text)
        self._starts: list[int] = []
        offset = 0
        for line in lines:
            self._starts.append(offset)
            offset += len(line.text) + 1
        self._finder = LineFinder(self.lowered, self._starts)
        # By the pattern's identity (hashing a compiled pattern hashes its whole program),
        # with the pattern kept so that no other takes its id while this index lives.
        self._plans: dict[int, tuple[re.Pattern[str], _Plan]] = {}

    def offset(self, line: Line) -> int:
        """Where `line` starts in `text`."""
        return self._starts[line.number]

    def lowered_line(self, line: Line) -> str:
        """The lower-cased text of one line, as the rule patterns read it."""
        start = self._starts[line.number]
        return self.lowered[start : start + len(line.text)]

    def line_at(self, offset: int) -> Line:
        return self.lines[bisect_right(self._starts, offset) - 1]

    def lines_with(self, literals: frozenset[str]) -> list[int]:
        """Numbers (ascending) of the lines whose lower-cased text holds one of `literals`.

        Each string is looked for once per resume with `str.find`, and the answer is
        shared by every pattern that needs it.
        """
        return self._finder.lines_with(literals)

    def _plan(self, pattern: re.Pattern[str]) -> _Plan:
        """What to search for `pattern` in this resume, and where.

        Returns the pattern to run (narrowed to the branches that can match, or
        None when nothing can) and the line numbers to run it on, or None to run
        it over the whole text.
        """
        known = self._plans.get(id(pattern))
        if known is None:
            known = self._plans[id(pattern)] = (pattern, self._make_plan(pattern))
        return known[1]

    def _make_plan(self, pattern: re.Pattern[str]) -> _Plan:
        alternation = alternation_of(pattern)
        if alternation is None:
            gate = gate_for(pattern)
            if gate is None:
                return pattern, None
            if not gate.one_line:
                return (pattern, None) if self._holds_any(gate.literals) else (None, [])
            lines = self.lines_with(gate.literals)
            return (pattern, lines) if lines else (None, [])
        # A branch without a gate, or whose matches may cross a line break, makes the
        # whole text the place to search, with every branch: the scan runs anyway.
        if any(
            gate is None or (not gate.one_line and self._holds_any(gate.literals))
            for gate in alternation.gates
        ):
            return pattern, None
        chosen, numbers = [], set()
        for branch, gate in enumerate(alternation.gates):
            if gate is not None and (found := self.lines_with(gate.literals)):
                chosen.append(branch)
                numbers.update(found)
        narrowed = alternation.narrowed(tuple(chosen))
        return (narrowed, sorted(numbers)) if narrowed is not None else (None, [])

    def _holds_any(self, literals: frozenset[str]) -> bool:
        return self._finder.holds_any(literals)

    def matching(self, pattern: re.Pattern[str]) -> list[Line]:
        """Lines (in order, once each) where `pattern` matches, headings left out."""
        return list(self.iter_matching(pattern))

    def iter_matching(self, pattern: re.Pattern[str]) -> Iterator[Line]:
        """`matching`, found as they are asked for: a caller that needs only the first
        few lines leaves the rest of the text unsearched."""
        pattern, candidates = self._plan(pattern)  # type: ignore[assignment]
        if pattern is None:
            return
        lines, text, starts = self.lines, self.lowered, self._starts
        if candidates is not None:
            for n in candidates:
                line = lines[n]
                if not line.heading and pattern.search(text, starts[n], starts[n] + len(line.text)):
                    yield line
            return
        last = -1
        for match in pattern.finditer(text):
            line = self.line_at(match.start())
            if line.number != last and not line.heading:
                yield line
            last = line.number

    def matches(self, pattern: re.Pattern[str]) -> list[tuple[Line, re.Match[str]]]:
        """Every match of `pattern` with the line it starts on.

        A pattern combined from several (`rules.combine`) may come back narrowed to
        the branches that can match here, so read groups only from single patterns.
        """
        return list(self.iter_matches(pattern))

    def iter_matches(self, pattern: re.Pattern[str]) -> Iterator[tuple[Line, re.Match[str]]]:
        """`matches`, found in text order as they are asked for."""
        pattern, candidates = self._plan(pattern)  # type: ignore[assignment]
        if pattern is None:
            return
        text = self.lowered
        if candidates is not None:
            lines, starts = self.lines, self._starts
            for n in candidates:
                line = lines[n]
                for match in pattern.finditer(text, starts[n], starts[n] + len(line.text)):
                    yield line, match
            return
        for match in pattern.finditer(text):
            yield self.line_at(match.start()), match

    def contains(self, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` matches anywhere in the lower-cased text.

        No pre-check here: a search that stops at the first match is usually
        cheaper than looking for the strings first.
        """
        return pattern.search(self.lowered) is not None


def lower_keeping_offsets(text: str) -> str:
    """`text.lower()`, except characters whose lower case is longer stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
