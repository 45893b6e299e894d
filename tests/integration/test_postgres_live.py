"""Issue 15 §4: LISTEN/NOTIFY tells the other desks what changed (table and id), at commit only,
not to the desk that made the change, and again ("everything") after a lost connection."""

from __future__ import annotations

import queue
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.domain.common.roles import Role
from records_desk.store import live
from records_desk.store.live import EVERYTHING, Changed
from tests.conftest import GM_PASSWORD
from tests.pg import server_desk


def heard(changes: queue.Queue[Changed], seconds: float = 2.0) -> Changed:
    return changes.get(timeout=seconds)


@pytest.fixture
def two_desks(pg_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    first = server_desk(pg_url, tmp_path / "a")
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    second = server_desk(pg_url, tmp_path / "b", office_key=first.database.key.hex)
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def changes(two_desks):  # type: ignore[no-untyped-def]
    """What the first desk hears, its listening connection in place (stopped after)."""
    heard_here: queue.Queue[Changed] = queue.Queue()
    listener = live.listen(two_desks[0].database, heard_here.put)
    assert listener is not None
    assert listener.listening.wait(5)
    yield heard_here
    listener.stop()


def test_another_desks_change_is_heard_with_its_table_and_id_within_a_second(
    two_desks, changes
) -> None:  # type: ignore[no-untyped-def]
    first, second = two_desks
    boss = second.auth.login("boss", GM_PASSWORD)
    login_change = heard(changes)  # the sign-in wrote the account's last sign-in
    assert "account" in login_change
    started = time.monotonic()
    second.accounts.create(boss, "clerk", "小李", Role.RECEPTION_CLERK, GM_PASSWORD)
    change = heard(changes)
    assert time.monotonic() - started < 1.0
    assert "account" in change
    with second.database.engine.connect() as conn:
        new_id = conn.execute(text("SELECT id FROM account WHERE username = 'clerk'")).scalar()
    assert change["account"] is None or new_id in change["account"]
    assert "audit_log" not in change


def test_a_desk_does_not_hear_its_own_changes_nor_rolled_back_ones(two_desks, changes) -> None:  # type: ignore[no-untyped-def]
    first, second = two_desks
    first.auth.login("boss", GM_PASSWORD)  # its own
    with second.database.engine.connect() as conn:  # another desk's, rolled back
        conn.execute(text("UPDATE account SET full_name = 'x' WHERE username = 'boss'"))
        conn.rollback()
    with pytest.raises(queue.Empty):
        heard(changes, 1.0)


def test_a_lost_listening_connection_comes_back_and_says_everything(two_desks, changes) -> None:  # type: ignore[no-untyped-def]
    first, second = two_desks
    with second.database.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
            )
        )
        conn.commit()
    assert heard(changes, 10) == {EVERYTHING: None}
    second.auth.login("boss", GM_PASSWORD)
    assert "account" in heard(changes)


def test_a_notification_too_big_for_postgresql_drops_ids_not_tables() -> None:
    changed: Changed = {"customer": list(range(5000)), "loan": [1, 2]}
    payload = live.encode("desk", changed)
    assert len(payload.encode()) <= live.MAX_PAYLOAD
    decoded = live.decode(payload)
    assert decoded is not None
    assert decoded[1] == {"customer": None, "loan": [1, 2]}
