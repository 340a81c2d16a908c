"""Screen one resume: read it, find its structure, skills and flags, score it.

A `Screener` loads the taxonomy and rules once and holds no other state, so one
instance serves any number of documents and pickles cheaply into worker
processes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening import flags as flag_rules
from recruiter_kit.screening.contact import contact_words, extract_contact
from recruiter_kit.screening.dates import SHORT_DATE
from recruiter_kit.screening.experience import (
    find_entries,
    full_year,
    is_student,
    level_for,
    merged_years,
    reference_date,
)
from recruiter_kit.screening.matching import match as match_job
from recruiter_kit.screening.normalize import normalize_text
from recruiter_kit.screening.reading import MAX_FILE_BYTES, NeedsOcr, RawDocument, read_document
from recruiter_kit.screening.reading.written import plausible
from recruiter_kit.screening.results import JobCriteria, Match, ScreeningResult
from recruiter_kit.screening.rules import Rules
from recruiter_kit.screening.sections import SectionFinder, TextIndex, group
from recruiter_kit.screening.signals import measure
from recruiter_kit.screening.skills import SkillMatcher
from recruiter_kit.screening.taxonomy import Taxonomy


class Screener:
    """Turns resume bytes into a `ScreeningResult`; never raises for a bad document."""

    def __init__(
        self,
        taxonomy: Taxonomy | None = None,
        rules: Rules | None = None,
        *,
        pdf_reader: str = "fast",
    ) -> None:
        self.taxonomy = taxonomy or Taxonomy.load()
        self.rules = rules or Rules.load()
        self.pdf_reader = pdf_reader
        self._sections = SectionFinder(self.rules.sections)
        self._matcher = SkillMatcher(self.taxonomy)
        # Read now, so a malformed word file stops the screener, not every file it screens.
        contact_words()

    def __getstate__(self) -> dict[str, object]:
        # Compiled regexes and indexes rebuild quickly; send only the data.
        return {"taxonomy": self.taxonomy, "rules": self.rules, "pdf_reader": self.pdf_reader}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["taxonomy"], state["rules"], pdf_reader=state["pdf_reader"])  # type: ignore[misc, arg-type]

    def screen_file(self, path: Path, job: JobCriteria | None = None) -> ScreeningResult:
        """Screen a file on disk; an unreadable file gives an "error" result."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise DocumentError(
                    f"{path.name}: the file is {size / 1_048_576:.1f} MB, over the "
                    f"{MAX_FILE_BYTES // 1_048_576} MB limit for one resume"
                )
            data = path.read_bytes()
        except DocumentError as error:
            return ScreeningResult(status="error", error=str(error))
        except OSError as error:
            return ScreeningResult(
                status="error", error=f"{path.name}: cannot be read ({error.strerror or error})"
            )
        return self.screen_bytes(data, path.name, job)

    def screen_bytes(
        self, data: bytes, filename: str, job: JobCriteria | None = None
    ) -> ScreeningResult:
        """Screen one document's bytes; `filename` names it in messages and gives its type."""
        return self._finish(self._read(data, filename), filename, job)

    def screen_many(
        self, documents: Sequence[tuple[bytes, str]], job: JobCriteria | None = None
    ) -> list[ScreeningResult]:
        """`screen_bytes` for several documents (bytes, filename), results in their order.

        Every document is read before any is analysed: each stage then runs over
        the batch with its code and data still in the processor's caches, where
        alternating pdfium's C with the analysis's Python evicts both (reading
        and analysing 500 generated resumes in batches of 32 took 6% less time
        than one by one; `bench/bench_screening.py` reports the whole import's gain).
        """
        read = [self._read(data, filename) for data, filename in documents]
        return [
            self._finish(document, filename, job)
            for document, (_data, filename) in zip(read, documents, strict=True)
        ]

    def _read(self, data: bytes, filename: str) -> RawDocument | ScreeningResult:
        """The document read, or the result of a file that cannot be read."""
        try:
            return read_document(data, filename, pdf_reader=self.pdf_reader)
        except NeedsOcr as error:
            return ScreeningResult(status="needs_ocr", error=str(error))
        except DocumentError as error:
            return ScreeningResult(status="error", error=str(error))
        except (
            Exception
        ) as error:  # a reader library failing on a hostile file must not stop a batch
            name = Path(filename).name
            return ScreeningResult(
                status="error", error=f"{name}: cannot be read ({type(error).__name__}: {error})"
            )

    def _finish(
        self, document: RawDocument | ScreeningResult, filename: str, job: JobCriteria | None
    ) -> ScreeningResult:
        if isinstance(document, ScreeningResult):
            return document
        try:
            result = self.analyse(document)
        except Exception as error:  # a defect on one odd document must not stop a batch
            name = Path(filename).name
            return ScreeningResult(
                status="error",
                error=f"{name}: cannot be analysed ({type(error).__name__}: {error})",
            )
        if job is not None:
            result.match = self.match(result, job)
        return result

    def analyse(self, document: RawDocument, today: date | None = None) -> ScreeningResult:
        """Structure, skills, flags and signals of a document already read."""
        text = normalize_text(document.text, may_wrap=document.may_wrap)
        raw_lines = text.split("\n") if text else []
        lines = self._sections.split(raw_lines)
        when = reference_date(raw_lines, _present(document, text, today or date.today()))
        index = TextIndex(lines)
        found = find_entries(
            lines,
            when,
            index,
            self.rules.job_titles,
            self.rules.courses,
            self.rules.title_words,
            self.rules.job_labels,
        )
        contact = extract_contact(lines, document.links, index)
        skills = self._matcher.find(lines, contact.name)
        counted = [job.span for job in found if not job.is_role(self.rules.non_professional_roles)]
        # A resume that names no dated work at all (a student's, a career
        # changer's) shows no professional experience yet: none, not unknown.
        years = merged_years(counted)
        facts = flag_rules.Facts(
            index,
            {s.name: s for s in skills},
            found,
            self.taxonomy,
            self.rules,
        )
        green, yellow = flag_rules.evaluate(facts)
        level = level_for(years, self.rules.levels)
        if level != "junior" and is_student(
            index,
            found,
            self.rules.students,
            when,
            lambda: bool(flag_rules.professional_entries(facts)),
        ):
            level = "junior"
        metrics = measure(index, skills, self.rules, len(document.pages), years)
        metrics.notes.extend(flag_rules.missing_reasons(facts, green))
        return ScreeningResult(
            status="ok",
            text=text,
            sections=group(lines),
            contact=contact,
            experience=[job.entry for job in found],
            years_experience=years,
            level=level,
            skills=sorted(skills, key=lambda s: (s.category, s.name.lower())),
            green_flags=green,
            yellow_flags=yellow,
            metrics=metrics,
        )

    def match(self, result: ScreeningResult, job: JobCriteria) -> Match:
        """Score a stored result against a job without reading the document again."""
        return match_job(result, job, self.taxonomy)


