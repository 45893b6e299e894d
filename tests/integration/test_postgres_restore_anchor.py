"""R-AUD-3 with several desks after a restore (issue 15 §3, §6): a restore made at one desk
through the app is no tamper alarm at the others, whose heads were in the log it replaced; a
desk that wrote after the restore still raises one when the log is cut back past its head."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD, Clock
from tests.pg import server_desk


def desks(url: str, folder: Path) -> tuple[Services, Services, Clock]:
    clock = Clock()
    first = server_desk(url, folder / "a", clock=clock)
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    second = server_desk(url, folder / "b", office_key=first.database.key.hex, clock=clock)
    return first, second, clock


def test_a_restore_at_one_desk_raises_no_alarm_at_another(pg_url: str, tmp_path: Path) -> None:
    first, second, clock = desks(pg_url, tmp_path)
    try:
        gm = first.auth.login("boss", GM_PASSWORD)
        made = first.backup.backups.make(gm, to=tmp_path / "copies")
        for _ in range(3):  # the other desk writes on past the copy
            clock.advance(minutes=1)
            second.auth.login("boss", GM_PASSWORD)
        clock.advance(minutes=1)
        first.backup.restore.restore(first.auth.login("boss", GM_PASSWORD), made.path)
        clock.advance(minutes=1)
        principal = second.auth.login("boss", GM_PASSWORD)
        assert second.audit.alarms(principal) == ()
        assert second.audit.verify(principal).intact
    finally:
        first.close()
        second.close()


def test_a_log_cut_back_past_a_head_written_after_the_restore_is_still_an_alarm(
    pg_url: str, tmp_path: Path
) -> None:
    first, second, clock = desks(pg_url, tmp_path)
    try:
        gm = first.auth.login("boss", GM_PASSWORD)
        made = first.backup.backups.make(gm, to=tmp_path / "copies")
        for _ in range(3):
            clock.advance(minutes=1)
            second.auth.login("boss", GM_PASSWORD)
        clock.advance(minutes=1)
        first.backup.restore.restore(first.auth.login("boss", GM_PASSWORD), made.path)
        clock.now = datetime.now(UTC)  # the restore's entry has the computer's time
        for _ in range(2):  # the second desk writes after the restore...
            clock.advance(minutes=1)
            second.auth.login("boss", GM_PASSWORD)
        with first.database.engine.begin() as conn:  # ...and its entries are cut
            names = conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
                    " AND NOT tgisinternal"
                )
            ).scalars()
            for name in list(names):
                conn.execute(text(f'ALTER TABLE audit_log DISABLE TRIGGER "{name}"'))
            conn.execute(
                text("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)")
            )
        clock.advance(minutes=1)
        principal = second.auth.login("boss", GM_PASSWORD)
        assert [a.finding.value for a in second.audit.alarms(principal)] == ["shorter"]
    finally:
        first.close()
        second.close()
