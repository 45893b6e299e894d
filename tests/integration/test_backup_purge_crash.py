"""R-BAK-4 with issue 9's crash probes: a purge killed (SIGKILL) at any moment — while its
backup is made and checked, or while the files and loans go — leaves the office whole: every
purgeable file still there and no purge in the operation log, or all of them gone and the purge
logged; never some of them, never a purge without its entry. 20 seeded trials, real processes;
after each the database passes integrity_check and its audit chain is intact."""

from __future__ import annotations

import random
import shutil
import signal
import time
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
from records_desk.services.container import build_services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.models import AuditEntry
from tests.conftest import GM_PASSWORD, cheap_settings
from tests.integration.test_backup_crash import timed
from tests.integration.test_crash_and_race import check_office, start
from tests.integration.test_store_hardening import cli_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

TRIALS = 20
FILES, VOIDED = 120, 80
YEARS = "3"  # the files were voided in 2020: older than three years by now


def office(tmp_path: Path) -> tuple[Path, Path, str]:
    """FILES customer files registered in 2020, VOIDED of them voided then; the key in a
    file, as the processes keep it."""
    config = tmp_path / "cfg"
    keyring.set_keyring(fail.Keyring())
    db = tmp_path / "template" / "records.db"
    database = open_database(db, KeyStore(config))
    services = build_services(database, cheap_settings())
    try:
        services.auth.create_first_manager("boss", "", GM_PASSWORD)  # its password new today
    finally:
        services.close()
    database = open_database(db, KeyStore(config))
    services = build_services(
        database, cheap_settings(), clock=lambda: datetime(2020, 3, 2, 9, 0, tzinfo=UTC)
    )
    try:
        boss = services.auth.login("boss", GM_PASSWORD)
        for i in range(FILES):
            draft = CustomerDraft(
                record_type=RecordType.CLOSED_SALES,
                name=f"客戶 {i}",
                department="台北一部",
                phones=("0912-345-678",),
                admission=AdmissionChecklist.all_met(),
                event_date=date(2020, 3, 1),
            )
            info = services.customers.files.register(boss, draft)
            if i < VOIDED:
                services.customers.files.void(boss, info.id, "重複建檔")
    finally:
        services.close()
    return db, config, database.key.hex


def purges_logged(config: Path, db: Path) -> int:
    database = open_database(db, KeyStore(config), create=False)
    try:
        with database.engine.connect() as conn:
            count = conn.scalar(
                select(func.count(AuditEntry.seq)).where(
                    AuditEntry.action == AuditAction.DATA_PURGED.value
                )
            )
        return int(count or 0)
    finally:
        database.dispose()


def copy_of(template: Path, config: Path, key: str, folder: Path) -> Path:
    db = folder / "records.db"
    db.parent.mkdir(parents=True)
    shutil.copyfile(template, db)
    key_file = KeyStore(config).key_file(db)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return db


def test_a_purge_killed_at_any_moment_purges_all_or_nothing_and_logs_it_R_BAK_4(
    tmp_path: Path,
) -> None:
    template, config, key = office(tmp_path)
    env = cli_env(tmp_path)
    purge = ("--user", "boss", "purge", "--older-than", YEARS, "--yes")
    calibration = copy_of(template, config, key, tmp_path / "calibration")
    span = timed(env, calibration, *purge)
    assert check_office(config, calibration)[0] == FILES - VOIDED  # a purge that ran through
    assert purges_logged(config, calibration) == 1
    rnd = random.Random(14_004)
    seen: set[int] = set()
    for trial in range(TRIALS):
        db = copy_of(template, config, key, tmp_path / f"trial{trial}")
        process = start(env, db, *purge)
        time.sleep(rnd.uniform(0.2, 1.05) * span)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        files, _ = check_office(config, db)  # opens, integrity_check, audit chain intact
        logged = purges_logged(config, db)
        assert (files, logged) in ((FILES, 0), (FILES - VOIDED, 1)), (trial, files, logged)
        seen.add(files)
    print(f"purges killed: files left {sorted(seen)} (all {FILES}, or {FILES - VOIDED})")
