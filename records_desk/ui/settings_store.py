"""QSettings as the backend of the typed settings registry (records_desk.settings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from records_desk import APP_ID
from records_desk.paths import config_dir
from records_desk.settings import Settings


class QSettingsBackend:
    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def value(self, key: str) -> Any:
        raw = self.qsettings.value(key)
        if isinstance(raw, QByteArray):
            return raw.data()
        return raw

    def set_value(self, key: str, value: Any) -> None:
        if isinstance(value, bytes):
            value = QByteArray(value)
        self.qsettings.setValue(key, value)


def open_settings() -> Settings:
    """An INI file in the user config folder, beside (not inside) the key store."""
    path = config_dir() / f"{APP_ID}.ini"
    return Settings(QSettingsBackend(QSettings(str(path), QSettings.Format.IniFormat)))
