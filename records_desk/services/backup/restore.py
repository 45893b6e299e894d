"""Restoring a backup (R-BAK-3): verify the chosen copy (manifest signature, SHA-256,
integrity, audit chain, row counts) → back up the data in use now → swap the copy in
atomically → verify again (row counts equal the manifest, chain intact, head the manifest's)
→ report what came back. An older schema is migrated after the swap (store/database.py
opens it with the usual pre-migration copy).

Decisions:
- The copy is first written beside the database under a temporary name and hashed as
  written; only a byte-exact copy is swapped in (store/backup.py swap_in: the old database
  or the new one is whole at every instant, never a mix).
- The audit anchor follows the restored log (store/audit_anchor.py `follow`): the log came
  back shorter on purpose, and the restore's own entry says from which copy, which head it
  replaced and where the data before the restore was saved — a restore is never mistaken
  for entries cut from the log, nor can it hide that it happened.
- On a new computer the window starts with a new, empty office under a fresh key; its data
  comes back with `restore_into_empty`, which replaces only an office with no account and no
  data, and replaces its key with the copy's (store/empty_office.py: in an order a kill
  cannot turn into a database under a key that does not open it).
- A copy made under another database's key is never put over a database: the key store keeps
  one key per path. It can be restored to a new path (on a new computer, with the key typed
  from the key-recovery sheet), where the key is stored first and the database put after.
- While the copy is swapped in, the services' database is suspended (store/database.py): a
  read from another thread of the window is refused, never opened on the file being
  replaced. Afterwards the services work on the restored data; the window still closes, so
  that nothing it shows is of the data before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from records_desk.domain.backup.errors import (
    BackupNotGood,
    CopyProblem,
    RestoreProblem,
    RestoreRefused,
)
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.audit_chain import Head
from records_desk.domain.common.permissions import Action
from records_desk.services.backup.backups import BackupResult, BackupService
from records_desk.services.backup.copies import check_copy
from records_desk.services.backup.restore_checks import (
    Progress,
    RestoreReport,
    check_restored,
    record_restore,
)
from records_desk.services.common.dto import Principal
from records_desk.store import backup as store
from records_desk.store import empty_office, migrate
from records_desk.store.atomic import temporary_beside
from records_desk.store.audit_anchor import anchor_for
from records_desk.store.database import AnyDatabase, Database, ServerDatabase, open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from records_desk.services.container import Services

log = logging.getLogger(__name__)
RESTORING = "restoring"


class RestoreService:
    def __init__(self, services: Services, backups: BackupService) -> None:
        self.services = services
        self.ctx = services.ctx
        self.backups = backups

    def restore(
        self, actor: Principal, path: Path, *, progress: Progress | None = None
    ) -> RestoreReport:
        """Replace the data in use by the copy at PATH (the caller starts again afterwards)."""
        actor = self.ctx.authorize(actor, Action.BACKUP_RESTORE)
        say = progress or (lambda _step: None)
        path = path.expanduser().resolve()
        say("verify")
        try:
            manifest = self.backups.check(path)
        except BackupNotGood as e:
            if e.problem is CopyProblem.OTHER_KEY:
                raise RestoreRefused(RestoreProblem.OTHER_KEY_HERE, path.name) from None
            raise
        migrate.refuse_unknown(frozenset(manifest.schema), path)
        database = self.backups.database
        if isinstance(database, ServerDatabase):
            return self._onto_server(actor, database, path, manifest, say)
        say("safety")
        safety = self.backups.make(actor, automatic=True, label="before-restore", progress=say)
        database.suspend()  # nothing of this process reaches the file while it is swapped
        try:
            return put_in_place(
                database.path,
                database.key.hex,
                path,
                manifest,
                actor.username,
                replaced=safety.manifest.head,
                safety=safety.path,
                say=say,
            )
        finally:
            database.resume()  # the restored data (or, refused, the data as it was)

    def _onto_server(
        self,
        actor: Principal,
        database: ServerDatabase,
        path: Path,
        manifest: bm.Manifest,
        say: Progress,
    ) -> RestoreReport:
        """The dump at PATH in place of a server office's database (issue 15 §6,
        services/backup/restore_server.py), the data in use backed up first."""
        from records_desk.services.backup.restore_server import put_on_server

        made: list[BackupResult] = []

        def safety_first() -> None:
            say("safety")
            made.append(self.backups.make(actor, automatic=True, label="before-restore",
                                          progress=say))  # fmt: skip

        migrated = put_on_server(database, path, manifest, lambda: self.ctx.uow.anchor,
                                 database.key.hex, say, before=safety_first)  # fmt: skip
        safety = made[0]
        record_restore(self.ctx.uow, actor.username, manifest, safety.manifest.head,
                       safety.path, migrated)  # fmt: skip
        log.info("restored a server office from a backup; audit head %d", manifest.head.seq)
        return RestoreReport(manifest, safety.manifest.head, safety.path, None)


def restore_new(
    db_path: Path,
    path: Path,
    key_hex: str,
    keystore: KeyStore,
    progress: Progress | None = None,
) -> RestoreReport:
    """The copy at PATH as a new database at DB_PATH (nothing there), on a computer that may
    not hold its key: KEY_HEX is checked against the copy, stored for DB_PATH, then the copy
    is put in place. Audited in the restored log under no account."""
    say = progress or (lambda _step: None)
    path = path.expanduser().resolve()
    say("verify")
    try:
        manifest = check_copy(path, key_hex)
    except BackupNotGood as e:
        if e.problem in (CopyProblem.OTHER_KEY, CopyProblem.UNOPENABLE):
            raise RestoreRefused(RestoreProblem.KEY_WRONG, path.name) from None
        raise
    migrate.refuse_unknown(frozenset(manifest.schema), path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    stored = keystore.get_or_create(db_path, create=True, given=key_hex)
    if stored.hex != key_hex:
        raise RestoreRefused(RestoreProblem.OTHER_KEY_HERE, path.name)
    return put_in_place(db_path, key_hex, path, manifest, None, Head.empty(), None, say, keystore)


def restore_into_empty(
    database: Database,
    path: Path,
    key_hex: str | None,
    keystore: KeyStore,
    progress: Progress | None = None,
) -> RestoreReport:
    """The copy at PATH in place of DATABASE, a new, empty office (no account, no data, no
    audit entry; else RestoreRefused NOT_EMPTY, nothing changed), on a computer that may not
    hold the copy's key: KEY_HEX, typed from the key-recovery sheet (None: the office's own
    key, which opens a copy made under it before — KEY_NEEDED when it does not). The empty
    office and its key are replaced by the copy and its key in the order of
    store/empty_office.py, safe against a kill at any point. DATABASE stays suspended once
    removed: the caller opens the restored office. Audited in the restored log under no
    account."""
    say = progress or (lambda _step: None)
    path = path.expanduser().resolve()
    db_path = database.path
    key = key_hex or database.key.hex
    say("verify")
    try:
        manifest = check_copy(path, key)
    except BackupNotGood as e:
        if e.problem in (CopyProblem.OTHER_KEY, CopyProblem.UNOPENABLE):
            wrong = RestoreProblem.KEY_NEEDED if key_hex is None else RestoreProblem.KEY_WRONG
            raise RestoreRefused(wrong, path.name) from None
        raise
    migrate.refuse_unknown(frozenset(manifest.schema), path)
    with database.engine.connect() as conn:  # early, before the copy is written
        if empty_office.rows_of(conn.connection.dbapi_connection):
            raise RestoreRefused(RestoreProblem.NOT_EMPTY, path.name)
    empty_office.remove_leftovers(db_path)

    def give_up_the_empty_office() -> None:
        database.suspend()
        try:
            empty_office.remove_empty(db_path, database.key.hex)
        except (empty_office.OfficeNotEmpty, store.DatabaseInUse) as e:
            database.resume()
            not_empty = isinstance(e, empty_office.OfficeNotEmpty)
            problem = RestoreProblem.NOT_EMPTY if not_empty else RestoreProblem.IN_USE
            raise RestoreRefused(problem, path.name) from None
        if key != database.key.hex:
            empty_office.replace_key(keystore, db_path, key)

    return put_in_place(
        db_path,
        key,
        path,
        manifest,
        None,
        Head.empty(),
        None,
        say,
        keystore,
        before_swap=give_up_the_empty_office,
    )


def restore_first_office(
    database: AnyDatabase, path: Path, key_hex: str | None, progress: Progress | None = None
) -> tuple[RestoreReport, AnyDatabase]:
    """`restore_into_empty` (a server office: restore_server.py `restore_server_into_empty`)
    with this user's key store, then the restored office opened (the window's first start:
    its services are built from it on the UI thread)."""
    from records_desk.paths import config_dir

    keystore = KeyStore(config_dir())
    if isinstance(database, ServerDatabase):
        from records_desk.services.backup.restore_server import restore_server_into_empty
        from records_desk.store.database import open_server

        report = restore_server_into_empty(database, path, key_hex, keystore, config_dir(),
                                           progress)  # fmt: skip
        password = database.password or ""
        return report, open_server(database.address, keystore, prompt=lambda _: password)
    report = restore_into_empty(database, path, key_hex, keystore, progress)
    return report, open_database(database.path, keystore, create=False)


def key_opens(path: Path, key_hex: str) -> bool:
    """Whether the copy at PATH was made under KEY_HEX, as its manifest's signature says (a
    quick look: the copy itself is checked when restored); BackupNotGood when no manifest
    can tell (missing beside it, unreadable)."""
    manifest_path = path.with_name(bm.manifest_name(path.name))
    try:
        raw = manifest_path.read_text("utf-8")
    except FileNotFoundError:
        raise BackupNotGood(CopyProblem.NO_MANIFEST, path.name) from None
    except (OSError, UnicodeDecodeError):
        raise BackupNotGood(CopyProblem.MANIFEST_UNREADABLE, path.name) from None
    try:
        bm.decode(raw, key_hex, manifest_path.name)
    except bm.ManifestInvalid as e:
        if e.problem is bm.ManifestProblem.UNREADABLE:
            raise BackupNotGood(CopyProblem.MANIFEST_UNREADABLE, path.name) from None
        return e.problem is not bm.ManifestProblem.OTHER_KEY  # altered: refused when restored
    return True


def put_in_place(
    db_path: Path,
    key_hex: str,
    source: Path,
    manifest: bm.Manifest,
    username: str | None,
    replaced: Head,
    safety: Path | None,
    say: Progress,
    keystore: KeyStore | None = None,
    before_swap: Callable[[], None] | None = None,
) -> RestoreReport:
    """BEFORE_SWAP runs once the copy is written whole beside the database, just before it is
    renamed into place (`restore_into_empty`: the empty office is removed and the key of the
    path becomes the copy's there)."""
    from records_desk.paths import config_dir

    say("copy")
    keys = keystore or KeyStore(config_dir())
    temp = temporary_beside(db_path, RESTORING)
    try:
        if store.copy_file(source, temp) != manifest.sha256:
            raise BackupNotGood(CopyProblem.HASH_DIFFERS, source.name)
        if before_swap is not None:
            before_swap()
        anchor = anchor_for(keys.get_or_create(db_path, create=False), config_dir())
        say("swap")
        anchor.expect(manifest.head)  # a crash after the swap finds the restored log expected
        try:
            store.swap_in(db_path, key_hex, temp)
        except store.DatabaseInUse:
            raise RestoreRefused(RestoreProblem.IN_USE, source.name) from None
    finally:
        temp.unlink(missing_ok=True)
    say("check")
    anchor.follow(manifest.head)  # before anything appends: the restored log is the log now
    database = open_database(db_path, keys, create=False)  # migrates an older schema
    try:
        facts = store.live_facts(database.engine, key_hex)
        check_restored(facts, manifest, source.name, database.migration_backup is not None)
        uow = UnitOfWorkFactory(database.engine, anchor)
        record_restore(uow, username, manifest, replaced, safety, database.migration_backup)
    finally:
        database.dispose()
    log.info("restored from a backup; audit head %d", manifest.head.seq)
    return RestoreReport(manifest, replaced, safety, database.migration_backup)
