"""The GUI thread keeps breathing while 300 resumes import (issue 3: no stall over 100 ms).

The machine is shared: a gap between two heartbeats also grows while the
kernel runs other processes' work and the GUI thread waits for a core. Where
Linux reports that waiting (`/proc/thread-self/schedstat`, time spent ready but
not running), it is taken out of each gap, so the test measures the stalls the
app causes (work or blocking on the GUI thread), not the load of the machine.
"""

from __future__ import annotations

import gc
import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from screening_app_helpers import write_pdf_resumes

from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

RESUMES = 300
MAX_GAP_S = 0.100
SCHEDSTAT = Path("/proc/thread-self/schedstat")


def waited_for_cpu_s() -> float:
    """Seconds this thread has spent ready to run but waiting for a core (0 where unknown)."""
    try:
        return int(SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    write_pdf_resumes(folder, RESUMES)
    return folder


@pytest.mark.slow
def test_gui_heartbeat_never_stalls_during_a_300_resume_import(qtbot, ui_context, folder):
    workspace = CandidatesWorkspace(ui_context)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 700)
    workspace.show()
    beats: list[tuple[float, float]] = []
    # Garbage left by earlier tests in this process is not the app's: collect it now so a
    # full collection of it cannot land inside the measured import.
    gc.collect()
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append((time.perf_counter(), waited_for_cpu_s())))
    heartbeat.start()
    try:
        qtbot.wait(50)
        started = time.perf_counter()
        workspace.import_paths([folder])
        qtbot.waitUntil(lambda: not workspace.importing, timeout=120_000)
        finished = time.perf_counter()
    finally:
        heartbeat.stop()

    during = [beat for beat in beats if started <= beat[0] <= finished]
    pairs = list(itertools.pairwise(during))
    wall = [later[0] - earlier[0] for earlier, later in pairs]
    own = [later[0] - earlier[0] - (later[1] - earlier[1]) for earlier, later in pairs]
    assert workspace.last_summary is not None and workspace.last_summary.ok == RESUMES
    assert len(during) > 20, "the import ended before the heartbeat could measure it"
    print(
        f"{len(during)} beats, longest gap {max(wall) * 1000:.0f} ms wall, "
        f"{max(own) * 1000:.0f} ms less waiting for a core; import {finished - started:.1f} s"
    )
    assert max(own) < MAX_GAP_S, f"GUI stalled {max(own) * 1000:.0f} ms"
    qtbot.waitUntil(lambda: workspace.model.rowCount() == RESUMES, timeout=10_000)


@pytest.mark.slow
# Two workers, and one in a process of its own (the app on a one-core machine).
@pytest.mark.parametrize("workers", [2, 1])
def test_cancel_stops_the_import_and_keeps_what_was_stored(qtbot, ui_context, folder, workers):
    workspace = CandidatesWorkspace(ui_context)
    workspace.workers = workers
    assert workspace.isolated
    qtbot.addWidget(workspace)
    progressed: list[int] = []
    handle = workspace.import_paths([folder])
    assert handle is not None
    handle.progressed.connect(lambda progress: progressed.append(progress.done))
    qtbot.waitUntil(lambda: len(progressed) >= 5, timeout=30_000)
    assert workspace.progress_strip.isVisibleTo(workspace)
    workspace.cancel_import()
    qtbot.waitUntil(lambda: not workspace.importing, timeout=30_000)

    assert handle.state == "cancelled"
    assert not workspace.progress_strip.isVisibleTo(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() >= 5, timeout=10_000)
    assert workspace.model.rowCount() < RESUMES
