"""The audit log as the anchor reads it (store/audit_anchor.py): its head, its entries raw in
sequence order, whether its newest entry is keyed, and the database's anchored mark (`PRAGMA
user_version` on SQLite; on PostgreSQL, issue 15, the audit_log table's comment: no table
to add, and COMMENT is transactional there as the pragma is on SQLite). Backend-specific where
it must be (the mark), so it lives in store/."""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import Head

ANCHORED_MARK = 0x52444131  # PRAGMA user_version of an anchored database ("RDA1")
SERVER_MARK = "records-desk anchored RDA1"  # the audit_log table's comment on PostgreSQL


def read_head(session: Session) -> Head:
    row = session.execute(
        text("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1")
    ).first()
    return Head(int(row[0]), str(row[1]), str(row[2] or "")) if row else Head.empty()


def iter_chain(session: Session, since: int = 0) -> Iterator[dict[str, Any]]:
    """Every entry as hashed (from sequence number SINCE on), in sequence order. Raw columns,
    not the ORM's JSON type: a tampered, unparsable details cell must show up as a broken
    link, not as a crash."""
    rows = session.execute(
        text(
            "SELECT seq, at, account, action, entity_type, entity_id, summary, details,"
            " prev_hash, hash FROM audit_log WHERE seq >= :since ORDER BY seq"
        ).execution_options(yield_per=2000),
        {"since": since},
    )
    for row in rows:
        entry = dict(row._mapping)
        try:
            entry["details"] = json.loads(entry["details"])
        except (TypeError, ValueError):
            pass  # left as raw text: its hash cannot match
        yield entry


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def is_marked(session: Session) -> bool:
    if _on_server(session):
        comment = "SELECT obj_description('audit_log'::regclass, 'pg_class')"
        return bool(session.execute(text(comment)).scalar() == SERVER_MARK)
    return bool(session.execute(text("PRAGMA user_version")).scalar() == ANCHORED_MARK)


def mark(session: Session) -> None:
    if _on_server(session):
        session.execute(text(f"COMMENT ON TABLE audit_log IS '{SERVER_MARK}'"))
        return
    session.execute(text(f"PRAGMA user_version = {ANCHORED_MARK}"))


def head_is_keyed(session: Session | Connection, key: bytes) -> bool:
    row = session.execute(
        text(
            "SELECT seq, at, account, action, entity_type, entity_id, summary, details,"
            " prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        )
    ).first()
    if row is None:
        return False
    entry = dict(row._mapping)
    if isinstance(entry["details"], str):  # PostgreSQL's driver gives it parsed already
        try:
            entry["details"] = json.loads(entry["details"])
        except ValueError:
            return False
    return hmac.compare_digest(
        audit_chain.keyed_hash(entry, entry["prev_hash"], key), str(entry["hash"])
    )
