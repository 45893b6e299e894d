"""The stored password hash of one account, read with a raw keyed connection before SQLAlchemy
is imported: the sign-in from the command line (`--user` with RECORDS_DESK_PASSWORD) starts
checking the password (argon2, which runs outside the GIL) while SQLAlchemy and the services
load, instead of after them (app_opening.py, services/common/hashing.py `EarlyCheck`).

Decisions:
- A look only: it decides nothing. The sign-in itself (services/common/auth.py) reads the
  account again and takes the early result only for the same hash and the same password.
- Anything unexpected (no such table yet: a database a migration has not reached; a locked
  file; a wrong key) is "no hash": the sign-in then checks the password itself, as always,
  and the opening reports what is wrong in its own words.
"""

from __future__ import annotations

import logging
from pathlib import Path

from records_desk.store.raw_connection import connect_raw

log = logging.getLogger(__name__)


def stored_password_hash(db_path: Path, key_hex: str, username: str) -> str | None:
    """The password hash of USERNAME in the SQLCipher file at DB_PATH, or None."""
    try:
        conn = connect_raw(db_path, key_hex)
    except Exception:  # noqa: BLE001 - the opening tells what is wrong
        return None
    try:
        row = conn.execute(
            "SELECT password_hash FROM account WHERE username = ?", (username,)
        ).fetchone()
    except Exception:  # noqa: BLE001 - an older schema: the sign-in checks it itself
        log.info("no early look at the password hash: the schema is not as expected")
        return None
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else None
