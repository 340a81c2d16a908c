"""Processes for work on files other people made: they can be stopped, and their memory is capped.

A crafted PDF can hold pdfium's C code for hours or make it take all the
machine's memory, and nothing in the calling process can interrupt it. Such
work runs in a pool of worker processes instead: a worker that overruns its
deadline is killed, and one that passes `MAX_WORKER_MEMORY_BYTES` fails.
Screening (`importing`) and showing an original (`originals`) both use them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor

#: Most address space a worker process may use: 2 GB (2 x 1024^3 bytes). The reading
#: checks cannot see into every stream (an encrypted one, or one under a filter other
#: than Flate), nor do they cover drawing, which decodes images; and pdfium holds about
#: twenty times a content stream's size while it parses a page: 64 MB of drawing
#: operators, from a 255 kB file, took 1.4 GB. At this limit the reader fails and its
#: worker with it, and the file is reported; without it one crafted file could take
#: all the machine's memory.
MAX_WORKER_MEMORY_BYTES = 2 * 1024 * 1024 * 1024
#: How much lower than the app's the worker processes' CPU priority is.
WORKER_NICENESS = 5

#: Modules the fork server imports once, so each worker it forks starts warm. One
#: list for every pool: a process has a single fork server, started by whichever
#: pool comes first.
PRELOAD = [
    "recruiter_kit.services.importing",
    "recruiter_kit.screening.screener",
    "pypdfium2",
]


def process_pool(
    workers: int,
    initializer: Callable[[], None] | None = None,
    low_priority: bool = False,
) -> ProcessPoolExecutor:
    """A pool of `workers` processes, each capped at `MAX_WORKER_MEMORY_BYTES` before
    `initializer()` runs in it."""
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(low_priority, MAX_WORKER_MEMORY_BYTES, initializer),
    )


def _start_worker(
    low_priority: bool, memory_limit: int, initializer: Callable[[], None] | None
) -> None:
    # In the desktop app this is background work: the process that stores results
    # and draws the window should win the CPU when both want it.
    if low_priority and hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    limit_memory(memory_limit)
    if initializer is not None:
        initializer()


def limit_memory(limit: int) -> None:
    """Cap this process's address space at `limit` bytes, where the system lets it.

    Past the cap an allocation fails: Python raises `MemoryError`, and pdfium
    aborts the process, which the pool reports as a broken pool. Where there are
    no such limits (Windows), or the system refuses one, only deadlines apply.
    """
    try:
        import resource
    except ImportError:
        return
    # Under the fork start method the address space inherited from the parent counts too.
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    for already in (soft, hard):
        if already != resource.RLIM_INFINITY:
            limit = min(limit, already)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def stop_processes(executor: Executor | None) -> None:
    """Kill a pool's processes: a worker stuck in a reader's C code never returns,
    and shutting the pool down would wait for it."""
    kill = getattr(executor, "kill_workers", None)  # Python 3.14 and later
    if kill is not None:
        kill()
        return
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        process.kill()


def start_method() -> str:
    """fork when it is safe, else a fork server (or spawn where there is none).

    Forking is the fastest start, but a process that runs other threads (Qt's,
    a database writer's) can leave a forked child holding locks nobody will
    release, so the desktop app and anything else with threads gets workers
    from a fork server instead.
    """
    methods = multiprocessing.get_all_start_methods()
    alone = threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
    if "fork" in methods and alone:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def memory_limit_text() -> str:
    """The memory cap as users read it: "2 GB"."""
    return f"{MAX_WORKER_MEMORY_BYTES / 1024**3:g} GB"


def memory_message() -> str:
    """How a worker's crash is explained: the likely causes, the memory cap among them."""
    return (
        f"the file may be damaged, or need more than the {memory_limit_text()} of memory "
        "a worker may use"
    )
