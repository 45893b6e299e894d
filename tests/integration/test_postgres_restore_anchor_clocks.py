"""R-AUD-3 with several desks after a restore, whatever their clocks say (issue 15 §3, §6): a
desk does not compare its clock with the restoring desk's to tell whether a restore explains
the log it finds; it knows the restores its own head descends from (store/audit_shared.py).
Each desk here has a clock of its own, five minutes apart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.services.backup import restore_checks
from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD, Clock
from tests.pg import server_desk
from tests.unit.test_audit_head_format import old_format

SKEW = timedelta(minutes=5)


class Desks:
    """Desk A (the office's first) and desk B, B's clock SKEW behind A's (or ahead)."""

    def __init__(self, url: str, folder: Path, a_ahead_by: timedelta) -> None:
        self.clock_b = Clock()
        self.clock_a = Clock()
        self.clock_a.now = self.clock_b.now + a_ahead_by
        self.a = server_desk(url, folder / "a", clock=self.clock_a)
        self.a.auth.create_first_manager("boss", "王總", GM_PASSWORD)
        self.b = server_desk(
            url, folder / "b", office_key=self.a.database.key.hex, clock=self.clock_b
        )

    def advance(self, minutes: float = 1) -> None:
        self.clock_a.advance(minutes=minutes)
        self.clock_b.advance(minutes=minutes)

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def office(
    pg_url: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desks]:
    desks = Desks(pg_url, tmp_path, getattr(request, "param", SKEW))
    # The restore's own entry takes the restoring computer's time: desk B's clock here.
    monkeypatch.setattr(restore_checks, "utc_now", desks.clock_b)
    try:
        yield desks
    finally:
        desks.close()


def restore_at_b(office: Desks, copies: Path, *, then: Callable[[], None] | None = None) -> None:
    """B makes a copy, both desks write on past it, then B restores it over their heads
    (THEN: done just before the restore)."""
    made = office.b.backup.backups.make(office.b.auth.login("boss", GM_PASSWORD), to=copies)
    for _ in range(2):
        office.advance()
        office.a.auth.login("boss", GM_PASSWORD)
        office.b.auth.login("boss", GM_PASSWORD)
    office.advance()
    if then is not None:
        then()
    office.b.backup.restore.restore(office.b.auth.login("boss", GM_PASSWORD), made.path)
    office.advance()


def cut_back_to(desk: Services, seq: int) -> None:
    """Someone with the server's password deletes every entry after sequence number SEQ."""
    with desk.database.engine.begin() as conn:
        names = conn.execute(
            text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
                " AND NOT tgisinternal"
            )
        ).scalars()
        for name in list(names):
            conn.execute(text(f'ALTER TABLE audit_log DISABLE TRIGGER "{name}"'))
        conn.execute(text("DELETE FROM audit_log WHERE seq > :seq"), {"seq": seq})


def restores(desk: Services) -> list[int]:
    with desk.database.engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT seq FROM audit_log WHERE action = 'backup.restored' ORDER BY seq")
            ).scalars()
        )


def test_a_restore_at_a_desk_whose_clock_is_behind_raises_no_alarm(
    office: Desks, tmp_path: Path
) -> None:
    """A's head was written before B's restore, though A's clock puts it after."""
    restore_at_b(office, tmp_path / "copies")
    principal = office.a.auth.login("boss", GM_PASSWORD)
    assert office.a.audit.alarms(principal) == ()
    assert office.a.audit.verify(principal).intact


@pytest.mark.parametrize("office", [SKEW, -SKEW], ids=["a-ahead", "a-behind"], indirect=True)
def test_a_log_cut_back_to_the_restore_after_this_desk_wrote_is_an_alarm(
    office: Desks, tmp_path: Path
) -> None:
    """A wrote after B's restore; the log cut back to the restore entry has lost A's head,
    whichever of the two clocks is ahead."""
    restore_at_b(office, tmp_path / "copies")
    for _ in range(2):
        office.a.auth.login("boss", GM_PASSWORD)
        office.advance()
    cut_back_to(office.a, restores(office.a)[-1])
    principal = office.a.auth.login("boss", GM_PASSWORD)
    assert [a.finding.value for a in office.a.audit.alarms(principal)] == ["shorter"]


