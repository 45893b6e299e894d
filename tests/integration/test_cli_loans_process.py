"""`records-desk loans lend` in a process of its own: the loans feature works without the
customer feature's models loaded (its foreign key to the customer table is the database's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, cheap_settings
from tests.unit.customer_fixtures import draft


@pytest.mark.slow
def test_lend_in_a_fresh_process_registers_the_loan(tmp_path: Path) -> None:
    config, db = tmp_path / "cfg", tmp_path / "office" / "records.db"
    db.parent.mkdir()
    services = build_services(open_database(db, KeyStore(config), create=True), cheap_settings())
    try:
        gm = services.auth.create_first_manager("boss", "王總", GM_PASSWORD)
        number = services.customers.files.register(gm, draft()).archive_number
        key = KeyStore(config).key_file(db)  # for the process below (no keyring there)
        key.parent.mkdir(parents=True, exist_ok=True)
        key.write_text(services.database.key.hex, "ascii")
    finally:
        services.close()
    env = {
        **os.environ,
        "RECORDS_DESK_CONFIG_DIR": str(config),
        "RECORDS_DESK_LOG_DIR": str(tmp_path / "log"),
        "RECORDS_DESK_PASSWORD": GM_PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "records_desk", "--db", str(db), "--user", "boss", "loans",
         "lend", number, "--borrower", "boss", "--purpose", "check"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("L-")
