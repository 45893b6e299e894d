"""The audit log's anchor outside the database (store/audit_anchor.py, issue #9 finding 3): a
crash or a rollback around the commit never raises a false alarm, a late confirmation never
moves the head back, two desks writing at once agree with it, and a changed head file is
itself an alarm (R-AUD-3)."""

from __future__ import annotations

import json
import secrets
import stat
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.audit_chain import Finding, Head
from records_desk.services.common import journal
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.store.audit_anchor import AuditAnchor, anchor_of
from records_desk.store.audit_rows import read_head
from records_desk.store.database import open_database
from records_desk.store.keystore import SERVICE, KeyStore
from tests.conftest import Clock, MemoryKeyring, cheap_settings

AT = datetime(2026, 11, 27, 9, tzinfo=UTC)


def anchor(services: Services) -> AuditAnchor:
    return services.ctx.uow.anchor


def lock_entry(services: Services, gm: Principal) -> None:
    services.auth.record(gm, AuditAction.SESSION_LOCK, "locked from the File menu")


@pytest.mark.sqlite_only(
    reason="the pending head of a file office (a server office keeps none: test_postgres_services)"
)
def test_crash_between_commit_and_anchor_is_no_false_alarm(
    services: Services, gm: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process dies right after COMMIT, before the anchor confirms: the pending head it
    wrote before the commit equals the database's, which is accepted."""
    monkeypatch.setattr(AuditAnchor, "_after_commit", lambda self, session: self._forget(session))
    lock_entry(services, gm)
    monkeypatch.undo()
    state = anchor(services).state(AT)
    assert state is not None and state.pending is not None
    with services.ctx.uow.read() as uow:
        assert read_head(uow.session) == state.pending != state.confirmed

    lock_entry(services, gm)  # the next writer accepts the pending head
    report = services.audit.verify(gm)
    assert report.trustworthy and report.alarms == ()


@pytest.mark.sqlite_only(
    reason="the pending head of a file office (a server office keeps none: test_postgres_services)"
)
def test_crash_between_pending_head_and_commit_is_no_false_alarm(
    services: Services, gm: Principal
) -> None:
    """The process dies after announcing its head, before COMMIT: the database stays at the
    confirmed head and the stale pending one is dropped."""
    uow = services.ctx.uow.write()
    with uow:
        journal.append(uow.session, AT, "boss", AuditAction.SESSION_LOCK, "never committed")
        anchor_of(uow.session)._before_commit(uow.session)  # what commit() would do first
        state = anchor(services).state(AT)
        assert state is not None and state.pending is not None
        anchor(services)._forget(uow.session)  # dies: no commit, no rollback hook
    assert services.audit.verify(gm).trustworthy


def test_a_rolled_back_commit_removes_its_pending_head(services: Services, gm: Principal) -> None:
    with services.ctx.uow.write() as uow:
        journal.append(uow.session, AT, "boss", AuditAction.SESSION_LOCK, "rolled back")
        anchor_of(uow.session)._before_commit(uow.session)
        uow.session.rollback()
    state = anchor(services).state(AT)
    assert state is not None and state.pending is None
    assert services.audit.verify(gm).trustworthy


def test_a_late_confirmation_never_moves_the_head_back(services: Services, gm: Principal) -> None:
    lock_entry(services, gm)
    before = anchor(services).state(AT)
    assert before is not None

    class Late:  # another process's confirmation of an older head, arriving now
        info = {"records_desk.audit_anchor.pending": Head(1, before.confirmed.hash)}

    anchor(services)._after_commit(Late())  # type: ignore[arg-type]
    after = anchor(services).state(AT)
    assert after is not None and after.confirmed == before.confirmed
    assert services.audit.verify(gm).trustworthy


def test_two_desks_writing_at_once_agree_with_the_anchor(
    services: Services, gm: Principal, clock: Clock
) -> None:
    """Two processes' worth of services on one database and one anchor, appending together:
    the file lock and the write lock keep the head and the anchor in step."""
    other = build_services(services.database, cheap_settings(), clock=clock)
    errors: list[BaseException] = []

    def desk(svc: Services) -> None:
        try:
            for _ in range(25):
                lock_entry(svc, gm)
        except BaseException as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)

    threads = [threading.Thread(target=desk, args=(s,)) for s in (services, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = services.audit.verify(gm)
    assert report.trustworthy and report.entries == 51


def test_the_head_file_is_private_and_a_changed_one_is_an_alarm(
    services: Services, gm: Principal
) -> None:
    lock_entry(services, gm)
    path = anchor(services).path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text("utf-8"))
    data["confirmed"][0] += 5  # without the key the MAC cannot be recomputed
    path.write_text(json.dumps(data), "utf-8")
    report = services.audit.verify(gm)
    assert not report.trustworthy
    assert [a.finding for a in report.alarms] == [Finding.ANCHOR_DAMAGED]


def test_an_alarm_survives_the_head_file_being_rewritten_from_the_keyring(
    services: Services, gm: Principal
) -> None:
    """An alarm kept in either copy stays, even when the other copy is removed."""
    lock_entry(services, gm)
    state = anchor(services).state(AT)
    assert state is not None
    alarm = audit_chain.TamperAlarm(Finding.SHORTER, "2026-11-27T09:00:00.000000Z", 3, 4)
    anchor(services)._write_keyring(replace(state, alarms=(alarm,)))
    assert alarm in services.audit.verify(gm).alarms
    assert alarm in services.audit.alarms(gm)


@pytest.mark.parametrize(
    ("database", "confirmed", "pending", "found"),
    [
        (Head(5, "e"), Head(5, "e"), None, None),
        (Head(6, "f"), Head(5, "e"), Head(6, "f"), None),  # committed, not yet confirmed
        (Head(5, "e"), Head(5, "e"), Head(6, "f"), None),  # announced, never committed
        (Head(4, "d"), Head(5, "e"), None, Finding.SHORTER),
        (Head(0, audit_chain.GENESIS_HASH), Head(5, "e"), None, Finding.SHORTER),
        (Head(6, "x"), Head(5, "e"), None, Finding.LONGER),
        (Head(8, "x"), Head(5, "e"), Head(7, "g"), Finding.LONGER),
        (Head(5, "x"), Head(5, "e"), None, Finding.REWRITTEN),
        (Head(7, "x"), Head(5, "e"), Head(7, "g"), Finding.REWRITTEN),
        (Head(6, "x"), Head(5, "e"), Head(8, "h"), Finding.SHORTER),
    ],
)
def test_the_head_must_be_the_confirmed_or_the_pending_one(
    database: Head, confirmed: Head, pending: Head | None, found: Finding | None
) -> None:
    assert audit_chain.compare_head(database, confirmed, pending) is found


def test_a_plain_entry_after_a_keyed_one_breaks_the_chain() -> None:
    key = audit_chain.chain_key("ab" * 32)
    entries, prev = [], audit_chain.GENESIS_HASH
    for seq in range(1, 7):
        entry: dict[str, object] = {
            "seq": seq,
            "at": audit_chain.format_time(AT),
            "account": "boss",
            "action": "login",
            "entity_type": None,
            "entity_id": None,
            "summary": f"entry {seq}",
            "details": {},
        }
        keyed = 3 <= seq <= 4 or seq == 6  # 1-2 plain (older version), 5 plain after keyed
        entry["hash"] = (
            audit_chain.keyed_hash(entry, prev, key)
            if keyed
            else audit_chain.entry_hash(entry, prev)
        )
        entry["prev_hash"] = prev
        prev = str(entry["hash"])
        entries.append(entry)
    assert audit_chain.verify(entries[:4], key) == audit_chain.ChainReport(4, None, keyed_from=3)
    assert audit_chain.verify(entries, key).broken_at == 5
    assert audit_chain.verify(entries[:4], audit_chain.chain_key("cd" * 32)).broken_at == 3


CHILD = """
import sys
from pathlib import Path
from records_desk.domain.common.roles import Role
from records_desk.services.common.auth import principal_of
from records_desk.services.container import build_services
from records_desk.settings import MemoryBackend, Settings
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.models import Account

settings = Settings(MemoryBackend({
    "security/argon2_time_cost": 1, "security/argon2_memory_kib": 8,
    "security/argon2_parallelism": 1,
}))
services = build_services(open_database(Path(sys.argv[1]), KeyStore(Path(sys.argv[2]))), settings)
with services.ctx.uow.read() as uow:
    gm = principal_of(uow.session.get(Account, 1))
first = int(sys.argv[3])
for n in range(first, first + 100000):
    services.accounts.create(gm, f"user{n}", f"User {n}", Role.ARCHIVIST, "temporary-pw")
    if n == first:
        print("ready", flush=True)
"""


@pytest.mark.slow
@pytest.mark.timeout(900)  # 20 killed processes: minutes on a loaded machine
def test_killed_writers_leave_the_chain_the_anchor_and_every_change_in_step(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A desk killed (SIGKILL) at random while it creates accounts, 20 times, seeded: after
    each kill the database is sound, the chain and its anchor agree (no false alarm), and
    every account that exists has its audit entry (the write and its entry in one
    transaction)."""
    import os
    import random
    import signal
    import subprocess
    import sys

    from sqlalchemy import func, select, text

    from records_desk.store.models import Account, AuditEntry

    config = tmp_path / "config"
    db = tmp_path / "data" / "records.db"
    store = KeyStore(config)
    key_file = store.key_file(db)
    key_file.parent.mkdir(parents=True)
    key_file.write_text(secrets.token_hex(32), "ascii")  # a key file: the child has no keyring
    key_file.chmod(0o600)
    services = build_services(open_database(db, store), cheap_settings())
    gm = services.auth.create_first_manager("boss", "王總", "general-manager-pw")
    services.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    rng = random.Random(20261127)
    for trial in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(config), str(trial * 100000)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()

        services = build_services(open_database(db, store), cheap_settings())
        try:
            with services.ctx.uow.read() as uow:
                assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                accounts = uow.session.scalar(select(func.count()).select_from(Account))
                created = uow.session.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.action == "account.create")
                )
            assert accounts == created + 1, f"trial {trial}"
            report = services.audit.verify(gm)
            assert report.trustworthy, f"trial {trial}: {report}"
        finally:
            services.close()


@pytest.mark.parametrize("new_key", [True, False], ids=["new-key", "kept-key"])
def test_a_new_database_where_an_old_one_was_is_no_false_alarm(
    tmp_path: Path, memory_keyring: MemoryKeyring, new_key: bool
) -> None:
    """The old database removed and a new one made at its path: the old head file (under the
    old key, or under the same key when it was kept) is replaced, not taken for tampering."""
    db = tmp_path / "data" / "records.db"
    store = KeyStore(tmp_path / "config")
    old = build_services(open_database(db, store), cheap_settings())
    gm = old.auth.create_first_manager("boss", "王總", "general-manager-pw")
    for _ in range(3):
        lock_entry(old, gm)
    old.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if new_key:
        memory_keyring.delete_password(SERVICE, str(db.resolve()))

    new = build_services(open_database(db, store), cheap_settings())
    try:
        gm = new.auth.create_first_manager("boss", "王總", "general-manager-pw")
        report = new.audit.verify(gm)
        assert report.trustworthy, report
    finally:
        new.close()


def test_the_anchor_follows_a_database_made_under_another_name_and_moved_into_place(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A new office is built under a temporary name beside its path and renamed into place
    (store/database.py), and a database may be moved with its key: the anchor is named after
    the key, not the path, so it is found where the database ends up."""
    store = KeyStore(tmp_path / "config")
    temp = tmp_path / "data" / ".records.db.creating"
    made = build_services(open_database(temp, store), cheap_settings())
    gm = made.auth.create_first_manager("boss", "王總", "general-manager-pw")
    made.close()
    final = tmp_path / "data" / "records.db"
    temp.rename(final)
    key = memory_keyring.get_password(SERVICE, str(temp.resolve()))
    assert key is not None
    memory_keyring.set_password(SERVICE, str(final.resolve()), key)

    moved = build_services(open_database(final, store), cheap_settings())
    try:
        gm = moved.auth.login("boss", "general-manager-pw")
        assert moved.audit.verify(gm).trustworthy
    finally:
        moved.close()
