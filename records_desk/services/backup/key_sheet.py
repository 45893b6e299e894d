"""The key-recovery sheet (issue 14 §4): the general manager prints the database key on paper
once and locks it away, so that a new PC whose keyring has no key can open a backup (the
restore reads what is typed or scanned with domain/backup/key_text.read_key).

    print_sheet(actor, password, out)   -> the saved PDF's path

Decisions:
- Only the general manager (Action.KEY_SHEET), and only after typing the password again
  (AuthService.confirm_password): a window left signed in does not give the key away. A wrong
  password is refused, counted toward the lockout and audited as a failed sign-in is
  ("key sheet: wrong password"); the refusal of another role is audited by authorize.
- The sheet is saved as a PDF file, 0600, whole or not at all (private_files.AtomicOutput),
  as File > Save as PDF saves a form: the entry key.sheet_printed is written before the file
  takes its name, and the page carries that entry (the audit head stamp).
- A server office (store/database.ServerDatabase) prints its own sheet, key_recovery_server:
  the header says "Server database" and shows the readable address (never a password), and the
  instructions say how a new desk joins with the office key; a file office's sheet names the
  file and its path. One form each, so each says only what is true of its office.
- The entry names the database, the file written and the page count, never the key nor its
  check group. The PDF's metadata (title, subject, author, keywords) are the form's and the
  printer's, never the key; only the page itself shows it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from records_desk.domain.backup.key_text import format_key, key_groups
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal

if TYPE_CHECKING:
    from records_desk.services.common.auth import AuthService
    from records_desk.services.common.printing import PrintedForm, PrintService
    from records_desk.store.database import AnyDatabase

FORM_ID = "key_recovery"
SERVER_FORM_ID = "key_recovery_server"  # the sheet of an office on a PostgreSQL server
PURPOSE = "key sheet"  # how a refused password is named in the operation log


class KeySheetService:
    def __init__(
        self, ctx: ServiceContext, database: AnyDatabase, auth: AuthService, printing: PrintService
    ) -> None:
        self.ctx = ctx
        self.database = database
        self.auth = auth
        self.printing = printing

    def print_sheet(self, actor: Principal, password: str, out: Path) -> Path:
        """Save the key-recovery sheet as the PDF `out` (0600); its resolved path. Raises
        PermissionDenied (not the general manager), InvalidCredentials / AccountLocked (the
        password typed again), FileNotWritten (the folder)."""
        from records_desk.private_files import AtomicOutput

        actor = self.ctx.authorize(actor, Action.KEY_SHEET)
        self.auth.confirm_password(actor, password, PURPOSE)
        printed = self.printing.render(actor, self.form_id, self.sheet_data(actor))
        output = AtomicOutput(out)  # the folder is checked before anything is audited
        output.write(printed.pdf)
        try:
            seq, entry_hash = self._record(actor, output.target, printed)
            final = AtomicOutput(out)
            final.write(printed.stamped(seq, entry_hash).pdf)
        except BaseException:
            output.discard()
            raise
        output.discard()
        final.commit()
        return final.target

    @property
    def form_id(self) -> str:
        """The sheet of the office in use: a server's or a file's."""
        from records_desk.store.database import ServerDatabase

        return SERVER_FORM_ID if isinstance(self.database, ServerDatabase) else FORM_ID

    def sheet_data(self, actor: Principal) -> dict[str, Any]:
        """The form's data: the database, who prints it and when, and the key in groups."""
        key = self.database.key.hex
        groups, check = key_groups(key)
        rows: list[dict[str, Any]] = []
        for line in range(4):
            first = line * 4
            four = groups[first : first + 4]
            rows.append(
                {"groups": f"{first + 1}–{first + 4}", **dict(zip("abcd", four, strict=True))}
            )
        rows.append({"groups": "檢查碼", "a": check})
        now: datetime = self.ctx.now()
        who = f"{actor.full_name} ({actor.username})" if actor.full_name else actor.username
        # A server's name is its readable address (store/backends.readable_address): no password.
        where = "path" if self.form_id == FORM_ID else "address"
        return {
            "header": {
                "database": self.database.short_name,
                where: self.database.name,
                "printed_on": now.astimezone().date().isoformat(),
                "printed_by": who,
                "key": format_key(key),
            },
            "rows": rows,
        }

    def _record(self, actor: Principal, path: Path, printed: PrintedForm) -> tuple[int, str]:
        with self.ctx.uow.write() as uow:
            entry = journal.append(
                uow.session,
                self.ctx.now(),
                actor.username,
                AuditAction.KEY_SHEET_PRINTED,
                f"printed the key-recovery sheet of {self.database.short_name} as {path}",
                entity_type=AuditTarget.FORM,
                entity_id=FORM_ID,
                details={
                    "form": self.form_id,
                    "database": self.database.name,
                    "path": str(path),
                    "pages": printed.pages,
                },
            )
            head = entry.seq, entry.hash
            uow.commit()
        return head
