"""`audit verify --against BACKUP_DIR_OR_MANIFEST` (R-AUD-3): the audit heads the backups'
manifests keep outside the database, held against the log in it. The chain alone cannot show
that its last entries (or all of them) were deleted, nor a log rewritten by someone with the
key; a manifest made before that still names the entry that stood at its sequence number.

Decisions:
- Only manifests made under this database's key count (another office's backups in the same
  folder are skipped, and said so); one whose signature does not match is a finding of its
  own — somebody changed a file that vouches for the log.
- The newest manifest that disagrees is reported (the one nearest the damage); all are
  checked, so an old backup's head that a rewrite changed shows too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.permissions import Action
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store.audit_rows import read_head
from records_desk.store.models import AuditEntry


@dataclass(frozen=True)
class AgainstFinding:
    manifest: str  # the manifest's file name
    finding: str  # "shorter", "rewritten", "altered"
    anchored_seq: int  # the head the manifest keeps
    database_seq: int  # the log's head now


@dataclass(frozen=True)
class AgainstReport:
    checked: int  # manifests of this database that were held against the log
    skipped: int  # manifests of other databases, or unreadable
    findings: tuple[AgainstFinding, ...]

    @property
    def agrees(self) -> bool:
        return self.checked > 0 and not self.findings


def manifests_at(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob(f"*{bm.SUFFIX}"))
    if path.name.endswith(bm.SUFFIX):
        return [path]
    beside = path.with_name(bm.manifest_name(path.name))  # a backup file named: its manifest
    return [beside] if beside.exists() else [path]


def verify_against(
    ctx: ServiceContext, actor: Principal, key_hex: str, path: Path
) -> AgainstReport:
    ctx.authorize(actor, Action.AUDIT_VERIFY)
    read: list[tuple[str, bm.Manifest]] = []
    findings: list[AgainstFinding] = []
    skipped = 0
    for manifest_path in manifests_at(path.expanduser()):
        try:
            read.append((manifest_path.name, bm.decode(manifest_path.read_text("utf-8"), key_hex,
                                                       manifest_path.name)))  # fmt: skip
        except bm.ManifestInvalid as e:
            if e.problem is bm.ManifestProblem.ALTERED:
                findings.append(AgainstFinding(manifest_path.name, "altered", 0, 0))
            else:
                skipped += 1
        except (OSError, UnicodeDecodeError):
            skipped += 1
    with ctx.uow.read() as uow:
        head = read_head(uow.session)
        wanted = {m.head.seq for _, m in read}
        hashes = dict(
            uow.session.execute(
                select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.seq.in_(wanted))
            ).all()
        )
    for name, manifest in sorted(read, key=lambda r: r[1].made_at, reverse=True):
        finding = bm.check_head(manifest.head, head, hashes.get(manifest.head.seq))
        if finding is not None:
            findings.append(AgainstFinding(name, finding, manifest.head.seq, head.seq))
    return AgainstReport(len(read), skipped, tuple(findings))
