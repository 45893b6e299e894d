"""Issue #9 (hardening), findings 1, 2, 4, 6 (demo) and 7 (opening): the key checked and never
replaced, no half-made or 0-byte file adopted as an office, the opening errors told apart in
one line without SQLCipher's chatter, a read-only or stale -shm database, a full disk, and the
demo's rights. The crash and race tests are in test_crash_and_race.py."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import event, func, select

from records_desk.cli import main
from records_desk.domain.common.errors import (
    DemoProblem,
    DemoRefused,
    DiskFull,
    EmptyDatabaseFile,
    HalfMadeDatabase,
    KeyDamaged,
)
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.store.customers import Customer
from records_desk.store.database import open_database
from records_desk.store.keystore import SERVICE, KeyStore
from records_desk.store.raw_connection import connect_raw
from records_desk.wording import describe, set_language
from records_desk.wording.language import SOURCE_LANGUAGE
from tests.conftest import GM_PASSWORD, MemoryKeyring
from tests.unit.customer_fixtures import draft

NOBODY = 65534


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the command line's language
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    set_language(SOURCE_LANGUAGE)  # describe() in the test's own process


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("records-desk: "), err
    assert "SQL" not in err and "Traceback" not in err
    return err


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"  # RECORDS_DESK_CONFIG_DIR (tests/conftest.py)


# Finding 1: an empty (or otherwise damaged) key is never used nor replaced.


def test_empty_key_file_is_refused(
    db_path: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())  # no keyring: the key lives in a file
    key_file = KeyStore(config).key_file(db_path)
    key_file.parent.mkdir(parents=True)
    key_file.write_bytes(b"")  # what a full disk left of the first init
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 2 and "damaged" in one_line(err) and str(key_file) in err
    assert not db_path.exists()  # no database built around an empty key
    assert key_file.read_bytes() == b""  # and the key file not replaced
    with pytest.raises(KeyDamaged):
        open_database(db_path, KeyStore(config))


def test_empty_keyring_entry_is_refused(
    db_path: Path, config: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, str(db_path.resolve()), "")
    with pytest.raises(KeyDamaged):
        open_database(db_path, KeyStore(config))
    assert not db_path.exists()
    assert memory_keyring.get_password(SERVICE, str(db_path.resolve())) == ""


@pytest.mark.parametrize(
    "content", [b'"', b"\x00\xff" * 32, b"ab" * 31, b"g" * 64], ids=lambda c: repr(c[:4])
)
def test_key_file_with_a_quote_is_refused(
    db_path: Path, config: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    """A quote, binary content, a key cut short or not hex: one line saying the key is
    damaged and where, never an SQL error, and the key file left as it is."""
    keyring.set_keyring(fail.Keyring())
    assert run(capsys, "--db", str(db_path), "init", "--admin", "boss")[0] == 0
    key_file = KeyStore(config).key_file(db_path)
    key_file.write_bytes(content)
    code, _, err = run(capsys, "--db", str(db_path), "--user", "boss", "audit", "verify")
    assert code == 2 and "damaged" in one_line(err) and str(key_file) in err
    assert key_file.read_bytes() == content


def test_key_file_is_made_whole_and_checked(db_path: Path, config: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    database = open_database(db_path, KeyStore(config))
    database.dispose()
    key_file = Path(database.key.location)
    assert len(key_file.read_text("ascii")) == 64
    assert [p.name for p in key_file.parent.iterdir() if p.suffix != ".lock"] == [key_file.name]


# Finding 2: a 0-byte or half-made file is never adopted as an office.


def test_zero_byte_file_is_not_turned_into_a_new_office(
    db_path: Path, config: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    for command in (
        ["--user", "boss", "audit", "verify"],
        ["--user", "boss", "demo", "--customers", "1"],
    ):
        code, _, err = run(capsys, "--db", str(db_path), *command)
        assert code == 2 and "0 bytes" in one_line(err) and "--replace-empty" in err
    with pytest.raises(EmptyDatabaseFile):
        open_database(db_path, KeyStore(config))  # the window's way in too
    assert db_path.stat().st_size == 0
    assert memory_keyring.store == {} and not (config / "keys").exists()  # no new key


def half_made(db_path: Path, memory_keyring: MemoryKeyring) -> None:
    """What a kill during the old creation left: keyed, no tables."""
    key = secrets.token_hex(32)
    memory_keyring.set_password(SERVICE, str(db_path.resolve()), key)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect_raw(db_path, key)
    conn.execute("CREATE TABLE half (x)")
    conn.execute("DROP TABLE half")
    conn.close()
    assert db_path.stat().st_size > 0


def test_half_made_database_is_refused_with_a_way_out(
    db_path: Path, config: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    half_made(db_path, memory_keyring)
    code, _, err = run(capsys, "--db", str(db_path), "--user", "boss", "audit", "verify")
    assert code == 2 and "no tables" in one_line(err) and "init --replace-empty" in err
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 2 and "init --replace-empty" in one_line(err)
    with pytest.raises(HalfMadeDatabase):
        open_database(db_path, KeyStore(config))


def test_init_replace_empty(
    db_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    init = ("--db", str(db_path), "init", "--admin", "boss", "--replace-empty")
    verify = ("--db", str(db_path), "--user", "boss", "audit", "verify")
    db_path.parent.mkdir(parents=True)
    db_path.touch()  # a 0-byte file
    assert run(capsys, *init)[0] == 0
    assert run(capsys, *verify)[:2] == (0, "audit chain intact: 2 entries\n")
    # A file with tables (the office just made) is never replaced, even when asked.
    before = db_path.read_bytes()
    code, _, err = run(capsys, *init)
    assert code == 2 and "already exists" in one_line(err)
    assert db_path.read_bytes() == before
    other = db_path.with_name("other.db")
    half_made(other, memory_keyring)  # a file with no tables
    assert run(capsys, "--db", str(other), "init", "--admin", "boss", "--replace-empty")[0] == 0
    assert run(capsys, "--db", str(other), "--user", "boss", "audit", "verify")[0] == 0
    assert not list(db_path.parent.glob(".*"))  # no temporary file left


# Finding 7: the opening errors, told apart in one line.


def cli_env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RECORDS_DESK_CONFIG_DIR": str(tmp / "cfg"),
        "RECORDS_DESK_LOG_DIR": str(tmp / "log"),
        "RECORDS_DESK_PASSWORD": GM_PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "LANG": "en_US.UTF-8",
        "HOME": str(tmp),
    }


def cli(env: dict[str, str], db: Path, *argv: str, user: int | None = None) -> tuple[int, str]:
    """`records-desk --db DB ARGV` in a process of its own (as `user` when given): its exit
    code and everything it wrote to stderr."""
    prefix = (
        [] if user is None else ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
    )
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "records_desk", "--db", str(db), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stderr


@pytest.mark.slow
def test_wrong_key_random_file_truncated_file_are_told_apart_without_sqlcipher_chatter(
    tmp_path: Path,
) -> None:
    env = cli_env(tmp_path)
    db = tmp_path / "office" / "records.db"
    assert cli(env, db, "init", "--admin", "boss")[0] == 0
    verify = ("--user", "boss", "audit", "verify")
    good = db.read_bytes()
    key_file = KeyStore(tmp_path / "cfg").key_file(db)
    key = key_file.read_text()

    key_file.write_text(secrets.token_hex(32))
    wrong_key = cli(env, db, *verify)
    key_file.write_text(key)
    with open(db, "r+b") as f:
        f.truncate(len(good) // 2 + 100)
    truncated = cli(env, db, *verify)
    random_file = tmp_path / "office" / "notes.db"
    random_file.write_bytes(os.urandom(10_000))
    plain = tmp_path / "office" / "plain.db"
    import sqlite3

    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()

    told = {
        "key does not match": wrong_key,
        "damaged": truncated,
        "is not a Records Desk database": cli(env, random_file, *verify),
    }
    told["is not a Records Desk database."] = cli(env, plain, *verify)
    for words, (code, err) in told.items():
        assert code == 2 and words in one_line(err), err
        assert "ERROR CORE" not in err
    assert len({err for _, err in told.values()}) == 4
    db.write_bytes(good)
    assert cli(env, db, *verify)[0] == 0  # nothing was changed by the failed openings


@pytest.fixture
def nobody_folder() -> Iterator[Path]:
    """A folder owned by an unprivileged user, for the processes the test runs as that user:
    root ignores file modes, so a read-only test run as root would prove nothing."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the program as an unprivileged user")
    folder = Path(tempfile.mkdtemp(prefix="records-desk-ro-", dir="/tmp"))
    folder.chmod(0o755)
    os.chown(folder, NOBODY, NOBODY)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
