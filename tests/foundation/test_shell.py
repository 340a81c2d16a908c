"""The main window: workspaces, menus, the task bar, remembered state, error handling."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from recruiter_kit.core.progress import CancelToken, Progress
from recruiter_kit.services.demo import populate_demo
from recruiter_kit.storage.database import Database, sqlite_url
from recruiter_kit.ui import settings as ui_settings
from recruiter_kit.ui.errors import install_excepthook
from recruiter_kit.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, database: Database):  # type: ignore[no-untyped-def]
    populate_demo(database)
    main_window = MainWindow(database, ui_settings.open_settings())
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.tasks.shutdown()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes record their text instead of waiting for a click."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_window_shows_three_workspaces_and_the_database(window: MainWindow) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Jobs", "Candidates", "Interviews"]
    assert window.stack.count() == 3
    assert "test.sqlite3" in window.database_label.text()
    assert [menu.title() for menu in (a.menu() for a in window.menuBar().actions())] == [
        "&File",
        "&View",
        "&Help",
    ]


def test_sidebar_and_shortcuts_switch_workspace(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentRow(2)
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0


def test_task_bar_shows_progress_and_cancels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def long_job(token: CancelToken):  # type: ignore[no-untyped-def]
        for i in range(500):
            time.sleep(0.01)
            yield Progress(i + 1, 500, "working")
        return "finished"

    results: list[str] = []
    handle = window.tasks.submit(long_job, description="Long job", on_result=results.append)
    assert window.task_bar.isVisible()
    qtbot.waitUntil(lambda: window.task_bar.progress.value() >= 2, timeout=5000)
    assert window.task_bar.progress.maximum() == 500
    assert "Long job" in window.task_bar.label.text()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        qtbot.mouseClick(window.task_bar.cancel_button, Qt.MouseButton.LeftButton)
    assert handle.state == "cancelled"
    assert results == []
    assert not window.task_bar.isVisible()


def test_geometry_and_workspace_are_remembered(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(database, ui_settings.open_settings())
    qtbot.addWidget(first)
    first.resize(760, 600)  # within the 800x800 offscreen screen
    first.show()
    first.show_workspace(2)
    size = (first.width(), first.height())
    first.close()
    second = MainWindow(database, ui_settings.open_settings())
    qtbot.addWidget(second)
    second.show()
    assert second.stack.currentIndex() == 2
    assert (second.width(), second.height()) == size


def test_switching_to_a_bad_database_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, dialogs: list[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    current = window.context.database
    assert window.switch_database(sqlite_url(junk)) is False
    assert window.context.database is current
    assert any("not a Recruiter Kit database" in text for text in dialogs)


def test_switching_database_rebuilds_the_workspaces(window: MainWindow, tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "other.sqlite3")
    assert window.switch_database(url) is True
    assert window.context.database.url == url
    assert ui_settings.last_database(window._settings) == url
    assert "other.sqlite3" in window.database_label.text()


def test_blind_review_toggle_reaches_the_context(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.context.blind_review_changed) as blocker:
        window.blind_action.trigger()
    assert blocker.args == [True]
    assert window.context.blind_review is True


def test_uncaught_exception_is_logged_and_shown(
    window: MainWindow,
    dialogs: list[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("disk vanished")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(error), error, error.__traceback__)
    assert dialogs == ["Unexpected error: RuntimeError: disk vanished"]
    assert "Uncaught exception" in caplog.text


def test_screenshot_of_the_main_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1200, 780)
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    assert image.width() == 1200
    assert image.save(str(tmp_path / "main-window.png"))


def test_unsaved_work_can_stop_quitting_and_switching(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    answers = [False]
    monkeypatch.setattr(window.workspaces[0], "may_close", lambda: answers[-1], raising=False)
    current = window.context.database
    assert window.switch_database(sqlite_url(tmp_path / "other.sqlite3")) is False
    assert window.context.database is current
    assert window.close() is False
    assert window.isVisible()
    answers.append(True)
    assert window.close() is True


def test_new_database_never_replaces_an_existing_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: list[str]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    existing = tmp_path / "team.sqlite3"
    existing.write_bytes(b"precious")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(existing), ""))
    current = window.context.database
    window.new_database()
    assert existing.read_bytes() == b"precious"
    assert window.context.database is current
    assert any("already exists" in text for text in dialogs)


def test_ctrl_e_exports_from_the_workspace_shown_only(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    captions: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, caption, *args: captions.append(caption) or ("", ""),
    )
    with qtbot.waitActive(window):
        window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.candidates.export_button.isEnabled, timeout=10_000)

    qtbot.keyClick(window.sidebar, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert captions == ["Export the ranking"]  # heard with the focus left on the sidebar

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Export the ranking" not in captions[1:]  # the hidden Candidates hears nothing