def test_a_restore_after_one_this_desk_descends_from_raises_no_alarm(
    office: Desks, tmp_path: Path
) -> None:
    """A wrote after B's first restore (its head descends from it); B's second restore, over
    a log that held A's head, is no alarm at A."""
    restore_at_b(office, tmp_path / "copies")
    office.a.auth.login("boss", GM_PASSWORD)
    restore_at_b(office, tmp_path / "copies2")
    principal = office.a.auth.login("boss", GM_PASSWORD)
    assert len(restores(office.a)) == 2
    assert office.a.audit.alarms(principal) == ()


@pytest.mark.parametrize("office", [-SKEW * 6], ids=["a-behind"], indirect=True)
def test_a_log_cut_back_to_an_older_restore_this_desk_descends_from_is_an_alarm(
    office: Desks, tmp_path: Path
) -> None:
    """A wrote after two restores at B; the log cut back to the first one (which replaced a
    longer log than A's head is now) is still a cut: not only the newest restore A saw
    counts, and A's clock being behind does not hide it."""
    for _ in range(6):  # a long log, so that the first restore replaced more than A will hold
        office.b.auth.login("boss", GM_PASSWORD)
    restore_at_b(office, tmp_path / "copies")
    office.a.auth.login("boss", GM_PASSWORD)
    restore_at_b(office, tmp_path / "copies2")
    office.a.auth.login("boss", GM_PASSWORD)
    first = restores(office.a)[0]
    with office.a.database.engine.connect() as conn:
        details = conn.execute(
            text("SELECT details FROM audit_log WHERE seq = :s"), {"s": first}
        ).scalar_one()
        head = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
    assert details["replaced_head"][0] >= head  # the case in point
    cut_back_to(office.a, first)
    principal = office.a.auth.login("boss", GM_PASSWORD)
    assert [a.finding.value for a in office.a.audit.alarms(principal)] == ["shorter"]


def write_as_before_restores_were_kept(desk: Services) -> None:
    """The desk's head file as the version before this one wrote it (no restores in it)."""
    anchor = desk.ctx.uow.anchor
    state = anchor.state(datetime.now(UTC))
    assert state is not None and state.knows_restores
    anchor.path.write_text(old_format(anchor._format, state), "utf-8")
    again = anchor.state(datetime.now(UTC))
    assert again is not None and again.confirmed == state.confirmed and not again.knows_restores


def test_a_head_file_from_before_restores_were_kept_still_loads_and_learns_them(
    office: Desks, tmp_path: Path
) -> None:
    office.a.auth.login("boss", GM_PASSWORD)
    write_as_before_restores_were_kept(office.a)
    principal = office.a.auth.login("boss", GM_PASSWORD)  # its head still in the log
    assert office.a.audit.alarms(principal) == ()
    state = office.a.ctx.uow.anchor.state(datetime.now(UTC))
    assert state is not None and state.knows_restores
    restore_at_b(office, tmp_path / "copies")  # A's clock ahead: no longer asked
    assert office.a.audit.alarms(office.a.auth.login("boss", GM_PASSWORD)) == ()


@pytest.mark.parametrize("office", [timedelta(0)], ids=["same-time"], indirect=True)
def test_a_head_file_from_before_restores_were_kept_takes_a_restore_made_since(
    office: Desks, tmp_path: Path
) -> None:
    """A restore made before such a desk's next check, below its head: told by the times, as
    before the restores were kept (store/audit_shared.py)."""
    restore_at_b(
        office, tmp_path / "copies", then=lambda: write_as_before_restores_were_kept(office.a)
    )
    state = office.a.ctx.uow.anchor.state(datetime.now(UTC))
    assert state is not None and not state.knows_restores
    assert restores(office.a)[-1] <= state.confirmed.seq  # the case in point
    principal = office.a.auth.login("boss", GM_PASSWORD)
    assert office.a.audit.alarms(principal) == ()
    state = office.a.ctx.uow.anchor.state(datetime.now(UTC))
    assert state is not None and state.knows_restores
