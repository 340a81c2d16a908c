"""Finding the files to import and screening them on worker processes.

Workers only turn files into a `Screened` (the result, encoded as it is stored;
reading a file again from the page cache is cheaper than piping its bytes to
them); the calling process reads and hashes files, stores documents and writes
to the database, so there is one writer.
At most a few files are in flight at once, which keeps memory flat however
many resumes a folder holds.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recruiter_kit.core.errors import RecruiterKitError
from recruiter_kit.screening.reading import MAX_FILE_BYTES, SUPPORTED_SUFFIXES
from recruiter_kit.screening.results import (
    LINES,
    Evidence,
    JobCriteria,
    ScreeningResult,
    with_full_evidence,
)
from recruiter_kit.services.isolation import memory_message, process_pool, stop_processes

#: Files in flight per worker: enough to keep every worker busy while the
#: writer stores the previous result, few enough to hold memory flat.
IN_FLIGHT_PER_WORKER = 3
#: Files screened in one worker task, stage by stage (`Screener.screen_many`): fewer
#: messages and wake-ups in the calling process, whose CPU the writer needs, and
#: each stage run over the task's files at once, at the price of results coming
#: in sixteens.
FILES_PER_TASK = 16
#: Files screened together when one worker screens inline, stage by stage, then
#: stored one after another: about 14% less time than file by file over 500
#: generated resumes (`bench/bench_screening.py` prints both). Results come 32 at a
#: time, about 0.1 s apart.
INLINE_FILES_PER_TASK = 32
#: Bytes of originals held while their files are screened: with large files,
#: fewer are in flight rather than more memory used.
MAX_WINDOW_BYTES = 64 * 1_048_576
#: Seconds the tasks still running when an import closes early (a cancel, an error) may
#: take to finish before their workers are stopped: a task of ordinary files takes less.
CLOSE_GRACE_S = 0.5
#: Seconds a worker task may keep its result waiting before its workers are stopped.
#: A resume reads in milliseconds and a heavy one in a second, but a crafted file
#: can hold a reader's C code for hours (a 3 KB PDF of nested forms keeps pdfium
#: drawing), and nothing inside the reader can interrupt it.
TASK_DEADLINE_S = 60.0


@dataclass(slots=True)
class CollectedFiles:
    """What a set of paths expands to: files to import and paths that will not be."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    #: Where each file really is (links resolved), found while collecting; stored
    #: with its document.
    sources: dict[Path, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.files) + len(self.skipped)


def collect_files(paths: Iterable[Path]) -> CollectedFiles:
    """Expand files and folders (recursively) into the files to import, in a stable order.

    A regular file named directly is always tried, so reading explains what is
    wrong with it; inside folders only supported types are taken, and the
    others are listed as skipped with the reason rather than dropped unseen.
    Anything that is not a regular file (a named pipe, a socket, a device) is
    skipped with its kind named: reading a pipe would wait for a writer forever.
    """
    collected = CollectedFiles()
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            collected.skipped.append((path, f"{path}: no such file or folder"))
            continue
        except OSError as error:
            collected.skipped.append((path, _os_message(path, error)))
            continue
        if stat.S_ISDIR(mode):
            _collect_folder(path, collected, seen)
        elif stat.S_ISREG(mode):
            _add_once(path, collected, seen)
        else:
            collected.skipped.append((path, not_regular_message(path, mode)))
    return collected


def _collect_folder(folder: Path, collected: CollectedFiles, seen: set[Path]) -> None:
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = Path(root) / name
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                reason = f"{path}: skipped, not a resume file type ({supported})"
                _skip_once(path, reason, collected, seen)
                continue
            try:
                mode = path.stat().st_mode
            except OSError as error:  # a dangling link, or one we may not follow
                _skip_once(path, _os_message(path, error), collected, seen)
                continue
            if stat.S_ISREG(mode):
                _add_once(path, collected, seen)
            else:
                _skip_once(path, not_regular_message(path, mode), collected, seen)


def _skip_once(path: Path, reason: str, collected: CollectedFiles, seen: set[Path]) -> None:
    resolved = path.resolve()
    if resolved not in seen:
        seen.add(resolved)
        collected.skipped.append((path, reason))


def _add_once(path: Path, collected: CollectedFiles, seen: set[Path]) -> None:
    resolved = path.resolve()
    if resolved not in seen:
        seen.add(resolved)
        collected.files.append(path)
        collected.sources[path] = str(resolved)


