"""Shared fixtures: headless Qt, an in-memory keyring, cheap argon2, a fresh encrypted database
with services, and a signed-in principal per role.

The database of a test is a copy of a template made once per session (per xdist worker):
migrated, and with the general manager and one account per role already made when the test
asks for `gm` or `principals`. A copy takes milliseconds where migrating and hashing took most
of a test's set-up; the copy is the same database the fixtures made before (same clock, same
order of writes), under a key of its own in the test's keyring.

Both backends (issue 15): a store, services or command-line test (tests/unit, tests/integration)
that asks for `services` runs once on SQLCipher ([sqlite]) and once on the throwaway PostgreSQL
cluster of tests/pg.py ([postgresql]), its office a copy of a template database made the same
way there (RECORDS_DESK_TEST_BACKENDS=sqlite runs one). A test about the database file itself
(its bytes, its key, a crash of SQLite, a backup file) is marked `sqlite_only` with the reason."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import secrets  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from records_desk.domain.common.roles import Role  # noqa: E402
from records_desk.paths import config_dir  # noqa: E402
from records_desk.services.common.dto import Principal  # noqa: E402
from records_desk.services.container import Services, build_services  # noqa: E402
from records_desk.settings import MemoryBackend, Options, Settings  # noqa: E402
from records_desk.store import migrate  # noqa: E402
from records_desk.store.audit_anchor import AuditAnchor, anchor_for  # noqa: E402
from records_desk.store.audit_head_format import KEYRING_SERVICE  # noqa: E402
from records_desk.store.database import Database, open_database  # noqa: E402
from records_desk.store.engine import make_engine  # noqa: E402
from records_desk.store.keystore import SERVICE, DatabaseKey, KeyStore  # noqa: E402
from records_desk.wording.language import DEFAULT_LANGUAGE, set_language  # noqa: E402
from tests.pg import (  # noqa: E402, F401 - the PostgreSQL fixtures (issue 15)
    mark_postgres_items,
    pg_cluster,
    pg_empty_url,
    pg_office_templates,
    pg_template,
    pg_url,
    plain_role_url,
)

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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_postgres_items(items)  # before -m selects: `-m postgres` finds them


BACKENDS_ENV = "RECORDS_DESK_TEST_BACKENDS"
DEFAULT_BACKENDS = "sqlite,postgresql"
BOTH_FOLDERS = ("unit", "integration")  # the store, services and command-line tests


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`services` tests of tests/unit and tests/integration on each backend."""
    if "backend" not in metafunc.fixturenames:
        return
    folder = metafunc.definition.path.parent.name
    if folder not in BOTH_FOLDERS or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    backends = [b for b in os.environ.get(BACKENDS_ENV, DEFAULT_BACKENDS).split(",") if b]
    metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The store under the test's `services`: sqlite (default) or postgresql."""
    return str(getattr(request, "param", "sqlite"))


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
    # Words in the office's default language unless a test asks otherwise (the command line
    # would otherwise follow whatever LANG the machine has).
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language(DEFAULT_LANGUAGE)
    yield backend
    keyring.set_keyring(previous)


def cheap_settings(**extra: object) -> Settings:
    """Argon2 at test cost: never used in production (the defaults are the real cost)."""
    values: dict[str, object] = {
        Options.ARGON2_TIME_COST.key: 1,
        Options.ARGON2_MEMORY_KIB.key: 8,
        Options.ARGON2_PARALLELISM.key: 1,
        # No automatic backup at every window a test opens and closes (ui/backup/status.py);
        # the backup tests turn it on.
        "backup/automatic": False,
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


@dataclass
class Template:
    """A database file made once, copied for each test that needs its state."""

    path: Path
    key_hex: str
    gm: Principal | None = None
    principals: dict[Role, Principal] = field(default_factory=dict)
    server_database: str | None = None  # on PostgreSQL: the template database's name

    @property
    def head_path(self) -> Path:
        """The template's audit anchor (store/audit_anchor.py), kept beside it."""
        return self.path.with_suffix(".head")

    def copy_to(self, db_path: Path, keyring_backend: MemoryKeyring) -> None:
        """The database, its key in the test's keyring and its audit anchor where the app
        looks for it (the head file beside the key in the config folder, and the keyring):
        the anchor's MAC covers the head, not the path, so a copy of it is valid."""
        db_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path, db_path)
        db_path.chmod(0o600)
        keyring_backend.set_password(SERVICE, str(db_path.resolve()), self.key_hex)
        self.install_anchor(keyring_backend)

    def install_anchor(self, keyring_backend: MemoryKeyring) -> None:
        """The template's audit head where the app looks for a copy's (named after the key)."""
        if self.head_path.exists():
            anchor = anchor_for(DatabaseKey(self.key_hex, "keyring", "test"), config_dir())
            anchor.path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.head_path, anchor.path)
            anchor.path.chmod(0o600)
            head = anchor.path.read_text("utf-8")
            keyring_backend.set_password(KEYRING_SERVICE, anchor.path.stem, head)


