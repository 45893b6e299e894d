"""Which backend a `--db` names, and the engine for a PostgreSQL server (issue 15 §1).

A `--db` is either a file path (the embedded SQLCipher store, store/engine.py, unchanged) or a
server address: `postgresql://USER@HOST[:PORT]/DBNAME`, or for a Unix socket
`postgresql://USER@/DBNAME?host=/run/postgresql`.

Decisions:
- The password is never part of what is kept: it comes from the OS keyring (service
  `records-desk-server`, one entry per address, the address written without any password) or,
  when the server asks for one, from a prompt; a server that needs none (peer or trust on a
  Unix socket) is asked with none and no prompt is shown. A password typed at the prompt that
  the server accepts is kept in the keyring for the next start.
- The connection is tried once with what the keyring has before any prompt, so "needs a
  password" is the server's answer, not a guess from the address.
- TLS: `sslmode=require` unless the server is on this machine (a Unix socket, localhost,
  127.0.0.1, ::1) or the address says otherwise (`?sslmode=verify-full`, `disable`).
- The password reaches psycopg through the engine's do_connect event, never the URL, so no
  repr, log line or error message carries it; hide_parameters keeps customers' values out of
  errors as on SQLite.
- Schema upgrades take another advisory lock (`migration_lock`) for their transaction.
- Writers (execution option `writer`, store/uow.py) take one transaction-scoped advisory lock
  as their first statement (`writer_lock`): PostgreSQL's counterpart of SQLite's BEGIN
  IMMEDIATE, so "read the audit head, append" never interleaves between two desks. Readers
  take no lock.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

__all__ = [
    "KEYRING_SERVICE",
    "direct_connection",
    "ServerAddressError",
    "is_server_url",
    "keyring_entry",
    "make_server_engine",
    "migration_lock",
    "parse_server_url",
    "psycopg_params",
    "readable_address",
    "server_password",
    "unavailable_reason",
    "writer_lock",
]

KEYRING_SERVICE = "records-desk-server"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
# The advisory lock keys ("RDWRITER", "RDMIGRAT" in ASCII; each fits a signed bigint).
WRITER_LOCK_KEY = 0x5244575249544552
MIGRATION_LOCK_KEY = 0x52444D4947524154
CONNECT_TIMEOUT_S = 10
POOL_SIZE = 5
MAX_OVERFLOW = 5
POOL_RECYCLE_S = 1800
# psycopg's words for "the server wants a password and got none or a wrong one".
_PASSWORD_WANTED = ("no password supplied", "password authentication failed")

Prompt = Callable[[str], str]


class ServerAddressError(ValueError):
    """A `postgresql://` address that cannot be read (no database name, a bad port)."""


def is_server_url(value: str | os.PathLike[str]) -> bool:
    """Whether `value` names a server (postgresql://…) rather than a database file."""
    text = os.fspath(value)
    scheme, sep, _rest = text.partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


def parse_server_url(value: str) -> URL:
    """The address as SQLAlchemy's URL on the psycopg driver; ServerAddressError when it is
    not a server address or names no database."""
    if not is_server_url(value):
        raise ServerAddressError(value)
    try:
        url = make_url(value)
        url.port  # noqa: B018 - a port that is no number fails here
    except (ArgumentError, ValueError):
        raise ServerAddressError(value) from None
    if not url.database:
        raise ServerAddressError(value)
    return url.set(drivername="postgresql+psycopg")


def keyring_entry(url: URL) -> str:
    """The keyring's user name for the address: the address without password or driver."""
    return _without_password(url, "postgresql").render_as_string(hide_password=False)


def _without_password(url: URL, drivername: str | None = None) -> URL:
    # URL.set(password=None) keeps the password: None there means "unchanged".
    return URL.create(
        drivername or url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )


def readable_address(address: str) -> str:
    """An address as a person reads it: `host=%2Frun%2Fpostgresql` as `host=/run/postgresql`
    (the keyring entry keeps the escaped form: it names the key and the password)."""
    from urllib.parse import unquote

    return unquote(address)


def is_local(url: URL) -> bool:
    """A Unix socket (no host, a host that is a folder) or this machine's loopback."""
    host = url.query.get("host") or url.host
    if isinstance(host, tuple):
        host = host[0] if host else None
    return not host or host.startswith("/") or host.lower() in LOCAL_HOSTS


def connect_args(url: URL) -> dict[str, Any]:
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "records-desk",
        # Moments are bound as naive UTC (store/models.py UTCDateTime): the session's time
        # zone must be UTC whatever the server's own (a server in Taipei has Asia/Taipei).
        "options": "-c TimeZone=UTC",
    }
    if "sslmode" not in url.query and not is_local(url):
        args["sslmode"] = "require"
    return args