def not_regular_message(path: Path, mode: int) -> str:
    """Why a path that exists is not imported: it is not a regular file, and which kind it is."""
    if stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return f"{path}: skipped, {kind} is not a regular file"


def read_original(path: Path) -> bytes:
    """The file's bytes, refusing one too large to be a resume before reading it.

    The file is opened without blocking and checked to be a regular file on the
    open handle itself, so a path swapped for a named pipe after it was
    collected is refused rather than waited on forever.

    Raises:
        OSError: the file cannot be read; the message names it.
        ValueError: the file is over the size limit, or not a regular file.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ValueError(not_regular_message(path, status.st_mode))
        if status.st_size > MAX_FILE_BYTES:
            raise ValueError(
                f"{path}: {status.st_size / 1_048_576:.1f} MB is over the "
                f"{MAX_FILE_BYTES // 1_048_576} MB limit for one resume; not imported"
            )
        # Sized to the file: asking for the whole limit at once makes a buffer of
        # that size (20 MB) for every file, which took longer than reading one.
        data = handle.read(status.st_size + 1)
        if len(data) > status.st_size:  # it grew meanwhile: read on up to the limit
            data += handle.read(MAX_FILE_BYTES + 1 - len(data))
        return data


def _os_message(path: Path, error: OSError) -> str:
    return f"{path}: cannot be read ({error.strerror or error})"


# --- the worker side -------------------------------------------------------------

_worker_screener = None
_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """A dataclass tree as JSON-ready dicts and lists, without `asdict`'s deep copies."""
    kind = type(value)
    if kind in _SCALARS:  # most values: answered before any attribute look-up
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def _field_names(kind: type) -> tuple[str, ...] | None:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        fields = getattr(kind, "__dataclass_fields__", None)
        if fields is None:
            return None
        names = _FIELD_NAMES[kind] = tuple(fields)
    return names


_AS_DICT: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _shallow(value: Any) -> dict[str, Any]:
    # The JSON encoder asks this of each dataclass it meets (about 90 a resume,
    # most of them evidence lines) and walks the rest in C.
    as_dict = _AS_DICT.get(type(value))
    if as_dict is None:
        as_dict = _AS_DICT[type(value)] = _dict_maker(type(value))
    return as_dict(value)


def _dict_maker(kind: type) -> Callable[[Any], dict[str, Any]]:
    """A function giving a dataclass's fields as a dict, written out field by field.

    Generated the way `dataclasses` writes `__init__`: a dict display of plain
    attribute reads takes a third less time than a comprehension over the names.
    """
    names = _field_names(kind)
    if names is None:
        raise TypeError(f"{kind.__name__} cannot be stored as JSON")
    items = ", ".join(f"{name!r}: value.{name}" for name in names)  # fields are identifiers
    made: Callable[[Any], dict[str, Any]] = eval(f"lambda value: {{{items}}}")
    return made


# A result is a tree built by the screening, never a cycle: the encoder need not
# keep a set of the containers it is inside.
_ENCODER = json.JSONEncoder(default=_shallow, check_circular=False)


def encode_stored(result: ScreeningResult) -> str:
    """The result as the screenings table stores it: JSON without the text (stored once,
    on the document), each line's text once in a lines table, sections as ranges of
    line numbers into it (see `results`)."""
    fields = _shallow(result)
    del fields["text"]
    lines: dict[int, str] = {}
    if result.sections:
        fields["sections"] = _section_ranges(result.sections, result.text, lines)

    def reference(value: Any) -> Any:
        if type(value) is not Evidence:
            return _shallow(value)
        number = value.line_number
        if number is not None and lines.setdefault(number, value.line) == value.line:
            return [number, value.section]
        return {"line": value.line, "section": value.section, "line_number": number}

    # Filled while the encoder walks the fields before it, and encoded after them:
    # one pass, with no walk of the result to collect the lines first.
    fields[LINES] = lines
    # A new encoder per result because the lines table is this result's; the C
    # encoder behind it is made anew on every call anyway.
    return json.JSONEncoder(default=reference, check_circular=False).encode(fields)


