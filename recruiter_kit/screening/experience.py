"""Experience entries from date ranges, years of experience and a level estimate."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import NamedTuple

from recruiter_kit.screening.dates import (
    DATE,
    DATE_START,
    MONTH,
    NOW,
    RANGE_FOLLOWS,
    RANGE_JOIN,
    SHORT_DATE,
    YEAR,
    YEAR_FIRST,
)
from recruiter_kit.screening.normalize import is_bullet, strip_bullet
from recruiter_kit.screening.results import ExperienceEntry
from recruiter_kit.screening.rules import CourseWords, JobLabels, StudentWords
from recruiter_kit.screening.sections import Line, TextIndex

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # The first three letters of the months `dates._FOREIGN_MONTHS` adds.
    "fev": 2,
    "fév": 2,
    "mär": 3,
    "mrz": 3,
    "abr": 4,
    "avr": 4,
    "mai": 5,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ago": 8,
    "aoû": 8,
    "aou": 8,
    "set": 9,
    "out": 10,
    "okt": 10,
    "ott": 10,
    "dez": 12,
    "dic": 12,
    "déc": 12,
    "ene": 1,
    "jän": 1,
    "gen": 1,
    "maa": 3,
    "mrt": 3,
    "mei": 5,
}
#: Matched against lower-cased text (`TextIndex.lowered`): without re.IGNORECASE the
#: engine compares characters directly, which halves the cost of this scan.
RANGE = re.compile(
    # The leading \b lets the engine skip positions inside words quickly, and the
    # lookahead words no date or month starts like.
    rf"\b(?={DATE_START})(?P<start>{DATE}|{MONTH})[ \t]*{RANGE_JOIN}[ \t]*"
    rf"(?P<end>{DATE}|{NOW})\b"
)
#: A range with no end at all ("2021 -" closing the line): a job still held (a range cut at
#: the margin was joined by `normalize.join_wrapped`). Apart from RANGE so that pattern
#: keeps the literal pre-check that spares most lines a search.
OPEN_RANGE = re.compile(rf"\b(?P<start>{DATE})[ \t]*(?:-|–|—)[ \t]*$")
_DASHES = ("-", "–", "—")
#: "09-13 - 03-14  Embedded Engineer": two-digit-year dates, read only at a line's start and
#: only as a whole range. A hyphen between them needs spaces round it and nothing digit-like
#: may follow, so "06-11-12-13-14" (a phone number) and "10-12-14" stay what they are.
SHORT_RANGE = re.compile(
    rf"(?P<start>{SHORT_DATE})(?:[ \t]+(?:-|to)[ \t]+|[ \t]*(?:[–—→]|->|=>)[ \t]*)"
    rf"(?P<end>{SHORT_DATE}|{NOW})(?![\w./-]|[ \t]*-[ \t]*\d)"
)
#: "2017.10 - 2019.3": year-first dates, read only as a whole range.
YEAR_FIRST_RANGE = re.compile(
    rf"\b(?P<start>{YEAR_FIRST})[ \t]*{RANGE_JOIN}[ \t]*(?P<end>{YEAR_FIRST}|{NOW}\b)"
)
_MAX_RANGES_PER_LINE = 4
#: "Since 2013" in a job's header: a job still held ("seit", "depuis", "desde" in German,
#: French and Spanish resumes).
SINCE = re.compile(
    rf"\b(?:since|seit|depuis|desde)[ \t]+(?P<start>{DATE})\b"
    rf"(?!{RANGE_FOLLOWS})"
)
_UPDATED = re.compile(
    rf"(?:last\s+)?updated?\b(?:\s+on)?[^\n]{{0,20}}?"
    rf"(?P<date>{MONTH}\s+(?:\d{{1,2}},?\s+)?{YEAR}|{YEAR})",
    re.IGNORECASE,
)
# Compiled once: these run for every date range found.
_ISO_AT = re.compile(rf"({YEAR})-(\d\d)")
_NUMERIC_AT = re.compile(rf"(\d{{1,2}})[/.]({YEAR})")
_YEAR_RE = re.compile(YEAR)
_APOSTROPHE_YEAR = re.compile(r"['’‘](\d\d)")
_YEAR_FIRST_AT = re.compile(rf"({YEAR})\.(\d{{1,2}})")
_NOW_RE = re.compile(NOW, re.IGNORECASE)
# "May 2012 - Sep 2014: Acme" leaves a colon opening the employer.
_RANGE_EDGE = re.compile(r"\s*[|·,–—-]\s*$|^\s*[|·,:–—-]\s*")
# "from" right before a range, in the languages the dates are read in: cut out with it,
# not left on the employer ("Acme, from"). Lower case or capitalised only: "DE" before
# the dates is Delaware.
_FROM_WORD = re.compile(
    r"(?:^|(?<=\s))(?:(?i:f)rom|FROM|(?i:v)on|(?i:a)b|(?i:d)esde|(?i:d)e|(?i:d)al?"
    r"|(?i:d)u|(?i:d)epuis|(?i:o)d|(?i:v)an(?:af)?)\s*$"
)
# The brackets a range was written in, left empty once it is cut out: "Acme (2019 - 2021)".
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
#: How long a job lasted, in brackets beside its dates: "(1 year and 6 months)", "(2 yrs)".
_DURATION = re.compile(
    r"\(\s*\d+(?:[.,]\d+)?\+?\s*(?:years?|yrs?|months?|mos?)\b"
    r"(?:\s*(?:and|,)?\s*\d+\s*(?:months?|mos?)\b)?\s*\)",
    re.IGNORECASE,
)
_NOT_WORK_SECTIONS = frozenset(
    {"education", "certifications", "awards", "publications", "interests", "leadership"}
)
# A title or an employer line is short; a longer line above a date is a bullet's or a summary's.
_MAX_HEADER_CHARS = 90
_MAX_TITLE_WORDS = 8  # "Senior Software Engineer - Payments Platform Team"
# "Technologies: Go, Kafka" closing the job above is not the next job's employer.
_LABELLED_LIST = re.compile(r"[A-Za-z][\w /&-]{0,30}:\s+\S+.*,")
_LABEL_REACH = 2  # the label line may follow an employer or location line
#: "Date:", "Period:" opening a dated line label its dates, not the job.
_DATE_LABEL = re.compile(
    r"^(?:dates?|period|duration|zeitraum|per[ií]odo|dauer|durée)[ \t]*:[ \t]*", re.IGNORECASE
)
_SEASON_MONTH = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}


@dataclass(frozen=True, slots=True)
class Span:
    """A date range in months since year 0, end exclusive."""

    start: int
    end: int


class FoundEntry(NamedTuple):
    """A job read from a dated line, with what the role rules need to judge it."""

    entry: ExperienceEntry
    span: Span
    role: str  # every header line of the job, lower-cased
    # The title alone when the header tells it from the employer ("Position: ..."),
    # else `role`: "Reusable Software Research Group" names no software job.
    title: str
    line: int  # the number of the dated line
    heading: str  # of the section the job sits in: "internships" says what they are

    def is_role(self, words: re.Pattern[str]) -> bool:
        """Whether the role text, or the section's heading, holds one of `words`."""
        return bool(words.search(self.role) or (self.heading and words.search(self.heading)))


