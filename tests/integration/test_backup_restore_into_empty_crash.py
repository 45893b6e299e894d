"""Issue 14 §4: a restore in place of a new, empty office (the first start on a new PC) killed
with SIGKILL at any point leaves, at the next start, either the empty office or the restored
one — each opened by the key stored for it, whole (integrity_check) with an intact chain —
never an office whose key does not open it. Real processes: first killed right after each
step (the process kills itself there: after the copy is written, after the empty office is
removed, after the key is replaced, after the swap), then 20 seeded trials killed at random
moments."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from records_desk.services.backup.restore import restore_into_empty
from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import cheap_settings
from tests.integration.test_backup_crash import office
from tests.integration.test_crash_and_race import check_office
from tests.integration.test_store_hardening import cli, cli_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

TRIALS = 20
FILES = 200

# The restore as the window runs it, in a process of its own; KILL_AT names a step after
# which the process kills itself (none: it runs to the end, or is killed from outside).
SCRIPT = """
import os, signal, sys
from pathlib import Path
from records_desk.services.backup import restore
from records_desk.store import backup, empty_office
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore

db, copy, key, config, kill_at = sys.argv[1:6]

def then_die(module, name):
    original = getattr(module, name)
    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(module, name, wrapped)

steps = {"copied": (backup, "copy_file"), "removed": (empty_office, "remove_empty"),
         "keyed": (empty_office, "replace_key"), "swapped": (backup, "swap_in")}
if kill_at in steps:
    then_die(*steps[kill_at])
keys = KeyStore(Path(config))
database = open_database(Path(db), keys, create=False)
restore.restore_into_empty(database, Path(copy), key, keys)
print("restored")
"""
STEPS = ("copied", "removed", "keyed", "swapped")


def run(env: dict[str, str], db: Path, copy: Path, key: str, config: Path, kill_at: str):
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(db), str(copy), key, str(config), kill_at],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def empty_office_at(db: Path, config: Path) -> str:
    """A new, empty office at DB (the window's first start); its key."""
    database = open_database(db, KeyStore(config))
    database.dispose()
    return database.key.hex


def next_start(db: Path, config: Path) -> str:
    """What the next start finds: the office opened by its stored key (a new empty one made
    when none is there), whole; "restored" (its files, its general manager, its chain) or
    "empty" (no account)."""
    database = open_database(db, KeyStore(config))  # raises if the key does not open it
    services = build_services(database, cheap_settings())
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        accounts = services.auth.has_accounts()
    finally:
        services.close()
    if not accounts:
        return "empty"
    files, _ = check_office(config, db)
    assert files == FILES, files
    return "restored"


def test_a_restore_onto_a_new_office_killed_at_any_point_leaves_the_empty_office_or_the_restored(
    tmp_path: Path,
) -> None:
    source, config, key = office(tmp_path, FILES)  # key files only (no keyring), as processes
    env = cli_env(tmp_path)
    code, err = cli(env, source, "backup", "--to", str(tmp_path / "usb"))
    assert code == 0, err
    [copy] = (tmp_path / "usb").glob("*.rdbackup")

    found: dict[str, str] = {}
    for step in STEPS:  # killed right after each step
        db = tmp_path / f"at-{step}" / "records.db"
        fresh = empty_office_at(db, config)
        process = run(env, db, copy, key, config, step)
        _, err = process.communicate(timeout=120)
        assert process.returncode == -signal.SIGKILL, err
        found[step] = next_start(db, config)
        if found[step] == "empty" and db.exists():
            stored = KeyStore(config).get_or_create(db, create=False).hex
            assert stored in (fresh, key)
    assert found["copied"] == "empty" and found["swapped"] == "restored", found

    calibration = tmp_path / "calibration" / "records.db"
    empty_office_at(calibration, config)
    began = time.monotonic()
    process = run(env, calibration, copy, key, config, "")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0 and "restored" in out, err
    span = time.monotonic() - began

    rnd = random.Random(14_004)
    seen: list[str] = []
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}" / "records.db"
        empty_office_at(db, config)
        process = run(env, db, copy, key, config, "")
        time.sleep(rnd.uniform(0.3, 1.05) * span)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        seen.append(next_start(db, config))
    print(f"killed restores onto a new office: {found}; random: {sorted(set(seen))}")

    # After a kill that left no office, the next start's empty office takes the restore,
    # and the copy the killed process left under a temporary name is removed.
    db = tmp_path / "at-removed" / "records.db"
    keyring.set_keyring(fail.Keyring())
    keys = KeyStore(config)
    database = open_database(db, keys, create=False)
    restore_into_empty(database, copy, key, keys)
    database.dispose()
    assert next_start(db, config) == "restored"
    assert not list(db.parent.glob(".*.restoring"))
