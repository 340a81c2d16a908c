"""Printing from the Jobs workspace: the preview paints, the print dialog prints, both go away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from jd_workspace_support import WAIT_MS, open_workspace
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from recruiter_kit.ui.workspaces.jobs import JobsWorkspace


@pytest.fixture
def workspace(qtbot, ui_context) -> Iterator[JobsWorkspace]:  # type: ignore[no-untyped-def]
    yield open_workspace(qtbot, ui_context)
    ui_context.tasks.wait(WAIT_MS)


def test_preview_paints_the_posting_and_is_deleted_on_close(
    qtbot, workspace: JobsWorkspace
) -> None:  # type: ignore[no-untyped-def]
    dialog = workspace.print_preview()
    # The dialog paints after open() returns: its printer must still be alive then.
    qtbot.wait(300)
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 1, timeout=WAIT_MS)
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    assert workspace.findChildren(QDialog) == []


def test_print_dialog_prints_when_accepted(qtbot, workspace: JobsWorkspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = workspace.print_dialog()
    qtbot.wait(100)
    printed = tmp_path / "printed.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialog.done(QDialog.DialogCode.Accepted)
    assert printed.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)


def test_cancelled_print_dialog_prints_nothing(
    qtbot, workspace: JobsWorkspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = workspace.print_dialog()
    printed = tmp_path / "printed.pdf"
    dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer().setOutputFileName(str(printed))
    dialog.reject()
    assert not printed.exists()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)


def test_print_shortcuts_open_the_dialogs(qtbot, workspace: JobsWorkspace) -> None:  # type: ignore[no-untyped-def]
    shortcuts = [a.shortcut().toString() for a in workspace.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    assert "Ctrl+P" in shortcuts and "Ctrl+Shift+P" in shortcuts
