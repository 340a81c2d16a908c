"""Originals are drawn in a process of their own: a hostile PDF is stopped, never hangs the app."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from hostile_pdfs import forms_drawing_forms, hex_layered_bomb
from screening_app_helpers import write_pdf_resumes

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.progress import Cancelled, CancelToken, run_to_end
from recruiter_kit.documents.rasterize import render_pages
from recruiter_kit.services import importing, isolation, originals
from recruiter_kit.services.originals import OriginalRenderer
from recruiter_kit.services.screening import ScreeningService


@pytest.fixture
def renderer():  # type: ignore[no-untyped-def]
    drawing = OriginalRenderer(deadline_s=2.0)
    yield drawing
    drawing.close()


@pytest.fixture
def resume_pdf(tmp_path: Path) -> bytes:
    return write_pdf_resumes(tmp_path / "inbox", 1)[0].read_bytes()


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
    renderer, resume_pdf: bytes
) -> None:
    started = time.monotonic()
    with pytest.raises(DocumentError, match="took longer than 2 s to draw and was stopped"):
        renderer.render(forms_drawing_forms(8, 10), dpi=72)
    assert time.monotonic() - started < 15
    assert len(renderer.render(resume_pdf, dpi=72)) == 1


def test_a_cancelled_drawing_is_stopped_soon(renderer) -> None:
    renderer.deadline_s = 60.0
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        renderer.render(forms_drawing_forms(8, 10), dpi=72, token=token)
    assert time.monotonic() - started < 10


def test_a_drawing_past_the_memory_limit_fails_with_a_message(
    renderer, resume_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(isolation, "MAX_WORKER_MEMORY_BYTES", 512 * 1024 * 1024)
    renderer.deadline_s = 60.0
    with pytest.raises(DocumentError, match=r"crashed the process drawing it.*0\.5 GB of memory"):
        renderer.render(hex_layered_bomb(128), dpi=72)
    assert len(renderer.render(resume_pdf, dpi=72)) == 1


def test_the_workspace_shows_why_a_stalling_original_is_not_shown(
    qtbot, ui_context, database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recruiter_kit.ui.workspaces.candidates import CandidatesWorkspace

    monkeypatch.setattr(importing, "TASK_DEADLINE_S", 2.0)
    monkeypatch.setattr(originals, "RENDER_DEADLINE_S", 1.0)
    stall = tmp_path / "stall.pdf"
    stall.write_bytes(forms_drawing_forms(8, 10))
    summary = run_to_end(ScreeningService(database).import_files([stall], isolated=True))
    assert summary.failures == 1

    workspace = CandidatesWorkspace(ui_context)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=10_000)
    workspace.table.selectRow(0)
    original = workspace.detail.original
    qtbot.waitUntil(lambda: original.currentWidget() is original.message, timeout=15_000)
    qtbot.waitUntil(
        lambda: "took longer than 1 s to draw" in original.message.text(), timeout=15_000
    )
    assert "The text view shows what was read" in original.message.text()
