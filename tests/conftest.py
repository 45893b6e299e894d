"""Shared fixtures: headless Qt, an in-memory keyring, cheap argon2, a fresh encrypted database
with services, and a signed-in principal per role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from records_desk.domain.common.roles import Role  # noqa: E402
from records_desk.services.common.dto import Principal  # noqa: E402
from records_desk.services.container import Services, build_services  # noqa: E402
from records_desk.settings import MemoryBackend, Options, Settings  # noqa: E402
from records_desk.store.database import open_database  # noqa: E402
from records_desk.store.keystore import KeyStore  # noqa: E402

GM_PASSWORD = "general-manager-pw"
PASSWORD = "a-good-password"


class MemoryKeyring(KeyringBackend):
    """A working keyring for tests (a headless box has only the failing backend)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets its own keyring, config, log and database folders."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("RECORDS_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RECORDS_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("RECORDS_DESK_DB", str(tmp_path / "data" / "records.db"))
    monkeypatch.delenv("RECORDS_DESK_PASSWORD", raising=False)
    yield backend
    keyring.set_keyring(previous)


def cheap_settings(**extra: object) -> Settings:
    """Argon2 at test cost: never used in production (the defaults are the real cost)."""
    values: dict[str, object] = {
        Options.ARGON2_TIME_COST.key: 1,
        Options.ARGON2_MEMORY_KIB.key: 8,
        Options.ARGON2_PARALLELISM.key: 1,
    }
    values.update(extra)
    return Settings(MemoryBackend(values))


class Clock:
    """A clock the test moves by hand (expiry, lockout)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "records.db"


@pytest.fixture
def services(db_path: Path, tmp_path: Path, clock: Clock) -> Iterator[Services]:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    svc = build_services(database, cheap_settings(), clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def gm(services: Services) -> Principal:
    return services.auth.create_first_manager("boss", "王總", GM_PASSWORD)


def make_user(services: Services, gm: Principal, username: str, role: Role) -> Principal:
    """An account of the role, past its forced first password change, signed in."""
    services.accounts.create(gm, username, username.title(), role, "temporary-pw")
    return services.auth.change_password(username, "temporary-pw", PASSWORD)


@pytest.fixture
def principals(services: Services, gm: Principal) -> dict[Role, Principal]:
    found = {Role.GENERAL_MANAGER: gm}
    for role in Role:
        if role is not Role.GENERAL_MANAGER:
            found[role] = make_user(services, gm, role.value.replace("_", "-"), role)
    return found
