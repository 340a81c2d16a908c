"""The background-task runner: GUI-thread results, progress, cancel, stale results dropped."""

from __future__ import annotations

import functools
import threading
import time

import pytest
from PySide6.QtCore import QThread

from recruiter_kit.core.progress import CancelToken, Progress
from recruiter_kit.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    qapp.processEvents()


def count_to(n: int, *, token: CancelToken, delay: float = 0.0):  # type: ignore[no-untyped-def]
    for i in range(n):
        if delay:
            time.sleep(delay)
        yield Progress(i + 1, n, f"step {i + 1}")
    return n


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, object, bool]] = []
    gui_thread = QThread.currentThread()

    def on_progress(progress: Progress) -> None:
        seen.append(("progress", progress.done, QThread.currentThread() is gui_thread))

    def on_result(value: int) -> None:
        seen.append(("result", value, QThread.currentThread() is gui_thread))

    handle = runner.submit(
        count_to, 3, on_result=on_result, on_progress=on_progress, description="Counting"
    )
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert seen == [
        ("progress", 1, True),
        ("progress", 2, True),
        ("progress", 3, True),
        ("result", 3, True),
    ]
    assert runner.running == []


def test_work_runs_off_the_gui_thread(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    main_thread = threading.get_ident()
    results: list[bool] = []
    handle = runner.submit(
        lambda token: threading.get_ident() != main_thread, on_result=results.append
    )
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert results == [True]


def test_cancel_stops_a_generator_between_steps(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    steps: list[int] = []
    handle = runner.submit(
        functools.partial(count_to, delay=0.01),
        1000,
        on_result=results.append,
        on_progress=lambda p: steps.append(p.done),
    )
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=5000)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.cancel()
    assert handle.state == "cancelled"
    assert results == []
    assert steps[-1] < 1000


def test_a_cancel_after_the_last_step_reports_the_work_as_done(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    # The cancel arrives while the last step runs (an export writing its file): the
    # work is finished, so the user is told it is done, not that it was cancelled.
    results: list[str] = []

    def write_file(*, token: CancelToken):  # type: ignore[no-untyped-def]
        yield Progress(1, 2, "laying out")
        token.cancel()
        return "written"

    handle = runner.submit(write_file, on_result=results.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert handle.state == "done"
    assert results == ["written"]


def test_errors_reach_the_error_callback(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def broken(token: CancelToken) -> None:
        raise ValueError("the file is on fire")

    handle = runner.submit(broken, on_error=errors.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert [str(error) for error in errors] == ["the file is on fire"]


def test_newer_task_with_the_same_key_drops_the_older_result(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    results: list[str] = []

    def slow(label: str, *, token: CancelToken):  # type: ignore[no-untyped-def]
        for _ in range(20):
            time.sleep(0.01)
            yield Progress(0)
        return label

    first = runner.submit(slow, "old", key="preview", on_result=results.append)
    second = runner.submit(slow, "new", key="preview", on_result=results.append)
    with qtbot.waitSignals([first.finished, second.finished], timeout=5000):
        pass
    assert results == ["new"]


def test_writes_run_one_at_a_time(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    active = 0
    peak = 0
    lock = threading.Lock()

    def write(token: CancelToken) -> None:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1

    handles = [runner.submit(write, writes=True) for _ in range(4)]
    with qtbot.waitSignals([handle.finished for handle in handles], timeout=5000):
        pass
    assert peak == 1


def test_results_for_a_deleted_owner_are_dropped(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    results: list[str] = []
    release = threading.Event()

    def wait_then_answer(token: CancelToken) -> str:
        release.wait(5)
        return "late"

    handle = runner.submit(wait_then_answer, on_result=results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: handle.dropped, timeout=5000)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        release.set()
    assert results == []
