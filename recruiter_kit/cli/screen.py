"""`recruiter-kit screen`: import and screen resumes, print a ranking or JSON lines.

Every file is stored (see `ScreeningService.import_files`) and reported as
soon as it is done; a file that cannot be read is reported with its reason
and the command goes on. The exit status is non-zero only when the command
itself cannot run (bad arguments, unknown job, unusable database).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recruiter_kit.cli.common import open_db, print_json
from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.core.progress import Job as LongJob
from recruiter_kit.screening.results import JobCriteria, ScreeningResult
from recruiter_kit.services.blind import (
    blind_filename,
    blind_label,
    blind_message,
    blind_result,
)
from recruiter_kit.services.importing import plain
from recruiter_kit.services.job_criteria import criteria_from_file
from recruiter_kit.services.screening import (
    FileOutcome,
    ImportSummary,
    ScreeningService,
    ranking_order,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screen",
        help="import resumes (files or folders), screen them and rank them against a job",
        description="Import resumes into the database, screen them, and print a ranking "
        "(or one JSON object per file with --json).",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    job = parser.add_mutually_exclusive_group()
    job.add_argument("--job", type=int, metavar="ID", help="match against this stored job")
    job.add_argument(
        "--job-file",
        type=Path,
        metavar="FILE",
        help="match against a job description: text, or JSON "
        '{"title", "level", "required", "nice_to_have"}',
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=min(2, os.cpu_count() or 1),
        metavar="N",
        help="screening processes (default: %(default)s)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.add_argument(
        "--blind", action="store_true", help="hide names, contact details, links and schools"
    )
    parser.set_defaults(func=_screen)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {value!r}")
    return number


def _screen(args: argparse.Namespace) -> int:
    service = ScreeningService(open_db(args))
    criteria: JobCriteria | None = None
    if args.job is not None:
        criteria = service.criteria_for_job(args.job)
    elif args.job_file is not None:
        if not args.job_file.is_file():
            raise InvalidInputError(f"{args.job_file}: no such job file")
        criteria = criteria_from_file(args.job_file, service.screener)
    table = _Table(args.blind)
    show = (lambda outcome: _print_line(outcome, criteria, args.blind)) if args.json else table.add
    tally = _Tally(show)
    # Isolated: with one worker too, a file that stalls a reader is stopped, not waited on.
    job = service.import_files(
        args.paths,
        job_id=args.job,
        criteria=criteria,
        workers=args.workers,
        on_file=tally,
        isolated=True,
    )
    try:
        summary = tally.run(job)
    except KeyboardInterrupt:
        job.close()  # stops the worker processes; every file reported is stored
        if not args.json:
            table.print(criteria)
        print(f"recruiter-kit: {tally.cancelled_message()}", file=sys.stderr)
        return 130
    if not args.json:
        table.print(criteria)
        added = f" ({summary.added_to_job} added to this job)" if summary.added_to_job else ""
        print(
            f"\n{summary.total} files: {summary.ok} screened, {summary.needs_ocr} need OCR, "
            f"{summary.errors} failed, {summary.duplicates} already imported{added}, "
            f"{summary.linked} matched to a known candidate."
        )
    return 0


class _Tally:
    """Hands each stored file on to be shown, counting them, so Ctrl+C can say how far it got."""

    def __init__(self, show: Callable[[FileOutcome], None]) -> None:
        self._show = show
        self.done = 0
        self.total: int | None = None

    def __call__(self, outcome: FileOutcome) -> None:
        self.done += 1  # stored before it is shown
        self._show(outcome)

    def run(self, job: LongJob[ImportSummary]) -> ImportSummary:
        while True:
            try:
                progress = next(job)
            except StopIteration as stop:
                return stop.value
            self.total = progress.total

    def cancelled_message(self) -> str:
        if not self.done:
            return "cancelled before any file was imported."
        of = f" of {max(self.total, self.done)}" if self.total is not None else ""
        return f"cancelled after {self.done}{of} files; the {self.done} imported are kept."


def outcome_json(
    outcome: FileOutcome, criteria: JobCriteria | None, blind: bool = False
) -> dict[str, Any]:
    """The JSON object `screen --json` prints for one file."""
    data = outcome.data or plain(ScreeningResult(status=outcome.status, error=outcome.error))
    file = str(outcome.path)
    error = outcome.error
    if blind:
        result = ScreeningResult.from_dict(data)
        file = blind_filename(outcome.path, result, outcome.candidate_code, outcome.document_id)
        data = plain(blind_result(result, outcome.candidate_code))
        error = error and blind_message(error, outcome.path.name, file)
    line: dict[str, Any] = {
        "file": file,
        "candidate_id": outcome.candidate_id,
        "candidate_code": outcome.candidate_code,
        "document_id": outcome.document_id,
        "duplicate": outcome.duplicate,
        "added_to_job": outcome.added_to_job,
        "linked_by": outcome.linked_by,
        "status": outcome.status,
        "error": error,
    }
    for key in _RESULT_KEYS:
        line[key] = data.get(key)
    if criteria is not None:
        line["match"] = data.get("match")
    return line


_RESULT_KEYS = (
    "contact",
    "years_experience",
    "level",
    "skills",
    "green_flags",
    "yellow_flags",
    "metrics",
    "experience",
)


def _print_line(outcome: FileOutcome, criteria: JobCriteria | None, blind: bool) -> None:
    print_json(outcome_json(outcome, criteria, blind))
    sys.stdout.flush()


@dataclass(slots=True)
class _Line:
    score: int | None
    level: str
    years: str
    green: int
    yellow: int
    status: str
    who: str
    file: str
    note: str


class _Table:
    """The readable ranking: a few strings per file, printed once all are in."""

    def __init__(self, blind: bool) -> None:
        self._blind = blind
        self._lines: list[_Line] = []

    def add(self, outcome: FileOutcome) -> None:
        result = outcome.result or ScreeningResult(status=outcome.status, error=outcome.error)
        name = result.contact.name if outcome.candidate_id else None
        file = outcome.path.name
        note = outcome.error or ""
        if self._blind:
            file = blind_filename(
                outcome.path, outcome.result, outcome.candidate_code, outcome.document_id
            )
            note = blind_message(note, outcome.path.name, file)
        if outcome.added_to_job:
            note = f"already imported; added to {outcome.added_to_job}"
        elif outcome.duplicate:
            note = "already imported"
        elif outcome.linked_by:
            note = f"same {outcome.linked_by} as a known candidate"
        self._lines.append(
            _Line(
                score=result.match.score if result.match else None,
                level=result.level or "",
                years="" if result.years_experience is None else f"{result.years_experience:.1f}",
                green=len(result.green_flags),
                yellow=len(result.yellow_flags),
                status=outcome.status,
                who=blind_label(name, outcome.candidate_code, self._blind)
                if outcome.candidate_code
                else "",
                file=file,
                note=note,
            )
        )

    def print(self, criteria: JobCriteria | None) -> None:
        lines = sorted(self._lines, key=ranking_order)
        if criteria is not None:
            print(f"Ranked against: {criteria.title or 'the job'}")
        header = ("#", "Score", "Level", "Years", "Green", "Yellow", "Status", "Candidate", "File")
        print("{:>3}  {:>5}  {:<6}  {:>5}  {:>5}  {:>6}  {:<9}  {:<22}  {}".format(*header))
        for rank, line in enumerate(lines, start=1):
            score = "" if line.score is None else str(line.score)
            print(
                f"{rank:>3}  {score:>5}  {line.level:<6}  {line.years:>5}  {line.green:>5}  "
                f"{line.yellow:>6}  {line.status:<9}  {line.who[:22]:<22}  {line.file}"
                + (f"  ({line.note})" if line.note else "")
            )
