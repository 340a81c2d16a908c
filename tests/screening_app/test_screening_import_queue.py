"""A second import asked for while one runs waits its turn; the progress strip follows each."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from screening_app_helpers import CountingScreener, write_text_resume

from recruiter_kit.services.screening import ScreeningService
from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace


class GatedScreener(CountingScreener):
    """Holds each file until its gate opens, and records which files it started."""

    def __init__(self) -> None:
        super().__init__()
        self.gates: dict[str, threading.Event] = {}
        self.started: list[str] = []

    def screen_bytes(self, data: bytes, filename: str, job: Any = None) -> Any:
        self.started.append(filename)
        self.gates.setdefault(filename, threading.Event()).wait(10)
        return super().screen_bytes(data, filename, job)

    def open(self, filename: str) -> None:
        self.gates.setdefault(filename, threading.Event()).set()


@pytest.fixture
def screener(monkeypatch: pytest.MonkeyPatch) -> GatedScreener:
    gated = GatedScreener()
    monkeypatch.setattr(ScreeningService, "screener", property(lambda self: gated))
    return gated


@pytest.fixture
def workspace(qtbot, ui_context) -> CandidatesWorkspace:  # type: ignore[no-untyped-def]
    widget = CandidatesWorkspace(ui_context)
    widget.workers = 1
    widget.isolated = False
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.job_box.count() == 1)
    return widget


def strip_shown(workspace: CandidatesWorkspace) -> bool:
    return not workspace.progress_strip.isHidden()


def test_an_import_started_during_another_is_queued_and_runs_next(
    qtbot, workspace, screener, tmp_path
):
    first = write_text_resume(tmp_path, "first", name="Fay First")
    second = write_text_resume(tmp_path, "second", name="Sid Second")
    assert workspace.import_paths([first]) is not None
    qtbot.waitUntil(lambda: screener.started == ["first.txt"])

    assert workspace.import_paths([second]) is None
    assert workspace.queued_imports == 1
    assert "1 import queued" in workspace.queue_label.text()

    screener.open("first.txt")
    qtbot.waitUntil(lambda: screener.started == ["first.txt", "second.txt"], timeout=10_000)
    qtbot.wait(50)  # the first import's end has been handled
    assert workspace.importing and strip_shown(workspace)
    assert workspace.queued_imports == 0 and workspace.queue_label.isHidden()

    screener.open("second.txt")
    qtbot.waitUntil(lambda: not workspace.importing, timeout=10_000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=5_000)
    assert not strip_shown(workspace)


def test_cancel_stops_the_running_import_and_drops_the_queued_ones(
    qtbot, workspace, screener, tmp_path
):
    first = write_text_resume(tmp_path, "first", name="Fay First")
    workspace.import_paths([first])
    qtbot.waitUntil(lambda: screener.started == ["first.txt"])
    workspace.import_paths([write_text_resume(tmp_path, "later", name="Lee Later")])

    workspace.cancel_import()
    screener.open("first.txt")

    assert "1 import queued dropped" in workspace.progress_label.text()
    qtbot.waitUntil(lambda: not workspace.importing, timeout=10_000)
    qtbot.wait(100)
    assert screener.started == ["first.txt"] and not strip_shown(workspace)


def test_a_cancelled_import_says_how_far_it_got(qtbot, workspace, screener, tmp_path):
    paths = [write_text_resume(tmp_path, stem, name=f"Ann {stem}") for stem in ("aa", "bb", "cc")]
    screener.open("aa.txt")
    workspace.import_paths(paths)
    qtbot.waitUntil(lambda: screener.started == ["aa.txt", "bb.txt"], timeout=10_000)
    qtbot.waitUntil(lambda: workspace.progress.value() == 1, timeout=10_000)

    workspace.cancel_import()
    screener.open("bb.txt")  # the file being screened when Cancel came is still stored
    screener.open("cc.txt")

    qtbot.waitUntil(lambda: not workspace.importing, timeout=10_000)
    assert workspace.status_label.text() == "Cancelled after 2 of 3 files; the 2 imported are kept."
    assert screener.started == ["aa.txt", "bb.txt"]
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=5_000)
    assert not workspace.status_label.isHidden()
