"""The purge of old data (R-BAK-4): void customer files and finished loans older than N years.

    preview   what a purge would remove now, per kind (numbers only), and when one may run
    run       the general manager's purge: a fresh backup (labelled before-purge) made and
              checked whole first, then every feature's old records removed in one
              transaction with the audit entry (data.purged: counts and numbers, never the
              content)

Decisions:
- The backup feature names no other feature: each feature says what of its own goes
  (records_desk/features.py `Feature.purge`); the features that keep records naming customer
  files say which files they keep (a void file named by a loan that stays, stays). Purges
  run in the reverse order of FEATURES (a loan names a file: the loan goes first).
- The audit log is never purged, and no sequence table is touched: archive and loan numbers
  stay burnt (R-CUS-2, R-LOAN-1).
- Half-yearly (domain/backup/purge.py): the last purge is read from the log, checked before
  the backup and again inside the purge's transaction (two desks cannot both purge).
- A backup that cannot be made or checked stops the purge before anything is removed; the
  backup feature audits its own failure (backup.failed).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.backup import purge as rule
from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.permissions import Action
from records_desk.features import features
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store.models import AuditEntry

if TYPE_CHECKING:
    from records_desk.services.backup.backups import BackupService

LABEL = "before-purge"


@dataclass(frozen=True)
class PurgePlan:
    """What a purge at `cutoff` removes, by kind ("customer_files", "loans"): numbers only."""

    cutoff: datetime
    years: int
    purged: dict[str, tuple[str, ...]]
    last_purge: datetime | None
    next_allowed: datetime | None  # None: a purge may run now

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(numbers) for kind, numbers in self.purged.items()}


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime
    backup: Path  # the checked copy made before
    purged: dict[str, tuple[str, ...]]

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(numbers) for kind, numbers in self.purged.items()}


def _hooks() -> Iterator[ModuleType]:
    for feature in reversed(features()):
        if feature.purge:
            yield importlib.import_module(feature.purge)


def last_purge(session: Session) -> datetime | None:
    at = session.scalars(
        select(AuditEntry.at)
        .where(AuditEntry.action == AuditAction.DATA_PURGED.value)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return None if at is None else audit_chain.parse_time(at)


def _kept_files(session: Session, cutoff: datetime) -> set[int]:
    kept: set[int] = set()
    for hook in _hooks():
        kept |= set(hook.keeps_files(session, cutoff))
    return kept


def _collect(session: Session, cutoff: datetime, verb: str) -> dict[str, tuple[str, ...]]:
    kept = _kept_files(session, cutoff)
    found: dict[str, tuple[str, ...]] = {}
    for hook in _hooks():
        for kind, numbers in getattr(hook, verb)(session, cutoff, kept):
            found[kind] = found.get(kind, ()) + tuple(numbers)
    return found


class PurgeService:
    def __init__(self, ctx: ServiceContext, backups: BackupService) -> None:
        self.ctx = ctx
        self.backups = backups

    def preview(self, actor: Principal, years: int) -> PurgePlan:
        """What `run` would remove now (nothing is changed or audited)."""
        self.ctx.authorize(actor, Action.DATA_PURGE)
        now = self.ctx.now()
        cutoff = rule.cutoff(now, years)
        with self.ctx.uow.read() as uow:
            last = last_purge(uow.session)
            purged = _collect(uow.session, cutoff, "purgeable")
        later = rule.next_allowed(last) if last is not None else None
        return PurgePlan(cutoff, years, purged, last, later if later and later > now else None)

    def run(self, actor: Principal, years: int) -> PurgeResult:
        """R-BAK-4: backup made and checked, then the purge in one transaction, audited."""
        actor = self.ctx.authorize(actor, Action.DATA_PURGE)
        now = self.ctx.now()
        cutoff = rule.cutoff(now, years)
        with self.ctx.uow.read() as uow:
            rule.check_interval(last_purge(uow.session), now)
        made = self.backups.make(actor, label=LABEL)
        self.backups.check(made.path)
        with self.ctx.uow.write() as uow:
            session = uow.session
            rule.check_interval(last_purge(session), now)
            purged = _collect(session, cutoff, "purge")
            counts = {kind: len(numbers) for kind, numbers in purged.items()}
            summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.DATA_PURGED,
                f"purged older than {cutoff.date().isoformat()}: {summary or 'nothing'}",
                details={
                    "years": years,
                    "cutoff": audit_chain.format_time(cutoff),
                    "backup": made.path.name,
                    "counts": counts,
                    "numbers": {kind: list(numbers) for kind, numbers in purged.items()},
                },
            )
            uow.commit()
        return PurgeResult(cutoff, made.path, purged)
