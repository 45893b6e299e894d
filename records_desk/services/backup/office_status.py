"""When the office was last backed up, whichever desk made the copy (issue 15 with R-BAK-1): on a
server office several desks share one database, and each keeps its backups in its own folder; the
office's operation log says when any of them last made a good one (backup.made is written only
once the copy is checked and in place). The status bar and the automatic copy go by that, so the
first desk started after a copy falls due makes it and the others do not make one each."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.store.models import AuditEntry
from records_desk.store.uow import UnitOfWorkFactory


def last_made_in_log(uow: UnitOfWorkFactory) -> datetime | None:
    """The time (UTC) of the newest backup.made entry of the office's log; None: none yet."""
    with uow.read() as unit:
        at = unit.session.scalar(
            select(AuditEntry.at)
            .where(AuditEntry.action == AuditAction.BACKUP_MADE.value)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
    if not at:
        return None
    made = datetime.fromisoformat(str(at))
    return made if made.tzinfo else made.replace(tzinfo=UTC)


def later(a: datetime | None, b: datetime | None) -> datetime | None:
    """The later of two times, either of which may be missing."""
    if a is None or b is None:
        return a or b
    return max(a, b)
