"""Backups and restores on a real encrypted database (R-BAK-1…3, R-AUD-3): a round trip gives
back the same rows and audit head; a copy that is damaged, cut short, made under another key
or described by an altered manifest is refused with the data in use untouched; a full disk
leaves no file under a final name; a copy taken while another connection writes is
consistent; `audit verify --against` finds entries cut from the log."""

from __future__ import annotations

import errno
import json
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.domain.backup.errors import (
    BackupNotGood,
    CopyProblem,
    DestinationUnusable,
    RestoreRefused,
)
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.errors import DiskFull
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.store import backup as store
from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import init_office, run

pytestmark = pytest.mark.sqlite_only(
    reason="backups of a database file (a server office: test_postgres_backup)"
)


def add_files(services: Services, gm: Principal, n: int, name: str = "內部") -> None:
    for i in range(n):
        draft = CustomerDraft(
            record_type=RecordType.INTERNAL, name=f"{name} {i}", department="總部"
        )
        services.customers.files.register(gm, draft)


def counts(services: Services) -> dict[str, int]:
    return store.live_facts(services.database.engine, services.database.key.hex).tables


def test_backup_then_restore_gives_back_the_same_rows_and_audit_head_R_BAK_3(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    add_files(services, gm, 5)
    made = services.backup.backups.make(gm, to=tmp_path / "b")
    assert made.path.exists() and made.path.stat().st_mode & 0o077 == 0
    add_files(services, gm, 3, "後來")  # what the restore takes back
    db_path = services.database.path
    report = services.backup.restore.restore(gm, made.path)
    assert report.safety is not None and report.safety.exists()  # R-BAK-3: backed up first
    assert report.replaced.seq > made.manifest.head.seq

    from records_desk.services.container import build_services
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore
    from tests.conftest import cheap_settings  # a fresh start on the restored data

    again = build_services(open_database(db_path, KeyStore(tmp_path / "config")), cheap_settings())
    try:
        facts = store.live_facts(again.database.engine, again.database.key.hex)
        assert facts.tables["customer"] == made.manifest.tables["customer"] == 5
        assert facts.chain.intact
        gm_again = again.auth.login("boss", GM_PASSWORD)
        report_now = again.audit.verify(gm_again)
        assert report_now.trustworthy  # no tamper alarm: the anchor followed the restore
        [restored] = again.audit.page(gm_again, _filter("backup.restored"), 0, 5)
        assert restored.details["replaced_head"][0] == report.replaced.seq
        assert restored.details["head"][0] == made.manifest.head.seq
    finally:
        again.close()


def _filter(action: str):  # type: ignore[no-untyped-def]
    from records_desk.services.common.dto import AuditFilter

    return AuditFilter(action=action)


def _damage(kind: str, made: Path) -> None:
    manifest = made.with_name(bm.manifest_name(made.name))
    if kind == "flipped_byte":
        data = bytearray(made.read_bytes())
        data[len(data) // 2] ^= 0x01
        made.write_bytes(bytes(data))
    elif kind == "truncated":
        made.write_bytes(made.read_bytes()[: made.stat().st_size // 2])
    elif kind == "manifest_altered":
        raw = json.loads(manifest.read_text("utf-8"))
        raw["tables"]["customer"] += 1
        manifest.write_text(json.dumps(raw), "utf-8")
    elif kind == "other_key":
        raw = json.loads(manifest.read_text("utf-8"))
        manifest.write_text(bm.encode(bm.decode(json.dumps(raw), KEY_OF[0], "m"), "cd" * 32))


KEY_OF: list[str] = []


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("flipped_byte", CopyProblem.HASH_DIFFERS),
        ("truncated", CopyProblem.TRUNCATED),
        ("manifest_altered", CopyProblem.MANIFEST_ALTERED),
        ("other_key", None),
    ],
)
def test_a_bad_backup_is_refused_and_the_data_in_use_is_untouched_R_BAK_3(
    services: Services, gm: Principal, tmp_path: Path, kind: str, problem: CopyProblem | None
) -> None:
    add_files(services, gm, 4)
    made = services.backup.backups.make(gm, to=tmp_path / "b")
    KEY_OF[:] = [services.database.key.hex]
    _damage(kind, made.path)
    add_files(services, gm, 2, "現在")
    before = counts(services)
    if problem is None:  # another database's backup: never put over this one
        with pytest.raises(RestoreRefused):
            services.backup.restore.restore(gm, made.path)
    else:
        with pytest.raises(BackupNotGood) as refused:
            services.backup.restore.restore(gm, made.path)
        assert refused.value.problem is problem
    assert counts(services) == before


def test_a_full_disk_during_backup_leaves_no_file_under_a_final_name_R_BAK_1(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_files(services, gm, 3)
    before = counts(services)
    real = store.copy_online

    def fills_up(db: Path, key: str, target: Path) -> None:
        real(db, key, target)  # the copy was written …
        raise DiskFull(target)  # … and then the disk filled (e.g. while syncing)

    monkeypatch.setattr(store, "copy_online", fills_up)
    folder = tmp_path / "b"
    with pytest.raises(DiskFull):
        services.backup.backups.make(gm, to=folder)
    assert [p.name for p in folder.iterdir()] == []
    after = counts(services)
    assert after["customer"] == before["customer"]
    assert after["audit_log"] == before["audit_log"] + 1  # only the failure's own entry


@pytest.mark.parametrize(
    ("failure", "refusal", "reason"),
    [
        (errno.EIO, DestinationUnusable, "failing"),  # a network folder lost mid-copy
        (errno.ENODEV, DestinationUnusable, "missing"),  # a drive pulled out
        (errno.ENOSPC, DiskFull, None),
    ],
)
def test_a_backup_folder_that_fails_while_the_copy_is_written_is_told_in_words_R_BAK_1(
    services: Services,
    gm: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: int,
    refusal: type[Exception],
    reason: str | None,
) -> None:
    """The OS's own error (errno, the temporary file's name) never reaches the user: the
    copy is refused as a folder that failed, went missing, or a full disk."""
    from records_desk.services.backup import backups as backups_module
    from records_desk.wording import describe

    real = backups_module.put_in_place

    def folder_fails(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise OSError(failure, os.strerror(failure), "/backups/.office.partial")

    monkeypatch.setattr(backups_module, "put_in_place", folder_fails)
    with pytest.raises(refusal) as refused:
        services.backup.backups.make(gm, to=tmp_path / "b")
    if reason is not None:
        assert refused.value.reason == reason  # type: ignore[attr-defined]
    said = describe(refused.value)
    assert "Errno" not in said and "partial" not in said and os.strerror(failure) not in said
    assert not [p for p in (tmp_path / "b").iterdir() if p.name.endswith(".partial")]


def test_a_backup_taken_while_another_connection_writes_is_consistent_R_BAK_1(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    stop = threading.Event()
    engine = services.database.engine

    def write() -> None:
        with engine.connect() as conn:
            conn.execute(text("CREATE TABLE IF NOT EXISTS probe_rows (n INTEGER)"))
            conn.commit()
            n = 0
            while not stop.is_set():
                conn.execute(text("INSERT INTO probe_rows VALUES (:n)"), {"n": n})
                conn.commit()
                n += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made = [services.backup.backups.make(gm, to=tmp_path / "b") for _ in range(3)]
    finally:
        stop.set()
        writer.join()
    for m in made:  # each copy's manifest matches the copy itself, row for row
        assert services.backup.backups.check(m.path) == m.manifest
    assert any(m.manifest.tables.get("probe_rows", 0) > 0 for m in made)


def test_deleting_the_last_audit_entries_is_found_by_verify_against_R_AUD_3(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    from records_desk.services.common.audit_against import verify_against

    add_files(services, gm, 2)
    made = services.backup.backups.make(gm, to=tmp_path / "b")
    key = services.database.key.hex
    assert verify_against(services.ctx, gm, key, tmp_path / "b").agrees
    with services.database.engine.connect() as conn:  # whoever holds the key, at the file
        triggers = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'")
        ).scalars()
        for name in list(triggers):
            conn.execute(text(f'DROP TRIGGER "{name}"'))
        conn.execute(
            text("DELETE FROM audit_log WHERE seq > :s"), {"s": made.manifest.head.seq - 3}
        )
        conn.commit()
    report = verify_against(services.ctx, gm, key, tmp_path / "b")
    assert not report.agrees
    assert report.findings[0].finding == "shorter"
    assert report.findings[0].anchored_seq == made.manifest.head.seq


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture
def office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    db = tmp_path / "data" / "records.db"
    init_office(capsys, monkeypatch, db, "--name", "王總")
    return db


def test_backup_json_restore_needs_yes_and_verify_against_finds_a_cut_log_R_BAK_3(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(office), "backup", "--to", str(tmp_path / "b"), "--json")
    assert code == 0
    made = json.loads(out)
    assert {"file", "made_at", "sha256", "rows", "tables", "audit_head", "path"} <= set(made)
    code, out, err = run(capsys, "--db", str(office), "--user", "boss", "restore", made["path"])
    assert code == 2 and "--yes" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--db", str(office), "--user", "boss", "restore", made["path"],
                       "--yes", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["audit_head"] == made["audit_head"]
    code, out, _ = run(capsys, "--db", str(office), "--user", "boss", "audit", "verify",
                       "--against", str(tmp_path / "b"))  # fmt: skip
    assert code == 0, out


def test_a_backup_restores_onto_a_new_computer_with_the_key_from_its_sheet_R_BAK_3(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from records_desk.paths import config_dir
    from records_desk.store.keystore import KeyStore

    code, out, _ = run(capsys, "--db", str(office), "backup", "--to", str(tmp_path / "b"), "--json")
    made = json.loads(out)
    key = KeyStore(config_dir()).get_or_create(office, create=False).hex
    typed = tmp_path / "key.txt"
    typed.write_text(" ".join(key[i : i + 4].upper() for i in range(0, 64, 4)) + "\n", "utf-8")
    new = tmp_path / "new-pc" / "records.db"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ab" * 32, "utf-8")
    code, _, err = run(capsys, "--db", str(new), "restore", made["path"], "--yes",
                       "--key-file", str(wrong))  # fmt: skip
    assert code == 2 and not new.exists()
    code, out, err = run(capsys, "--db", str(new), "restore", made["path"], "--yes",
                         "--key-file", str(typed), "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["rows"] == made["rows"]
    code, out, _ = run(capsys, "--db", str(new), "--user", "boss", "audit", "verify")
    assert code == 0, out


def test_a_copy_goes_off_site_and_a_missing_off_site_folder_is_reported_R_BAK_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    offsite = tmp_path / "usb-drive"
    services.backup.backups.options.change(
        gm, folder=str(tmp_path / "b"), offsite=str(offsite), interval_days=1
    )
    made = services.backup.backups.make(gm)  # the drive is not plugged in
    assert made.offsite is None and made.offsite_problem == "missing"
    assert services.backup.backups.status().offsite_missing
    offsite.mkdir()
    made = services.backup.backups.make(gm)
    assert made.offsite == offsite / made.path.name
    assert services.backup.backups.check(made.path) == services.backup.backups.check(made.offsite)
    # labelled with the office, the date and the time (R-BAK-2)
    assert made.path.name.startswith("records_2026-11-27_090000")
    assert not services.backup.backups.status().offsite_missing


def test_a_backup_folder_that_cannot_be_made_is_refused_when_saved_not_at_the_next_backup(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    from records_desk.domain.backup.errors import DestinationUnusable

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    with pytest.raises(DestinationUnusable):
        services.backup.options.change(gm, folder=str(blocker / "b"), offsite="", interval_days=1)
    assert services.backup.options.get().folder == ""  # nothing was saved
