"""What the window tells of a records office on a database server (issue 15): whether the
office is on one, and how it is reached (the status bar's "TLS" or "local" where a file
office says "encrypted"). The window does not import the store: it reads what the opened
database has (ServerDatabase's `address` and `url`).

Decisions:
- The transport is read from the address by the rule the store connects with
  (store/backends.py connect_args): TLS required off this machine unless the address's
  sslmode says otherwise; a Unix socket or the loopback is "local". An sslmode that lets the
  connection fall back to plain text (disable, allow, prefer) is said as not encrypted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from records_desk.services.container import Services

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

ADDRESS_FORM = "postgresql://USER@HOST[:PORT]/DBNAME"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
PLAIN_SSLMODES = frozenset({"disable", "allow", "prefer"})


def on_server(services: Services) -> bool:
    """Whether the office is on a database server, not in a file on this computer."""
    return getattr(services.database, "address", None) is not None


def server_transport(database: object) -> str | None:
    """How the window reaches a server office: "local" (a Unix socket or this machine's
    loopback), "tls", or "plain" (the address's sslmode allows no encryption); None for a
    file office (no `url`)."""
    url = getattr(database, "url", None)
    if url is None:
        return None
    query = dict(url.query)
    host = query.get("host") or url.host
    if isinstance(host, tuple):
        host = host[0] if host else None
    sslmode = query.get("sslmode")
    if isinstance(sslmode, tuple):
        sslmode = sslmode[0] if sslmode else None
    if sslmode is None:
        local = not host or str(host).startswith("/") or str(host).lower() in LOCAL_HOSTS
        return "local" if local else "tls"
    return "plain" if sslmode in PLAIN_SSLMODES else "tls"


def shown_name(database: object) -> str:
    """The office as a user reads it: a file's path, or the server address with its query
    written plainly (the store percent-encodes it: host=%2Frun%2Fpostgresql)."""
    name = str(getattr(database, "name", ""))
    return unquote(name) if getattr(database, "url", None) is not None else name


def address_error_text(address: str) -> str:
    """ADDRESS is no server address that can be read (store/backends.py ServerAddressError)."""
    return (
        translate(
            "ServerOffice",
            "%1 is not a server address Records Desk can read. Write it as %2 (on this "
            "computer's socket: postgresql://USER@/DBNAME?host=/run/postgresql).",
        )
        .replace("%1", address)
        .replace("%2", ADDRESS_FORM)
    )
