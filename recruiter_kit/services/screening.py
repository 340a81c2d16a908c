"""Importing resumes, ranking candidates against a job, and re-screening.

Each imported file is stored in its own transaction: the original bytes, the
text reading produced, the candidate (new, or an existing one with the same
email or phone) and the screening. A file that fails is still stored with its
error, so nothing a user imported is lost and the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from recruiter_kit.core.errors import DocumentError, InvalidInputError
from recruiter_kit.core.models import Candidate, Document, DocumentStatus, Job
from recruiter_kit.core.progress import CancelToken, Progress
from recruiter_kit.core.progress import Job as LongJob
from recruiter_kit.screening.reading import sniff_media_type
from recruiter_kit.screening.results import JobCriteria, ScreeningResult
from recruiter_kit.services.importing import (
    INLINE_FILES_PER_TASK,
    Pending,
    Screened,
    ScreeningStream,
    collect_files,
    encode_stored,
    plain,
    read_original,
)
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.repositories import (
    CandidateRepository,
    DocumentRepository,
    JobRepository,
)
from recruiter_kit.storage.screening_repository import (
    ImportRepository,
    NewScreening,
    ScreeningRepository,
    ScreeningRow,
)

__all__ = [
    "CandidateDetail",
    "FileOutcome",
    "ImportSummary",
    "KnownCandidate",
    "ResumeLinks",
    "ScreeningRow",
    "ScreeningService",
    "candidate_code",
    "criteria_from_job",
]

#: How many stored results a re-screen loads and re-matches between progress reports.
RESCREEN_CHUNK = 100


@dataclass(slots=True)
class FileOutcome:
    """What became of one file of an import."""

    path: Path
    status: str  # "ok", "needs_ocr" or "error"
    error: str | None = None
    stored: bool = False
    document_id: int | None = None
    screening_id: int | None = None
    candidate_id: int | None = None
    candidate_code: str | None = None
    duplicate: bool = False
    linked_by: str | None = None  # "email" or "phone": joined a candidate already known
    added_to_job: str | None = None  # a duplicate newly screened for this job (its title)
    screened: Screened | None = field(default=None, repr=False)

    @property
    def failed(self) -> bool:
        return self.status != "ok"

    @property
    def data(self) -> dict[str, Any] | None:
        """The screening as plain data (`ScreeningResult` fields), decoded on demand
        (a batch mostly never asks)."""
        return self.screened.data() if self.screened is not None else None

    @property
    def result(self) -> ScreeningResult | None:
        """The screening as objects, built on demand."""
        return self.screened.result() if self.screened is not None else None


@dataclass(slots=True)
class ImportSummary:
    total: int = 0
    ok: int = 0
    needs_ocr: int = 0
    errors: int = 0
    duplicates: int = 0
    added_to_job: int = 0
    linked: int = 0
    cancelled: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def failures(self) -> int:
        return self.needs_ocr + self.errors

    def count(self, outcome: FileOutcome) -> None:
        if outcome.status == "ok":
            self.ok += 1
        elif outcome.status == "needs_ocr":
            self.needs_ocr += 1
        else:
            self.errors += 1
        self.duplicates += outcome.duplicate
        self.added_to_job += outcome.added_to_job is not None
        self.linked += outcome.linked_by is not None
        if outcome.failed and outcome.error and len(self.problems) < 200:
            self.problems.append(outcome.error)


@dataclass(slots=True)
class KnownCandidate:
    """Another candidate a resume could belong to, and what they share with it."""

    candidate_id: int
    name: str
    code: str
    shared: str  # "email" or "phone"


@dataclass(slots=True)
class ResumeLinks:
    """How one resume relates to candidates, so a wrong match by email or phone can be undone.

    Attributes:
        resumes: file names of all resumes of its candidate, first imported first.
        linked_by: "email" or "phone" when this resume joined a candidate already
            known from an earlier resume; None for the candidate's first resume.
        matches: other candidates who share this resume's email or phone; the
            resume can be linked to one of them (which also undoes a split).
    """

    resumes: list[str] = field(default_factory=list)
    linked_by: str | None = None
    matches: list[KnownCandidate] = field(default_factory=list)

    @property
    def can_split(self) -> bool:
        return len(self.resumes) > 1


@dataclass(slots=True)
class CandidateDetail:
    """Everything the detail pane shows about one screened document."""

    row: ScreeningRow
    candidate: Candidate | None
    document: Document
    result: ScreeningResult
    job: Job | None
    links: ResumeLinks = field(default_factory=ResumeLinks)


def criteria_from_job(job: Job) -> JobCriteria:
    knockouts = job.details.get("knockouts") if isinstance(job.details, dict) else None
    return JobCriteria(
        job_id=job.id,
        title=job.title,
        level=job.level.value if job.level else None,
        required=list(job.required_skills),
        nice_to_have=list(job.nice_to_have_skills),
        knockouts=[str(item) for item in knockouts or []],
    )


def candidate_code(document_sha256: str, attempt: int = 0) -> str:
    """A stable pseudonym: the same first resume always gives the same code."""
    digest = hashlib.sha256(f"candidate:{document_sha256}".encode()).hexdigest().upper()
    return "C-" + digest[: 6 + 2 * attempt]


def normalise_phone(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return None
    return ("+" if phone.strip().startswith("+") else "") + digits


def stored_result(result: ScreeningResult) -> dict[str, Any]:
    """The result as stored (`encode_stored`): the text lives once, on the document, and
    each evidence line's text once in the result."""
    data: dict[str, Any] = json.loads(encode_stored(result))
    return data


