"""The audit log's head kept outside the database (R-AUD-3): a small head file next to the
database key (keys/<name>.head, the name derived from the key), and the same in the OS keyring
where the key lives there (service records-desk-audit-head, account <name>).

The hash chain shows an entry changed in place, but not entries cut from the end of the log (or
all of them), nor a log rewritten by someone who has the key. The anchor holds the sequence
number and hash of the last entry the app committed, under a MAC keyed from the database key,
and every transaction that appends checks the database's head against it first. A mismatch is
kept in the anchor as a tamper alarm, for good: the next sign-in appends an entry, and the
alarm stays (audit verify exits 1, the general manager is told).

Decisions:
- Pending, then confirmed. Before a transaction that appended commits, the anchor is told the
  head it is about to commit ("pending", synced to disk with its folder); after the commit it
  is confirmed. A crash between the commit and the confirmation leaves a pending head equal to
  the database's: accepted, no false alarm. A rollback (or a crash before the commit) leaves
  the database at the confirmed head: accepted, and the stale pending head is dropped.
- The check runs inside the writer's transaction (BEGIN IMMEDIATE: no other desk can commit
  meanwhile), so a pending head that differs from the database's belongs to a transaction that
  did not commit. Every read-modify-write of the head file holds a file lock (flock on POSIX,
  msvcrt on Windows); the confirmed head only moves forwards, so a late confirmation from
  another process never undoes a newer one.
- Adoption and the mark. A database with no anchor and no mark (made by an older version)
  verifies its chain and adopts its head once; the same transaction sets `PRAGMA user_version`
  to ANCHORED_MARK. From then on a missing head file is an alarm, not an adoption (so is a
  missing file beside a chain whose head is keyed, whatever the mark says).
- Named after the key, not the path (`anchor_name`): a new office is built under a temporary
  name and renamed into place, and a database moves with its key; either way its anchor is the
  one its key names. A new, empty, unmarked database that meets a head file anyway (the old
  database deleted, its key file kept) replaces it.
- The keyring copy is written on confirmation only (not for the pending head: one keyring call
  per transaction). The newer of the two copies is the one compared; a file replaced by an
  older copy of itself (with an older copy of the database) is caught by the keyring's.
- Several desks on a server (issue 15, `shared`): each desk anchors the head it committed last;
  entries beyond it are other desks' when the log still holds that head and goes on from it
  under the office key, or when the log was restored through the app over one that held this
  desk's head (store/audit_shared.py), and the anchor follows. A desk with no head yet (a new
  one) adopts the server's after verifying the whole chain. The restores a desk's head
  descends from are kept with it, found in the log that holds the head (before the commit,
  for the head about to be confirmed; in the check, for a head adopted or followed, or one
  in a head file from before they were kept), never told from the desks' clocks. Cutting
  the end of the log, rewriting it, or adding entries not made with the key are still found;
  entries added by someone holding the key and the server's password are not (as on one PC
  with the key).
- What the anchor cannot stop: whoever holds the key and this user's files can rewrite the log
  and then the head file and keyring entry to match (README: "What an attacker with the key
  can and cannot hide").
- What a head file holds and its MAC'd encoding are store/audit_head_format.py's.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import Finding, Head, TamperAlarm
from records_desk.store import audit_shared
from records_desk.store.atomic import file_lock, replace_atomically
from records_desk.store.audit_head_format import (
    MAX_ALARMS,
    AnchorState,
    HeadFormat,
    keep_in_keyring,
    keyring_copy,
)
from records_desk.store.audit_rows import head_is_keyed, is_marked, iter_chain, mark, read_head
from records_desk.store.keystore import DatabaseKey

log = logging.getLogger(__name__)

HEAD_SUFFIX = ".head"
KEYS_FOLDER = "keys"  # the key store's folder in the config folder (store/keystore.py)
ANCHOR_NAME_LABEL = b"records-desk audit anchor name v1"

# session.info keys (the unit-of-work factory puts the anchor in every session's info).
ANCHOR = "records_desk.audit_anchor"
_CHECKED = "records_desk.audit_anchor.checked"
_APPENDED = "records_desk.audit_anchor.appended"
_PENDING = "records_desk.audit_anchor.pending"
_BASE = "records_desk.audit_anchor.base"
_RESTORES = "records_desk.audit_anchor.restores"


# -- the anchor ------------------------------------------------------------------------------------


class AuditAnchor:
    """The head file (and keyring entry) of one database, and the hooks that keep it."""

    def __init__(
        self,
        path: Path,
        database_key_hex: str,
        keyring_account: str | None,
        *,
        shared: bool = False,
    ) -> None:
        # shared: the database is on a server other desks write too (issue 15); entries
        # after this desk's head are theirs when they chain from it under the key.
        self.shared = shared
        self.path = path
        self.chain_key = audit_chain.chain_key(database_key_hex)
        self._format = HeadFormat(database_key_hex)
        self._keyring_account = keyring_account

    def __repr__(self) -> str:  # never the keys
        return f"AuditAnchor(path={str(self.path)!r})"

    # -- the two copies --------------------------------------------------------------------

    def _read_file(self) -> tuple[AnchorState | None, bool]:
        """(state, damaged): (None, False) when there is no head file."""
        try:
            raw = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None, False
        except (OSError, UnicodeDecodeError):
            return None, True
        state = self._format.decode(raw)
        return state, state is None

    def _read_keyring(self) -> AnchorState | None:
        return keyring_copy(self._format, self._keyring_account)

    def _write_keyring(self, state: AnchorState) -> None:
        keep_in_keyring(self._format, self._keyring_account, state)

    def _folder(self) -> None:
        if not self.path.parent.is_dir():  # like the key store's: this user's only
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)

    def _write(self, state: AnchorState, *, durable: bool, keyring_too: bool) -> None:
        self._folder()
        replace_atomically(self.path, self._format.encode(state).encode("utf-8"), durable=durable)
        if keyring_too:
            self._write_keyring(state)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self._folder()
        with file_lock(self.path.with_name(self.path.name + ".lock")):
            yield

    def _load(self) -> tuple[AnchorState | None, list[Finding]]:
        """The newer of the two copies, and what is wrong with the file itself."""
        file_state, damaged = self._read_file()
        ring_state = self._read_keyring()
        problems: list[Finding] = [Finding.ANCHOR_DAMAGED] if damaged else []
        if file_state is None and not damaged and ring_state is not None:
            problems.append(Finding.ANCHOR_MISSING)
        states = [s for s in (file_state, ring_state) if s is not None]
        if not states:
            return None, problems
        newest = max(states, key=lambda s: s.newest)  # the file wins a tie (listed first)
        alarms = list(newest.alarms)
        for other in states:  # an alarm in either copy is kept
            alarms.extend(a for a in other.alarms if a not in alarms)
        return replace(newest, alarms=tuple(alarms[:MAX_ALARMS])), problems

    def state(self, now: datetime) -> AnchorState | None:
        """What the anchor holds now (for verify and the window), with what is wrong with the
        head file itself as alarms not yet kept; None if nothing was ever anchored."""
        with self._locked():
            state, problems = self._load()
        if not problems:
            return state
        base = state or AnchorState(Head.empty())
        for problem in problems:
            alarm = TamperAlarm(problem, audit_chain.format_time(now), None, base.confirmed.seq)
            base = base.with_alarm(alarm)
        return base

    # -- the check before an append ----------------------------------------------------------

    def check(self, session: Session, at: datetime) -> None:
        """Compare the database's head with the anchor, inside the writer's transaction,
        once per transaction (journal.append calls it before its first entry)."""
        if session.info.get(_CHECKED):
            return
        found_at = audit_chain.format_time(at)
        database = read_head(session)
        marked = is_marked(session)
        with self._locked():
            state, problems = self._load()
            state, alarms, changed = self._judge(
                session, database, marked, state, problems, found_at
            )
            if self.shared and not state.knows_restores:  # adopted, followed, or an older file
                found = audit_shared.descends_from(session, state.confirmed)
                state, changed = state.with_restores(state.confirmed, found), True
            for alarm in alarms:
                log.error(
                    "audit log tamper alarm: %s (database at %s, anchor at %s)",
                    alarm.finding.value,
                    alarm.database_seq,
                    alarm.anchored_seq,
                )
                state = state.with_alarm(alarm)
            if changed or alarms:
                self._write(state, durable=True, keyring_too=True)
        if not marked:
            mark(session)
        session.info[_CHECKED] = True
        session.info[_BASE] = database

    def _judge(
        self,
        session: Session,
        database: Head,
        marked: bool,
        state: AnchorState | None,
        problems: list[Finding],
        found_at: str,
    ) -> tuple[AnchorState, list[TamperAlarm], bool]:
        """The state to keep, the alarms found, and whether the state must be written even
        without an alarm (a head adopted)."""
        if database.seq == 0 and not marked and (state is not None or problems):
            # A new, empty database where an older one was: that one's anchor (under its own
            # key, or under this key when the key file was kept) is not this one's.
            log.warning("a new database replaces the audit head of an older one at its path")
            return AnchorState(database), [], True
        shared_start = state is None and not problems and self.shared
        if (
            not shared_start
            and state is None
            and (problems or marked or head_is_keyed(session, self.chain_key))
        ):
            lost = problems[0] if problems else Finding.ANCHOR_MISSING
            return AnchorState(database), [TamperAlarm(lost, found_at, database.seq, None)], True
        if state is None:  # made by an older version, or a new desk of a server: adopt its head
            # once, when the whole chain verifies
            report = audit_chain.verify(iter_chain(session), self.chain_key)
            log.info("audit log anchored at sequence %d", database.seq)
            if report.intact:
                return AnchorState(database), [], True
            broken = TamperAlarm(Finding.BROKEN_WHEN_ANCHORED, found_at, report.broken_at, None)
            return AnchorState(database), [broken], True
        alarms = [TamperAlarm(p, found_at, database.seq, state.confirmed.seq) for p in problems]
        finding = audit_chain.compare_head(database, state.confirmed, state.pending)
        if finding is not None and self.shared and self._others(session, finding, state):
            return replace(state, confirmed=database, pending=None), alarms, True
        if finding is None and database == state.pending and database.seq < state.confirmed.seq:
            # A restore's expected log (`expect`) that the restore did not live to confirm.
            return replace(state, confirmed=database, pending=None), alarms, True
        if finding is not None:
            alarms.append(TamperAlarm(finding, found_at, database.seq, state.newest))
            # The alarm is kept; the anchor follows the database from here on, so a later
            # change is found (and kept) too.
            state = replace(state, confirmed=database, pending=None)
        return state, alarms, False

    def _others(self, session: Session, finding: Finding, state: AnchorState) -> bool:
        """A difference the other desks of a server office made through the app: their
        appends, or a restore over a log that held this desk's head (store/audit_shared.py)."""
        heads = [state.confirmed]
        if state.pending is not None and state.pending.seq > state.confirmed.seq:
            heads.insert(0, state.pending)
        if finding is Finding.LONGER and audit_shared.extended(session, heads, self.chain_key):
            return True
        seen, complete = state.restores, state.knows_restores
        return audit_shared.restored_over(
            session, state.confirmed, self.chain_key, seen=seen, complete=complete
        )

    def expect(self, head: Head) -> None:
        """A restore is about to put a log ending at HEAD in place: announced as pending
        (synced), so a crash between the swap and `follow` finds the restored log expected,
        not shortened. A pending head below the confirmed one is only ever a restore's."""
        with self._locked():
            state, _ = self._load()
            base = state or AnchorState(Head.empty())
            self._write(replace(base, pending=head), durable=True, keyring_too=False)

    def follow(self, head: Head) -> None:
        """A restore put an earlier log in place (R-BAK-3): the anchor follows it, so the
        restored log is not taken for a shortened one. The alarms kept stay; the restore's
        own entry, appended next, records the head it replaced."""
        with self._locked():
            state, _ = self._load()
            base = state or AnchorState(head)
            self._write(replace(base, confirmed=head, pending=None), durable=True, keyring_too=True)
        log.info("audit head set to the restored log's, sequence %d", head.seq)

    def appended(self, session: Session) -> None:
        session.info[_APPENDED] = True

    # -- the session hooks -------------------------------------------------------------------

    def install(self, factory: sessionmaker[Session]) -> None:
        """The hooks on every session the factory makes (readers too: an entry appended in a
        reader's transaction is anchored all the same)."""
        # Looked up at each call, not bound once: a test stands in for a crash by replacing one.
        event.listen(factory, "before_commit", lambda session: self._before_commit(session))
        event.listen(factory, "after_commit", lambda session: self._after_commit(session))
        event.listen(factory, "after_rollback", lambda session: self._after_rollback(session))

    def _before_commit(self, session: Session) -> None:
        if not session.info.get(_APPENDED):
            return
        session.flush()
        head = read_head(session)  # read back: a rolled-back savepoint may have held entries
        session.info[_PENDING] = head
        if self.shared:
            # The restores the head descends from, confirmed with it (store/audit_shared.py).
            session.info[_RESTORES] = audit_shared.descends_from(session, head)
            # Nothing written inside the writers' lock: a head lost to a crash before its
            # confirmation is found again as the other desks' appends are (the log goes on
            # from the confirmed head under the key), so no pending head is needed.
            return
        base_head: Head = session.info[_BASE]  # what the check found (and accepted) in the database
        with self._locked():
            state, _ = self._load()
            base = state or AnchorState(Head.empty())
            if base_head.seq > base.confirmed.seq:  # a pending head that did commit
                base = replace(base, confirmed=base_head)
            self._write(replace(base, pending=head), durable=True, keyring_too=False)

    def _after_commit(self, session: Session) -> None:
        head = session.info.get(_PENDING)
        restores = session.info.get(_RESTORES)
        self._forget(session)
        if head is None:
            return
        try:
            with self._locked():
                state, _ = self._load()
                base = state or AnchorState(Head.empty())
                if head.seq > base.confirmed.seq:
                    base = replace(base, confirmed=head)
                    if restores is not None:
                        base = base.with_restores(head, restores)
                if base.pending == head or (base.pending and base.pending.seq <= head.seq):
                    base = replace(base, pending=None)
                # Not synced to the folder: if this rename is lost, the pending head (equal to
                # the database's) still stands.
                self._write(base, durable=False, keyring_too=True)
        except OSError:
            log.warning("the audit head could not be confirmed; the pending one stands")

    def _after_rollback(self, session: Session) -> None:
        head = session.info.get(_PENDING)
        self._forget(session)
        if head is None:
            return
        try:
            with self._locked():
                state, _ = self._load()
                if state is not None and state.pending == head:
                    self._write(replace(state, pending=None), durable=False, keyring_too=False)
        except OSError:
            log.warning("a rolled-back pending audit head could not be removed")

    @staticmethod
    def _forget(session: Session) -> None:
        for key in (_CHECKED, _APPENDED, _PENDING, _BASE, _RESTORES):
            session.info.pop(key, None)


