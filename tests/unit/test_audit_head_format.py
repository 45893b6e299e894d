"""The audit anchor's head file (store/audit_head_format.py): a file written before the
restores a desk's head descends from were kept (issue 15, store/audit_shared.py) still reads,
as not knowing them; a file written now keeps them, the newest MAX_RESTORES."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from typing import Any

from records_desk.domain.common.audit_chain import Head
from records_desk.store.audit_head_format import MAX_RESTORES, AnchorState, HeadFormat


def old_format(fmt: HeadFormat, state: AnchorState) -> str:
    """STATE as the version before the restores were kept wrote it."""
    body: dict[str, Any] = {
        "version": 1,
        "confirmed": [state.confirmed.seq, state.confirmed.hash],
        "pending": None if state.pending is None else [state.pending.seq, state.pending.hash],
        "alarms": [a.as_dict() for a in state.alarms],
        "alarms_dropped": state.alarms_dropped,
        "confirmed_at": state.confirmed.at,
    }
    return json.dumps({**body, "mac": fmt._mac(body)}, sort_keys=True)


def head(seq: int) -> Head:
    return Head(seq, secrets.token_hex(32))


def test_a_head_file_from_before_restores_were_kept_still_loads() -> None:
    fmt = HeadFormat(secrets.token_hex(32))
    mine = Head(7, "ab" * 32, "2026-11-27T09:00:00.000000Z")
    state = fmt.decode(old_format(fmt, AnchorState(mine)))
    assert state is not None and state.confirmed == mine and state.confirmed.at == mine.at
    assert state.restores == () and state.restores_of is None and not state.knows_restores


def test_the_restores_of_a_head_are_written_and_read_back() -> None:
    fmt = HeadFormat(secrets.token_hex(32))
    mine = head(9)
    state = AnchorState(mine).with_restores(mine, (head(3), head(8)))
    back = fmt.decode(fmt.encode(state))
    assert back == state and back is not None and back.knows_restores
    assert not replace(back, confirmed=head(10)).knows_restores  # a new head: not known yet


def test_restores_seen_before_are_kept_and_only_the_newest_ones() -> None:
    mine = head(100)
    earlier = tuple(head(n) for n in range(1, MAX_RESTORES + 1))
    state = AnchorState(mine).with_restores(mine, earlier[:3])
    now = state.with_restores(mine, earlier[3:])
    assert now.restores == earlier  # the first three, seen with an earlier lot, kept
    newer = head(99)
    assert now.with_restores(mine, (newer,)).restores == (*earlier[1:], newer)