def _section_ranges(
    sections: dict[str, list[str]], text: str, lines: dict[int, str]
) -> dict[str, list[Any]]:
    """Each section as `[first, last]` ranges of the text's line numbers, its lines put
    in `lines`; a section with a line the text does not hold keeps its lines' text."""
    numbered = text.split("\n")
    stored: dict[str, list[Any]] = {}
    for name, section in sections.items():
        ranges: list[list[int]] = []
        position = 0
        try:
            for line in section:
                number = numbered.index(line, position)
                if ranges and ranges[-1][1] == number - 1:
                    ranges[-1][1] = number
                else:
                    ranges.append([number, number])
                position = number + 1
        except ValueError:
            stored[name] = section
            continue
        for first, last in ranges:
            for number in range(first, last + 1):
                lines[number] = numbered[number]
        stored[name] = ranges
    return stored


@dataclass(slots=True)
class Screened:
    """One file's screening in the form the writer stores it.

    Made where the screening ran (a worker, or inline with one worker): the
    result is encoded to JSON there, once, so the writer neither converts nor
    encodes it, and a worker hands back a few strings and numbers, which pickle
    far cheaper than the result's tree. `data()` gives the plain dict on demand.
    """

    status: str  # "ok", "needs_ocr" or "error"
    error: str | None
    text: str
    contact: dict[str, Any]
    level: str | None
    years: float | None
    green: int
    yellow: int
    score: int | None  # the match's score; None when nothing was matched
    result_json: str  # `encode_stored`: every field but the text, the match included

    @classmethod
    def of(cls, result: ScreeningResult) -> Screened:
        return cls(
            status=result.status,
            error=result.error,
            text=result.text,
            contact=plain(result.contact),
            level=result.level,
            years=result.years_experience,
            green=len(result.green_flags),
            yellow=len(result.yellow_flags),
            score=result.match.score if result.match is not None else None,
            result_json=encode_stored(result),
        )

    def data(self) -> dict[str, Any]:
        """The screening as `plain` data (`ScreeningResult` fields), decoded anew on each call."""
        return with_full_evidence(self._with_text())

    def result(self) -> ScreeningResult:
        """The screening as objects, built from the stored form without making it plain first."""
        return ScreeningResult.from_dict(self._with_text())

    def _with_text(self) -> dict[str, Any]:
        stored = json.loads(self.result_json)
        return {
            "status": stored.pop("status"),
            "error": stored.pop("error"),
            "text": self.text,
        } | stored

    def stored_json(self, keep_match: bool) -> str:
        """The JSON stored with the screening; the match only when it is kept (it has a job)."""
        if keep_match or self.score is None:
            return self.result_json
        stored = json.loads(self.result_json)
        stored["match"] = None
        return _ENCODER.encode(stored)


def screen_many_to_stored(
    screener: Any, documents: list[tuple[bytes, str]], job: JobCriteria | None
) -> list[Screened]:
    """Screen a batch (bytes, filename) stage by stage and encode each result, so workers
    hand back cheap, storable data."""
    return [Screened.of(result) for result in screener.screen_many(documents, job)]


def _init_worker() -> None:
    """Build the worker's screener as it starts, beside the other workers.

    Rules a user broke are not raised here, where the pool would read them as a
    crash of every worker: each task builds the screener again and reports why.
    """
    with contextlib.suppress(RecruiterKitError):
        _screener_in_worker()


def _screener_in_worker() -> Any:
    global _worker_screener
    if _worker_screener is None:  # built once in each process
        from recruiter_kit.screening.screener import Screener

        _worker_screener = Screener()
    return _worker_screener


def _screen_file_in_worker(path: str, sha256: str, job: JobCriteria | None) -> Screened:
    """Read and screen a file the caller has already read and hashed."""
    return _screen_files_in_worker([(path, sha256)], job)[0]


def _screen_files_in_worker(
    files: list[tuple[str, str]], job: JobCriteria | None
) -> list[Screened]:
    """Read and screen files the caller has already read and hashed, in one task: one
    message each way, not one per file.

    Reading a file again here is far cheaper than piping its bytes over from
    the caller (the page cache holds it); the hash proves both read the same bytes.
    """
    screener = _screener_in_worker()
    screened: list[Screened | None] = []
    readable: list[tuple[bytes, str]] = []
    for path, sha256 in files:
        file = Path(path)
        try:
            data = read_original(file)
        except (OSError, ValueError) as error:
            screened.append(_failed(file, str(error)))
            continue
        if hashlib.sha256(data).hexdigest() != sha256:
            screened.append(
                _failed(file, "the file changed while it was being imported; import it again")
            )
            continue
        screened.append(None)
        readable.append((data, file.name))
    results = iter(screen_many_to_stored(screener, readable, job))
    return [next(results) if item is None else item for item in screened]


