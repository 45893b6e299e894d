"""The command line: same services, same permission matrix and lockout, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from records_desk import __version__
from records_desk.cli import build_parser, main
from records_desk.store.keystore import SERVICE
from tests.conftest import GM_PASSWORD, MemoryKeyring
from tests.integration.cli_runner import run


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the command line's messages in English (LANG); the default and the
    saved language are test_the_command_line_words_errors_in_the_apps_language."""
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, out, _ = run(capsys, "--db", str(db_path), "init", "--admin", "boss", "--name", "王總")
    assert code == 0 and "general manager boss" in out
    return db_path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"records-desk {__version__}"


def test_init_refuses_an_existing_database(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(office), "init", "--admin", "other")
    assert code == 2 and "already exists" in err and err.count("\n") == 1


def test_init_with_short_password_leaves_no_file_R_ACC_3(
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", "123456789")
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 2 and "at least 10" in err
    assert not db_path.exists()
    # Nor a key: a later init would have quietly adopted it (a new-user try, issue 9).
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", " " * 12)
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 2 and "only spaces" in err
    keys = db_path.parent.parent / "config" / "keys"
    assert not db_path.exists() and not (keys.exists() and any(keys.glob("*.key")))
    assert memory_keyring.get_password(SERVICE, str(db_path.resolve())) is None


def test_audit_verify_intact_R_AUD_3(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(office), "--user", "boss", "audit", "verify")
    assert code == 0
    assert out.strip() == "audit chain intact: 2 entries"  # office.initialise + login


def test_one_grammar_noun_verb_with_global_options_anywhere_and_old_spellings(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """records-desk NOUN VERB …; --db/--user before or after the sub-command; today's
    spellings stay as aliases (scripts rely on them)."""
    code, out, _ = run(capsys, "audit", "verify", "--db", str(office), "--user", "boss")
    assert code == 0 and out.startswith("audit chain intact")
    code, out, _ = run(capsys, "--db", str(office), "accounts", "list", "--user", "boss")
    assert code == 0 and out.split()[0] == "boss"
    assert run(capsys, "--db", str(office), "--user", "boss", "accounts")[1] == out
    code, listed, _ = run(capsys, "forms", "list")
    assert code == 0 and "loan_slip" in listed
    assert run(capsys, "print", "--list")[1] == listed
    assert "customers" in build_parser().format_help()


def tamper(db_path: Path, keyring: MemoryKeyring, sql: str) -> None:
    key = keyring.get_password(SERVICE, str(db_path.resolve()))
    conn = sqlcipher.connect(str(db_path))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 3",
        "DELETE FROM audit_log WHERE seq = 3",
        'UPDATE audit_log SET details = \'{"username": "x"\' WHERE seq = 3',
    ],
    ids=["edited", "deleted", "garbled"],
)
def test_tampered_row_breaks_verify_naming_its_sequence_R_AUD_3(
    office: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring, sql: str
) -> None:
    for _ in range(3):  # entries 2..7: logins and verifications
        assert run(capsys, "--db", str(office), "--user", "boss", "audit", "verify")[0] == 0
    tamper(office, memory_keyring, sql)
    code, out, _ = run(capsys, "--db", str(office), "--user", "boss", "audit", "verify")
    assert code == 1
    assert out.strip() == "audit chain broken at sequence 3"


def test_the_app_cannot_change_the_log_R_AUD_3(office: Path, memory_keyring: MemoryKeyring) -> None:
    key = memory_keyring.get_password(SERVICE, str(office.resolve()))
    conn = sqlcipher.connect(str(office))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    for sql in ("UPDATE audit_log SET summary = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            conn.execute(sql)
    conn.close()


def test_cli_obeys_the_permission_matrix_and_audits_R_ACC_2(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from records_desk.domain.common.roles import Role
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore
    from tests.conftest import PASSWORD, cheap_settings

    services = build_services(open_database(office, KeyStore(config_dir())), cheap_settings())
    gm = services.auth.login("boss", GM_PASSWORD)
    services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
    services.auth.change_password("ann", "temporary-pw", PASSWORD)
    services.close()
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", str(office), "--user", "ann", "audit", "verify")
    assert code == 2 and out == ""
    assert "may not do this (verify the operation log)" in err and "Traceback" not in err
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, out, _ = run(
        capsys, "--db", str(office), "--user", "boss", "audit", "show", "--limit", "3"
    )
    assert code == 0 and "permission.denied" in out


def test_cli_lockout_is_the_same_as_the_gui_R_ACC_3(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", "wrong-password")
    for _ in range(4):
        code, _, err = run(capsys, "--db", str(office), "--user", "boss", "accounts")
        assert code == 2 and "Wrong user name or password" in err
    code, _, err = run(capsys, "--db", str(office), "--user", "boss", "accounts")
    assert code == 2 and "locked after too many failed attempts, until" in err
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, _, err = run(capsys, "--db", str(office), "--user", "boss", "accounts")
    assert code == 2 and "locked after too many failed attempts, until" in err


def test_the_command_line_words_errors_in_the_apps_language(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One wording per error, in the user's language: the app's saved language first, then
    LANG, then the office's default (zh_TW)."""
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", "short")
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 2 and err == "records-desk: 密碼只有 5 個字元，至少需要 10 個。\n"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert err == "records-desk: The password has 5 characters; it needs at least 10.\n"
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "records-desk.ini").write_text("[ui]\nlanguage=zh_TW\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert "密碼只有 5 個字元" in err


def test_missing_database_and_missing_user_are_one_line_errors(
    tmp_path: Path, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "--user", "boss", "accounts")
    assert code == 2 and "no database at" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", str(office), "accounts")
    assert code == 2 and "--user" in err


@pytest.mark.slow
def test_real_process_without_keyring_init_and_verify(tmp_path: Path) -> None:
    """As a user runs it on a headless box: no keyring, key in a private file, exit codes."""
    env = {
        **os.environ,
        "RECORDS_DESK_CONFIG_DIR": str(tmp_path / "cfg"),
        "RECORDS_DESK_LOG_DIR": str(tmp_path / "log"),
        "RECORDS_DESK_PASSWORD": GM_PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    db = str(tmp_path / "office" / "records.db")
    cli = [sys.executable, "-m", "records_desk", "--db", db]
    done = subprocess.run(
        [*cli, "init", "--admin", "boss"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "file" in done.stdout
    done = subprocess.run(
        [*cli, "--user", "boss", "audit", "verify"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "audit chain intact: 2 entries")
    env["RECORDS_DESK_PASSWORD"] = "wrong-password"
    done = subprocess.run(
        [*cli, "--user", "boss", "audit", "verify"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
