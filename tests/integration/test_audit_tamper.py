"""Issue #9 finding 3: the operation log shortened or rewritten by someone with the key (and
`DROP TRIGGER`) used to verify as "intact". Each way of tampering now makes `records-desk audit
verify` exit 1 with one line saying what was found (R-AUD-3). The attacker here has the database
key, so forged hashes are recomputed the way the app computes them, keyed chain included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from records_desk.cli import main
from records_desk.domain.common import audit_chain
from records_desk.paths import config_dir
from records_desk.services.common.hashing import HashParams
from records_desk.store.audit_anchor import AuditAnchor, anchor_for
from records_desk.store.audit_head_format import KEYRING_SERVICE
from records_desk.store.keystore import SERVICE, DatabaseKey
from tests.conftest import GM_PASSWORD, MemoryKeyring

COLUMNS = ("seq", "at", "account", "action", "entity_type", "entity_id", "summary", "details")


@pytest.fixture(autouse=True)
def english_and_cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English; argon2 at test cost (the command line hashes at production cost,
    which would make every sign-in here take most of a second)."""
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setattr(
        "records_desk.services.container.hash_params",
        lambda _settings: HashParams(time_cost=1, memory_cost=8, parallelism=1),
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def verify(capsys: pytest.CaptureFixture[str], db: Path) -> tuple[int, str]:
    code, out, _ = run(capsys, "--db", str(db), "--user", "boss", "audit", "verify")
    return code, out


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A CLI-made office with a few entries: 1 init, then sign-ins and verifications."""
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    assert run(capsys, "--db", str(db_path), "init", "--admin", "boss")[0] == 0
    for _ in range(3):
        assert verify(capsys, db_path)[0] == 0
    return db_path  # entries 1..7


def key_of(db: Path, keyring: MemoryKeyring) -> str:
    key = keyring.get_password(SERVICE, str(db.resolve()))
    assert key
    return key


def anchor_of_office(db: Path, keyring: MemoryKeyring) -> AuditAnchor:
    return anchor_for(DatabaseKey(key_of(db, keyring), "keyring", "test"), config_dir())


def remove_anchor(db: Path, keyring: MemoryKeyring, *, keyring_too: bool) -> None:
    anchor = anchor_of_office(db, keyring)
    anchor.path.unlink()
    if keyring_too:
        keyring.delete_password(KEYRING_SERVICE, anchor.path.stem)


def connect(db: Path, keyring: MemoryKeyring) -> Any:
    """The attacker's connection: the key, and the append-only triggers dropped."""
    conn = sqlcipher.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{key_of(db, keyring)}'\"")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    return conn


def entries(conn: Any) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)}, prev_hash, hash FROM audit_log ORDER BY seq")
    found = [dict(zip((*COLUMNS, "prev_hash", "hash"), row, strict=True)) for row in rows]
    for entry in found:
        entry["details"] = json.loads(entry["details"])
    return found


def rechain(conn: Any, key: bytes | None, start: int = 1) -> None:
    """Recompute every hash from START on, as the app would (keyed when KEY is given)."""
    chain = entries(conn)
    prev = audit_chain.GENESIS_HASH if start == 1 else chain[start - 2]["hash"]
    for entry in chain[start - 1 :]:
        new = (
            audit_chain.keyed_hash(entry, prev, key)
            if key is not None
            else audit_chain.entry_hash(entry, prev)
        )
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, new, entry["seq"])
        )
        prev = new


def tamper(db: Path, keyring: MemoryKeyring, *sql: str) -> None:
    conn = connect(db, keyring)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def expect_alarm(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> str:
    code, out = verify(capsys, db)
    assert code == 1, out
    assert out.count("\n") == 1
    for word in words:
        assert word in out
    return out


def test_deleting_the_last_entry_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    tamper(office, memory_keyring, "DELETE FROM audit_log WHERE seq = 7")
    expect_alarm(capsys, office, "shortened", "ended at entry 6", "entry 7 had been written")


def test_deleting_the_last_three_entries_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    tamper(office, memory_keyring, "DELETE FROM audit_log WHERE seq >= 5")
    expect_alarm(capsys, office, "shortened", "ended at entry 4", "entry 7 had been written")


def test_deleting_every_entry_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    tamper(office, memory_keyring, "DELETE FROM audit_log")
    expect_alarm(capsys, office, "shortened", "ended at entry 0", "entry 7 had been written")


def test_a_forged_entry_with_a_recomputed_keyed_hash_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    key = audit_chain.chain_key(key_of(office, memory_keyring))
    conn = connect(office, memory_keyring)
    head = entries(conn)[-1]
    forged: dict[str, Any] = {
        "seq": head["seq"] + 1,
        "at": head["at"],
        "account": "boss",
        "action": "login",
        "entity_type": "account",
        "entity_id": "1",
        "summary": "signed in",
        "details": {},
    }
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(COLUMNS)}, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            *[json.dumps(forged[c]) if c == "details" else forged[c] for c in COLUMNS],
            head["hash"],
            audit_chain.keyed_hash(forged, head["hash"], key),
        ),
    )
    conn.commit()
    conn.close()
    expect_alarm(capsys, office, "added", "ended at entry 8", "up to entry 7")


