"""Files go to worker processes a few per task; a crash still costs only the file that caused it."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from recruiter_kit.core.progress import run_to_end
from recruiter_kit.services import importing
from recruiter_kit.services.screening import FileOutcome, ScreeningService
from recruiter_kit.storage.database import Database

POISON = "poison"


class CrashingPool(Executor):
    """Runs tasks here, as a worker would, but a task holding the poison file breaks the pool."""

    tasks: ClassVar[list[int]] = []

    def submit(self, fn, /, *args: Any, **kwargs: Any) -> Future:  # type: ignore[no-untyped-def, override]
        future: Future = Future()
        files = args[0] if fn is importing._screen_files_in_worker else [args[:2]]
        CrashingPool.tasks.append(len(files))
        if any(POISON in str(path) for path, _sha in files):
            future.set_exception(BrokenProcessPool("a worker died"))
            return future
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # a task's error reaches the caller as a pool's would
            future.set_exception(error)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def write_resumes(folder: Path, count: int, poison_at: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for index in range(count):
        stem = POISON if index == poison_at else f"resume-{index:02d}"
        path = folder / f"{stem}.txt"
        path.write_text(
            f"Person {index}\nperson{index}@example.org\n\nExperience\n"
            f"Engineer, Firm {index}, 2018 - 2024\n• Built services in Python and Redis\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.fixture
def crashing_pool(monkeypatch: pytest.MonkeyPatch) -> type[CrashingPool]:
    CrashingPool.tasks = []
    monkeypatch.setattr(importing, "make_executor", lambda *args, **kwargs: CrashingPool())
    return CrashingPool


def test_files_go_several_to_a_task_and_come_back_in_order(
    database: Database, tmp_path: Path, crashing_pool: type[CrashingPool]
) -> None:
    paths = write_resumes(tmp_path / "in", 10, poison_at=-1)
    outcomes: list[FileOutcome] = []
    run_to_end(ScreeningService(database).import_files(paths, workers=2, on_file=outcomes.append))
    assert [outcome.path for outcome in outcomes] == paths
    assert all(outcome.status == "ok" and outcome.stored for outcome in outcomes)
    per_task = importing.FILES_PER_TASK
    assert crashing_pool.tasks == [min(per_task, 10 - start) for start in range(0, 10, per_task)]
    assert len(crashing_pool.tasks) < 10


def test_a_crash_costs_only_the_file_that_caused_it(
    database: Database, tmp_path: Path, crashing_pool: type[CrashingPool]
) -> None:
    paths = write_resumes(tmp_path / "in", 10, poison_at=5)
    outcomes: list[FileOutcome] = []
    run_to_end(ScreeningService(database).import_files(paths, workers=2, on_file=outcomes.append))
    assert [outcome.path for outcome in outcomes] == paths
    failed = [outcome for outcome in outcomes if outcome.status != "ok"]
    assert [outcome.path.name for outcome in failed] == ["poison.txt"]
    assert failed[0].error is not None and "crashed its worker process" in failed[0].error
    assert all(outcome.stored for outcome in outcomes)


class IdlePool(Executor):
    """Takes tasks and never finishes them, so only the stream's limits let files out."""

    def submit(self, fn, /, *args: Any, **kwargs: Any) -> Future:  # type: ignore[no-untyped-def, override]
        return Future()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def test_large_originals_hold_fewer_files_in_flight(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(importing, "make_executor", lambda *args, **kwargs: IdlePool())
    monkeypatch.setattr(importing, "MAX_WINDOW_BYTES", 250)
    released: list[int] = []
    with importing.ScreeningStream(2, None) as stream:
        for index in range(5):
            pending = importing.Pending(
                path=tmp_path / f"{index}.pdf", data=b"x" * 100, sha256=f"{index:064d}"
            )
            released.append(len(list(stream.put(pending))))
    # The third 100-byte file goes over 250 bytes: from then on one leaves per one that comes.
    assert released == [0, 0, 1, 1, 1]


def test_a_stream_keeps_the_collector_off_long_lived_objects_only_while_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importing, "make_executor", lambda *args, **kwargs: IdlePool())
    built: list[int] = []
    with importing.ScreeningStream(1, None, screener=lambda: built.append(1)) as stream:
        assert gc.get_freeze_count() > 0
        assert built  # the screener is made before the freeze, so it is frozen with the rest
        del stream
    assert gc.get_freeze_count() == 0


def test_a_stream_that_cannot_start_leaves_nothing_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> Executor:
        raise OSError("no processes left")

    monkeypatch.setattr(importing, "make_executor", no_pool)
    with pytest.raises(OSError), importing.ScreeningStream(2, None):
        pass
    assert gc.get_freeze_count() == 0


def test_worker_processes_start_with_the_stream_and_build_their_own_screeners() -> None:
    built: list[int] = []
    with importing.ScreeningStream(2, None, screener=lambda: built.append(1)) as stream:
        executor = stream._executor
        assert executor is not None
        # Forked (or served) at once, before any file is put, and ready for one.
        assert len(getattr(executor, "_processes", {})) == 2
        pending = importing.Pending(path=Path("missing.txt"), data=b"x", sha256="0" * 64)
        assert [p.path for p in [*stream.put(pending), *stream.drain()]] == [pending.path]
        assert stream.result(pending).status == "error"  # the worker could not read it
    assert not built  # the calling process made no screener for them


def test_rules_a_user_broke_are_named_for_each_file_not_read_as_a_crash(
    database: Database,
    tmp_path: Path,
    crashing_pool: type[CrashingPool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recruiter_kit.resources import load_json
    from recruiter_kit.screening import screener
    from recruiter_kit.screening.rules import RULES_FILE, Rules

    broken = load_json(RULES_FILE)
    broken["role_labels"]["words"].append("bad(")
    # The screener each worker builds reads the broken rules.
    monkeypatch.setattr(screener, "Rules", SimpleNamespace(load=lambda: Rules.load(rules=broken)))
    monkeypatch.setattr(importing, "_worker_screener", None)
    importing._init_worker()  # as a worker starts: the broken rules do not stop it here
    paths = write_resumes(tmp_path / "in", 3, poison_at=-1)
    outcomes: list[FileOutcome] = []
    run_to_end(ScreeningService(database).import_files(paths, workers=2, on_file=outcomes.append))
    assert [outcome.status for outcome in outcomes] == ["error"] * 3
    for outcome in outcomes:
        assert outcome.error is not None
        assert "screening rules cannot be used" in outcome.error
        assert "screening/rules.json" in outcome.error and "crashed" not in outcome.error
        assert outcome.stored  # the original is kept, to be screened again once fixed


@pytest.mark.parametrize("finishes", [True, False], ids=["about-to-finish", "stuck"])
def test_closing_early_stops_workers_only_when_a_task_does_not_finish_soon(
    monkeypatch: pytest.MonkeyPatch, finishes: bool
) -> None:
    # A worker killed while it sends its result leaves half a message, which the
    # pool's reader then waits on for ever: a task about to finish is let finish.
    stopped: list[Executor] = []
    monkeypatch.setattr(importing, "stop_processes", stopped.append)
    running: Future = Future()
    running.set_running_or_notify_cancel()
    if finishes:
        threading.Timer(0.05, running.set_result, [[]]).start()
    stream = importing.ScreeningStream(2, None)
    pool = IdlePool()
    stream._executor = pool
    stream._window.append(importing.Pending(path=Path("a.txt"), future=running))
    stream.close()
    assert stopped == ([] if finishes else [pool])
