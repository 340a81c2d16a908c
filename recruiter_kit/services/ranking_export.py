"""A ranking exported for the hiring panel: CSV for a spreadsheet, or a PDF to print.

One line per candidate in the order the Candidates list ranks them, with what
stands behind each score: the flags raised and, against a job, the skills
matched, missing and knocked out. Files that could not be read come last,
without a rank.

In blind review the file carries the candidate's code and nothing that says
who they are: no name, contact detail, file name or reading error (which
names the file). In a CSV file, a cell that a spreadsheet would run as a
formula (a resume can put "=HYPERLINK(...)" where its name goes) is written
as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from recruiter_kit.core.progress import CancelToken, Progress
from recruiter_kit.core.progress import Job as LongJob
from recruiter_kit.documents.atomic import write_atomic
from recruiter_kit.documents.table_pdf import TableReport, build_table_pdf
from recruiter_kit.screening.results import ScreeningResult
from recruiter_kit.services.screening import (
    STATUS_LABELS,
    ScreeningRow,
    ScreeningService,
    ranking_order,
)

#: Rows between two progress reports, which are also where an export may be cancelled.
EXPORT_CHUNK = 100
# What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_JOINER = "; "
# Spreadsheet programs read a file that opens with the byte-order mark as UTF-8
# rather than guess a local encoding; a program reading a pipe would take it for text.
_FILE_ENCODING = "utf-8-sig"
Cell = str | int
# The columns a printed page has room for, and the share of its width each takes.
_PRINTED = {
    "Rank": 0.7,
    "Name": 1.6,
    "Code": 1.1,
    "Score": 0.8,
    "Level": 0.8,
    "Years": 0.8,
    "Green flags": 3.4,
    "Yellow flags": 2.1,
    "Matched skills": 2.5,
    "Missing skills": 2.0,
    "Status": 1.2,
}


@dataclass(slots=True)
class Ranking:
    """A ranking as exported: the column titles and one line of cells a candidate."""

    job_title: str | None  # None: every candidate, whatever job
    blind: bool
    header: list[str]
    lines: list[list[Cell]]

    def csv_text(self) -> str:
        """The ranking as the text of a CSV file, formulas defused."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(self.header)
        for line in self.lines:
            writer.writerow([_as_text(cell) for cell in line])
        return buffer.getvalue()

    def pdf(self, today: date | None = None) -> bytes:
        """The ranking as a printable PDF: the columns a page has room for."""
        kept = [n for n, title in enumerate(self.header) if title in _PRINTED]
        status = self.header.index("Status")
        screened = sum(1 for line in self.lines if line[status] == STATUS_LABELS["ok"])
        about = [f"{screened} screened"]
        if screened < len(self.lines):
            about.append(f"{len(self.lines) - screened} not read")
        about.append(f"exported {(today or date.today()).isoformat()}")
        if self.blind:
            about.append("blind review: codes instead of names")
        title = f"Ranking: {self.job_title}" if self.job_title else "All candidates"
        return build_table_pdf(
            TableReport(
                title=title,
                subtitle=" · ".join(about),
                header=[self.header[n] for n in kept],
                rows=[[str(line[n]) for n in kept] for line in self.lines],
                weights=[_PRINTED[self.header[n]] for n in kept],
                footer=f"Recruiter Kit · {title}",
            )
        )


def ranking_header(job: bool, blind: bool) -> list[str]:
    """The column titles: against a job with its rank and match, in blind review without
    identity. Without a job the order is kept but not called a rank: each candidate's
    score is against the job they were last screened for."""
    columns = ["Rank"] if job else []
    columns += ["Code"] if blind else ["Name", "Code"]
    if job:
        columns.append("Score")
    columns += ["Level", "Years", "Green flags", "Yellow flags"]
    if job:
        columns += ["Matched skills", "Matched, only listed", "Missing skills", "Knock-outs"]
    columns.append("Status")
    if not blind:
        columns += ["Email", "Phone", "File", "Problem"]
    return columns


