"""A throwaway PostgreSQL cluster for the tests (issue 15): started once per session (per xdist
worker) by the tests themselves, stopped and removed at the end.

- `initdb` in a temporary folder, `pg_ctl` on a Unix socket in that folder (no TCP port, so
  two workers' clusters never meet), trust authentication for the `postgres` role, fsync off.
- PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` system user
  (the Debian package makes it) and its commands run through `runuser`.
- `pg_url`: a fresh database per test, made with CREATE DATABASE … TEMPLATE from a database
  migrated once per session (milliseconds instead of a migration); `pg_empty_url`: a fresh
  database with no tables. Both are dropped after the test.
- Without the binaries (or without an unprivileged user to run them as root) every test that
  asks for the cluster is skipped with the reason; `make test`'s -ra prints it.
- A cluster whose test process was killed (its teardown never ran) is stopped and removed by
  the next start (`sweep_leftovers`, by the owner's pid kept in the folder).
- RECORDS_DESK_REQUIRE_POSTGRES=1 (CI) turns the skip into a failure.
- Every test using the cluster is marked `postgres` (tests/conftest.py), so `-m postgres`
  selects them and `-m 'not postgres'` leaves them out.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from records_desk.store.file_keystore import FileKeyStore
from records_desk.store.keystore import KeyStore

if TYPE_CHECKING:
    from records_desk.services.container import Services

PG_BIN_ENV = "RECORDS_DESK_PG_BIN"
# Set (to 1) where the PostgreSQL tests must run (CI): no cluster is then a failure, not a skip.
REQUIRE_ENV = "RECORDS_DESK_REQUIRE_POSTGRES"
PREFIX = "rd-pg-"
OWNER_FILE = "owner.pid"  # the test process that started the cluster
SUPERUSER = "postgres"
# The one role that must give a password (scram-sha-256): the prompt and keyring tests.
PASSWORD_ROLE = "rd_password_user"
TEMPLATE_DB = "rd_template"
_names = itertools.count()


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: $RECORDS_DESK_PG_BIN, the newest Debian
    /usr/lib/postgresql/N/bin, or the PATH."""
    env = os.environ.get(PG_BIN_ENV)
    if env:  # the one place to look (an empty folder there: the tests are skipped)
        folder = Path(env)
        return folder if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file() else None
    candidates: list[Path] = []
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.isdigit()]
        candidates += [p / "bin" for p in sorted(versions, key=lambda p: -int(p.name))]
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


