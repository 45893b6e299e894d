"""Restoring a backup of a server office (issue 15 §6; R-BAK-3): a `pg_dump` copy put in place
of the office's database on its PostgreSQL server — over the data in use (RestoreService,
services/backup/restore.py, signed in) or, once the server is new, in place of the new, empty
office a desk made there (`restore_server_into_empty`: no account exists yet to sign in with,
so the key from the key-recovery sheet is the proof, as on a new PC).

Decisions:
- Either way the office's database is whole at every instant, as it was or the dump's
  (store/server_backup.py): where the role may create databases and owns the office's, the
  dump is restored into a new database, checked there and swapped in by renaming; otherwise
  restored over the office's database in one transaction (`--clean`), refused when the
  office's database has tables the dump lacks (an older version's dump: `--clean` would leave
  them behind).
- A new, empty office is replaced only while it is still empty: checked under the writers'
  lock (store/server_empty.py), and the key this desk keeps for the address becomes the
  copy's under that lock, before the copy goes in (a desk that filled the office first keeps
  it, and this desk its key). A kill after the key is replaced leaves an empty office, which
  takes any key, or the restored office under the copy's key: never an office whose log the
  kept key does not sign.
- The audit anchor follows the restored log (store/audit_anchor.py `follow`), and the
  restore's own entry says from which copy (restore_checks.py `record_restore`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from records_desk.domain.backup.errors import (
    BackupNotGood,
    CopyProblem,
    RestoreProblem,
    RestoreRefused,
)
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.audit_chain import Head
from records_desk.services.backup.backups import tool_errors
from records_desk.services.backup.copies import POSTGRESQL, check_copy
from records_desk.services.backup.restore_checks import (
    Progress,
    RestoreReport,
    check_restored,
    record_restore,
)
from records_desk.store import migrate, server_empty
from records_desk.store import server_backup as server_store
from records_desk.store.audit_anchor import AuditAnchor, anchor_for
from records_desk.store.backup import CopyFacts
from records_desk.store.database import ServerDatabase
from records_desk.store.keystore import KeyStore
from records_desk.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)

Held = Callable[[], contextlib.AbstractContextManager[None]]


def put_on_server(
    database: ServerDatabase,
    path: Path,
    manifest: bm.Manifest,
    anchor: Callable[[], AuditAnchor],
    key_hex: str,
    say: Progress,
    *,
    before: Callable[[], None] | None = None,
    held: Held | None = None,
) -> bool:
    """The dump at PATH (checked against MANIFEST) in place of DATABASE's, checked again in
    place; whether an older schema was migrated after. ANCHOR: the office's audit anchor
    when the restore reaches it (its head expected, then followed). BEFORE runs once the
    restore may go ahead, before anything is changed (the safety backup); HELD: a block the
    restore proper runs in (the writers kept out of an empty office)."""
    server = server_store.Server.of(database)
    hold = held or contextlib.nullcontext
    with tool_errors():
        swap = server_store.may_swap(server)
        if not swap and server_store.tables_of(server) - set(manifest.tables):
            # --clean drops only the dump's tables: a newer table would stay behind.
            raise RestoreRefused(RestoreProblem.NEEDS_NEW_DATABASE, path.name)
    if before is not None:
        before()

    @contextlib.contextmanager
    def swapping() -> Iterator[None]:
        """The office's database replaced in the block, its head expected first."""
        say("swap")
        with hold():
            anchor().expect(manifest.head)
            database.suspend()
            try:
                yield
            finally:
                database.resume()

    say("copy")
    with tool_errors():
        if swap:
            restored = server_store.restore_beside(server, path)
            try:
                engine = server.engine_on(restored)
                try:
                    facts = server_store.live_facts(engine, key_hex)
                finally:
                    engine.dispose()
                check_restored(facts, manifest, path.name, migrated=False)
                with swapping():
                    try:
                        server_store.swap_in(server, restored)
                    except server_store.RestoreTargetBusy:
                        raise RestoreRefused(RestoreProblem.IN_USE, path.name) from None
            except BaseException:
                server_store.drop_database(server, restored)
                raise
        else:
            with swapping():
                server_store.restore_in_place(server, path)
    say("check")
    anchor().follow(manifest.head)  # before anything appends: the restored log is the log now
    migrated = frozenset(manifest.schema) != migrate.expected_heads()
    if migrated:
        migrate.prepare_server(database.engine, database.address)
    facts = server_store.live_facts(database.engine, key_hex)
    check_restored(facts, manifest, path.name, migrated)
    return migrated


def office_is_empty(database: ServerDatabase) -> bool:
    """Whether the server office is a new, empty one (no account, no data, no audit entry)."""
    return server_empty.is_empty(database.engine)


def restore_server_into_empty(
    database: ServerDatabase,
    path: Path,
    key_hex: str | None,
    keystore: KeyStore,
    config_dir: Path,
    progress: Progress | None = None,
) -> RestoreReport:
    """The dump at PATH in place of DATABASE, a new, empty server office (no account, no data,
    no audit entry; else RestoreRefused NOT_EMPTY, nothing changed), on a desk that may not
    hold the copy's key: KEY_HEX, typed from the key-recovery sheet (None: the key this desk
    keeps for the address, KEY_NEEDED when it does not open the copy). The key kept for the
    address becomes the copy's. DATABASE's key is then stale: the caller opens the office
    again (store/database.py open_server). Audited in the restored log under no account."""
    say = progress or (lambda _step: None)
    path = path.expanduser().resolve()
    key = key_hex or database.key.hex
    server = server_store.Server.of(database)
    say("verify")

    def look(copy: Path) -> CopyFacts:
        with tool_errors():
            return server_store.look_into(copy, key, server)

    try:
        manifest = check_copy(path, key, look, POSTGRESQL)
    except BackupNotGood as e:
        if e.problem in (CopyProblem.OTHER_KEY, CopyProblem.UNOPENABLE):
            wrong = RestoreProblem.KEY_NEEDED if key_hex is None else RestoreProblem.KEY_WRONG
            raise RestoreRefused(wrong, path.name) from None
        raise
    migrate.refuse_unknown(frozenset(manifest.schema), path)
    if not server_empty.is_empty(database.engine):  # early, before anything is restored
        raise RestoreRefused(RestoreProblem.NOT_EMPTY, path.name)
    kept = database.key
    anchor = anchor_for(kept, config_dir, shared=True)

    @contextlib.contextmanager
    def still_empty() -> Iterator[None]:
        nonlocal anchor
        try:
            with server_empty.writers_held(database.url, database.password):
                if key != kept.hex:
                    anchor = anchor_for(keystore.replace(database.address, key), config_dir,
                                        shared=True)  # fmt: skip
                yield
        except server_empty.OfficeNotEmpty:
            raise RestoreRefused(RestoreProblem.NOT_EMPTY, path.name) from None

    migrated = put_on_server(database, path, manifest, lambda: anchor, key, say, held=still_empty)
    record_restore(UnitOfWorkFactory(database.engine, anchor), None, manifest, Head.empty(),
                   None, migrated)  # fmt: skip
    log.info("restored a new server office from a backup; audit head %d", manifest.head.seq)
    return RestoreReport(manifest, Head.empty(), None, None)