def ranking_line(
    rank: int | None,
    row: ScreeningRow,
    result: ScreeningResult | None,
    *,
    job: bool,
    blind: bool,
) -> list[Cell]:
    """One candidate's cells, in the order of `ranking_header(job, blind)`.

    What the screening found (score, level, years, flags, match) is taken from
    the stored result, so a re-screen saved while the export runs cannot pair
    one state's score with another's skills.
    """
    shown = result if row.status == "ok" else None
    match = shown.match if shown else None
    code = row.code or ("(unreadable)" if blind and row.candidate_id is None else "")
    cells: list[Cell] = ["" if rank is None else rank] if job else []
    cells += [code] if blind else [row.name or "", code]
    if job:
        cells.append("" if match is None else match.score)
    years = shown.years_experience if shown else None
    cells += [
        (shown.level if shown else None) or "",
        "" if years is None else f"{years:.1f}",
        _joined(flag.label for flag in shown.green_flags) if shown else "",
        _joined(flag.label for flag in shown.yellow_flags) if shown else "",
    ]
    if job:
        if match is None:
            cells += ["", "", "", ""]
        else:
            cells += [
                _joined(match.matched),
                _joined(match.matched_listed_only),
                _joined(match.missing),
                _joined(match.knockouts),
            ]
    cells.append(STATUS_LABELS.get(row.status, row.status))
    if not blind:
        contact = result.contact if result is not None else None
        cells += [
            row.email or (contact.email if contact else None) or "",
            (contact.phone if contact else None) or "",
            row.filename,
            row.error or "",
        ]
    return cells


def export_ranking(
    service: ScreeningService,
    path: Path,
    job_id: int | None,
    *,
    blind: bool = False,
    token: CancelToken | None = None,
) -> LongJob[Path]:
    """Write the ranking of `job_id` (every candidate when None) to `path`: a PDF when
    its name ends in .pdf, else CSV.

    The file is written whole at the end, so a cancelled or failed export
    leaves no file and an earlier one with that name untouched. Returns the
    path written.
    """
    ranked = yield from ranking(service, job_id, blind=blind, token=token)
    yield Progress(0, 0, f"Writing {path.name}")  # the last point a cancel is heard
    if path.suffix.lower() == ".pdf":
        data = ranked.pdf()
    else:
        data = ranked.csv_text().encode(_FILE_ENCODING)
    return write_atomic(path, data)


def ranking(
    service: ScreeningService,
    job_id: int | None,
    *,
    blind: bool = False,
    token: CancelToken | None = None,
) -> LongJob[Ranking]:
    """The ranking of `job_id` (every candidate when None), best first, read a chunk at
    a time."""
    title = service.job(job_id).title if job_id is not None else None  # unknown: an error
    rows = sorted(service.rank(job_id), key=ranking_order)
    total = len(rows)
    yield Progress(0, total, "Exporting the ranking")
    job = job_id is not None
    ranked = Ranking(title, blind, ranking_header(job, blind), [])
    for start in range(0, total, EXPORT_CHUNK):
        if token is not None:
            token.raise_if_cancelled()
        chunk = rows[start : start + EXPORT_CHUNK]
        results = service.findings([row.screening_id for row in chunk])
        for number, row in enumerate(chunk, start + 1):
            # The ranking order puts every readable file before those that were not read.
            rank = number if row.status == "ok" else None
            result = results.get(row.screening_id)
            ranked.lines.append(ranking_line(rank, row, result, job=job, blind=blind))
        done = start + len(chunk)
        yield Progress(done, total, f"Exported {done} of {total}")
    return ranked


def _joined(items: Iterable[str]) -> str:
    return _JOINER.join(items)


def _as_text(cell: Cell) -> Cell:
    """A cell a spreadsheet shows as written: one that would start a formula is quoted."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell
