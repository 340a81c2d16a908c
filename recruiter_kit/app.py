"""Starting the desktop app: the one place that wires storage and the UI together."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler

from recruiter_kit import paths
from recruiter_kit.core.errors import RecruiterKitError
from recruiter_kit.storage.database import Database, open_database, parse_url, sqlite_file

log = logging.getLogger(__name__)

LOG_FILE_BYTES = 1_000_000
LOG_FILE_COUNT = 5


def setup_file_logging() -> None:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "recruiter-kit.log",
        maxBytes=LOG_FILE_BYTES,
        backupCount=LOG_FILE_COUNT,
        encoding="utf-8",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))


def display_problem() -> str | None:
    """Why Qt could not show a window here, or None. Qt itself would abort the process."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "No display found: neither DISPLAY nor WAYLAND_DISPLAY is set. Run Recruiter Kit in a "
        "desktop session, under a virtual screen (xvfb-run recruiter-kit), or use its "
        "subcommands (recruiter-kit --help), which need no display."
    )


def run_gui(db_url: str | None) -> int:
    problem = display_problem()
    if problem:
        print(f"recruiter-kit: {problem}", file=sys.stderr)
        return 2
    setup_file_logging()
    from recruiter_kit.ui.application import run_application

    return run_application(lambda last_url: _open_start_database(db_url, last_url))


def _open_start_database(db_url: str | None, last_url: str | None) -> Database:
    """`--db` or RECRUITER_KIT_DB when given; else the last database opened, if it still opens.

    A last database that has since been deleted or moved is not created anew at its old
    place: the app falls back to the default database and logs why.
    """
    if db_url or os.environ.get(paths.DATABASE_URL_VAR) or not last_url:
        return open_database(db_url)
    file = sqlite_file(parse_url(last_url))
    if file is not None and not file.exists():
        log.warning("Last database %s no longer exists; using the default", file)
        return open_database(None)
    try:
        return open_database(last_url)
    except RecruiterKitError as error:
        log.warning("Last database %s could not be opened (%s); using the default", last_url, error)
        return open_database(None)