#: How the candidate list and its exports name a screening's status.
STATUS_LABELS = {"ok": "Screened", "needs_ocr": "Needs OCR", "error": "Failed"}


def ranking_order(entry: Any) -> tuple[bool, int, int, int]:
    """Sort key of a ranking, best first: screened before unread, then score, more green
    flags, fewer yellow. `entry` is anything with `status`, `score`, `green`, `yellow`."""
    return (entry.status != "ok", -(entry.score or 0), -entry.green, entry.yellow)


class ScreeningService:
    """Use cases of the Candidates workspace and `recruiter-kit screen`."""

    def __init__(self, database: Database, screener: Any = None) -> None:
        self._db = database
        self._screener = screener

    @property
    def screener(self) -> Any:
        """The in-process screener, made on first use (loading the taxonomy takes a moment)."""
        if self._screener is None:
            from recruiter_kit.screening.screener import Screener

            self._screener = Screener()
        return self._screener

    # --- jobs ---------------------------------------------------------------------

    def job(self, job_id: int) -> Job:
        with self._db.session() as session:
            return JobRepository(session).get(job_id)

    def criteria_for_job(self, job_id: int) -> JobCriteria:
        return criteria_from_job(self.job(job_id))

    # --- import -------------------------------------------------------------------

    def import_files(
        self,
        paths: Iterable[Path],
        *,
        job_id: int | None = None,
        criteria: JobCriteria | None = None,
        workers: int = 1,
        on_file: Callable[[FileOutcome], None] | None = None,
        token: CancelToken | None = None,
        low_priority: bool = False,
        inline_batch: int = INLINE_FILES_PER_TASK,
        isolated: bool = False,
    ) -> LongJob[ImportSummary]:
        """Import and screen files and folders; a generator yielding progress after each file.

        Args:
            paths: files and folders (searched recursively).
            job_id: the job the candidates apply for; their screenings are matched to it.
            criteria: match against these instead of the job's (e.g. from a job file).
            workers: screening processes; 1 screens in this process unless `isolated`.
            on_file: called with each file's outcome as soon as it is stored.
            token: checked between files; a cancelled import keeps what it stored.
            low_priority: run worker processes at a lower CPU priority (the desktop
                app does, so the window stays responsive).
            inline_batch: files screened together when one worker screens, stage by
                stage (`Screener.screen_many`); 1 reports each file as soon as it is
                stored.
            isolated: screen in a worker process even with one worker. A file made
                to stall a reader's C code cannot be stopped in this process; in a
                worker it is stopped after `TASK_DEADLINE_S` and the batch goes on.
                The desktop app and the command line always isolate.
        """
        if criteria is None and job_id is not None:
            criteria = self.criteria_for_job(job_id)
        stream = ScreeningStream(
            workers,
            criteria,
            lambda: self.screener,
            low_priority=low_priority,
            inline_batch=inline_batch,
            isolated=isolated,
        )
        with stream:  # worker processes start here, and get ready while files are collected
            collected = collect_files(paths)
            summary = ImportSummary(total=collected.total)
            report = _Reporter(summary, on_file)
            for path, reason in collected.skipped:
                yield report(FileOutcome(path=path, status="error", error=reason))
            known = self._known_shas()
            # Worker processes fork only when no thread runs beside this one (see
            # isolation.start_method), so the log is copied aside by a thread only when one
            # worker screens: inline, or in the one process the stream started above (a
            # pool rebuilt after a crash, with this thread running, gets a fork server).
            with self._db.connection(checkpoint_aside=workers <= 1) as connection:
                # A cancel starts no new file. Files screened inline come back a whole
                # batch at once and are stored before the next check; workers' tasks
                # still in flight are dropped.
                for path in collected.files:
                    if token is not None and token.cancelled:
                        summary.cancelled = True
                        return summary
                    ready = stream.put(self._prepare(path, known, collected.sources[path]))
                    for pending in ready:
                        yield report(self._finish(stream, pending, connection, job_id, criteria))
                for pending in stream.drain():
                    yield report(self._finish(stream, pending, connection, job_id, criteria))
        return summary

    def _prepare(self, path: Path, known: set[str], source: str | None = None) -> Pending:
        try:
            data = read_original(path)
        except (OSError, ValueError) as error:
            message = str(error) if isinstance(error, ValueError) else _os_message(path, error)
            return Pending(path=path, error=message)
        sha = hashlib.sha256(data).hexdigest()
        if sha in known:
            return Pending(path=path, sha256=sha, duplicate_of=sha)
        known.add(sha)
        return Pending(path=path, data=data, sha256=sha, source=source)

    def _known_shas(self) -> set[str]:
        """Content hashes of every stored document, read once per import.

        Checking each file against this set, rather than asking the database,
        keeps an import at one transaction per file; a file another process
        stores meanwhile is still caught by the unique hash when it is stored.
        """
        with self._db.session() as session:
            return ScreeningRepository(session).document_hashes()

    def _finish(
        self,
        stream: ScreeningStream,
        pending: Pending,
        connection: Connection,
        job_id: int | None,
        criteria: JobCriteria | None,
    ) -> FileOutcome:
        if pending.error is not None:
            return FileOutcome(path=pending.path, status="error", error=pending.error)
        if pending.duplicate_of is not None:
            return self._duplicate(pending.path, pending.duplicate_of, job_id, criteria)
        screened = stream.result(pending)
        try:
            return self._store(pending, screened, connection, job_id)
        except IntegrityError as error:
            if pending.sha256 is None or not self._stored_meanwhile(pending.sha256):
                return _not_stored(pending.path, error, screened)
            return self._duplicate(pending.path, pending.sha256, job_id, criteria)
        except SQLAlchemyError as error:
            return _not_stored(pending.path, error, screened)
        finally:
            pending.data = None

    def _stored_meanwhile(self, sha: str) -> bool:
        with self._db.session() as session:
            return ScreeningRepository(session).document_exists(sha)

    def _store(
        self, pending: Pending, screened: Screened, connection: Connection, job_id: int | None
    ) -> FileOutcome:
        """One file, one transaction: candidate, document (with its original bytes), screening."""
        assert pending.data is not None and pending.sha256 is not None
        outcome = FileOutcome(
            path=pending.path, status=screened.status, error=screened.error, screened=screened
        )
        with connection.begin():
            writes = ImportRepository(connection)
            if screened.status == "ok":
                self._attach_candidate(writes, outcome, screened.contact, pending.sha256, job_id)
            outcome.document_id = writes.add_document(
                _document(pending, screened, outcome.candidate_id), pending.data
            )
            outcome.screening_id = writes.add(
                _new_screening_of(outcome.document_id, outcome.candidate_id, job_id, screened)
            )
        outcome.stored = True
        return outcome

    def _attach_candidate(
        self,
        screenings: ImportRepository,
        outcome: FileOutcome,
        contact: dict[str, Any],
        sha: str,
        job_id: int | None,
    ) -> None:
        email = (contact.get("email") or "").strip().lower() or None
        phone = normalise_phone(contact.get("phone"))
        code = candidate_code(sha)
        known = screenings.import_lookup(email, phone, code)
        if known.candidate_id is not None and known.code is not None:
            candidate_id, code, outcome.linked_by = known.candidate_id, known.code, known.matched_by
            if known.job_id is None and job_id is not None:
                screenings.assign_candidate_to_job(candidate_id, job_id)
        else:
            attempt = 0
            taken = known.code_taken
            while taken:
                attempt += 1
                code = candidate_code(sha, attempt)
                taken = screenings.code_taken(code)
            candidate_id = screenings.add_candidate(
                Candidate(
                    id=None,
                    name=_display_name(contact.get("name"), outcome.path),
                    code=code,
                    email=email,
                    phone=phone,
                    location=contact.get("location"),
                    links=list(contact.get("links") or []),
                    job_id=job_id,
                )
            )
        outcome.candidate_id = candidate_id
        outcome.candidate_code = code

    def _duplicate(
        self, path: Path, sha: str, job_id: int | None, criteria: JobCriteria | None
    ) -> FileOutcome:
        """A file whose bytes are already stored: nothing is read or stored again.

        Imported for a job it is not yet screened for, the stored result is
        matched against that job and joins its ranking: an earlier import with
        no job moves into it, and one made for another job gets a second
        screening of the same document (one candidate applying to two openings).
        """
        with self._db.session() as session:
            document = DocumentRepository(session).find_by_sha256(sha)
            assert document is not None and document.id is not None
            screenings = ScreeningRepository(session)
            row = _screening_to_use(screenings.rows_for_document(document.id), job_id)
            result = _result_from_stored(
                screenings.result(row.screening_id) if row else {}, document
            )
            if criteria is not None and result.status == "ok":
                result.match = self.screener.match(result, criteria)
            if result.error:
                result.error = duplicate_error(path, document.filename, result.error)
            outcome = FileOutcome(
                path=path,
                status=result.status,
                error=result.error,
                stored=True,
                document_id=document.id,
                screening_id=row.screening_id if row else None,
                candidate_id=row.candidate_id if row else None,
                candidate_code=row.code if row else None,
                duplicate=True,
                screened=Screened.of(result),
            )
            if row is not None and job_id is not None:
                self._screen_duplicate_for_job(session, screenings, row, result, job_id, outcome)
        return outcome

    def _screen_duplicate_for_job(
        self,
        session: Session,
        screenings: ScreeningRepository,
        row: ScreeningRow,
        result: ScreeningResult,
        job_id: int,
        outcome: FileOutcome,
    ) -> None:
        if row.job_id != job_id:
            outcome.added_to_job = JobRepository(session).get(job_id).title
        outcome.screening_id = _screen_for_job(screenings, row, result, job_id)

    # --- ranking and re-screening -------------------------------------------------

    def rank(self, job_id: int | None = None) -> list[ScreeningRow]:
        """The candidate list: best score first, one line per candidate (their latest
        resume), plus every document that could not be read."""
        with self._db.session() as session:
            rows = ScreeningRepository(session).rows(job_id)
        latest: dict[int, int] = {}
        for row in rows:
            if row.candidate_id is not None:
                latest[row.candidate_id] = max(latest.get(row.candidate_id, 0), row.screening_id)
        return [
            row
            for row in rows
            if row.candidate_id is None or latest[row.candidate_id] == row.screening_id
        ]

    def rescreen_job(self, job_id: int, token: CancelToken | None = None) -> LongJob[int]:
        """Re-match every stored screening of a job against the job as it is now.

        Nothing is read again: the stored results are matched anew, all in one
        transaction, so a cancelled re-screen changes nothing.
        """
        criteria = self.criteria_for_job(job_id)
        with self._db.session() as session:
            screenings = ScreeningRepository(session)
            ids = screenings.readable_for_job(job_id)
            total = len(ids)
            yield Progress(0, total, "Re-screening")
            for start in range(0, total, RESCREEN_CHUNK):
                for screening_id in ids[start : start + RESCREEN_CHUNK]:
                    self._rematch(screenings, screening_id, criteria)
                if token is not None:
                    token.raise_if_cancelled()
                done = min(total, start + RESCREEN_CHUNK)
                yield Progress(done, total, f"Re-screened {done} of {total}")
        return total

    def _rematch(
        self, screenings: ScreeningRepository, screening_id: int, criteria: JobCriteria
    ) -> None:
        data = screenings.result(screening_id)
        result = ScreeningResult.from_dict(data)
        result.match = self.screener.match(result, criteria)
        data["match"] = _match_dict(result)
        screenings.set_match(screening_id, result.match.score, data)

    # --- detail -------------------------------------------------------------------

    def detail(self, screening_id: int) -> CandidateDetail:
        with self._db.session() as session:
            screenings = ScreeningRepository(session)
            row = screenings.row(screening_id)
            data = screenings.result(screening_id)
            document = DocumentRepository(session).get(row.document_id)
            candidate = (
                CandidateRepository(session).get(row.candidate_id)
                if row.candidate_id is not None
                else None
            )
            job = JobRepository(session).get(row.job_id) if row.job_id is not None else None
            result = _result_from_stored(data, document)
            links = self._links(session, row, result)
        return CandidateDetail(
            row=row, candidate=candidate, document=document, result=result, job=job, links=links
        )

    def findings(self, screening_ids: list[int]) -> dict[int, ScreeningResult]:
        """The stored result of each screening that has one (a file that could not be read
        has none), without the resume's full text. Ask for a few at a time: each holds the
        lines of its evidence."""
        with self._db.session() as session:
            return {
                screening_id: ScreeningResult.from_dict(data)
                for screening_id, data in ScreeningRepository(session).results(screening_ids)
                if data
            }

    def original(self, document_id: int) -> bytes:
        """The bytes the user imported, exactly as they were."""
        with self._db.session() as session:
            return DocumentRepository(session).content(document_id)

    # --- which candidate a resume belongs to ----------------------------------------

    def split_resume(self, screening_id: int) -> int:
        """Make a resume matched to a known candidate (by email or phone) a candidate of its own.

        The new candidate takes the resume's own contact details and keeps its
        screenings, so it stays in every ranking it was in. `link_resume` with
        the old candidate undoes it. Returns the new candidate's id.

        Raises:
            InvalidInputError: the resume has no candidate, or is their only resume.
        """
        with self._db.session() as session:
            screenings = ScreeningRepository(session)
            row = screenings.row(screening_id)
            if row.candidate_id is None:
                raise InvalidInputError(f"{row.filename} could not be read, so has no candidate.")
            if len(screenings.candidate_documents(row.candidate_id)) < 2:
                raise InvalidInputError(f"{row.filename} is already its candidate's only resume.")
            document = DocumentRepository(session).get(row.document_id)
            contact = screenings.result(screening_id).get("contact") or {}
            attempt = 0
            while screenings.code_taken(candidate_code(document.sha256, attempt)):
                attempt += 1
            candidate_id = screenings.add_candidate(
                Candidate(
                    id=None,
                    name=_display_name(contact.get("name"), Path(row.filename)),
                    code=candidate_code(document.sha256, attempt),
                    email=(contact.get("email") or "").strip().lower() or None,
                    phone=normalise_phone(contact.get("phone")),
                    location=contact.get("location"),
                    links=list(contact.get("links") or []),
                    job_id=row.job_id,
                )
            )
            screenings.move_document(row.document_id, candidate_id)
        return candidate_id

    def link_resume(self, screening_id: int, candidate_id: int) -> bool:
        """Give a resume (with all its screenings) to another candidate, e.g. to undo a split.

        A candidate left with no resume and nothing else recorded about them is
        removed. Returns True when that happened.

        Raises:
            InvalidInputError: the resume has no candidate.
            NotFoundError: there is no such candidate.
        """
        with self._db.session() as session:
            screenings = ScreeningRepository(session)
            row = screenings.row(screening_id)
            if row.candidate_id is None:
                raise InvalidInputError(f"{row.filename} could not be read, so has no candidate.")
            CandidateRepository(session).get(candidate_id)
            if row.candidate_id == candidate_id:
                return False
            screenings.move_document(row.document_id, candidate_id)
            return screenings.delete_candidate_if_unused(row.candidate_id)

    def assign_to_job(self, candidate_id: int, job_id: int) -> int:
        """Put a candidate's resumes into a job's ranking, matched against it (nothing re-read).

        For candidates imported without a job, whose screenings no ranking shows.
        Returns how many resumes were added to the job.
        """
        with self._db.session() as session:
            criteria = criteria_from_job(JobRepository(session).get(job_id))
            CandidateRepository(session).get(candidate_id)
            screenings = ScreeningRepository(session)
            added = 0
            for document_id, _name in screenings.candidate_documents(candidate_id):
                row = _screening_to_use(screenings.rows_for_document(document_id), job_id)
                if row is None or row.job_id == job_id:
                    continue
                result = ScreeningResult.from_dict(screenings.result(row.screening_id))
                if result.status == "ok":
                    result.match = self.screener.match(result, criteria)
                _screen_for_job(screenings, row, result, job_id)
                added += 1
            if not added:
                screenings.assign_candidate_to_job(candidate_id, job_id)
        return added

    def _links(self, session: Session, row: ScreeningRow, result: ScreeningResult) -> ResumeLinks:
        if row.candidate_id is None:
            return ResumeLinks()
        screenings = ScreeningRepository(session)
        documents = screenings.candidate_documents(row.candidate_id)
        email = (result.contact.email or "").strip().lower() or None
        shared = dict(
            screenings.candidates_sharing_contact(email, normalise_phone(result.contact.phone))
        )
        joined = len(documents) > 1 and documents[0][0] != row.document_id
        candidates = CandidateRepository(session)
        matches = []
        for other_id, what in shared.items():
            if other_id != row.candidate_id:
                other = candidates.get(other_id)
                matches.append(KnownCandidate(other_id, other.name, other.code, what))
        return ResumeLinks(
            resumes=[name for _id, name in documents],
            linked_by=shared.get(row.candidate_id) if joined else None,
            matches=matches,
        )


