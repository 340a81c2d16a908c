"""Window geometry and the last database, kept in an INI file in the user config folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from recruiter_kit import paths

SETTINGS_VERSION = 1


def open_settings() -> QSettings:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    _migrate(settings)
    return settings


def _migrate(settings: QSettings) -> None:
    # Version 0 had no entries worth keeping; later versions add steps here.
    if int(settings.value("settings_version", 0)) < SETTINGS_VERSION:
        settings.setValue("settings_version", SETTINGS_VERSION)


def last_database(settings: QSettings) -> str | None:
    value = settings.value("database/last_url")
    return str(value) if value else None


def remember_database(settings: QSettings, url: str) -> None:
    settings.setValue("database/last_url", url)


def window_geometry(settings: QSettings) -> QByteArray | None:
    value = settings.value("window/geometry")
    return value if isinstance(value, QByteArray) else None
