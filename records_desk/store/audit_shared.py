"""The audit anchor of a desk sharing a server office with others (issue 15 §3,
store/audit_anchor.py `shared`): which differences between this desk's head and the server's
log are the other desks' doing through the app, not tampering.

- Extended: the log still holds this desk's head and goes on from it under the office key —
  the other desks' appends.
- Restored over: the newest entry of the log's restore (backup.restored, R-BAK-3) is signed
  with the office key, the log goes on from it under the key, the head it says it replaced
  is at or past this desk's, and it is not a restore this desk's head descends from. A desk
  that appended after a restore has that restore among its own (`descends_from`, kept in the
  anchor): a log cut back to it, past the desk's head, is still an alarm.

Decisions:
- No clocks compared. An entry's time is the clock of the desk that wrote it; this desk's
  head and the restore entry come from two computers, so "written before the restore" read
  from their times is wrong by however far the clocks are apart (a desk ahead took a normal
  restore for a cut; a desk behind took a cut for a restore). What this desk knows for sure
  is which restores its own head descends from: the anchor keeps them (seq and hash) each
  time it confirms a head, found in the log that holds that head.
- All of them, not only the newest: a log cut back to an older restore the desk descends
  from (one that replaced a long log, its replaced head past this desk's) is a cut too. The
  ones of earlier heads stay (a restore seen once is never one made after this desk's head);
  at most MAX_RESTORES (store/audit_head_format.py), the newest.
- A restore at a sequence number past this desk's head is never one it descends from. Below
  it, a desk that does not know its restores yet (a head file from before they were kept,
  until a check finds its head in the log; its own restore, until its next check) falls back
  to the times, as before they were kept: a restore entry older than its head is not taken.
  Kept for that window only, rather than taking any restore then: a log cut back to a restore
  the desk descends from, in that window, is still found where the clocks agree.
- Neither covers someone who holds the office key and the server's password (as on one PC,
  whoever holds the key and the files can rewrite both), nor a copy of the server's database
  from a line of the log this desk never held (restored over, then restored back, while it
  did not write) put back by someone with the server's password: its restore, signed and
  never seen here, reads as one made after this desk's head (the times told it where the
  clocks agreed; they told a normal restore from a cut wrongly where they did not).
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.audit_chain import Head
from records_desk.store.audit_rows import iter_chain


def extended(session: Session, heads: list[Head], key: bytes) -> bool:
    """Whether the log holds one of HEADS and goes on from it under KEY."""
    return any(
        audit_chain.continues_from(iter_chain(session, head.seq), head, key) for head in heads
    )


def descends_from(session: Session, head: Head) -> tuple[Head, ...]:
    """The restore entries (backup.restored) at or below HEAD in sequence order: the ones
    HEAD descends from, when the log holds HEAD."""
    rows = session.execute(
        text("SELECT seq, hash FROM audit_log WHERE action = :action AND seq <= :seq ORDER BY seq"),
        {"action": AuditAction.BACKUP_RESTORED.value, "seq": head.seq},
    )
    return tuple(Head(int(seq), str(hash_)) for seq, hash_ in rows)


def restored_over(
    session: Session, mine: Head, key: bytes, *, seen: tuple[Head, ...], complete: bool
) -> bool:
    """Whether the log was restored (through the app, under KEY) over a log that held MINE.
    SEEN: the restores MINE descends from (and earlier heads of this desk did); COMPLETE:
    whether SEEN holds all of MINE's."""
    row = session.execute(
        text("SELECT seq FROM audit_log WHERE action = :action ORDER BY seq DESC LIMIT 1"),
        {"action": AuditAction.BACKUP_RESTORED.value},
    ).first()
    if row is None:
        return False
    entries = iter_chain(session, int(row[0]))
    restore = next(entries, None)
    if restore is None or not _signed(restore, key):
        return False
    head = Head(int(restore["seq"]), str(restore["hash"]))
    if not _after(head, str(restore["at"]), mine, seen, complete):
        return False  # this desk wrote after the restore: the restore does not explain it
    replaced = _replaced_seq(restore["details"])
    if replaced is None or replaced < mine.seq:
        return False
    return audit_chain.continues_from(_again(restore, entries), head, key)


def _after(restore: Head, at: str, mine: Head, seen: tuple[Head, ...], complete: bool) -> bool:
    """Whether RESTORE was made after MINE (MINE does not descend from it)."""
    if restore in seen:
        return False
    if complete or restore.seq > mine.seq:
        return True
    return bool(mine.at) and at >= mine.at  # not known: the times, as before they were kept


def _signed(entry: dict[str, Any], key: bytes) -> bool:
    expected = audit_chain.keyed_hash(entry, entry["prev_hash"], key)
    return hmac.compare_digest(expected, str(entry["hash"]))


def _replaced_seq(details: Any) -> int | None:
    if isinstance(details, str):
        try:
            details = json.loads(details)
        except ValueError:
            return None
    try:
        return int(details["replaced_head"][0])
    except (KeyError, TypeError, IndexError, ValueError):
        return None


def _again(first: dict[str, Any], rest: Any) -> Any:
    yield first
    yield from rest
