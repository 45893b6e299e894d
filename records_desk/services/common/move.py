"""Moving an office from its database file onto a PostgreSQL server (issue 15 §5):

    MoveService(ctx, database, keystore).move_to(actor, address) -> MoveSummary

Decisions:
- Only the general manager (Action.OFFICE_MOVE), signed in on the file's office; a refusal
  is audited there as every refusal is.
- The move is recorded in the server's log, not the file's: its entry (office.moved: from,
  to, rows) is the last one the copy's server transaction writes, chained to the copied log
  under the same key and checked with it, so the server's log says the office came from that
  file exactly when the office is there. The file is only read: byte for byte the backup of
  the move, and a failed move leaves no entry anywhere (as a restore records itself in the
  restored log, backup.restored).
- The office key moves with the records: the server office's key on this desk is the file's
  (open_server's office_key; a key this desk kept for an empty database at that address
  before is replaced once the log is there: server_office_key), so the chain copied verifies
  with the key that made it, and the key-recovery sheet printed for the file stays the sheet
  of the office. Other desks type it once (--office-key).
- The target must be empty: any row in any office table (an account, an audit entry…) stops
  the move before anything is written (ServerNotEmpty); so does another office's log, whose
  key is not the file's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import OfficeKeyNeeded, WrongOfficeKey
from records_desk.domain.common.move_errors import (
    CopyNotConfirmed,
    MoveStopped,
    NotAFileOffice,
    ServerNotEmpty,
    UnknownTablesInFile,
)
from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store import move
from records_desk.store.audit_anchor import ANCHOR
from records_desk.store.backends import keyring_entry, parse_server_url, readable_address
from records_desk.store.database import AnyDatabase, Database, open_server, server_office_key
from records_desk.store.keystore import KeyStore

Prompt = Callable[[str], str]
Progress = move.Progress


@dataclass(frozen=True)
class MoveSummary:
    source: str  # the database file, left as it was
    target: str  # the server address as a person reads it, never with a password
    tables: dict[str, int]  # rows per table on the server
    audit_entries: int
    audit_intact: bool

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


class MoveService:
    def __init__(self, ctx: ServiceContext, database: AnyDatabase, keystore: KeyStore) -> None:
        self.ctx = ctx
        self.database = database
        self.keystore = keystore

    def move_to(
        self,
        actor: Principal,
        address: str,
        *,
        prompt: Prompt | None = None,
        progress: Progress | None = None,
    ) -> MoveSummary:
        """Copy the office onto the empty server database at ADDRESS and check it there.
        Raises PermissionDenied (not the general manager), NotAFileOffice, ServerUnavailable,
        ServerNotEmpty, UnknownTablesInFile, CopyNotConfirmed, MoveStopped; on any of them (or an
        interruption) the server database holds no row and the file is unchanged."""
        actor = self.ctx.authorize(actor, Action.OFFICE_MOVE)
        source = self.database
        if not isinstance(source, Database):
            raise NotAFileOffice(source.name)
        key_hex = source.key.hex
        shown = readable_address(keyring_entry(parse_server_url(address)))  # no password
        try:
            target = open_server(address, self.keystore, prompt=prompt, office_key=key_hex)
        except (OfficeKeyNeeded, WrongOfficeKey):
            # The server's log is another office's (its key is not the file's).
            raise ServerNotEmpty(shown, ("audit_log",)) from None
        try:
            record = self._entry(actor, source, shown)
            try:
                copied = move.move_office(
                    source.engine, target.engine, key_hex, last_step=record, progress=progress
                )
            except move.TargetNotEmpty as e:
                raise ServerNotEmpty(shown, tuple(sorted(e.tables))) from None
            except move.UnknownTables as e:
                raise UnknownTablesInFile(source.name, tuple(e.tables)) from None
            except move.CopyMismatch as e:
                raise CopyNotConfirmed(shown, e.what) from None
            except move.CopyFailed as e:
                raise MoveStopped(shown, e.kind) from None
            server_office_key(target.engine, self.keystore, target.address, key_hex)
        finally:
            target.dispose()
        return MoveSummary(
            source=source.name,
            target=shown,
            tables=copied.tables,
            audit_entries=copied.audit_entries,
            audit_intact=copied.audit_intact,
        )

    def _entry(self, actor: Principal, source: Database, address: str) -> move.LastStep:
        """The move's entry, written by the copy's server transaction (a session on it that
        carries this office's anchor: the copied head is the one it holds)."""
        anchor = self.ctx.uow.anchor

        def record(session: Session) -> None:
            session.info[ANCHOR] = anchor
            rows = sum(move.row_counts(session.connection(), move.office_tables()).values())
            journal.append(
                session,
                self.ctx.now(),
                actor.username,
                AuditAction.OFFICE_MOVED,
                f"moved the office from {source.name} onto {address}",
                details={"from": source.name, "to": address, "rows": rows},
            )

        return record