def test_a_changed_middle_entry_with_every_later_hash_recomputed_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    key = audit_chain.chain_key(key_of(office, memory_keyring))
    conn = connect(office, memory_keyring)
    conn.execute("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 3")
    rechain(conn, key, start=3)
    conn.commit()
    conn.close()
    expect_alarm(capsys, office, "rewritten", "entry 7")


def test_deleting_the_head_file_of_an_anchored_database_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    assert anchor_of_office(office, memory_keyring).path.exists()
    remove_anchor(office, memory_keyring, keyring_too=False)
    expect_alarm(capsys, office, "check file", "removed")


def test_deleting_the_head_file_and_its_keyring_copy_is_found_by_audit_verify(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    """The database itself is marked as anchored: no anchor at all is not an old database."""
    remove_anchor(office, memory_keyring, keyring_too=True)
    expect_alarm(capsys, office, "check file", "removed")


def test_sign_in_after_tamper_does_not_launder_it(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    tamper(office, memory_keyring, "DELETE FROM audit_log WHERE seq = 7")
    for _ in range(3):  # each sign-in appends an entry after the tampered head
        assert run(capsys, "--db", str(office), "--user", "boss", "accounts")[0] == 0
    first = expect_alarm(
        capsys, office, "shortened", "ended at entry 6", "entry 7 had been written"
    )
    again = expect_alarm(
        capsys, office, "shortened", "ended at entry 6", "entry 7 had been written"
    )
    assert first == again  # the alarm is kept as found, not replaced by the newer head


def test_old_database_without_anchor_adopts_its_head_once(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    """A database an older version made: a plain SHA-256 chain, no mark, no anchor anywhere.
    It verifies and adopts its head at its next append; from then on it is anchored, and a
    lost head file is an alarm rather than a second adoption."""
    conn = connect(office, memory_keyring)
    rechain(conn, None)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    remove_anchor(office, memory_keyring, keyring_too=True)

    assert verify(capsys, office) == (0, "audit chain intact: 8 entries\n")
    assert anchor_of_office(office, memory_keyring).path.exists()
    assert verify(capsys, office)[0] == 0
    remove_anchor(office, memory_keyring, keyring_too=True)
    expect_alarm(capsys, office, "check file", "removed")


def test_plain_sha_entries_still_verify_before_keyed_ones(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    """An older database's plain entries verify, followed by this version's keyed ones; a
    plain entry after a keyed one (what someone without the key would write) does not."""
    conn = connect(office, memory_keyring)
    rechain(conn, None)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    remove_anchor(office, memory_keyring, keyring_too=True)
    assert verify(capsys, office)[0] == 0  # adopted at 7; 8 and 9 keyed

    key = audit_chain.chain_key(key_of(office, memory_keyring))
    conn = connect(office, memory_keyring)
    chain = entries(conn)
    conn.close()
    assert len(chain) == 9
    report = audit_chain.verify(chain, key)
    assert report.intact and report.keyed_from == 8
    assert audit_chain.verify(chain).broken_at == 8  # without the key: keyed ones fail

    conn = connect(office, memory_keyring)
    conn.execute("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 9")
    rechain(conn, None, start=9)  # plain hashes after the keyed entry 8
    conn.commit()
    conn.close()
    code, out = verify(capsys, office)
    assert code == 1 and out.startswith("audit chain broken at sequence 9")


def test_general_manager_is_warned_of_a_kept_tamper_alarm_on_every_command(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    """The window tells the general manager of a tamper alarm at sign-in; the command line
    tells them on every command, on stderr, so the command's own output stays as it was."""
    code, before, err = run(capsys, "--db", str(office), "--user", "boss", "accounts", "list")
    assert code == 0 and "tamper" not in err
    tamper(
        office, memory_keyring, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"
    )
    expect_alarm(capsys, office, "shortened")
    code, after, err = run(capsys, "--db", str(office), "--user", "boss", "accounts", "list")
    assert code == 0
    assert after == before
    assert err.count("\n") == 1 and "tamper alarm" in err and "shortened" in err
