"""Why an office was not moved onto a server (issue 15 §5: `records-desk move-to`). Worded by
records_desk/wording/move.py; raised by services/common/move.py. In every case the server
database holds no row (as before) and the database file is unchanged."""

from __future__ import annotations

from dataclasses import dataclass, field

from records_desk.domain.common.errors import DomainError


@dataclass
class NotAFileOffice(DomainError):
    """The office signed in to is on a server already: a move starts from a database file."""

    source: str

    def __str__(self) -> str:
        return f"{self.source} is already on a server; a move starts from a database file"


@dataclass
class ServerNotEmpty(DomainError):
    """The server database holds records already (rows in TABLES, or another office's audit
    log): an office moves only into an empty database."""

    address: str
    tables: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        return f"the server database {self.address} is not empty"


@dataclass
class UnknownTablesInFile(DomainError):
    """The file has tables this version does not know (made by a newer version)."""

    source: str
    tables: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.source} has tables this version does not know: {', '.join(self.tables)}"


@dataclass
class CopyNotConfirmed(DomainError):
    """The copy on the server did not check out (WHAT: "rows" or "audit"): rolled back."""

    address: str
    what: str

    def __str__(self) -> str:
        return f"the copy on {self.address} did not check out ({self.what}); nothing was kept"


@dataclass
class MoveStopped(DomainError):
    """The server stopped the copy (REASON: "privileges", the role does not own the tables;
    "connection", the connection was lost; "other"): rolled back."""

    address: str
    reason: str

    def __str__(self) -> str:
        return f"the move onto {self.address} stopped ({self.reason}); nothing was kept"