class _InlineExecutor(Executor):
    """Screens in the calling thread: one worker needs no second process."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to the caller like a pool would
            future.set_exception(error)
        return future


def make_executor(workers: int, low_priority: bool = False, isolated: bool = False) -> Executor:
    """An executor for `workers` screening processes (inline for one, unless `isolated`).

    Each worker builds its screener as it starts (`_init_worker`), all of them at
    once, rather than waiting for one built here first.
    """
    if workers <= 1 and not isolated:
        return _InlineExecutor()
    return process_pool(workers, _init_worker, low_priority=low_priority)


def _ready() -> None:
    """A task that only makes a pool start its workers."""


def _settle_long_lived(screener: Callable[[], Any] | None) -> None:
    """Take what outlives the import out of the garbage collector's sight until it ends.

    Modules, the taxonomy and the screener's compiled patterns live as long as
    the process, yet each full collection during an import walked them all
    again: about 3% of a one-worker import. Frozen before workers fork, they
    also stay shared with them rather than copied on the collector's first
    write (the advice of the `gc.freeze` documentation). The stream unfreezes
    them when it closes, so nothing stays out of reach for good.
    """
    gc.freeze()  # first, or building the screener sets off a full collection
    if screener is not None:
        screener()
        gc.freeze()


# --- the calling side ------------------------------------------------------------


@dataclass(slots=True)
class Pending:
    """A file on its way through screening. `data` is dropped once stored."""

    path: Path
    data: bytes | None = None
    sha256: str | None = None
    source: str | None = None  # the resolved path, when collecting found it
    error: str | None = None
    duplicate_of: str | None = None  # sha256 of an earlier file in the same batch
    future: Future | None = None
    slot: int | None = None  # its place in a task screening several files, if it is in one


class ScreeningStream:
    """Screens pending files in order with a bounded number in flight.

    `put` hands a file over (it is submitted when it carries bytes); `ready`
    yields the files whose results are in, oldest first, blocking only when
    the window is full. A worker that crashes, or stalls past `TASK_DEADLINE_S`,
    costs only the file that caused it: the pool is rebuilt and the rest resubmitted.
    """

    def __init__(
        self,
        workers: int,
        job: JobCriteria | None,
        screener: Callable[[], Any] | None = None,
        low_priority: bool = False,
        inline_batch: int = INLINE_FILES_PER_TASK,
        isolated: bool = False,
    ) -> None:
        self._workers = max(1, workers)
        self._low_priority = low_priority
        self._isolated = isolated
        #: Screening in this process: one worker, not isolated, and a screener to use.
        self._inline = self._workers == 1 and not isolated and screener is not None
        self._job = job
        self._screener = screener
        self._executor: Executor | None = None
        self._window: deque[Pending] = deque()
        self._task: list[Pending] = []  # files gathered for the next worker task
        self._window_bytes = 0
        self._per_task = FILES_PER_TASK if self._workers > 1 else max(1, inline_batch)

    def __enter__(self) -> ScreeningStream:
        # Worker processes build their own screeners, side by side: building one here
        # first, for forked workers to share, kept the other cores waiting for it.
        _settle_long_lived(self._screener if self._inline else None)
        try:
            self._executor = self._make_executor()
            if isinstance(self._executor, ProcessPoolExecutor):
                # Started now, the workers get ready while the caller collects its files.
                # (A pool that does not fork starts one worker for each task it is given.)
                for _ in range(self._workers):
                    self._executor.submit(_ready)
        except BaseException:
            gc.unfreeze()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.close()
        finally:
            gc.unfreeze()

    def close(self) -> None:
        if self._executor is not None:
            running = {p.future for p in self._window if p.future is not None}
            running = {future for future in running if not future.cancel() and not future.done()}
            if running:
                # Closed early (a cancel, an error): tasks still running are dropped, and
                # shutting down would wait for one stuck in a reader's C code. They get a
                # moment first: a worker killed while it sends its result leaves half a
                # message in the pipe, and the pool's reader waits for the rest for ever.
                _, stuck = wait(running, timeout=CLOSE_GRACE_S)
                if stuck:
                    stop_processes(self._executor)
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._window.clear()
        self._window_bytes = 0

    def _make_executor(self) -> Executor:
        return make_executor(self._workers, self._low_priority, self._isolated)

    def put(self, pending: Pending) -> Iterator[Pending]:
        if pending.data is not None:
            self._window_bytes += len(pending.data)
            self._task.append(pending)
            if len(self._task) >= self._per_task:
                self._send_task()
        self._window.append(pending)
        # Two tasks a worker: one running, one queued behind it.
        limit = self._workers * max(IN_FLIGHT_PER_WORKER, 2 * self._per_task)
        while self._window:
            head = self._window[0]
            full = len(self._window) > limit or self._window_bytes > MAX_WINDOW_BYTES
            if not full and not _is_done(head):
                break
            if head.future is None and head.data is not None:
                self._send_task()  # the head waits for a task not yet sent
            yield self._pop()

    def drain(self) -> Iterator[Pending]:
        self._send_task()
        while self._window:
            yield self._pop()

    def _pop(self) -> Pending:
        pending = self._window.popleft()
        self._window_bytes -= len(pending.data or b"")
        return pending

    def result(self, pending: Pending) -> Screened:
        """The screening of a file handed out by `put`/`drain`; never raises."""
        assert pending.future is not None
        shared = pending.slot is not None
        try:
            # Inline screening has finished by now; only a worker's can stall.
            value = pending.future.result(timeout=TASK_DEADLINE_S)
            return value if pending.slot is None else value[pending.slot]
        except (BrokenProcessPool, TimeoutError) as error:
            stalled = isinstance(error, TimeoutError)
            if stalled:
                stop_processes(self._executor)
            # Any file of a shared task may have crashed or stalled it: this one, sent
            # again alone and first, tells; behind the culprit it would wait for it.
            self._rebuild(first=pending if shared else None)
            if shared:
                return self.result(pending)
            if stalled:
                return _failed(
                    pending.path,
                    f"reading took longer than {TASK_DEADLINE_S:g} s and was stopped; the "
                    "file may be damaged or made to stall readers",
                )
            return _failed(
                pending.path, f"screening crashed its worker process; {memory_message()}"
            )
        except RecruiterKitError as error:  # the rules or word lists cannot be used
            return _failed(pending.path, str(error))
        except Exception as error:  # an engine bug must not stop the batch
            return _failed(pending.path, f"screening failed unexpectedly: {error}")

    def _send_task(self) -> None:
        if self._task:
            self._submit(self._task)
            self._task = []

    def _submit(self, task: list[Pending]) -> None:
        """Send files to be screened: inline as one batch, to a worker several in one
        task, or one alone."""
        assert self._executor is not None
        if self._inline:
            assert self._screener is not None
            documents = [(p.data, p.path.name) for p in task if p.data is not None]
            assert len(documents) == len(task)  # only files read by the caller are submitted
            future = self._executor.submit(
                screen_many_to_stored, self._screener(), documents, self._job
            )
            _share(future, task)
            return
        if len(task) > 1:
            files = [(str(p.path), p.sha256) for p in task if p.sha256 is not None]
            assert len(files) == len(task)  # the caller hashed every file it read
            _share(self._executor.submit(_screen_files_in_worker, files, self._job), task)
            return
        pending = task[0]
        pending.slot = None
        assert pending.sha256 is not None  # the caller hashed every file it read
        pending.future = self._executor.submit(
            _screen_file_in_worker, str(pending.path), pending.sha256, self._job
        )

    def _rebuild(self, first: Pending | None = None) -> None:
        """A new pool, given `first` and then every file still waiting, each on its own."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._make_executor()
        if first is not None:
            self._submit([first])
        for waiting in self._window:
            future = waiting.future
            # Results already in are kept; only what the broken pool lost goes again.
            if future is not None and (
                not future.done() or future.cancelled() or future.exception() is not None
            ):
                self._submit([waiting])


def _share(future: Future, task: list[Pending]) -> None:
    """Give every file of a task the task's future and its place in the task's results."""
    for slot, pending in enumerate(task):
        pending.future, pending.slot = future, slot


def _is_done(pending: Pending) -> bool:
    if pending.future is None:
        return pending.data is None  # nothing to screen, or not sent yet
    return pending.future.done()


def _failed(path: Path, message: str) -> Screened:
    return Screened.of(ScreeningResult(status="error", error=f"{path.name}: {message}"))