class _Reporter:
    """Counts each outcome, hands it on, and turns it into a progress report."""

    def __init__(
        self, summary: ImportSummary, on_file: Callable[[FileOutcome], None] | None
    ) -> None:
        self._summary = summary
        self._on_file = on_file
        self._done = 0

    def __call__(self, outcome: FileOutcome) -> Progress:
        self._done += 1
        self._summary.count(outcome)
        if self._on_file is not None:
            self._on_file(outcome)
        return Progress(
            self._done,
            self._summary.total,
            f"Imported {outcome.path.name}",
            self._summary.failures,
        )


def _not_stored(path: Path, error: SQLAlchemyError, screened: Screened) -> FileOutcome:
    message = f"{path.name}: could not be stored in the database: {error}"
    return FileOutcome(path=path, status="error", error=message, screened=screened)


_DOCUMENT_STATUS = {"ok": DocumentStatus.OK, "needs_ocr": DocumentStatus.NEEDS_OCR}


def _document(pending: Pending, screened: Screened, candidate_id: int | None) -> Document:
    assert pending.data is not None and pending.sha256 is not None
    try:
        media_type = sniff_media_type(pending.data, pending.path.name)
    except DocumentError:
        media_type = "application/octet-stream"
    status = _DOCUMENT_STATUS.get(screened.status, DocumentStatus.ERROR)
    return Document(
        id=None,
        filename=pending.path.name,
        sha256=pending.sha256,
        size=len(pending.data),
        media_type=media_type,
        status=status,
        error=screened.error,
        text=screened.text or None,
        candidate_id=candidate_id,
        source_path=pending.source or str(pending.path.resolve()),
    )


