"""Showing failures to the user instead of letting the app vanish."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from recruiter_kit import paths
from recruiter_kit.core.errors import RecruiterKitError

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """A message for the user: ours as written, anything else with its type."""
    if isinstance(error, RecruiterKitError):
        return str(error)
    return f"Unexpected error: {type(error).__name__}: {error}"


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, describe(error), parent=parent)
    if not isinstance(error, RecruiterKitError):
        box.setInformativeText(f"Details were written to the log in {paths.log_dir()}.")
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def install_excepthook() -> None:
    """Log every uncaught exception and show it in a dialog; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is None or isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(QApplication.activeWindow(), "Recruiter Kit", error)

    sys.excepthook = hook
