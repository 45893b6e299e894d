"""The PostgreSQL side of backups and restores (issue 15 §6; R-BAK-1…3 on a server office):
a `pg_dump --format=custom` of the office's database, a look into a dump (row counts, audit
head and chain, schema revision, and whether it restores), and the restore of a dump in
place of the office's database. The services (services/backup/) say when and why, as for a
database file (store/backup.py), and keep the same manifest.

Decisions:
- The tools are the PostgreSQL client's own (`pg_dump`, `pg_restore`): $RECORDS_DESK_PG_BIN,
  else the newest Debian /usr/lib/postgresql/N/bin, else the PATH; missing: ToolMissing.
- The password reaches a tool through the PGPASSWORD variable of the child's environment only:
  never its command line (which any user of the machine may list), never a log line. The
  connection is a libpq connection string of keywords (host, port, dbname, user, sslmode…)
  built from the office's address, which holds no password.
- What a tool writes on its standard error may quote a row (pg_restore's COPY context): it is
  read for a reason in a word (password, connection, version, permission, other) and never
  logged nor shown.
- The manifest matches the dump exactly: one REPEATABLE READ, READ ONLY transaction exports
  its snapshot, counts every table's rows, reads the audit head and walks the chain, and
  `pg_dump --snapshot` dumps that same snapshot while the transaction stays open.
- A dump is looked into without a database: `pg_restore --data-only --file=-` reads every
  block of it (a damaged or cut one fails), and its COPY lines give each table's row count,
  the audit log's rows (chain and head) and the schema revision. Where the role may create
  databases the dump is also restored into a scratch database, dropped after (a dump that
  does not restore is damaged).
- A restore never leaves the office's database half replaced. Where the role may create
  databases and owns the office's, the dump is restored into a new database, checked there,
  and the two are swapped by renaming both in one transaction (the other desks' connections
  to the old one are ended first; the old database is dropped after). Otherwise it is
  restored into the office's database with `--single-transaction --clean`: all of it or,
  failing, nothing. Database-level grants and settings are the server administrator's and are
  not part of a dump (a swapped-in database is owned by the restoring role). Extensions'
  comments are left out of a restore (their owner is often the administrator), and over the
  office's own database its extensions are left as installed (`--use-list`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import ChainReport, Head
from records_desk.store.atomic import fsync_file
from records_desk.store.audit_rows import iter_chain, read_head
from records_desk.store.backends import conninfo, make_server_engine
from records_desk.store.backup import IDENTIFIER, CopyFacts
from records_desk.store.server_dump import read_script

if TYPE_CHECKING:
    from records_desk.store.database import ServerDatabase
from records_desk.store.server_tools import (  # the tools' names, as the services call them
    TOOLS_ENV as TOOLS_ENV,
)
from records_desk.store.server_tools import (
    ToolFailed as ToolFailed,
)
from records_desk.store.server_tools import (
    ToolMissing as ToolMissing,
)
from records_desk.store.server_tools import (
    _reason,
    _run,
    tool,
)
from records_desk.store.server_tools import (
    child_env as child_env,
)

log = logging.getLogger(__name__)

MAINTENANCE = ("postgres", "template1")  # where CREATE/ALTER/DROP DATABASE are sent from
SWAP_TRIES = 20
SWAP_PAUSE_S = 0.1


class RestoreTargetBusy(Exception):
    """The office's database stayed in use by other sessions: it could not be swapped."""


@dataclass(frozen=True)
class Server:
    """How to reach the office's database: its address (no password) and the password."""

    url: URL
    password: str | None

    @classmethod
    def of(cls, database: ServerDatabase) -> Server:
        return cls(database.url, database.password)

    @property
    def dbname(self) -> str:
        return str(self.url.database)

    def engine_on(self, dbname: str) -> Engine:
        return make_server_engine(self.url.set(database=dbname), self.password)


# -- the tools ---------------------------------------------------------------------------------


def dump_command(server: Server, target: Path, snapshot: str | None) -> list[str]:
    argv = [str(tool("pg_dump")), "--format=custom", f"--file={target}", "--no-password"]
    if snapshot:
        argv.append(f"--snapshot={snapshot}")
    return [*argv, f"--dbname={conninfo(server.url)}"]


def restore_command(
    server: Server, source: Path, dbname: str, *, clean: bool = False, use_list: Path | None = None
) -> list[str]:
    argv = [str(tool("pg_restore")), "--exit-on-error", "--single-transaction", "--no-owner",
            "--no-privileges", "--no-password"]  # fmt: skip
    if clean:
        argv += ["--clean", "--if-exists"]
    if use_list is not None:
        argv.append(f"--use-list={use_list}")
    return [*argv, f"--dbname={conninfo(server.url, dbname)}", str(source)]


