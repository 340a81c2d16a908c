"""Where the app keeps its files, overridable by environment variables.

Each folder comes from platformdirs unless its variable is set, so tests,
portable installs and several profiles can keep their data apart.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "recruiter-kit"

DATA_DIR_VAR = "RECRUITER_KIT_DATA_DIR"
CONFIG_DIR_VAR = "RECRUITER_KIT_CONFIG_DIR"
LOG_DIR_VAR = "RECRUITER_KIT_LOG_DIR"
DATABASE_URL_VAR = "RECRUITER_KIT_DB"


def _folder(variable: str, default: str) -> Path:
    value = os.environ.get(variable)
    return Path(value).expanduser() if value else Path(default)


def data_dir() -> Path:
    """The user's data: the default database, their own templates and questions."""
    return _folder(DATA_DIR_VAR, platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings such as window geometry and the last database opened."""
    return _folder(CONFIG_DIR_VAR, platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The rotating log file."""
    return _folder(LOG_DIR_VAR, platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_templates_dir() -> Path:
    """Job-description templates a user adds; they override shipped ones by name."""
    return data_dir() / "templates"


def default_database_path() -> Path:
    return data_dir() / "recruiter-kit.sqlite3"
