"""The one way the desktop app runs work off the GUI thread.

A task is a plain function, or a generator function whose every `yield
Progress(...)` reports progress and is a point where it may be cancelled. The
function runs on a pool thread and never touches a widget; its result, error
and progress reach the callbacks through queued signals, so they always run on
the GUI thread. Database writes go to a pool of one thread, so they never
contend with each other.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from recruiter_kit.core.errors import Cancelled
from recruiter_kit.core.progress import CancelToken, Progress

log = logging.getLogger(__name__)


class _WorkerSignals(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], token: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _WorkerSignals()
        self._fn = fn
        self._args = args
        self._token = token

    def run(self) -> None:
        try:
            result = self._fn(*self._args, token=self._token)
            if inspect.isgenerator(result):
                result = self._drive(result)
            # A cancel that came too late to stop the work leaves its result standing: an
            # export already written or an import already stored is reported as done.
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:  # every failure must reach the GUI, never kill the thread
            log.debug("task failed", exc_info=error)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)

    def _drive(self, job: Any) -> Any:
        while True:
            self._token.raise_if_cancelled()
            try:
                step = next(job)
            except StopIteration as stop:
                return stop.value
            if isinstance(step, Progress):
                self.signals.progressed.emit(step)


class TaskHandle(QObject):
    """One submitted task, living on the GUI thread. Emits `finished` however it ends."""

    progressed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        description: str,
        key: str | None,
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[Progress], None] | None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self.description = description
        self._owner = owner
        self.key = key
        self.token = CancelToken()
        self.stale = False
        self.state = "running"
        self.last_progress: Progress | None = None
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def dropped(self) -> bool:
        """True when nobody wants the outcome: a newer task replaced it, or its owner is gone."""
        return self.stale or (self._owner is not None and not shiboken6.isValid(self._owner))

    def connect_worker(self, worker: _Worker) -> None:
        worker.signals.progressed.connect(self._progressed)
        worker.signals.succeeded.connect(self._succeeded)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)

    @Slot(object)
    def _progressed(self, progress: Progress) -> None:
        if self.dropped:
            return
        self.last_progress = progress
        self.progressed.emit(progress)
        if self._on_progress is not None:
            self._on_progress(progress)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.state = "done"
        try:
            if not self.dropped and self._on_result is not None:
                self._on_result(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.state = "failed"
        try:
            if self.dropped:
                return
            if self._on_error is not None:
                self._on_error(error)
            else:
                raise error
        finally:
            self.finished.emit()

    @Slot()
    def _cancelled(self) -> None:
        self.state = "cancelled"
        self.finished.emit()


class TaskRunner(QObject):
    """Submits tasks to the pools and keeps every running one alive until it ends."""

    task_started = Signal(object)
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._running: dict[TaskHandle, _Worker] = {}
        self._by_key: dict[str, TaskHandle] = {}

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        description: str = "",
        writes: bool = False,
        key: str | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Run `fn(*args, token=CancelToken)` off the GUI thread.

        A newer task with the same `key` cancels the older one and its result
        is dropped, so a preview never shows an outdated render. With an `owner`
        widget, the callbacks are skipped once that widget has been deleted, so a
        closed workspace never receives a late result. Without
        `on_error`, a failure is re-raised on the GUI thread, where the app's
        error dialog reports it.
        """
        if key is not None and key in self._by_key:
            older = self._by_key[key]
            older.stale = True
            older.cancel()
        handle = TaskHandle(description, key, on_result, on_error, on_progress, owner)
        worker = _Worker(fn, args, handle.token)
        handle.connect_worker(worker)
        handle.finished.connect(lambda: self._forget(handle))
        self._running[handle] = worker
        if key is not None:
            self._by_key[key] = handle
        self.task_started.emit(handle)
        (self._write_pool if writes else self._pool).start(worker)
        return handle

    @property
    def running(self) -> list[TaskHandle]:
        return list(self._running)

    def cancel_all(self) -> None:
        for handle in self._running:
            handle.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (for shutdown and tests). Callbacks still need events."""
        return self._pool.waitForDone(msecs) and self._write_pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> bool:
        self.cancel_all()
        return self.wait(msecs)

    def _forget(self, handle: TaskHandle) -> None:
        self._running.pop(handle, None)
        if handle.key is not None and self._by_key.get(handle.key) is handle:
            del self._by_key[handle.key]
        self.task_finished.emit(handle)