def _month_index(
    text: str, *, default_month: int, year_hint: int | None = None, today: date | None = None
) -> int | None:
    text = text.strip().lower()
    iso = _ISO_AT.match(text)
    if iso:
        return int(iso.group(1)) * 12 + int(iso.group(2)) - 1
    numeric = _NUMERIC_AT.match(text)
    if numeric:
        return int(numeric.group(2)) * 12 + int(numeric.group(1)) - 1
    year_match = _YEAR_RE.search(text)
    year = int(year_match.group(0)) if year_match else year_hint
    if year_match is None and today is not None and (short := _APOSTROPHE_YEAR.search(text)):
        year = full_year(int(short.group(1)), today)
    if year is None:
        return None
    month = _month_of(text) or _SEASON_MONTH.get(
        text.split()[0] if text.split() else "", default_month
    )
    return year * 12 + month - 1


def _month_of(text: str) -> int | None:
    # French "juin" and "juillet" share their first three letters.
    if text.startswith("jui"):
        return 6 if text[3:4] == "n" else 7
    return _MONTHS.get(text[:3])


def parse_range(match: re.Match[str], today: date) -> Span | None:
    """The span of one matched date range in whole months, "Present" being `today`.

    Months are counted inclusively ("Jan 2020 - Mar 2020" is three months);
    a bare year stands for its middle, so "2016 - 2018" is two years.
    """
    end_text = match.groupdict().get("end")
    if end_text is None or _NOW_RE.fullmatch(end_text):
        end = today.year * 12 + today.month
    else:
        end_index = _month_index(end_text, default_month=6, today=today)
        if end_index is None:
            return None
        end = end_index if _YEAR_RE.fullmatch(end_text.strip()) else end_index + 1
    start_text = match.group("start")
    start = _month_index(start_text, default_month=6, year_hint=(end - 1) // 12, today=today)
    if start is not None and start == end and _YEAR_RE.fullmatch(start_text.strip()):
        # "2020 - 2020": some months of that year, counted as half of it.
        return Span(start - 3, end + 3)
    if start is None or start >= end or end - start > 50 * 12:
        return None
    return Span(start, end)


def parse_short_range(match: re.Match[str], today: date) -> Span | None:
    """The span of a `SHORT_RANGE` match; a two-digit year is the latest one not after `today`."""
    return _closed_span(match, today, lambda text: _short_month_index(text, today))


def _closed_span(
    match: re.Match[str], today: date, month_index: Callable[[str], int]
) -> Span | None:
    """The span of a range whose ends `month_index` reads (or "now"), months inclusive."""
    start = month_index(match.group("start"))
    end_text = match.group("end")
    if _NOW_RE.fullmatch(end_text):
        end = today.year * 12 + today.month
    else:
        end = month_index(end_text) + 1
    if start >= end or end - start > 50 * 12:
        return None
    return Span(start, end)


def _short_month_index(text: str, today: date) -> int:
    month, short_year = (int(part) for part in re.split("[-/]", text, maxsplit=1))
    return full_year(short_year, today) * 12 + month - 1


def full_year(short_year: int, today: date) -> int:
    """The latest year written with these two digits that is not after `today`."""
    century = today.year // 100 * 100
    return century + short_year if short_year <= today.year % 100 else century - 100 + short_year


def parse_year_first_range(match: re.Match[str], today: date) -> Span | None:
    """The span of a `YEAR_FIRST_RANGE` match ("2017.10 - 2019.3"), months inclusive."""
    return _closed_span(match, today, _year_first_index)


def _year_first_index(text: str) -> int:
    found = _YEAR_FIRST_AT.match(text)
    assert found is not None  # YEAR_FIRST is a year, a dot and a month
    return int(found.group(1)) * 12 + int(found.group(2)) - 1


def reference_date(lines: list[str], fallback: date) -> date:
    """The date "Present" means: a "Last updated" date on the resume, else `fallback`."""
    for line in lines[:5]:
        match = _UPDATED.search(line)
        if match:
            index = _month_index(match.group("date"), default_month=6)
            if index is not None:
                return date(index // 12, index % 12 + 1, 1)
    return fallback


def find_entries(
    lines: list[Line],
    today: date,
    index: TextIndex | None = None,
    job_titles: re.Pattern[str] | None = None,
    courses: CourseWords | None = None,
    titles: re.Pattern[str] | None = None,
    labels: JobLabels | None = None,
) -> list[FoundEntry]:
    """Experience entries with their spans and the text that names the role.

    Ranges count in the experience section; a resume without one (or whose
    jobs sit under sub-headings such as "New skills") also counts dated lines
    outside education, awards and similar sections, and, under projects, the
    ones whose role matches `job_titles` ("Data engineer, Booking.com").
    Outside the experience section, a line that `courses` says names a degree
    and no job is a course of study, not a job. `titles` names jobs of any trade:
    of a header's two parts, the one naming a job is shown as the title.
    """
    has_experience = any(line.section == "experience" for line in lines)
    index = index or TextIndex(lines)
    entries = []
    dated = [(line, match, index.offset(line)) for line, match in index.matches(RANGE)]
    dated += [(line, match, index.offset(line)) for line, match in index.matches(YEAR_FIRST_RANGE)]
    dated += [
        (line, match, index.offset(line))
        for line, match in index.matches(SINCE)
        if _since_heads_a_job(line, match.start() - index.offset(line))
    ]
    # A line ending in a dash is rare: searched on its own, it spares every other line.
    dated += [
        (line, match, 0)
        for line in lines
        if line.text.rstrip().endswith(_DASHES)
        and (match := OPEN_RANGE.search(line.text.rstrip().lower()))
    ]
    dated += [
        (line, match, 0)
        for line in lines
        if _may_open_short_range(line.text)
        and (match := SHORT_RANGE.match(index.lowered_line(line)))
    ]
    dated.sort(key=lambda item: (item[0].number, item[1].start() - item[2]))
    per_line: dict[int, int] = {}
    headings = [line.number for line in lines if line.heading] if dated else []
    for line, match, offset in dated:
        if line.heading or line.section in _NOT_WORK_SECTIONS:
            continue
        # A job's line holds a range or two; thousands on one line are not a work history
        # (and would cost a pass over the line each).
        per_line[line.number] = per_line.get(line.number, 0) + 1
        if per_line[line.number] > _MAX_RANGES_PER_LINE:
            continue
        in_projects = line.section == "projects"
        if in_projects and (has_experience or job_titles is None):
            continue
        if has_experience and line.section not in ("experience", "skills", "header"):
            continue
        start, end = match.start() - offset, match.end() - offset
        # Out of a work section an unknown education heading ("Education Details") leaves
        # its courses among the jobs; one that names a degree and no job is no job.
        if (
            courses is not None
            and line.section != "experience"
            and _names_a_course(lines, line, start, end, courses)
        ):
            continue
        span = _parse_span(match, today)
        if span is not None:
            at = bisect.bisect_left(headings, line.number)
            heading = lines[headings[at - 1]].text.lower() if at else ""
            found = _entry(
                lines, line, start, end, span, today, job_titles, heading, titles, labels
            )
            if not in_projects or (job_titles is not None and job_titles.search(found.role)):
                entries.append(found)
    return entries


def _entry(
    lines: list[Line],
    line: Line,
    start: int,
    end: int,
    span: Span,
    today: date,
    job_titles: re.Pattern[str] | None = None,
    heading: str = "",
    titles: re.Pattern[str] | None = None,
    labels: JobLabels | None = None,
) -> FoundEntry:
    """An entry from a dated line: the rest of the line, or the header above, names the role."""
    previous = _header_above(lines, line.number)
    before = _FROM_WORD.sub("", line.text[:start])
    rest = _strip_range(strip_bullet(before + " " + line.text[end:]))
    if ":" in rest:  # "Date: June 2020 - August 2020" names no title
        rest = _strip_range(_DATE_LABEL.sub("", rest, count=1))
    # Title, employer and dates on three lines: only when the dated line names nothing.
    above = ""
    if previous and not rest:
        above = _header_above(lines, line.number - 1) or _title_item_above(
            lines, line.number - 1, titles
        )
    title = rest or previous
    organisation = previous if rest else above
    # A header may take three lines (title, employer, dates) or put the title below
    # a date that stands alone, or below the dates and the employer ("May 2023 -
    # Sep 2023  Acme Ltd" over "Junior Developer"); the role text holds all of them,
    # lower-cased for the rules.
    below = ""
    if not previous and (not rest or _names_no_role(rest, job_titles)):
        below = _header_below(lines, line.number)
    if rest and below:
        # Only a software title is taken from under an employer: the line there is as
        # often the first of a description ("Consultant, Acme" over "Technical
        # consultant focusing on ...").
        if len(below.split()) > _MAX_TITLE_WORDS or _names_no_role(below, job_titles):
            below = ""
        else:
            title, organisation = below, rest
    elif not rest and not previous:
        # Dates alone in a table's cell over the entry's ("01/23 – Present" over
        # "Software Engineer — SAIC"), or under a header written as list items.
        if below:
            title = below
        else:
            title, organisation = _bulleted_header(lines, line, job_titles)
            below = f"{title} {organisation}".strip()
    labelled = _labelled_title(lines, line.number, labels.role) if labels else ""
    if labelled and labels is not None:
        title = labelled
        organisation = rest or previous or _labelled_client(lines, line.number, labels.client)
    elif titles is not None:
        if rest and not previous and not below:
            organisation = _employer_below(lines, line.number, titles) or _employer_item_above(
                lines, line.number, titles
            )
            if (
                not organisation
                and not _names_a_job(rest, titles)
                and (below_title := _title_below(lines, line.number, titles))
            ):
                title, organisation = below_title, rest
        elif previous and not rest and not above:
            # A title over dates on a line of their own, the employer under them.
            organisation = _employer_below(lines, line.number, titles)
        if organisation and _reads_as_sentence(organisation):
            # The last line of the job above, written without a bullet or a full stop.
            organisation = ""
        title, organisation = _title_first(title, organisation, titles)
    entry = ExperienceEntry(
        title or None,
        organisation or None,
        _iso(span.start),
        _end_iso(span, today),
        line.text,
        line.text[start:end].strip(),
    )
    role = " ".join(filter(None, (rest, previous, above, below, labelled))).lower()
    return FoundEntry(entry, span, role, labelled.lower() or role, line.number, heading)


# Where a header joins its title and employer on one line, strongest first:
# "Acme, Berlin — Engineer" splits at the dash, "Engineer, Acme, Berlin" at the comma.
_HEADER_JOINS = (" — ", " – ", " | ", " · ", " @ ", " at ", " - ", ", ")
# Small words an employer's name may hold in lower case ("Bank of Ireland").
_NAME_LINKS = frozenset({"of", "and", "for", "the", "de", "&"})
# What else a header may hold in lower case: the word joining its title and employer.
_HEADER_WORDS = _NAME_LINKS | {"at", "in"}
# The last word of a name written with a full stop: "Inc.", "Ltd.", "Co.", "S.A.".
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,3}\.|(?:[A-Za-z]\.){2,}")
_PART_EDGES = " :;,|"  # "Backend Engineer at Brightwave:" heads its bullets
_MAX_EMPLOYER_WORDS = 6


def _title_first(title: str, organisation: str, titles: re.Pattern[str]) -> tuple[str, str]:
    """Title and employer in that order, whichever order the resume wrote them in.

    Resumes put the employer above the title as often as below it, and on the
    dated line as often as not. The part that names a job is the title; when
    both parts or neither name one, the order as written stands. A title that
    still holds an employer ("Acme | Engineer") is split at its join when
    exactly one side names a job.
    """
    names_a_job = partial(_names_a_job, titles=titles)
    if title and organisation and not names_a_job(title) and names_a_job(organisation):
        title, organisation = organisation, title
    for join in _HEADER_JOINS:
        if join not in title:
            continue
        left, found, right = _partition_outside_brackets(title, join)
        if found:
            left, right = left.strip(_PART_EDGES), right.strip(_PART_EDGES)
            left_job, right_job = names_a_job(left), names_a_job(right)
            if left and right and left_job and right_job:
                # Both name a job at the first join: the last may part the title from its
                # employer ("Senior Engineer, Developer Platform, Zapier").
                left, _, right = _partition_outside_brackets(title, join, last=True)
                left, right = left.strip(_PART_EDGES), right.strip(_PART_EDGES)
                left_job, right_job = names_a_job(left), names_a_job(right)
                if right_job:
                    break
            if left and right and left_job != right_job:
                job, employer = (left, right) if left_job else (right, left)
                # The other line then holds the place: "GOOGLE | Engineer" over "Zurich",
                # unless it repeats the employer ("Akamai" over "SRE, Akamai, Philadelphia").
                if not organisation or organisation.lower() in employer.lower():
                    return job, employer
                return job, f"{employer}, {organisation}"
            break
    return title, organisation


def _partition_outside_brackets(text: str, join: str, last: bool = False) -> tuple[str, str, str]:
    """`text.partition(join)` at the first (or `last`) `join` outside brackets: "Developer
    (Freelance, Part-time), Acme" splits after the closing bracket."""
    at = text.rfind(join) if last else text.find(join)
    while at != -1:
        before = text[:at]
        if before.count("(") <= before.count(")") and before.count("[") <= before.count("]"):
            return before, join, text[at + len(join) :]
        at = text.rfind(join, 0, at) if last else text.find(join, at + 1)
    return text, "", ""


def _employer_below(lines: list[Line], index: int, titles: re.Pattern[str]) -> str:
    """An employer's name on the line under a dated title ("Engineer, 2019 - 2022" / "Acme Ltd").

    Only a short line of capitalised words that names no job: the first line of
    a description written without a bullet reads as a sentence ("Built the ...").
    A line over dates of its own heads the next job ("Platform Team" / "(2022 - Present)").
    """
    name = _employer_name(_header_below(lines, index), titles)
    if name and _heads_next_job(lines, index + 2):
        return ""
    return name


def _title_below(lines: list[Line], index: int, titles: re.Pattern[str]) -> str:
    """A title of any trade under an employer's dated line ("UnCruise Adventures  2017 -
    2020" over "Expedition Guide - Alaska"), shown as the title; "" when there is none."""
    text = _header_below(lines, index)
    if len(text.split()) > _MAX_TITLE_WORDS or not _names_a_job(text, titles):
        return ""
    return "" if _heads_next_job(lines, index + 2) else text


def _heads_next_job(lines: list[Line], index: int) -> bool:
    """Whether line `index` holds dates, so the line above it heads the job they date.
    Asked last: the range search costs more than the other tests."""
    return index < len(lines) and _has_range(lines[index].text.lower())


def _employer_item_above(lines: list[Line], index: int, titles: re.Pattern[str]) -> str:
    """An employer written as a list item over a dated title, as some templates set a
    header: "• Google  Mountain View, CA" over "Software Engineer  Oct 2016 – Present".

    Only when the job's own items, under it, open with another glyph ("◦"): where
    every item has the same bullet, the one above is the last of the job before.
    """
    if index < 1 or index + 1 >= len(lines) or lines[index - 1].heading:
        return ""
    above, below = lines[index - 1].text.lstrip(), lines[index + 1].text.lstrip()
    # Most lines open with a letter or figure: told before the bullet patterns run.
    if above[:1].isalnum() or not (is_bullet(above) and is_bullet(below)) or above[0] == below[0]:
        return ""
    name = strip_bullet(above).strip()
    # A list of tools ("• Go, Kafka, Redis") is no name; a place may hold one comma.
    if ":" in name or name.count(",") > 1:
        return ""
    name = _employer_name(name, titles)
    return "" if name and _has_range(name.lower()) else name


def _title_item_above(lines: list[Line], index: int, titles: re.Pattern[str] | None) -> str:
    """A job's title written as a list item over the rest of its header, as a word
    processor's bulleted header reads: "• Software Engineer — Acme" / "Berlin" / dates.

    Only a title-like item counts: it names a job, is short and holds no figure, so
    the last bullet of the job above ("• Mentored 3 junior engineers") is not taken
    for it; one that reads as a sentence is dropped with the other header parts.
    """
    if titles is None or index <= 1 or lines[index - 1].heading:
        return ""
    text = lines[index - 1].text.strip()
    if text[:1].isalnum() or not is_bullet(text):
        return ""
    item = strip_bullet(text).strip()
    if (
        not _is_header(item)
        or len(item.split()) > _MAX_TITLE_WORDS
        or any(char.isdigit() for char in item)
        or not _names_a_job(item, titles)
    ):
        return ""
    return item


def _employer_name(text: str, titles: re.Pattern[str]) -> str:
    """`text` if it reads as an employer's name (and place): a few capitalised words that
    name no job. A sentence has words in lower case ("Built the ...")."""
    words = [word for word in text.split() if any(char.isalnum() for char in word)]
    if not words or len(words) > _MAX_EMPLOYER_WORDS or _names_a_job(text, titles):
        return ""
    if all(_capitalised(word) or word in _NAME_LINKS for word in words):
        return text
    return ""


def _bulleted_header(
    lines: list[Line], line: Line, job_titles: re.Pattern[str] | None
) -> tuple[str, str]:
    """Title and employer from list items right above a line that holds only dates.

    "• Data Scientist Intern" / "• Acme" / "• Date: June 2019 - August 2019": the
    items count only between this entry's dates and the section's heading or the
    dates of the entry before, so the bullets that describe the job above are never
    taken for this one's title, and one of them must name a job. Of two, the upper
    is the title unless only the lower names a role.
    """
    found: list[str] = []
    for number in range(line.number - 1, max(line.number - 3, 0), -1):
        text = strip_bullet(lines[number].text).strip()
        if lines[number].heading or lines[number].section != line.section:
            break
        if not _is_header(text) or len(text.split()) > _MAX_TITLE_WORDS or _has_range(text.lower()):
            break
        found.insert(0, text)
    while found:
        bound = line.number - len(found) - 1
        if bound >= 0 and (lines[bound].heading or _has_range(lines[bound].text.lower())):
            break
        found.pop(0)
    # Under dates that head their job, list items describe it: "• Built the billing API".
    if job_titles is None or not any(job_titles.search(text.lower()) for text in found):
        return "", ""
    if (
        len(found) == 2
        and _names_no_role(found[0], job_titles)
        and not _names_no_role(found[1], job_titles)
    ):
        found.reverse()
    return (found[0], found[1]) if len(found) == 2 else (found[0], "") if found else ("", "")


def _labelled_client(lines: list[Line], number: int, label: re.Pattern[str]) -> str:
    """The client a "Client: ..." line right below a job's dates names, or ""."""
    return _label_below(lines[number + 1 : number + 1 + _LABEL_REACH], label)


def _labelled_title(lines: list[Line], number: int, label: re.Pattern[str]) -> str:
    """The title a "Position: ..." line right below a job's dates gives, or "".

    Where such a line sits right above the dates, each is the header of what
    follows it ("Title: Billing system" over "Period: 2002 - 2004"): the one below
    belongs to the next entry.
    """
    below = lines[number + 1 : number + 1 + _LABEL_REACH]
    # The colon is the cheap test: most lines near a job's dates have none early on.
    if not any(":" in line.text[:20] for line in below):
        return ""
    if number > 0 and _is_labelled(lines[number - 1].text, label):
        return ""
    return _label_below(below, label)


def _label_below(below: list[Line], label: re.Pattern[str]) -> str:
    """The value of the first of `below` that `label` opens, up to a heading; "" if none."""
    for following in below:
        if following.heading:
            break
        if found := _is_labelled(following.text, label):
            return found["value"].strip(" *_|")
    return ""


def _is_labelled(text: str, label: re.Pattern[str]) -> re.Match[str] | None:
    return label.match(text.strip()) if ":" in text[:20] else None


def _parse_span(match: re.Match[str], today: date) -> Span | None:
    # By identity: hashing a compiled pattern to look it up would hash its whole program.
    if match.re is SHORT_RANGE:
        return parse_short_range(match, today)
    if match.re is YEAR_FIRST_RANGE:
        return parse_year_first_range(match, today)
    return parse_range(match, today)


def _names_a_course(
    lines: list[Line], line: Line, start: int, end: int, courses: CourseWords
) -> bool:
    """Whether a dated line, or the header above a line that holds only dates, names a
    degree ("Masters of science", "B.Tech") and no job title.

    A header above bare dates may take two lines, as a job's does: the degree over
    the school ("Bachelor of Arts in History" over "Some University").
    """
    named = _strip_range(strip_bullet(line.text[:start] + " " + line.text[end:]))
    if not named:
        previous = _header_above(lines, line.number)
        above = _header_above(lines, line.number - 1) if previous else ""
        named = f"{previous} {above}"
    named = named.lower()
    return bool(courses.degrees.search(named)) and not courses.job_titles.search(named)


def _names_no_role(text: str, job_titles: re.Pattern[str] | None) -> bool:
    return job_titles is not None and not _names_a_job(text, job_titles)


def _names_a_job(text: str, titles: re.Pattern[str]) -> bool:
    return titles.search(text.lower()) is not None


def _header_below(lines: list[Line], index: int) -> str:
    following = index + 1
    if following >= len(lines) or lines[following].heading:
        return ""
    text = lines[following].text.strip()
    return text if _is_header(text) and not _has_range(text.lower()) else ""


def _is_header(text: str) -> bool:
    """A line that can head a job: short, no bullet, no sentence."""
    text = text.strip()
    return not is_bullet(text) and len(text) <= _MAX_HEADER_CHARS and not _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does, with a full stop after a word.

    The stop of an abbreviation closing a name ends no sentence: "Globex Inc."
    and "Software Engineer at Acme Co." are headers; a sentence has words in
    lower case ("Maintained integrations for Globex Inc.").
    """
    if not text.endswith("."):
        return False
    words = text.split()
    return not (
        _ABBREVIATION.fullmatch(words[-1])
        and all(_capitalised(word) or word in _HEADER_WORDS for word in words)
    )


def _reads_as_sentence(text: str) -> bool:
    """Whether a line reads as a sentence, not a name or a place: three words or more in
    lower case ("Helped standardize the ML model life cycle"); a name holds few
    ("Acme (acquired by Globex)")."""
    lower = [w for w in text.split() if w[0].islower() and w not in _HEADER_WORDS]
    return len(lower) >= 3


def _capitalised(word: str) -> bool:
    return word[0].isupper() or not word[0].isalpha()


def _header_above(lines: list[Line], index: int) -> str:
    """The line above if it can be part of a job's header (a title or an employer).

    A bullet or a sentence there ends the previous job: its "internal tools"
    or "students" says nothing about the role dated here.
    """
    # The document's first line is its name or a "Resume" over it, never a job's.
    if index <= 1 or lines[index - 1].heading:
        return ""
    text = lines[index - 1].text.strip()
    # A line with dates of its own heads another job: its "Intern" is not this role's.
    if not _is_header(text) or _LABELLED_LIST.match(text) or _has_range(text.lower()):
        return ""
    return text.lstrip("= ").strip(" |")  # "=" opens an AsciiDoc title: "=== Acme"


def _has_range(lowered: str) -> bool:
    """Whether a line holds a range of any form `find_entries` reads as a job's dates."""
    return bool(
        RANGE.search(lowered)
        or (_may_open_short_range(lowered) and SHORT_RANGE.match(lowered) is not None)
        or ("." in lowered and YEAR_FIRST_RANGE.search(lowered) is not None)
    )


def _may_open_short_range(text: str) -> bool:
    """The cheap test before `SHORT_RANGE`: "01-" to "12-", or "1/" to "12/", opening the line."""
    return text[1:2] == "/" or (text[2:3] in ("-", "/") and text[:1] in "01")


def _since_heads_a_job(line: Line, start: int) -> bool:
    """Whether "since 2013" dates a job: alone or after a separator on a job's line
    ("Engineer, Acme, since 2013"), not in a skills list or a sentence."""
    if line.section not in ("experience", "header") or not _is_header(line.text):
        return False
    before = line.text[:start].rstrip()
    return not before or before.endswith((",", "|", "-", "–", "—", "·"))


def _strip_range(rest: str) -> str:
    if "(" in rest or "[" in rest:
        rest = _EMPTY_BRACKETS.sub(" ", _DURATION.sub(" ", rest))
    # Cutting the dates out leaves the spaces on both sides: "Expected   | New York".
    return " ".join(_RANGE_EDGE.sub("", rest.strip()).split())


def _iso(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _end_iso(span: Span, today: date) -> str | None:
    if span.end >= today.year * 12 + today.month:
        return None
    return _iso(span.end - 1)


def merged_years(spans: list[Span]) -> float:
    """Total years covered by the spans, overlaps counted once."""
    total = 0
    current: Span | None = None
    for span in sorted(spans, key=lambda s: s.start):
        if current is None or span.start > current.end:
            if current is not None:
                total += current.end - current.start
            current = span
        else:
            current = Span(current.start, max(current.end, span.end))
    if current is not None:
        total += current.end - current.start
    return round(total / 12, 1)


def is_student(
    index: TextIndex,
    found: list[FoundEntry],
    words: StudentWords,
    today: date,
    has_software_job: Callable[[], bool],
) -> bool:
    """Whether the resume is a student's or a new graduate's, whatever its years say.

    Years of dated work make a level only when they are a career. A student's are
    not: one who says so ("seeking a summer internship"); or, with no professional
    software job, one whose jobs all began within studies still under way, or a
    new graduate whose software work was a student's job and whose other jobs all
    ended by the earliest year of their studies (summer jobs at school). Jobs that
    ran on after the first studies are a career, and a career in another trade
    keeps its seniority.
    """
    # The few lines at the top, one by one: cheaper than a pre-check over the whole text.
    if any(
        words.seeking.search(index.lowered_line(line))
        for line in index.lines
        if line.section in ("summary", "header")
    ):
        return True
    # A professional software job makes a career of the years, even one held while
    # studying (a degree with no end date reads as still under way).
    if not found or has_software_job():
        return False
    education = [line for line in index.lines if line.section == "education" and not line.heading]
    jobs = [job.span for job in found]
    if not education:
        return False
    studying_since = _open_studies(education, today)
    if studying_since is not None and all(span.start >= studying_since for span in jobs):
        return True
    if not any(words.roles.search(job.role) for job in found):
        return False
    years = [int(year) for line in education for year in _YEAR_RE.findall(line.text)]
    return bool(years) and all(span.end <= (min(years) + 1) * 12 for span in jobs)


def _open_studies(education: list[Line], today: date) -> int | None:
    """The start, in months, of the earliest education range still open on `today`."""
    now = today.year * 12 + today.month
    starts = [
        span.start
        for line in education
        for match in RANGE.finditer(line.text.lower())
        if (span := parse_range(match, today)) is not None and span.end >= now
    ]
    return min(starts, default=None)


def level_for(years: float, bands: dict[str, float]) -> str:
    """The highest level whose lower bound the years reach (junior 0-2, mid 2-5, senior 5+)."""
    level = "junior"
    for name, floor in sorted(bands.items(), key=lambda item: item[1]):
        if years >= floor:
            level = name
    return level