@dataclass
class PgCluster:
    bin: Path
    folder: Path
    run_as: str | None  # the unprivileged user the server runs as (when the tests run as root)

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}"

    def command(self, *args: str) -> list[str]:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        return [*prefix, *args]

    def start(self) -> None:
        data = self.folder / "data"
        subprocess.run(
            self.command(
                str(self.bin / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ),
            check=True, capture_output=True,
        )  # fmt: skip
        hba = data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off"
            " -c full_page_writes=off -c synchronous_commit=off -c max_connections=60"
        )
        subprocess.run(
            self.command(
                str(self.bin / "pg_ctl"), "-D", str(data), "-w", "-t", "60",
                "-l", str(self.folder / "server.log"), "-o", options, "start",
            ),
            check=True, capture_output=True,
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            self.command(
                str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                "-w", "stop",
            ),
            capture_output=True,
        )  # fmt: skip

    def admin(self, statement: str) -> None:
        """Run one statement on the maintenance database, outside a transaction."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str = "template0") -> str:
        name = f"rd_test_{os.getpid()}_{next(_names)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _unprivileged_user() -> str | None:
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError:
        return None
    return SUPERUSER


def _base() -> str | None:
    # /tmp, not tempfile's default: the app points that at its private folder (0700, root's),
    # which the postgres user cannot enter; a short path also keeps the socket's under 107.
    return "/tmp" if Path("/tmp").is_dir() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_leftovers(folder_bin: Path, run_as: str | None) -> list[Path]:
    """Stop and remove the clusters of test processes that are gone (killed before their
    teardown), so a killed run leaves no server running for long. Returns what was removed."""
    removed = []
    for folder in Path(_base() or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being made
        if _alive(owner):
            continue
        PgCluster(folder_bin, folder, run_as).stop()
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _start_cluster() -> PgCluster | str:
    """A running cluster, or why there is none."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    folder_bin = find_bin()
    if folder_bin is None:
        return "PostgreSQL is not installed (no initdb/pg_ctl; Debian package postgresql)"
    run_as = None
    if os.geteuid() == 0:
        run_as = _unprivileged_user()
        if run_as is None or shutil.which("runuser") is None:
            return "running as root with no 'postgres' user (and runuser) to start PostgreSQL as"
    sweep_leftovers(folder_bin, run_as)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=_base()))
    (folder / OWNER_FILE).write_text(str(os.getpid()))
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    cluster = PgCluster(folder_bin, folder, run_as)
    try:
        cluster.start()
    except subprocess.CalledProcessError as e:
        log = folder / "server.log"
        detail = (e.stderr or b"").decode(errors="replace").strip().splitlines()
        if log.exists():
            detail += log.read_text(errors="replace").strip().splitlines()
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        return f"PostgreSQL did not start: {detail[-1] if detail else e}"
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    started = _start_cluster()
    if isinstance(started, str):
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"PostgreSQL tests cannot run ({REQUIRE_ENV} is set): {started}")
        pytest.skip(f"PostgreSQL tests skipped: {started}")
    try:
        yield started
    finally:
        started.stop()
        shutil.rmtree(started.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A database migrated to every head, the template of `pg_url`'s."""
    from records_desk.store import migrate
    from records_desk.store.backends import make_server_engine, parse_server_url

    pg_cluster.admin(f'CREATE DATABASE "{TEMPLATE_DB}" TEMPLATE template0')
    engine = make_server_engine(parse_server_url(pg_cluster.url(TEMPLATE_DB)))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()  # a template must have no connection when it is copied
    return TEMPLATE_DB


@pytest.fixture
def pg_empty_url(pg_cluster: PgCluster) -> Iterator[str]:
    """The address of a new database with no tables, dropped after the test."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_url(pg_cluster: PgCluster, pg_template: str) -> Iterator[str]:
    """The address of a new migrated database (a copy of the session's template)."""
    name = pg_cluster.new_database(pg_template)
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def plain_role_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A database owned by a role that may not create databases (as an office's role often
    is), with an extension the administrator installed (pg_trgm, which the search may use),
    otherwise empty: the desk migrates it as that role."""
    import psycopg

    role = f"rd_plain_{os.getpid()}"
    pg_cluster.admin(f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
    name = pg_cluster.new_database()
    pg_cluster.admin(f'ALTER DATABASE "{name}" OWNER TO "{role}"')
    with psycopg.connect(
        host=str(pg_cluster.socket_dir), user="postgres", dbname=name, autocommit=True
    ) as conn:
        conn.execute("CREATE EXTENSION pg_trgm")
    yield pg_cluster.url(name, user=role)
    pg_cluster.drop_database(name)
    pg_cluster.admin(f'DROP ROLE IF EXISTS "{role}"')


def mark_postgres_items(items: list[pytest.Item]) -> None:
    """Mark every test that uses the cluster `postgres`."""
    for item in items:
        if "pg_cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


def server_desk(
    url: str,
    folder: Path,
    *,
    office_key: str | None = None,
    settings: object | None = None,
    clock: object | None = None,
) -> Services:
    """One desk's services on the server database at URL, as a computer of its own: its key
    store and audit head under FOLDER (no keyring: the key in a file there), its own engine.
    OFFICE_KEY: the office's key, as typed from the key-recovery sheet (needed once the
    office has audit entries and FOLDER has no key yet)."""
    from records_desk.services.container import build_services
    from records_desk.store.audit_anchor import anchor_for
    from records_desk.store.database import open_server
    from tests.conftest import Clock, cheap_settings

    keystore = FileKeyStore(folder)
    database = open_server(url, keystore, office_key=office_key)
    return build_services(
        database,
        settings or cheap_settings(),  # type: ignore[arg-type]
        clock=clock or Clock(),  # type: ignore[arg-type]
        anchor=anchor_for(database.key, folder, shared=True),
    )


class PgOfficeTemplates:
    """The PostgreSQL counterpart of tests/conftest.py `Templates`: an office database per
    level ("empty", "gm", "principals") made once per session on the cluster, with the same
    accounts made the same way; each test's office is a CREATE DATABASE … TEMPLATE copy."""

    def __init__(self, cluster: PgCluster, migrated: str, folder: Path) -> None:
        self.cluster = cluster
        self.migrated = migrated
        self.folder = folder
        self.made: dict[str, Any] = {}

    def get(self, level: str) -> Any:
        if level not in self.made:
            self.made[level] = self._make(level)
        return self.made[level]

    def _make(self, level: str) -> Any:
        import secrets

        from records_desk.services.container import build_services
        from records_desk.store.audit_anchor import AuditAnchor
        from records_desk.store.backends import keyring_entry, make_server_engine, parse_server_url
        from records_desk.store.database import ServerDatabase
        from records_desk.store.keystore import DatabaseKey
        from tests.conftest import GM_PASSWORD, Clock, Template, cheap_settings, make_principals

        name = f"rd_office_{level}"
        self.cluster.admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.migrated}"')
        key_hex = secrets.token_hex(32)
        template = Template(self.folder / f"{level}.pg", key_hex, server_database=name)
        if level != "empty":
            url = parse_server_url(self.cluster.url(name))
            engine = make_server_engine(url)
            try:
                database = ServerDatabase(
                    keyring_entry(url), engine, DatabaseKey(key_hex, "template", name), url
                )
                anchor = AuditAnchor(template.head_path, key_hex, None, shared=True)
                svc = build_services(database, cheap_settings(), clock=Clock(), anchor=anchor)
                template.gm = svc.auth.create_first_manager("boss", "王總", GM_PASSWORD)
                if level == "principals":
                    template.principals = make_principals(svc, template.gm)
            finally:
                engine.dispose()  # a template must have no connection when it is copied
        return template


@pytest.fixture(scope="session")
def pg_office_templates(
    pg_cluster: PgCluster, pg_template: str, tmp_path_factory: pytest.TempPathFactory
) -> PgOfficeTemplates:
    return PgOfficeTemplates(pg_cluster, pg_template, tmp_path_factory.mktemp("pg-templates"))


@contextlib.contextmanager
def open_server_copy(
    cluster: PgCluster, template: Any, keyring_backend: Any, folder: Path
) -> Iterator[Any]:
    """A copy of TEMPLATE's office database opened as the app opens a server office: its key
    in the test's keyring under the copy's address, its audit head where the app looks."""
    from records_desk.store.backends import keyring_entry, parse_server_url
    from records_desk.store.database import open_server
    from records_desk.store.keystore import SERVICE

    name = cluster.new_database(template.server_database)
    url = cluster.url(name)
    keyring_backend.set_password(SERVICE, keyring_entry(parse_server_url(url)), template.key_hex)
    template.install_anchor(keyring_backend)
    database = open_server(url, KeyStore(folder / "config"))
    try:
        yield database
    finally:
        database.dispose()
        cluster.drop_database(name)