_REASONS = (  # psycopg's words, first match wins (ServerUnavailable.REASONS)
    ("password", ("no password supplied", "password authentication failed")),
    ("no_database", ("database",)),  # 'database "x" does not exist'
    ("no_role", ("role",)),  # 'role "x" does not exist'
    (
        "unreachable",
        (
            "connection refused",
            "could not connect",
            "timeout expired",
            "could not translate host name",
            "name or service not known",
            "no route to host",
            "network is unreachable",
            "no such file or directory",  # a Unix socket that is not there
        ),
    ),
)


def unavailable_reason(error: BaseException) -> str:
    """Why the server refused or could not be reached, as ServerUnavailable names it."""
    message = str(error).lower()
    for reason, words in _REASONS:
        if reason in ("no_database", "no_role"):
            if "does not exist" in message and any(f'{w} "' in message for w in words):
                return reason
        elif any(w in message for w in words):
            return reason
    return "other"


def _wants_password(error: BaseException) -> bool:
    message = str(error).lower()
    return any(words in message for words in _PASSWORD_WANTED)


def _try_connect(url: URL, password: str | None) -> None:
    import psycopg

    params = {**psycopg_params(url), **connect_args(url)}
    if password is not None:
        params["password"] = password
    psycopg.connect(**params).close()


def psycopg_params(url: URL) -> dict[str, Any]:
    """The address as libpq's keywords (dbname, user, host, port and the query's), without
    a password: psycopg's connect, and server_backup's connection string for the tools."""
    params: dict[str, Any] = {"dbname": url.database}
    if url.username:
        params["user"] = url.username
    if url.host:
        params["host"] = url.host
    if url.port:
        params["port"] = url.port
    for name, value in url.query.items():
        params[name] = value[0] if isinstance(value, tuple) else value
    return params


def direct_connection(url: URL, password: str | None) -> Any:
    """A psycopg connection of its own, outside the pool, in autocommit (the live refresh's
    LISTEN: store/live.py)."""
    import psycopg

    params = {**psycopg_params(url), **connect_args(url)}
    if password is not None:
        params["password"] = password
    return psycopg.connect(**params, autocommit=True)


def server_password(url: URL, prompt: Prompt | None = None) -> str | None:
    """The password to connect with: the address's own, the keyring's, none when the server
    accepts the connection without one, else the prompt's (kept in the keyring once the
    server accepted it). Connection errors other than a wanted password propagate
    (psycopg.OperationalError)."""
    import keyring  # here, not at import: the SQLite start never needs it from this module
    import keyring.errors

    if url.password is not None:
        return str(url.password)
    entry = keyring_entry(url)
    try:
        stored = keyring.get_password(KEYRING_SERVICE, entry)
    except keyring.errors.KeyringError:
        stored = None
    try:
        _try_connect(url, stored)
        return stored
    except Exception as e:
        if prompt is None or not _wants_password(e):
            raise
    typed = prompt(entry)
    _try_connect(url, typed)
    try:
        keyring.set_password(KEYRING_SERVICE, entry, typed)
    except keyring.errors.KeyringError:
        pass  # no keyring on this machine: asked again next time
    return typed


def make_server_engine(url: URL, password: str | None = None) -> Engine:
    """The engine on a PostgreSQL server (psycopg 3), its pool sized for one desk."""
    engine = create_engine(
        _without_password(url),
        connect_args=connect_args(url),
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_pre_ping=True,
        pool_recycle=POOL_RECYCLE_S,
        hide_parameters=True,
    )
    if password is not None:

        @event.listens_for(engine, "do_connect")
        def _password(dialect: Any, conn_rec: Any, cargs: Any, cparams: dict[str, Any]) -> None:
            cparams["password"] = password

    event.listen(engine, "begin", _begin)
    return engine


def writer_lock(conn: Connection) -> None:
    """Serialise writers for the rest of the transaction (released at commit or rollback)."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def migration_lock(conn: Connection) -> None:
    """Serialise schema upgrades: two desks started at once on a new or older database migrate
    it once (the second finds it current). A no-op on SQLite, where the writer's BEGIN
    IMMEDIATE already serialises them."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")


def _begin(conn: Connection) -> None:
    if conn.get_execution_options().get("writer"):
        writer_lock(conn)


def conninfo(url: URL, dbname: str | None = None) -> str:
    """A libpq connection string (keyword=value) for the address, never with a password."""
    params = psycopg_params(url)
    if dbname:
        params["dbname"] = dbname
    for name, value in connect_args(url).items():
        params.setdefault(name, value)
    params.pop("password", None)
    return " ".join(f"{k}={_quoted(str(v))}" for k, v in params.items())


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
