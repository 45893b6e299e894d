"""Issue #9, findings 2 and 4, as an unlucky office meets them: two `init` at once on a new
path, an `init` or a `demo` killed (SIGKILL) at a random moment. Real processes, at least 20
seeded trials each; after every trial the database is checked whole (PRAGMA integrity_check),
its audit chain intact, and the change all there or not at all."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from records_desk.services.container import build_services
from records_desk.services.customers.demo import ensure_demo_accounts
from records_desk.store.customers import Customer
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.models import AuditEntry
from tests.conftest import GM_PASSWORD, cheap_settings
from tests.integration.test_store_hardening import cli, cli_env, one_line

# 20 trials of real processes each: minutes on a loaded machine, never a hang (each process has
# its own timeout), so these get more than the suite's 120 s.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

TRIALS = 20
DEMO_FILES = 300


def start(env: dict[str, str], db: Path, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "records_desk", "--db", str(db), *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def check_office(config: Path, db: Path) -> tuple[int, int]:
    """Open the office as the program does (its key, its schema), check it whole and its
    chain intact; the number of customer files and of demo.fill audit entries."""
    database = open_database(db, KeyStore(config), create=False)
    services = build_services(database, cheap_settings())
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        boss = services.auth.login("boss", GM_PASSWORD)
        report = services.audit.verify(boss)
        assert report.intact, report
        with services.ctx.uow.read() as uow:
            files = uow.session.scalar(select(func.count(Customer.id))) or 0
            fills = uow.session.scalar(
                select(func.count(AuditEntry.seq)).where(AuditEntry.action == "demo.fill")
            )
        return files, fills or 0
    finally:
        services.close()


def no_temporary_files(db: Path) -> None:
    assert not [p.name for p in db.parent.glob(f".{db.name}.*")]


def test_two_inits_at_once_never_delete_the_winner(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    rnd = random.Random(9_002)
    raced = 0
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}" / "records.db"
        first = start(env, db, "init", "--admin", "boss")
        time.sleep(rnd.uniform(0, 0.15))
        second = start(env, db, "init", "--admin", "boss")
        done = [(p.wait(120), *p.communicate()) for p in (first, second)]
        assert sorted(code for code, _, _ in done) == [0, 2], done
        [(_, loser_err)] = [(out, err) for code, out, err in done if code == 2]
        assert "already exists" in one_line(loser_err) or "Another program" in loser_err
        raced += "Another program" in loser_err
        assert check_office(tmp_path / "cfg", db) == (0, 0)
        no_temporary_files(db)
    assert raced  # the loser lost at the very end at least once, not only at the start


def test_kill_during_init_leaves_no_half_made_office(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    rnd = random.Random(9_022)
    outcomes = []
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}" / "records.db"
        process = start(env, db, "init", "--admin", "boss")
        time.sleep(rnd.uniform(0.2, 1.5))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        made = db.exists()
        outcomes.append(made)
        if made:  # a complete office, or none
            check_office(tmp_path / "cfg", db)
        code, err = cli(env, db, "init", "--admin", "boss")
        if made:
            assert code == 2 and "already exists" in one_line(err), err
        else:
            assert code == 0, err
        check_office(tmp_path / "cfg", db)
        no_temporary_files(db)  # the killed one's too, removed by the second init
    print(f"killed before the office was in place: {outcomes.count(False)} of {TRIALS}")


def test_kill_during_demo_leaves_files_and_audit_entry_together(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    config = tmp_path / "cfg"
    keyring.set_keyring(fail.Keyring())  # the template's key in a file, as the processes keep it
    template = tmp_path / "template" / "records.db"
    database = open_database(template, KeyStore(config))
    services = build_services(database, cheap_settings())
    try:
        boss = services.auth.create_first_manager("boss", "", GM_PASSWORD)
        ensure_demo_accounts(services.accounts, boss, GM_PASSWORD)
    finally:
        services.close()
    key = database.key.hex
    rnd = random.Random(9_004)
    outcomes = []
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}" / "records.db"
        db.parent.mkdir()
        shutil.copyfile(template, db)
        key_file = KeyStore(config).key_file(db)
        key_file.write_text(key)
        key_file.chmod(0o600)
        process = start(env, db, "--user", "boss", "demo", "--customers", str(DEMO_FILES))
        time.sleep(rnd.uniform(0.4, 2.2))
        process.send_signal(signal.SIGKILL)
        code = process.wait()
        files, fills = check_office(config, db)
        assert (files, fills) in ((0, 0), (DEMO_FILES, 1)), (files, fills)
        if code == 0:
            assert (files, fills) == (DEMO_FILES, 1)
        outcomes.append(files)
    print(f"demo killed before its commit: {outcomes.count(0)} of {TRIALS}")