def anchor_of(session: Session) -> AuditAnchor:
    anchor = session.info.get(ANCHOR)
    if not isinstance(anchor, AuditAnchor):
        raise RuntimeError("audit entries are written through a unit of work (store/uow.py)")
    return anchor


def anchor_name(database_key_hex: str, *, shared: bool = False) -> str:
    """The anchor's file and keyring name: derived from the database's key, so the anchor
    follows the database wherever its key goes (made under a temporary name and moved into
    place, or moved with its key), and a new database never meets another one's anchor.
    A server office's (SHARED) is named apart from a file's under the same key: an office
    moved onto a server keeps its key (issue 15 §5), and the file left behind as the move's
    backup must not share the server's head (each would take the other's for tampered)."""
    label = ANCHOR_NAME_LABEL + (b" shared" if shared else b"")
    return audit_chain.derive_key(database_key_hex, label).hex()[:24]


def anchor_for(key: DatabaseKey, config_dir: Path, *, shared: bool = False) -> AuditAnchor:
    """The anchor of the database with KEY: the head file in the folder of its key file (for
    a key kept in a file), else in the key store's folder under CONFIG_DIR; and the keyring
    entry when the key itself lives in the keyring (a keyring that failed for the key is not
    asked again at every append)."""
    name = anchor_name(key.hex, shared=shared)
    folder = Path(key.location).parent if key.storage == "file" else config_dir / KEYS_FOLDER
    account = name if key.storage == "keyring" else None
    return AuditAnchor(folder / f"{name}{HEAD_SUFFIX}", key.hex, account, shared=shared)