# A year, "\b(?:19|20)\d\d\b" with the opening \b tested after the "19" or "20": a
# pattern that opens with its characters lets the regex engine skip straight to
# each "1" or "2" (three times faster over a resume).
_YEAR = re.compile(r"(?:19|20)(?<!\w\d\d)\d\d\b")
# A two-digit-year date opening a line ("01/23 – Present"): its year counts too.
_SHORT_YEAR = re.compile(rf"^{SHORT_DATE}\b", re.MULTILINE)


def _present(document: RawDocument, text: str, today: date) -> date:
    """What "Present" means for this document: when it was written, if its file says so.

    A saved date earlier than a year the resume itself names is a producer's
    placeholder or a copied file's date, not when it was written: then "Present"
    is today. A two-digit year ("12/19 – 03/23") names the latest such year up to
    today, or it would date a 2019 job to 1919 by a 2013 placeholder.
    """
    written = plausible(document.written, today)
    if written is None:
        return today
    latest = max((int(year) for year in _YEAR.findall(text)), default=0)
    if latest > written.year:
        return today
    if written.year == today.year:  # no two-digit year can name a later one
        return written
    short = (full_year(int(found[-2:]), today) for found in _SHORT_YEAR.findall(text))
    return written if max(short, default=0) <= written.year else today