def test_read_only_database_is_told_read_only(nobody_folder: Path) -> None:
    env = cli_env(nobody_folder)
    db = nobody_folder / "office" / "records.db"
    verify = ("--user", "boss", "audit", "verify")
    assert cli(env, db, "init", "--admin", "boss", user=NOBODY)[0] == 0
    db.chmod(0o400)
    code, err = cli(env, db, *verify, user=NOBODY)
    assert code == 2 and "read-only" in one_line(err) and f"{db} is read-only" in err
    db.chmod(0o600)
    db.parent.chmod(0o555)  # the folder, where SQLite makes the -wal and -shm
    code, err = cli(env, db, *verify, user=NOBODY)
    assert code == 2 and f"{db.parent} is read-only" in one_line(err) and "key" not in err
    db.parent.chmod(0o755)
    assert cli(env, db, *verify, user=NOBODY)[0] == 0


READ_AS_SQLITE_DOES = """
import sys, sqlcipher3.dbapi2 as sqlcipher
conn = sqlcipher.connect(sys.argv[1])
conn.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
print(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
"""


@pytest.mark.slow
def test_stale_shm_after_permission_fix_is_recovered(nobody_folder: Path) -> None:
    """A program (an older version, a backup tool) reading the 0400 database made a 0400 -shm;
    once the database's mode is fixed, the next command works again."""
    env = cli_env(nobody_folder)
    db = nobody_folder / "office" / "records.db"
    verify = ("--user", "boss", "audit", "verify")
    assert cli(env, db, "init", "--admin", "boss", user=NOBODY)[0] == 0
    key = KeyStore(nobody_folder / "cfg").key_file(db).read_text()
    db.chmod(0o400)
    assert cli(env, db, *verify, user=NOBODY)[0] == 2
    reader = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    done = subprocess.run(
        [*reader, sys.executable, "-c", READ_AS_SQLITE_DOES, str(db), key],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "1"
    shm = Path(f"{db}-shm")
    assert shm.exists() and shm.stat().st_mode & 0o777 == 0o400
    db.chmod(0o600)
    code, err = cli(env, db, *verify, user=NOBODY)
    assert code == 0, err
    assert cli(env, db, *verify, user=NOBODY)[0] == 0  # and writes (the sign-ins) go on


# Finding 5 (the database's part): a full disk, in one line, with no SQL and no customer data.


@pytest.mark.sqlite_only(reason="SQLite's full disk")
def test_disk_full_is_one_line_without_sql(
    services: Services, gm: Principal, caplog: pytest.LogCaptureFixture
) -> None:
    engine = services.database.engine
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()
    # As a full disk does: the next page the database needs cannot be had.
    event.listen(
        engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count = {pages}")
    )
    secret = draft(name="陳秘密客戶", phones=("0912-000-111",), address="秘密路1號")
    with pytest.raises(DiskFull) as full:
        for _ in range(200):
            services.customers.files.register(gm, secret)
    message = describe(full.value)
    assert "disk is full" in message and "\n" not in message and "SQL" not in message
    whole = "".join(traceback.format_exception(full.value)) + caplog.text + message
    for value in ("陳秘密客戶", "0912-000-111", "秘密路1號", "[SQL", "[parameters"):
        assert value not in whole


# Finding 6 (demo): only the general manager, only on a database without real files.


@pytest.mark.sqlite_only(reason="the command line on the database file of the fixture")
def test_demo_refused_to_a_customer_director(
    services: Services,
    principals: dict[Role, Principal],
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    director = principals[Role.CUSTOMER_DIRECTOR]
    with pytest.raises(DemoRefused) as refused:
        DemoData(services.ctx).fill(director, 5)
    assert refused.value.problem is DemoProblem.NOT_GENERAL_MANAGER
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", "a-good-password")
    code, _, err = run(
        capsys, "--db", str(db_path), "--user", director.username, "demo", "--customers", "3"
    )
    assert code == 2 and "Only the general manager" in one_line(err)
    with services.ctx.uow.read() as uow:
        assert uow.session.scalar(select(func.count(Customer.id))) == 0
    usernames = {a.username for a in services.accounts.list(principals[Role.GENERAL_MANAGER])}
    assert "sales1" not in usernames  # refused before the demo accounts were made
    refusals = services.audit.page(
        principals[Role.GENERAL_MANAGER], AuditFilter(action="permission.denied"), 0, 10
    )
    assert [r.account for r in refusals] == [director.username] * 2


def test_demo_refused_on_a_database_with_real_files(services: Services, gm: Principal) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    demo = DemoData(services.ctx)
    demo.fill(gm, 5, seed=1)
    demo.fill(gm, 5, seed=2)  # sample files on sample files: allowed
    services.customers.files.register(gm, draft())  # a real file
    with pytest.raises(DemoRefused) as refused:
        demo.fill(gm, 5, seed=3)
    assert (refused.value.problem, refused.value.real_files) == (DemoProblem.REAL_FILES, 1)
    assert "holds 1 customer file not made as a sample" in describe(refused.value)
    with services.ctx.uow.read() as uow:
        assert uow.session.scalar(select(func.count(Customer.id))) == 11
