"""Drawing the pages of an original resume in a worker process of its own.

An original is a PDF somebody else made. The checks made before it is read
do not cover drawing it: pdfium decodes its images, and a crafted file can
hold pdfium's C code for hours or take all the machine's memory. Drawn in
the app's own process, such a file would hang the thread that draws it, and
the app's exit with it. In a worker process (`isolation`), a drawing that
overruns its deadline or is cancelled is stopped, and one that needs too
much memory fails; either way the user is told, and the next one draws.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.progress import Cancelled, CancelToken
from recruiter_kit.documents.rasterize import RenderedPage, render_pages
from recruiter_kit.services.isolation import (
    memory_limit_text,
    memory_message,
    process_pool,
    stop_processes,
)

#: Seconds one original may take to draw. A resume page draws in about 50 ms.
RENDER_DEADLINE_S = 20.0
#: Seconds a cancelled drawing may still take to finish before its process is
#: stopped: long enough for an ordinary one, which leaves the process warm.
CANCEL_GRACE_S = 0.5
_POLL_S = 0.05


def _render(data: bytes, dpi: float) -> list[RenderedPage]:
    return list(render_pages(data, dpi=dpi))


class OriginalRenderer:
    """Draws originals one at a time in a worker process, kept warm between drawings.

    Safe to call from any thread; calls wait their turn. `close` stops the process
    and refuses later calls.
    """

    def __init__(self, deadline_s: float | None = None) -> None:
        self.deadline_s = RENDER_DEADLINE_S if deadline_s is None else deadline_s
        self._turn = threading.Lock()  # one drawing at a time
        self._guard = threading.Lock()  # the pool and `_closed`, which `close` changes too
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    def render(
        self, data: bytes, *, dpi: float, token: CancelToken | None = None
    ) -> list[RenderedPage]:
        """The PDF's pages at `dpi`. The deadline counts from the call, a new process's
        start included.

        Raises:
            DocumentError: the PDF cannot be opened, took longer than the deadline
                (its process is stopped), needed more memory than a worker may
                use, or crashed its process.
            Cancelled: `token` was cancelled (a drawing under way is given
                `CANCEL_GRACE_S` to end), or the renderer was closed.
        """
        with self._turn:
            if token is not None:
                token.raise_if_cancelled()  # a load the user has already moved away from
            with self._guard:
                if self._closed:
                    raise Cancelled("The view of originals was closed.")
                if self._pool is None:
                    self._pool = process_pool(1)
                pool = self._pool
            future = pool.submit(_render, data, dpi)
            try:
                return self._wait(pool, future, token)
            except (DocumentError, Cancelled):
                raise
            except Exception as error:
                raise self._failure(pool, error) from None

    def _wait(
        self,
        pool: ProcessPoolExecutor,
        future: Future[list[RenderedPage]],
        token: CancelToken | None,
    ) -> list[RenderedPage]:
        started = time.monotonic()
        cancelled_at: float | None = None
        while True:
            # `wait`, not `result(timeout)`: a TimeoutError raised by the drawing itself
            # must not pass for the poll running out.
            if wait([future], timeout=_POLL_S).done:
                return future.result()
            now = time.monotonic()
            if token is not None and token.cancelled:
                cancelled_at = cancelled_at or now
                if now - cancelled_at >= CANCEL_GRACE_S:
                    self._discard(pool, stop=True)
                    token.raise_if_cancelled()
            if now - started >= self.deadline_s:
                self._discard(pool, stop=True)
                raise DocumentError(
                    f"The PDF took longer than {self.deadline_s:g} s to draw and was stopped; "
                    "the file may be damaged or made to stall readers."
                )

    def _failure(self, pool: ProcessPoolExecutor, error: Exception) -> Exception:
        """What to raise for a drawing that ended in `error` rather than pages."""
        if self._closed:
            return Cancelled("The view of originals was closed.")
        if isinstance(error, BrokenProcessPool):
            self._discard(pool)
            return DocumentError(
                f"The PDF could not be drawn: it crashed the process drawing it; "
                f"{memory_message()}."
            )
        if isinstance(error, MemoryError):
            return DocumentError(
                f"The PDF could not be drawn: it needs more than the {memory_limit_text()} "
                "of memory a worker may use."
            )
        return DocumentError(f"The PDF could not be drawn: {error}")

    def close(self) -> None:
        """Stop the drawing process; a drawing under way ends as cancelled."""
        with self._guard:
            self._closed = True
            pool = self._pool
        if pool is not None:
            self._discard(pool, stop=True)

    def _discard(self, pool: ProcessPoolExecutor, stop: bool = False) -> None:
        with self._guard:
            if self._pool is pool:
                self._pool = None
        if stop:
            stop_processes(pool)
        pool.shutdown(wait=False, cancel_futures=True)
