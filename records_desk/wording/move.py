"""The describers of a move that did not happen (domain/common/move_errors.py, issue 15 §5):
one sentence each, saying that nothing changed and what to do."""

from __future__ import annotations

from records_desk.domain.common.move_errors import (
    CopyNotConfirmed,
    MoveStopped,
    NotAFileOffice,
    ServerNotEmpty,
    UnknownTablesInFile,
)
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


@describer.register
def _not_a_file_office(e: NotAFileOffice) -> str:
    return sub(
        translate(
            "Move",
            "%1 is already on a database server; move-to moves an office from its database "
            "file (--db FILE).",
        ),
        e.source,
    )


@describer.register
def _server_not_empty(e: ServerNotEmpty) -> str:
    return sub(
        translate(
            "Move",
            "The server database %1 is not empty: an office moves only into a new, empty "
            "database. Nothing was copied. Ask its administrator for an empty one "
            "(docs/several-desks.md).",
        ),
        e.address,
    )


@describer.register
def _unknown_tables(e: UnknownTablesInFile) -> str:
    return sub(
        translate(
            "Move",
            "%1 holds tables this version of Records Desk does not know (%2): move it with "
            "the version that made them. Nothing was copied.",
        ),
        e.source,
        ", ".join(e.tables),
    )


@describer.register
def _copy_not_confirmed(e: CopyNotConfirmed) -> str:
    if e.what == "audit":
        text = translate(
            "Move",
            "The copy on %1 was not kept: its operation log did not verify there. The server "
            "database is still empty and the database file unchanged; run audit verify on the "
            "file.",
        )
    else:
        text = translate(
            "Move",
            "The copy on %1 was not kept: its row counts did not match the file's. The server "
            "database is still empty and the database file unchanged.",
        )
    return sub(text, e.address)


@describer.register
def _move_stopped(e: MoveStopped) -> str:
    if e.reason == "privileges":
        text = translate(
            "Move",
            "The move onto %1 stopped: the server's role in the address does not own the "
            "database's tables (docs/several-desks.md, step 2). The server database is still "
            "empty and the database file unchanged.",
        )
    elif e.reason == "connection":
        text = translate(
            "Move",
            "The move onto %1 stopped: the connection to the server was lost. The server "
            "database is still empty and the database file unchanged; run move-to again.",
        )
    else:
        text = translate(
            "Move",
            "The move onto %1 stopped: the server refused the copy (the log says why). The "
            "server database is still empty and the database file unchanged.",
        )
    return sub(text, e.address)
