"""Making, listing and checking backups (R-BAK-1, R-BAK-2, R-AUD-3).

    make      a consistent copy of the live database under a temporary name in the backup
              folder, reopened and checked (integrity, audit chain, row counts), its manifest
              written, then both renamed into place; a copy to the off-site folder when it is
              there; old copies removed by the retention rule; audited
    entries   the copies in the backup folder with what is known of each
    verify    one copy checked whole again: manifest signature, size, SHA-256, integrity,
              chain, row counts and head against the manifest
    status    when the last good copy was made, whether one is due, whether the off-site
              folder is there

Decisions:
- A copy is good only once checked: until its manifest is in place it has a temporary name
  that nothing lists, and a kill or a full disk leaves no file under a final name (the next
  backup removes the leftovers of a dead process). The manifest is renamed into place last.
- A copy's name, putting it and its manifest in place, the off-site copy and the leftovers
  of a dead process are services/backup/placement.py's.
- Automatic copies (at start and at exit, when one is due) are the office's policy, not a
  user's choice: they need no permission and are audited under whoever is signed in (the OS
  scheduler's `records-desk backup` under no account). A copy asked for needs BACKUP_MAKE.
- The audit entry for a copy is written after it: the copy's own head is the entry before it,
  and that head is what the manifest keeps outside the database (R-AUD-3).
- A failure is audited too (backup.failed, with the problem's name, never data), so a gap in
  the backups is on record.
- A server office (issue 15 §6) is copied with pg_dump (store/server_backup.py), its counts
  and audit head read in the dumped snapshot and found again in the dump; the manifest is the
  same, with "backend": "postgresql". Its default folder is backups/OFFICE in this computer's
  data folder (there is no database file to put it beside). Its last good copy is the
  office's, whichever desk made it (office_status.py).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from records_desk import __version__
from records_desk.domain.backup import policy, retention
from records_desk.domain.backup.errors import (
    BackupNotGood,
    CopyProblem,
    DestinationUnusable,
    ServerToolFailed,
    ServerToolMissing,
)
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import DiskFull
from records_desk.domain.common.permissions import Action
from records_desk.services.backup.copies import (
    BACKEND,
    POSTGRESQL,
    SQLITE,
    BackupEntry,
    check_copy,
    entry_under,
    labelled,
    list_entries,
)
from records_desk.services.backup.office_status import last_made_in_log, later
from records_desk.services.backup.options import (
    BackupOptions,
    BackupOptionsService,
    usable_folder,
    write_refused,
)
from records_desk.services.backup.placement import (
    PARTIAL,
    Progress,
    copy_offsite,
    free_name,
    put_in_place,
    remove_leftovers,
    safe_name,
)
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store import backup as store
from records_desk.store import server_backup as server_store
from records_desk.store.atomic import temporary_beside
from records_desk.store.database import AnyDatabase, ServerDatabase

log = logging.getLogger(__name__)

FAILURES = (BackupNotGood, DiskFull, DestinationUnusable, ServerToolMissing, ServerToolFailed)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: bm.Manifest
    offsite: Path | None  # the off-site copy, when made
    offsite_problem: str | None  # "missing", "full", "unwritable" when it was not
    removed: tuple[str, ...] = field(default=())  # names retention removed


@dataclass(frozen=True)
class BackupStatus:
    last_good: datetime | None  # UTC
    due: bool
    interval_days: int
    folder: Path
    offsite: Path | None
    offsite_missing: bool


class BackupService:
    def __init__(
        self, ctx: ServiceContext, database: AnyDatabase, options: BackupOptionsService
    ) -> None:
        self.ctx = ctx
        self.database = database
        self.options = options

    # -- where -------------------------------------------------------------------------------

    def folder(self, settings: BackupOptions | None = None) -> Path:
        settings = settings or self.options.get()
        if isinstance(self.database, ServerDatabase):
            return settings.folder_for_server(safe_name(self.database.short_name))
        return settings.folder_for(self.database.path)

    def _key(self) -> str:
        return self.database.key.hex

    def _office(self) -> str:
        """The office's name in a copy's name and manifest: the file's stem, or the
        database's name on the server."""
        if isinstance(self.database, ServerDatabase):
            return self.database.short_name
        return self.database.path.stem

    @property
    def backend(self) -> str:
        return POSTGRESQL if isinstance(self.database, ServerDatabase) else SQLITE

    def server(self) -> server_store.Server:
        """How the store reaches a server office's database (its address and password)."""
        assert isinstance(self.database, ServerDatabase)
        return server_store.Server.of(self.database)

    # -- making a copy -------------------------------------------------------------------------

    def make(
        self,
        actor: Principal | None,
        *,
        to: Path | None = None,
        automatic: bool = False,
        progress: Progress | None = None,
        label: str = "",
    ) -> BackupResult:
        """A checked copy in TO (default: the backup folder), the off-site copy, retention.
        ACTOR None: the OS scheduler (no account); `automatic`: the policy's own copy."""
        if actor is not None and not automatic:
            actor = self.ctx.authorize(actor, Action.BACKUP_MAKE)
        settings = self.options.get()
        folder = (to or self.folder(settings)).expanduser()
        say = progress or (lambda _step: None)
        try:
            result = self._make(folder, settings, say, label)
        except FAILURES as e:
            self._audit_failure(actor, e)
            raise
        self._audit_made(actor, result, automatic)
        return result

    def _make(
        self, folder: Path, settings: BackupOptions, say: Progress, label: str
    ) -> BackupResult:
        usable_folder(folder, "folder")
        remove_leftovers(folder)
        made_at = self.ctx.now()
        final = free_name(folder, self._office(), made_at, label)
        try:
            temp = temporary_beside(final, PARTIAL)
        except OSError as e:
            raise write_refused(folder, "folder", e) from None
        try:
            facts, sha256 = self._copy(temp, final.name, say)
            if not facts.integrity_ok:
                raise BackupNotGood(CopyProblem.DAMAGED, final.name)
            if not facts.chain.intact:
                raise BackupNotGood(
                    CopyProblem.CHAIN_BROKEN, final.name, str(facts.chain.broken_at)
                )
            manifest = bm.Manifest(
                file=final.name,
                office=self._office(),
                made_at=made_at,
                app_version=__version__,
                schema=facts.schema,
                size=temp.stat().st_size,
                sha256=sha256,
                tables=facts.tables,
                head=facts.head,
                extra={BACKEND: POSTGRESQL} if self.backend == POSTGRESQL else {},
            )
            put_in_place(temp, final, manifest, self._key())
        except OSError as e:  # the folder went away or failed while the copy was written
            raise write_refused(folder, "folder", e) from None
        finally:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        offsite, offsite_problem = copy_offsite(final, manifest, settings.offsite_folder, say)
        say("retention")
        removed = self._prune(folder)
        if offsite is not None:
            removed += self._prune(offsite.parent)
        return BackupResult(final, manifest, offsite, offsite_problem, tuple(removed))

    def _copy(self, temp: Path, name: str, say: Progress) -> tuple[store.CopyFacts, str]:
        """The copy written at TEMP, and what a look into it found, and its SHA-256."""
        say("copy")
        if isinstance(self.database, ServerDatabase):
            with tool_errors():
                taken = server_store.dump(self.database.engine, self.server(), self._key(), temp)
            say("check")
            facts = self._look(temp)
            # The dump holds what its snapshot held, or it is not good.
            if facts.integrity_ok and facts.tables != taken.tables:
                differs = sorted(set(facts.tables.items()) ^ set(taken.tables.items()))
                raise BackupNotGood(CopyProblem.COUNTS_DIFFER, name, differs[0][0])
            if facts.integrity_ok and facts.head != taken.head:
                raise BackupNotGood(CopyProblem.HEAD_DIFFERS, name, str(facts.head.seq))
            return facts, store.sha256_of(temp)
        store.copy_online(self.database.path, self._key(), temp)
        say("check")
        with ThreadPoolExecutor(1) as hasher:  # the hash read beside the check's reads
            digest = hasher.submit(store.sha256_of, temp)
            facts = store.look_into(temp, self._key())
            return facts, digest.result()

    def _look(self, path: Path) -> store.CopyFacts:
        """A look into a server's dump (store/server_backup.py look_into)."""
        with tool_errors():
            return server_store.look_into(path, self._key(), self.server())

    def _prune(self, folder: Path) -> list[str]:
        """Retention (R-BAK-1): copies the rule does not keep, with their manifests."""
        entries = list_entries(folder, self._key())
        kept = [
            retention.Kept(e.path, e.manifest.made_at.astimezone(), True, labelled(e.name))
            for e in entries
            if e.good and e.manifest is not None
        ]
        removed = []
        for path in retention.to_delete(kept, self.ctx.now().astimezone()):
            assert isinstance(path, Path)
            with contextlib.suppress(OSError):
                path.unlink()
                path.with_name(bm.manifest_name(path.name)).unlink(missing_ok=True)
                removed.append(path.name)
        return removed

    # -- reading the folder --------------------------------------------------------------------

    def entries(self, actor: Principal, folder: Path | None = None) -> list[BackupEntry]:
        self.ctx.authorize(actor, Action.BACKUP_MAKE)
        return list_entries(folder or self.folder(), self._key())

    def read_entry(self, path: Path) -> BackupEntry:
        return entry_under(path, self._key())

    # -- checking a copy -----------------------------------------------------------------------

    def check(self, path: Path) -> bm.Manifest:
        """The copy's manifest once everything agrees; BackupNotGood naming the first thing
        that does not."""
        if isinstance(self.database, ServerDatabase):
            return check_copy(path, self._key(), self._look, POSTGRESQL)
        return check_copy(path, self._key())

    def verify(self, actor: Principal, path: Path) -> bm.Manifest:
        """`check`, audited either way (backup.verified, whole or not)."""
        actor = self.ctx.authorize(actor, Action.BACKUP_MAKE)
        try:
            manifest = self.check(path)
        except BackupNotGood as e:
            self._audit(actor.username, AuditAction.BACKUP_VERIFIED, path.name,
                        f"backup {path.name} is not good: {e.problem.value}",
                        {"good": False, "problem": e.problem.value, "detail": e.detail})  # fmt: skip
            raise
        self._audit(actor.username, AuditAction.BACKUP_VERIFIED, path.name,
                    f"backup {path.name} verified: {manifest.rows} rows, head {manifest.head.seq}",
                    {"good": True, "rows": manifest.rows, "head": manifest.head.seq})  # fmt: skip
        return manifest

    # -- the policy ------------------------------------------------------------------------------

    def status(self) -> BackupStatus:
        settings = self.options.get()
        folder = self.folder(settings)
        good = [e for e in list_entries(folder, self._key()) if e.good and e.manifest is not None]
        last = max((e.manifest.made_at for e in good if e.manifest), default=None)
        if self.backend == POSTGRESQL:  # the office's: any desk's copy (office_status.py)
            last = later(last, last_made_in_log(self.ctx.uow))
        offsite = settings.offsite_folder
        return BackupStatus(
            last_good=last,
            due=policy.is_due(last, self.ctx.now(), settings.interval_days),
            interval_days=settings.interval_days,
            folder=folder,
            offsite=offsite,
            offsite_missing=offsite is not None and not offsite.is_dir(),
        )

    def make_if_due(
        self, actor: Principal | None, progress: Progress | None = None
    ) -> BackupResult | None:
        """The automatic copy at start and at exit (R-BAK-1): made when one is due."""
        if not self.status().due:
            return None
        return self.make(actor, automatic=True, progress=progress)

    # -- audit ---------------------------------------------------------------------------------

    def _audit_made(self, actor: Principal | None, result: BackupResult, automatic: bool) -> None:
        how = "automatic" if automatic else ("scheduled" if actor is None else "asked for")
        m = result.manifest
        self._audit(
            actor.username if actor else None,
            AuditAction.BACKUP_MADE,
            m.file,
            f"backup made ({how}): {m.file}, {m.rows} rows, audit head {m.head.seq}",
            {
                "how": how,
                "file": m.file,
                "rows": m.rows,
                "head": [m.head.seq, m.head.hash],
                "sha256": m.sha256,
                "offsite": result.offsite is not None,
                "offsite_problem": result.offsite_problem,
                "removed": list(result.removed),
            },
        )

    def _audit_failure(self, actor: Principal | None, error: Exception) -> None:
        problem = error.problem.value if isinstance(error, BackupNotGood) else type(error).__name__
        try:
            self._audit(actor.username if actor else None, AuditAction.BACKUP_FAILED, None,
                        f"backup failed: {problem}", {"problem": problem})  # fmt: skip
        except Exception:  # noqa: BLE001 - a full disk may refuse the entry too; the error stands
            log.warning("the failed backup could not be audited")

    def _audit(
        self,
        username: str | None,
        action: AuditAction,
        name: str | None,
        summary: str,
        details: dict[str, object],
    ) -> None:
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            journal.append(uow.session, now, username, action, summary,
                           entity_type=AuditTarget.BACKUP, entity_id=name, details=details)  # fmt: skip
            uow.commit()


@contextlib.contextmanager
def tool_errors() -> Iterator[None]:
    """The store's tool errors as the backup feature's domain errors."""
    try:
        yield
    except server_store.ToolMissing as e:
        raise ServerToolMissing(e.tool) from None
    except server_store.ToolFailed as e:
        raise ServerToolFailed(e.tool, e.reason) from None
