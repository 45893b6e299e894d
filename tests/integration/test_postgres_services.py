"""Issue 15 §1-§3 at the services: a records office on the throwaway PostgreSQL cluster of
tests/pg.py gets its first manager, signs in and verifies its audit chain; desks appending at
the same moment keep one chain (the writers' advisory lock); each desk keeps the office key
(which signs the chain) and its own audit head, and another desk's appends are no alarm."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.domain.common.errors import OfficeKeyNeeded, WrongOfficeKey
from records_desk.services.container import Services
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD
from tests.pg import server_desk


def office(url: str, folder: Path) -> tuple[Services, str]:
    """The first desk of a new office on the server, its first manager made; and the office
    key its key-recovery sheet would show."""
    first = server_desk(url, folder / "desk0")
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    return first, first.database.key.hex


def test_the_first_manager_signs_in_and_the_chain_verifies_on_postgresql(
    pg_empty_url: str, tmp_path: Path
) -> None:
    services, _key = office(pg_empty_url, tmp_path)
    try:
        principal = services.auth.login("boss", GM_PASSWORD)
        report = services.audit.verify(principal)
        assert report.intact and report.entries == 2 and report.alarms == ()
        assert report.head_seq == report.anchored_seq == 2
        with services.database.engine.connect() as conn:  # the anchored mark, on the server
            comment = "SELECT obj_description('audit_log'::regclass, 'pg_class')"
            assert conn.execute(text(comment)).scalar()
    finally:
        services.close()


def test_desks_signing_in_at_once_keep_one_audit_chain_on_postgresql(
    pg_empty_url: str, tmp_path: Path
) -> None:
    first, key = office(pg_empty_url, tmp_path)
    desks = [first]
    desks += [server_desk(pg_empty_url, tmp_path / f"desk{n}", office_key=key) for n in (1, 2, 3)]
    rng = random.Random(15)
    rounds = [rng.randint(4, 8) for _ in desks]
    failures: list[BaseException] = []
    start = threading.Barrier(len(desks))

    def sign_in(services: Services, times: int) -> None:
        start.wait()
        try:
            for _ in range(times):
                services.auth.login("boss", GM_PASSWORD)
        except BaseException as e:  # noqa: BLE001 - reported below
            failures.append(e)

    threads = [
        threading.Thread(target=sign_in, args=(services, times))
        for services, times in zip(desks, rounds, strict=True)
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert failures == []
        with first.database.engine.connect() as conn:
            seqs = conn.execute(text("SELECT seq FROM audit_log ORDER BY seq")).scalars().all()
        assert seqs == list(range(1, 2 + sum(rounds)))  # one chain: no gap, no fork
        for services in desks:  # every desk: intact, and no alarm for the others' entries
            report = services.audit.verify(services.auth.login("boss", GM_PASSWORD))
            assert report.intact and report.broken_at is None and report.alarms == ()
    finally:
        for services in desks:
            services.close()


def test_another_desks_appends_raise_no_tamper_alarm(pg_empty_url: str, tmp_path: Path) -> None:
    first, key = office(pg_empty_url, tmp_path)
    second = server_desk(pg_empty_url, tmp_path / "desk1", office_key=key)
    try:
        first.auth.login("boss", GM_PASSWORD)
        second.auth.login("boss", GM_PASSWORD)
        second.auth.login("boss", GM_PASSWORD)
        principal = first.auth.login("boss", GM_PASSWORD)
        assert first.audit.alarms(principal) == ()
        assert second.audit.alarms(second.auth.login("boss", GM_PASSWORD)) == ()
    finally:
        first.close()
        second.close()


def test_entries_cut_from_the_end_on_the_server_still_raise_the_alarm(
    pg_empty_url: str, tmp_path: Path
) -> None:
    """R-AUD-3 with several desks: the other desks' appends are accepted, a shortened log is
    not (the triggers dropped, as someone with the server's password could)."""
    first, key = office(pg_empty_url, tmp_path)
    second = server_desk(pg_empty_url, tmp_path / "desk1", office_key=key)
    try:
        second.auth.login("boss", GM_PASSWORD)
        first.auth.login("boss", GM_PASSWORD)  # the first desk's head: the newest entry
        with first.database.engine.begin() as conn:
            triggers = conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
                    " AND NOT tgisinternal"
                )
            ).scalars()
            for name in list(triggers):
                conn.execute(text(f'ALTER TABLE audit_log DISABLE TRIGGER "{name}"'))
            conn.execute(text("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"))
        principal = first.auth.login("boss", GM_PASSWORD)
        assert [a.finding.value for a in first.audit.alarms(principal)] == ["shorter"]
    finally:
        first.close()
        second.close()


def test_a_new_desk_needs_the_office_key_and_a_wrong_one_is_refused(
    pg_empty_url: str, tmp_path: Path
) -> None:
    first, key = office(pg_empty_url, tmp_path)
    first.close()
    with pytest.raises(OfficeKeyNeeded):
        server_desk(pg_empty_url, tmp_path / "new")
    wrong = "0" * 64
    with pytest.raises(WrongOfficeKey) as refused:
        server_desk(pg_empty_url, tmp_path / "new", office_key=wrong)
    assert not refused.value.kept
    desk = server_desk(pg_empty_url, tmp_path / "new", office_key=key.upper())
    try:
        assert desk.database.key.hex == key
        desk.auth.login("boss", GM_PASSWORD)
    finally:
        desk.close()
    again = server_desk(pg_empty_url, tmp_path / "new")  # kept: not asked again
    again.close()


def test_a_desk_with_a_wrong_kept_key_is_told_and_takes_the_right_one(
    pg_empty_url: str, tmp_path: Path
) -> None:
    first, key = office(pg_empty_url, tmp_path)
    first.close()
    address = first.database.address
    KeyStore(tmp_path / "other").get_or_create(address, create=True, given="ab" * 32)
    # kept by the file-only store of tests/pg.py under the same name
    (tmp_path / "desk9").mkdir()
    kept = KeyStore(tmp_path / "desk9").key_file(address)
    kept.parent.mkdir(parents=True)
    kept.write_text("ab" * 32)
    with pytest.raises(WrongOfficeKey) as refused:
        server_desk(pg_empty_url, tmp_path / "desk9")
    assert refused.value.kept
    desk = server_desk(pg_empty_url, tmp_path / "desk9", office_key=key)
    desk.close()
    assert kept.read_text() == key


def test_a_desk_killed_between_its_commit_and_its_anchor_raises_no_alarm_on_a_server(
    pg_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared anchor writes nothing inside the writers' lock (no pending head): a commit whose
    confirmation never came (the desk killed in between) is found again as appends that go on
    from the confirmed head under the key."""
    services, _key = office(pg_empty_url, tmp_path)
    try:
        anchor = services.ctx.uow.anchor
        monkeypatch.setattr(anchor, "_after_commit", lambda session: anchor._forget(session))
        services.auth.login("boss", GM_PASSWORD)  # committed; the anchor never told
        monkeypatch.undo()
        principal = services.auth.login("boss", GM_PASSWORD)
        assert services.audit.alarms(principal) == ()
        assert services.audit.verify(principal).intact
    finally:
        services.close()