def _new_screening_of(
    document_id: int, candidate_id: int | None, job_id: int | None, screened: Screened
) -> NewScreening:
    """A new file's screening; its result goes in as the JSON the screening made."""
    keep_match = job_id is not None
    return NewScreening(
        document_id=document_id,
        candidate_id=candidate_id,
        job_id=job_id,
        status=screened.status,
        error=screened.error,
        score=screened.score if keep_match else None,
        level=screened.level,
        years=screened.years,
        green=screened.green,
        yellow=screened.yellow,
        result=screened.stored_json(keep_match),
    )


def _screen_for_job(
    screenings: ScreeningRepository, row: ScreeningRow, result: ScreeningResult, job_id: int
) -> int:
    """Put a stored screening (already matched to the job) into a job's ranking.

    A screening with no job, or one for this job, is updated; one for another
    job stays as it is and a new screening of the same document is added. A
    candidate who had no job gets this one. Returns the screening now in the job.
    """
    if row.job_id is None or row.job_id == job_id:
        screenings.set_job(row.screening_id, job_id)
        if result.match is not None:
            screenings.set_match(row.screening_id, result.match.score, stored_result(result))
        screening_id = row.screening_id
    else:
        new = _new_screening_of(row.document_id, row.candidate_id, job_id, Screened.of(result))
        screening_id = screenings.add(new)
    if row.candidate_id is not None:
        _, current_job = screenings.candidate_code_and_job(row.candidate_id)
        if current_job is None:
            screenings.assign_candidate_to_job(row.candidate_id, job_id)
    return screening_id


