"""Issue 15 with R-BAK-1: several desks share a server office, each keeping its backups in its
own folder; the office's last good backup is any desk's, so the first desk started after one
falls due makes it, and the others neither make one each nor show "no backup yet"."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import GM_PASSWORD, Clock
from tests.pg import server_desk


def test_a_backup_made_by_one_desk_is_the_offices_last_backup_on_every_desk(
    pg_url: str, tmp_path: Path
) -> None:
    clock = Clock()
    first = server_desk(pg_url, tmp_path / "archive-desk", clock=clock)
    second = server_desk(
        pg_url, tmp_path / "counter-desk", office_key=first.database.key.hex, clock=clock
    )
    try:
        first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
        gm = second.auth.login("boss", GM_PASSWORD)
        assert second.backup.backups.status().last_good is None
        assert second.backup.backups.status().due

        made = first.backup.backups.make(gm, to=tmp_path / "archive-backups")
        status = second.backup.backups.status()
        assert status.last_good is not None and status.last_good >= made.manifest.made_at
        assert not status.due
        assert second.backup.backups.make_if_due(gm) is None  # not one more copy
        assert not any(second.backup.backups.folder().glob("*.rdbackup"))

        clock.advance(days=2)  # past the one-day interval: due again, everywhere
        assert second.backup.backups.status().due and first.backup.backups.status().due
    finally:
        second.close()
        first.close()
