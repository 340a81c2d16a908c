"""Originals are drawn in a process of their own: a hostile PDF is stopped, never hangs the app."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from hostile_pdfs import FONT, PAGE, RESUME, forms_drawing_forms, hex_layered_bomb, pdf_of, stream
from screening_app_helpers import resume_pdf_bytes

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.progress import Cancelled, CancelToken, run_to_end
from recruiter_kit.documents.rasterize import render_pages
from recruiter_kit.services import importing, isolation, originals
from recruiter_kit.services.originals import OriginalRenderer
from recruiter_kit.services.screening import ScreeningService

# The deadline counts a new process's start, which a busy machine may slow.
DEADLINE_S = 5.0
needs_memory_limits = pytest.mark.skipif(
    sys.platform != "linux", reason="the memory cap relies on Linux's RLIMIT_AS"
)


@pytest.fixture
def renderer():  # type: ignore[no-untyped-def]
    drawing = OriginalRenderer(deadline_s=DEADLINE_S)
    yield drawing
    drawing.close()


@pytest.fixture
def resume_pdf() -> bytes:
    return resume_pdf_bytes(0)


def test_an_original_draws_as_it_would_in_this_process(renderer, resume_pdf: bytes) -> None:
    here = list(render_pages(resume_pdf, dpi=72))
    there = renderer.render(resume_pdf, dpi=72)
    assert [(p.width, p.height, p.pixels) for p in there] == [
        (p.width, p.height, p.pixels) for p in here
    ]


def test_a_pdf_that_cannot_be_opened_says_so(renderer) -> None:
    with pytest.raises(DocumentError, match="The PDF cannot be shown"):
        renderer.render(b"%PDF-1.4 not really a PDF", dpi=72)


def test_a_drawing_that_stalls_is_stopped_and_the_next_one_draws(
    renderer, resume_pdf: bytes, uncapped_workers: None
) -> None:
    renderer.deadline_s = 3.0
    started = time.monotonic()
    with pytest.raises(DocumentError, match="took longer than 3 s to draw and was stopped"):
        renderer.render(forms_drawing_forms(8, 10), dpi=72)
    assert time.monotonic() - started < 20
    assert len(renderer.render(resume_pdf, dpi=72)) == 1


def test_a_cancelled_drawing_is_stopped_soon(renderer) -> None:
    renderer.deadline_s = 60.0
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        renderer.render(forms_drawing_forms(8, 10), dpi=72, token=token)
    assert time.monotonic() - started < 10


def test_a_load_already_cancelled_draws_nothing(renderer, resume_pdf: bytes) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        renderer.render(resume_pdf, dpi=72, token=token)


def test_closing_stops_a_drawing_under_way_and_refuses_the_next(
    renderer, resume_pdf: bytes
) -> None:
    renderer.deadline_s = 60.0
    threading.Timer(1.0, renderer.close).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        renderer.render(forms_drawing_forms(8, 10), dpi=72)
    assert time.monotonic() - started < 10
    with pytest.raises(Cancelled):
        renderer.render(resume_pdf, dpi=72)


@needs_memory_limits
@pytest.mark.parametrize(
    "pdf",
    [
        pytest.param(lambda: hex_layered_bomb(128), id="hidden bomb"),
        # 200 inches square: about 830 MB of pixels at 72 dpi.
        pytest.param(
            lambda: pdf_of(
                [(PAGE % b"").replace(b"612 792", b"14400 14400"), stream(RESUME), FONT]
            ),
            id="huge page",
        ),
    ],
)
def test_a_drawing_past_the_memory_limit_fails_with_a_message(
    renderer, resume_pdf: bytes, monkeypatch: pytest.MonkeyPatch, pdf
) -> None:
    monkeypatch.setattr(isolation, "MAX_WORKER_MEMORY_BYTES", 512 * 1024 * 1024)
    renderer.deadline_s = 60.0
    with pytest.raises(DocumentError, match=r"could not be drawn.*0\.5 GB of memory"):
        renderer.render(pdf(), dpi=72)
    assert len(renderer.render(resume_pdf, dpi=72)) == 1


def test_the_workspace_shows_why_a_stalling_original_is_not_shown(
    qtbot, ui_context, database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

    monkeypatch.setattr(importing, "TASK_DEADLINE_S", DEADLINE_S)
    monkeypatch.setattr(originals, "RENDER_DEADLINE_S", DEADLINE_S)
    stall = tmp_path / "stall.pdf"
    stall.write_bytes(forms_drawing_forms(8, 10))
    summary = run_to_end(ScreeningService(database).import_files([stall], isolated=True))
    assert summary.failures == 1

    workspace = CandidatesWorkspace(ui_context)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=10_000)
    workspace.table.selectRow(0)
    message = workspace.detail.original.message
    qtbot.waitUntil(lambda: "The PDF" in message.text(), timeout=30_000)
    # Nothing was read from the file either, so the pane does not promise its text.
    assert "The text view says why nothing was read from it." in message.text()
    assert "took longer than 5 s to draw" in message.text() or "crashed" in message.text()
