"""Every user setting declared once, with its type and default (STYLE.md: no string keys
scattered in the code). The storage backend is pluggable: QSettings in the GUI
(ui/settings_store.py), a dict in the CLI and in tests. Settings the whole office shares
(archive codes, 附件1 weights, spot-check sample size) are in the database instead:
services/common/office_settings.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: Callable[[Any], T]  # the type, which also converts a raw value
    default: T

    def coerce(self, raw: Any) -> T:
        """Values come back from QSettings as strings on some platforms; bad ones fall back."""
        if raw is None:
            return self.default
        # mypy cannot narrow T from `self.type is bool`, hence the two ignores.
        try:
            if self.type is bool and isinstance(raw, str):
                return raw.lower() in ("1", "true", "yes")  # type: ignore[return-value]
            if self.type is bytes:
                return bytes(raw)  # type: ignore[return-value]
            return self.type(raw)
        except (TypeError, ValueError):
            return self.default


class Options:
    LANGUAGE = Option[str]("ui/language", str, "zh_TW")
    IDLE_LOCK_MINUTES = Option[int]("security/idle_lock_minutes", int, 10)
    ARGON2_TIME_COST = Option[int]("security/argon2_time_cost", int, 3)
    ARGON2_MEMORY_KIB = Option[int]("security/argon2_memory_kib", int, 65536)
    ARGON2_PARALLELISM = Option[int]("security/argon2_parallelism", int, 4)
    MAIN_GEOMETRY = Option[bytes]("main_window/geometry", bytes, b"")
    MAIN_STATE = Option[bytes]("main_window/state", bytes, b"")
    LAST_TAB = Option[int]("main_window/last_tab", int, 0)
    LAST_USER = Option[str]("login/last_user", str, "")
    # Where the records office is when no --db is given (issue 15): this computer's file
    # (paths.default_db_path), or the server at the address — never with its password, which
    # is in the OS keyring or asked for.
    DATABASE_ON_SERVER = Option[bool]("database/on_server", bool, False)
    DATABASE_SERVER_ADDRESS = Option[str]("database/server_address", str, "")
    LABEL_COLUMNS = Option[int]("printing/label_columns", int, 3)
    LABEL_ROWS = Option[int]("printing/label_rows", int, 8)
    LABEL_OFFSET_X_MM = Option[float]("printing/label_offset_x_mm", float, 0.0)
    LABEL_OFFSET_Y_MM = Option[float]("printing/label_offset_y_mm", float, 0.0)

    @classmethod
    def all(cls) -> list[Option[Any]]:
        return [v for v in vars(cls).values() if isinstance(v, Option)]


LANGUAGES = ("zh_TW", "en")


class Backend(Protocol):
    def value(self, key: str) -> Any: ...

    def set_value(self, key: str, value: Any) -> None: ...


class MemoryBackend:
    def __init__(self, values: dict[str, Any] | None = None) -> None:
        self.values = dict(values or {})

    def value(self, key: str) -> Any:
        return self.values.get(key)

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value


class Settings:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def saved_server(self) -> str | None:
        """The server address chosen in the settings dialog, if a server was chosen."""
        address = self.get(Options.DATABASE_SERVER_ADDRESS).strip()
        return address if address and self.get(Options.DATABASE_ON_SERVER) else None

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.backend.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self.backend.set_value(option.key, value)