# Entries of a dump's table of contents a restore leaves out: an extension's comment belongs
# to the extension's owner (often the server's administrator, not the office's role), and
# over the office's own database its extensions stay as the administrator installed them.
_NOT_RESTORED = re.compile(r"^\d+; \d+ \d+ COMMENT - EXTENSION ")
_NOT_RESTORED_IN_PLACE = re.compile(r"^\d+; \d+ \d+ EXTENSION - ")


@contextlib.contextmanager
def _restore_list(source: Path, in_place: bool) -> Iterator[Path]:
    """The dump's table of contents less what a restore leaves out, in a file for the block."""
    result = subprocess.run(
        [str(tool("pg_restore")), "--list", str(source)],
        env=child_env(None), stdin=subprocess.DEVNULL, capture_output=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        reason = _reason(result.stderr.decode("utf-8", errors="replace"))
        log.warning("pg_restore could not list a dump: %s", reason)
        raise ToolFailed("pg_restore", reason)
    lines = []
    for line in result.stdout.decode("utf-8", errors="replace").splitlines():
        left_out = _NOT_RESTORED.match(line) or (in_place and _NOT_RESTORED_IN_PLACE.match(line))
        lines.append(f";{line}" if left_out else line)
    with tempfile.NamedTemporaryFile("w", suffix=".list", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        yield Path(fh.name)


def _restore(server: Server, source: Path, dbname: str, *, in_place: bool) -> None:
    with _restore_list(source, in_place) as listing:
        argv = restore_command(server, source, dbname, clean=in_place, use_list=listing)
        _run(argv, server.password)


def dump(engine: Engine, server: Server, key_hex: str, target: Path) -> CopyFacts:
    """The office's database dumped to TARGET (made here, 0600; must not exist), and what the
    dumped snapshot holds (row counts, audit head and chain, schema), read in that snapshot."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot = str(conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar())
            facts = facts_of(conn, key_hex, walk=False)  # the dump's own is walked after
            _run(dump_command(server, target, snapshot), server.password)
    fsync_file(target)
    return facts


def facts_of(conn: Connection, key_hex: str, *, walk: bool = True) -> CopyFacts:
    """Row counts of every table of the schema in use, audit head and chain (not walked
    without WALK: reported intact), schema revision, over CONN (in its transaction)."""
    names = [
        str(n)
        for n in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                 " ORDER BY tablename")
        ).scalars()
    ]  # fmt: skip
    if not all(IDENTIFIER.fullmatch(n) for n in names):
        return CopyFacts(False, {}, Head.empty(), ChainReport(0, 1), (), {})
    tables = {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()) for n in names}
    schema: tuple[str, ...] = ()
    if "alembic_version" in tables:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
        schema = tuple(sorted(str(r) for r in rows))
    if "audit_log" not in tables:
        return CopyFacts(True, tables, Head.empty(), ChainReport(0, None), schema, {})
    with Session(bind=conn) as session:
        head = read_head(session)
        chain = ChainReport(head.seq, None)
        if walk:
            chain = audit_chain.verify(iter_chain(session), audit_chain.chain_key(key_hex))
    return CopyFacts(True, tables, head, chain, schema, {})


# -- looking into a dump -----------------------------------------------------------------------


def look_into(
    path: Path, key_hex: str, server: Server | None = None, *, trial: bool | None = None
) -> CopyFacts:
    """What the dump at PATH holds: its data read whole (`pg_restore --data-only`), each
    table's rows counted from it, the audit log's chain walked and its head, the schema. With
    SERVER, the dump is also restored into a scratch database there when TRIAL (None: when
    the role may create databases), and not good when it does not restore."""
    try:
        facts = read_script(path, key_hex)
    except ToolFailed:  # it cannot be read whole
        return CopyFacts(False, {}, Head.empty(), ChainReport(0, 1), (), {})
    if server is not None and (trial if trial is not None else may_create_databases(server)):
        try:
            with scratch_database(server) as name:
                _restore(server, path, name, in_place=False)
        except ToolFailed:
            return CopyFacts(False, {}, Head.empty(), ChainReport(0, 1), (), {})
    return facts


# -- databases on the server -------------------------------------------------------------------


@contextlib.contextmanager
def maintenance(server: Server) -> Iterator[Any]:
    """An autocommit psycopg connection to the server's maintenance database (not the
    office's: a database cannot be renamed from a session on it)."""
    import psycopg

    error: Exception | None = None
    for name in MAINTENANCE:
        params: dict[str, Any] = {"conninfo": conninfo(server.url, name), "autocommit": True}
        if server.password is not None:
            params["password"] = server.password
        try:
            conn = psycopg.connect(**params)
        except psycopg.OperationalError as e:
            error = e
            continue
        try:
            yield conn
        finally:
            conn.close()
        return
    assert error is not None
    raise error


def may_create_databases(server: Server) -> bool:
    """Whether the office's role may create a database (and reach the maintenance one)."""
    try:
        with maintenance(server) as conn:
            row = conn.execute(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
            ).fetchone()
    except Exception:  # noqa: BLE001 - no maintenance database for this role: no
        return False
    return bool(row and row[0])


def may_swap(server: Server) -> bool:
    """Whether a restore may go through a new database swapped in by renaming: the role may
    create databases and owns the office's (or is a superuser)."""
    try:
        with maintenance(server) as conn:
            row = conn.execute(
                "SELECT (r.rolcreatedb AND d.datdba = r.oid) OR r.rolsuper"
                " FROM pg_roles r, pg_database d"
                " WHERE r.rolname = current_user AND d.datname = %s",
                (server.dbname,),
            ).fetchone()
    except Exception:  # noqa: BLE001
        return False
    return bool(row and row[0])


def _name(base: str, what: str) -> str:
    return f"{base[:40]}_{what}_{secrets.token_hex(4)}"


@contextlib.contextmanager
def scratch_database(server: Server) -> Iterator[str]:
    """A new, empty database for the block, dropped after it."""
    name = _name(server.dbname, "check")
    with maintenance(server) as conn:
        conn.execute(f"CREATE DATABASE {_ident(name)} TEMPLATE template0")
    try:
        yield name
    finally:
        drop_database(server, name)


def drop_database(server: Server, name: str) -> None:
    try:
        with maintenance(server) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {_ident(name)} WITH (FORCE)")
    except Exception:  # noqa: BLE001 - left for the administrator; the restore stands
        log.warning("a scratch database could not be dropped")


def tables_of(server: Server) -> set[str]:
    engine = server.engine_on(server.dbname)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            ).scalars()
            return {str(r) for r in rows}
    finally:
        engine.dispose()


def restore_beside(server: Server, source: Path) -> str:
    """The dump restored into a new database on the server (all or nothing); its name. The
    caller checks it, then `swap_in` or `drop_database`."""
    name = _name(server.dbname, "restoring")
    with maintenance(server) as conn:
        conn.execute(f"CREATE DATABASE {_ident(name)} TEMPLATE template0")
    try:
        _restore(server, source, name, in_place=False)
    except BaseException:
        drop_database(server, name)
        raise
    return name


def swap_in(server: Server, restored: str) -> None:
    """The database RESTORED takes the office's name, in one transaction (the other desks'
    sessions on the office's database ended first: renaming needs it unused); the office's
    database as it was is then dropped. RestoreTargetBusy when it stays in use."""
    import psycopg

    office = server.dbname
    old = _name(office, "replaced")
    with maintenance(server) as conn:
        for _ in range(SWAP_TRIES):
            _end_sessions(conn, office)
            try:
                with conn.transaction():
                    conn.execute(f"ALTER DATABASE {_ident(office)} RENAME TO {_ident(old)}")
                    conn.execute(f"ALTER DATABASE {_ident(restored)} RENAME TO {_ident(office)}")
                break
            except psycopg.errors.ObjectInUse:
                time.sleep(SWAP_PAUSE_S)  # a desk's pool reconnecting: ended again
        else:
            raise RestoreTargetBusy()
    log.info("the office's database replaced by a restored one")
    drop_database(server, old)


def _end_sessions(conn: Any, dbname: str) -> None:
    """End the sessions on DBNAME the role may end (its own role's; a superuser's it may not:
    then the database stays in use and the swap is refused)."""
    import psycopg

    pids = conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (dbname,),
    ).fetchall()
    for (pid,) in pids:
        with contextlib.suppress(psycopg.Error):
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def restore_in_place(server: Server, source: Path) -> None:
    """The dump restored over the office's database in one transaction (`--clean`): all of
    it, or nothing changed."""
    _restore(server, source, server.dbname, in_place=True)


def live_facts(engine: Engine, key_hex: str) -> CopyFacts:
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            return facts_of(conn, key_hex)