def _screening_to_use(rows: list[ScreeningRow], job_id: int | None) -> ScreeningRow | None:
    """Of a document's screenings: the one for this job, else one with no job, else the first."""
    if job_id is not None:
        for wanted in (job_id, None):
            found = next((row for row in rows if row.job_id == wanted), None)
            if found is not None:
                return found
    return rows[0] if rows else None


def _result_from_stored(data: dict[str, Any], document: Document) -> ScreeningResult:
    if not data:
        return ScreeningResult(
            status=document.status.value, error=document.error, text=document.text or ""
        )
    return ScreeningResult.from_dict({**data, "text": document.text or ""})


def _match_dict(result: ScreeningResult) -> dict[str, Any] | None:
    return plain(result.match) if result.match else None


def duplicate_error(path: Path, earlier: str, error: str) -> str:
    """A stored file's error, told about the file the user gave now.

    The stored message names the file as it was first imported; reporting it
    unchanged for a copy under another name would name the wrong file.
    """
    prefix = f"{earlier}: "
    reason = error[len(prefix) :] if error.startswith(prefix) else error
    if path.name == earlier:
        return f"{path.name}: already imported; {reason}"
    return f"{path.name}: identical to {earlier}, imported earlier; {reason}"


def _display_name(name: str | None, path: Path) -> str:
    name = (name or "").strip()
    return name[:200] if name else path.stem.replace("_", " ").replace("-", " ")[:200]


def _os_message(path: Path, error: OSError) -> str:
    return f"{path}: cannot be read ({error.strerror or error})"
