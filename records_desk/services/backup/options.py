"""Where and how often the office backs up (R-BAK-1, R-BAK-2): office-wide settings, so the
window and the OS scheduler's `records-desk backup` agree — the backup folder (default: a
`backups` folder beside the database; for a server office, a `backups` folder of the office's
name in this computer's data folder), the off-site folder (a removable drive or a network
share; none by default), and the interval in days (default 1; 1–5 offered; never looser than
30). Changed by those who change the office's settings, audited."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from records_desk.domain.backup import policy
from records_desk.domain.backup.errors import DestinationUnusable
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import DiskFull
from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.common.office_options import OfficeOption, read_options, write_options

FOLDER: OfficeOption[str] = OfficeOption("backup_folder", "", str, str)
OFFSITE: OfficeOption[str] = OfficeOption("backup_offsite", "", str, str)
INTERVAL: OfficeOption[int] = OfficeOption("backup_interval_days", policy.DEFAULT_DAYS, int, int)
ALL = (FOLDER, OFFSITE, INTERVAL)
BESIDE = "backups"  # the default folder's name, beside the database


@dataclass(frozen=True)
class BackupOptions:
    folder: str  # "" = beside the database
    offsite: str  # "" = none
    interval_days: int

    def folder_for(self, db_path: Path) -> Path:
        return Path(self.folder).expanduser() if self.folder else db_path.parent / BESIDE

    def folder_for_server(self, office: str) -> Path:
        """A server office's: the folder set, else backups/OFFICE in this computer's data
        folder (where a database file would be)."""
        from records_desk.paths import default_db_path

        if self.folder:
            return Path(self.folder).expanduser()
        return default_db_path().parent / BESIDE / office

    @property
    def offsite_folder(self) -> Path | None:
        return Path(self.offsite).expanduser() if self.offsite else None


class BackupOptionsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> BackupOptions:
        with self.ctx.uow.read() as uow:
            stored = read_options(uow.session, ALL)
        return BackupOptions(stored.get(FOLDER), stored.get(OFFSITE), stored.get(INTERVAL))

    def change(
        self, actor: Principal, *, folder: str, offsite: str, interval_days: int
    ) -> BackupOptions:
        actor = self.ctx.authorize(actor, Action.OFFICE_SETTINGS)
        days = policy.check_interval(interval_days)
        if folder.strip():  # said now, not at the next backup (an off-site drive may be out)
            usable_folder(Path(folder.strip()).expanduser(), "folder")
        now = self.ctx.now()
        settings = BackupOptions(folder.strip(), offsite.strip(), days)
        values: dict[OfficeOption[Any], Any] = {
            FOLDER: settings.folder,
            OFFSITE: settings.offsite,
            INTERVAL: days,
        }
        with self.ctx.uow.write() as uow:
            write_options(uow.session, actor, now, values)
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.OFFICE_SETTINGS_CHANGE,
                f"office settings changed: backups every {days} day(s)",
                entity_type=AuditTarget.OFFICE_SETTING,
                details={o.key: v for o, v in values.items()},
            )
            uow.commit()
        return settings


def usable_folder(folder: Path, which: str) -> None:
    """FOLDER made when missing (this user's only), or DestinationUnusable saying why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        raise DestinationUnusable(which, "missing") from None
    if not os.access(folder, os.W_OK):
        raise DestinationUnusable(which, "read-only")


def write_refused(folder: Path, which: str, error: OSError) -> DiskFull | DestinationUnusable:
    """What to raise when writing a copy into FOLDER failed with ERROR (the OS's words never
    reach the user): the disk full, or the folder that cannot be written — gone (a drive
    removed, a network folder lost), refused, or failing."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(folder)
    if error.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return DestinationUnusable(which, "missing")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DestinationUnusable(which, "read-only")
    return DestinationUnusable(which, "failing")