class Templates:
    """The session's templates by level: "empty" (migrated), "gm", "principals"."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[str, Template] = {}

    def get(self, level: str) -> Template:
        if level not in self.made:
            self.made[level] = self._make(level)
        return self.made[level]

    def _make(self, level: str) -> Template:
        path = self.folder / f"{level}.db"
        key_hex = secrets.token_hex(32)
        engine = make_engine(path, key_hex)
        template = Template(path, key_hex)
        try:
            migrate.upgrade(engine)
            if level != "empty":
                key = DatabaseKey(key_hex, "template", str(path))
                anchor = AuditAnchor(template.head_path, key_hex, None)
                svc = build_services(
                    Database(path, engine, key), cheap_settings(), clock=Clock(), anchor=anchor
                )
                template.gm = svc.auth.create_first_manager("boss", "王總", GM_PASSWORD)
                if level == "principals":
                    template.principals = make_principals(svc, template.gm)
        finally:
            engine.dispose()  # the last connection checkpoints the WAL into the file
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
        return template


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


def template_level(request: pytest.FixtureRequest) -> str:
    names = request.fixturenames
    return "principals" if "principals" in names else "gm" if "gm" in names else "empty"


@pytest.fixture
def db_template(request: pytest.FixtureRequest, backend: str) -> Template:
    if backend == "postgresql":
        from tests.pg import PgOfficeTemplates

        server: PgOfficeTemplates = request.getfixturevalue("pg_office_templates")
        return server.get(template_level(request))
    templates: Templates = request.getfixturevalue("db_templates")
    return templates.get(template_level(request))


@pytest.fixture
def services(
    request: pytest.FixtureRequest,
    backend: str,
    db_path: Path,
    tmp_path: Path,
    clock: Clock,
    memory_keyring: MemoryKeyring,
    db_template: Template,
) -> Iterator[Services]:
    if backend == "postgresql":
        from tests.pg import PgCluster, open_server_copy

        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        with open_server_copy(cluster, db_template, memory_keyring, tmp_path) as database:
            svc = build_services(database, cheap_settings(), clock=clock)
            yield svc
            svc.close()
        return
    db_template.copy_to(db_path, memory_keyring)
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    svc = build_services(database, cheap_settings(), clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def gm(services: Services, db_template: Template) -> Principal:
    if db_template.gm is not None:
        return db_template.gm
    return services.auth.create_first_manager("boss", "王總", GM_PASSWORD)


def make_user(services: Services, gm: Principal, username: str, role: Role) -> Principal:
    """An account of the role, past its forced first password change, signed in."""
    services.accounts.create(gm, username, username.title(), role, "temporary-pw")
    return services.auth.change_password(username, "temporary-pw", PASSWORD)


def make_principals(services: Services, gm: Principal) -> dict[Role, Principal]:
    found = {Role.GENERAL_MANAGER: gm}
    for role in Role:
        if role is not Role.GENERAL_MANAGER:
            found[role] = make_user(services, gm, role.value.replace("_", "-"), role)
    return found


@pytest.fixture
def principals(services: Services, gm: Principal, db_template: Template) -> dict[Role, Principal]:
    return dict(db_template.principals) or make_principals(services, gm)
