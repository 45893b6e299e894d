"""What every restore shares (R-BAK-3; services/backup/restore.py for a database file,
restore_server.py for a server office): the report of what came back, the check that the
restored data is the manifest's, and the restore's own entry in the restored log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from records_desk.domain.backup.errors import BackupNotGood, CopyProblem
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.audit_chain import Head
from records_desk.services.backup.copies import compare
from records_desk.services.common import journal
from records_desk.services.common.base import utc_now
from records_desk.store import backup as store
from records_desk.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)
Progress = Callable[[str], None]


@dataclass(frozen=True)
class RestoreReport:
    manifest: bm.Manifest  # what came back
    replaced: Head  # the audit head of the data before the restore (empty: none)
    safety: Path | None  # the copy of the data before the restore
    migration_backup: Path | None  # the pre-migration copy, when an older schema was migrated


def check_restored(
    facts: store.CopyFacts, manifest: bm.Manifest, name: str, migrated: bool
) -> None:
    """BackupNotGood unless the restored data is the manifest's: its row counts (unless an
    older schema was migrated since), its chain intact, its head the manifest's."""
    if not migrated:
        verdict = compare(facts, manifest)
    elif not facts.chain.intact:
        verdict = (CopyProblem.CHAIN_BROKEN, str(facts.chain.broken_at))
    else:
        verdict = None if facts.head == manifest.head else (CopyProblem.HEAD_DIFFERS, "")
    if verdict is not None:
        log.error("the restored database does not match its manifest: %s", verdict[0].value)
        raise BackupNotGood(verdict[0], name, verdict[1])


def record_restore(
    uow: UnitOfWorkFactory,
    username: str | None,
    manifest: bm.Manifest,
    replaced: Head,
    safety: Path | None,
    migrated: object,
) -> None:
    """The restore's own entry in the restored log: from which copy, which head it replaced,
    where the data before was saved."""
    how = "restored over the data in use" if username else "restored onto this computer"
    with uow.write() as unit:
        journal.append(
            unit.session,
            utc_now(),
            username,
            AuditAction.BACKUP_RESTORED,
            f"data {how} from backup {manifest.file} ({manifest.rows} rows, audit head "
            f"{manifest.head.seq}; replaced head {replaced.seq})",
            entity_type=AuditTarget.BACKUP,
            entity_id=manifest.file,
            details={
                "file": manifest.file,
                "made_at": manifest.made_at.isoformat(),
                "rows": manifest.rows,
                "head": [manifest.head.seq, manifest.head.hash],
                "replaced_head": [replaced.seq, replaced.hash],
                "safety_backup": safety.name if safety else None,
                "migrated": bool(migrated),
            },
        )
        unit.commit()
