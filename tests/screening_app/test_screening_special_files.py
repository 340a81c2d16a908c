"""Named pipes, sockets and folders with resume-like names never hang or mislead an import.

Reading a named pipe blocks until something writes to it, so each test that
could hang runs the import on a thread with a deadline, and opens the pipe for
writing afterwards to release a thread that is stuck on it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from screening_app_helpers import CountingScreener, write_text_resume

from recruiter_kit.core.progress import run_to_end
from recruiter_kit.services.importing import collect_files, read_original
from recruiter_kit.services.screening import FileOutcome, ScreeningService

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no named pipes or sockets")

DEADLINE_S = 10


def finishes(fn: Callable[[], Any], fifos: list[Path]) -> Any:
    """Run `fn` on a thread; fail (after releasing any pipe it waits on) if it does not return."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as error:  # handed to the test thread
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE_S)
    if thread.is_alive():
        for fifo in fifos:
            # A reader blocked in open() is released by a writer opening the pipe.
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(DEADLINE_S)
        pytest.fail(f"still running after {DEADLINE_S} s: blocked on a named pipe")
    if "error" in box:
        raise box["error"]
    return box.get("value")


@pytest.fixture
def service(database) -> ScreeningService:  # type: ignore[no-untyped-def]
    return ScreeningService(database, screener=CountingScreener())


def import_all(service: ScreeningService, paths: list[Path]) -> list[FileOutcome]:
    outcomes: list[FileOutcome] = []
    run_to_end(service.import_files(paths, on_file=outcomes.append))
    return outcomes


def test_a_named_pipe_in_a_folder_is_skipped_and_the_rest_imported(service, tmp_path):
    folder = tmp_path / "inbox"
    write_text_resume(folder, "ok", name="Olga Kay")
    fifo = folder / "resume.txt"
    os.mkfifo(fifo)

    outcomes = finishes(lambda: import_all(service, [folder]), [fifo])

    by_name = {outcome.path.name: outcome for outcome in outcomes}
    assert by_name["ok.txt"].status == "ok"
    assert by_name["resume.txt"].status == "error"
    assert "named pipe (FIFO)" in (by_name["resume.txt"].error or "")
    assert "not a regular file" in (by_name["resume.txt"].error or "")


def test_a_named_pipe_or_socket_named_directly_says_what_it_is(service, tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(sock_path))
        outcomes = finishes(lambda: import_all(service, [fifo, sock_path]), [fifo])
    finally:
        server.close()

    errors = {outcome.path.name: outcome.error or "" for outcome in outcomes}
    assert "named pipe (FIFO)" in errors["pipe.pdf"]
    assert "a socket is not a regular file" in errors["s.txt"]
    assert not any("no such file" in error for error in errors.values())


def test_read_original_refuses_a_named_pipe_without_waiting(tmp_path):
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)

    def read() -> str:
        with pytest.raises(ValueError) as raised:
            read_original(fifo)
        return str(raised.value)

    assert "named pipe (FIFO)" in finishes(read, [fifo])


def test_a_folder_named_like_a_resume_is_searched_not_reported_as_a_file(service, tmp_path):
    folder = tmp_path / "applicants.pdf"
    write_text_resume(folder, "inside", name="Ida Side")
    nested = tmp_path / "outer"
    write_text_resume(nested / "more.docx", "deeper", name="Dee Per")

    outcomes = import_all(service, [folder, nested])

    assert [(outcome.path.name, outcome.status) for outcome in outcomes] == [
        ("inside.txt", "ok"),
        ("deeper.txt", "ok"),
    ]
    assert collect_files([folder]).skipped == []
