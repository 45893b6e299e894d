"""The audit anchor of a desk sharing a server office with others (issue 15 §3,
store/audit_anchor.py `shared`): which differences between this desk's head and the server's
log are the other desks' doing through the app, not tampering.

- Extended: the log still holds this desk's head and goes on from it under the office key —
  the other desks' appends.
- Restored over: the newest entry of the log's restore (backup.restored, R-BAK-3) is signed
  with the office key, the log goes on from it under the key, the head it says it replaced
  is at or past this desk's, and this desk's head was written before the restore (its time,
  kept in the anchor, is not after the restore entry's). A desk that appended after the
  restore is not covered by it: a log cut back past its head is still an alarm.

The times compared are the desks' own clocks (an entry's time as hashed): a desk whose clock
is behind by some seconds could take its own entries of those seconds after a restore for
older ones. Neither covers someone who holds the office key and the server's password (as on one PC,
whoever holds the key and the files can rewrite both).
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


def restored_over(session: Session, mine: Head, key: bytes) -> bool:
    """Whether the log was restored (through the app, under KEY) over a log that held MINE."""
    row = session.execute(
        text("SELECT seq FROM audit_log WHERE action = :action ORDER BY seq DESC LIMIT 1"),
        {"action": AuditAction.BACKUP_RESTORED.value},
    ).first()
    if row is None or not mine.at:
        return False
    entries = iter_chain(session, int(row[0]))
    restore = next(entries, None)
    if restore is None or not _signed(restore, key):
        return False
    if str(restore["at"]) < mine.at:
        return False  # this desk wrote after the restore: the restore does not explain it
    replaced = _replaced_seq(restore["details"])
    if replaced is None or replaced < mine.seq:
        return False
    head = Head(int(restore["seq"]), str(restore["hash"]))
    return audit_chain.continues_from(_again(restore, entries), head, key)


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
