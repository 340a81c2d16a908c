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
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.progress import Cancelled, CancelToken
from recruiter_kit.documents.rasterize import RenderedPage, render_pages
from recruiter_kit.services.isolation import memory_message, process_pool, stop_processes

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

    Safe to call from any thread; calls wait their turn. `close` stops the process.
    """

    def __init__(self, deadline_s: float | None = None) -> None:
        self.deadline_s = RENDER_DEADLINE_S if deadline_s is None else deadline_s
        self._pool: ProcessPoolExecutor | None = None
        self._turn = threading.Lock()

    def render(
        self, data: bytes, *, dpi: float, token: CancelToken | None = None
    ) -> list[RenderedPage]:
        """The PDF's pages at `dpi`.

        Raises:
            DocumentError: the PDF cannot be opened, took longer than the deadline
                (its process is stopped), or crashed its process.
            Cancelled: `token` was cancelled and the drawing did not end within
                `CANCEL_GRACE_S`.
        """
        with self._turn:
            if self._pool is None:
                self._pool = process_pool(1)
            future = self._pool.submit(_render, data, dpi)
            try:
                return self._wait(future, token)
            except BrokenProcessPool:
                self._discard()
                raise DocumentError(
                    f"The PDF could not be drawn: it crashed the process drawing it; "
                    f"{memory_message()}."
                ) from None

    def _wait(
        self, future: Future[list[RenderedPage]], token: CancelToken | None
    ) -> list[RenderedPage]:
        started = time.monotonic()
        cancelled_at: float | None = None
        while True:
            try:
                return future.result(timeout=_POLL_S)
            except TimeoutError:
                pass
            now = time.monotonic()
            if token is not None and token.cancelled:
                cancelled_at = cancelled_at or now
                if now - cancelled_at >= CANCEL_GRACE_S:
                    self._discard(stop=True)
                    raise Cancelled("Cancelled by the user.")
            if now - started >= self.deadline_s:
                self._discard(stop=True)
                raise DocumentError(
                    f"The PDF took longer than {self.deadline_s:g} s to draw and was stopped; "
                    "the file may be damaged or made to stall readers."
                )

    def close(self) -> None:
        """Stop the drawing process; a drawing still running fails as crashed."""
        self._discard(stop=True)

    def _discard(self, stop: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if stop:
            stop_processes(pool)
        pool.shutdown(wait=False, cancel_futures=True)
