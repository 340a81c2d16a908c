"""Progress reports and cancellation for long jobs.

Long jobs are generators that yield `Progress` after each step. A step is
also the point where the job may be cancelled: the runner (a CLI loop or the
GUI task runner) checks the `CancelToken` between steps, so no blocking call
has to be interrupted.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

from recruiter_kit.core.errors import Cancelled

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a job has come. `total` is 0 while unknown."""

    done: int
    total: int = 0
    message: str = ""
    failures: int = 0

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


class CancelToken:
    """A flag set by whoever started a job and read by the job between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled by the user.")


Job = Generator[Progress, None, T]
"""The type of a long job: yields progress, returns its result."""


def run_to_end(job: Job[T], token: CancelToken | None = None) -> T:
    """Drive a job to its end without a GUI, honouring the token between steps."""
    while True:
        if token is not None:
            token.raise_if_cancelled()
        try:
            next(job)
        except StopIteration as stop:
            return stop.value
