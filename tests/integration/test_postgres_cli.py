"""Issue 15 §1 on the command line: `--db postgresql://…` runs every command on a records office
on a PostgreSQL server (the throwaway cluster of tests/pg.py): `init` makes its first manager,
the others sign in; a new desk (another computer: another config folder) is given the office key
once with --office-key; a server that cannot be reached, a wrong office key and a server that
wants a password outside a terminal are one line each, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.domain.backup.key_text import format_key
from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import run


def init_server(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> str:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, out, err = run(capsys, "--db", url, "init", "--admin", "boss")
    assert code == 0, err
    return out


def test_init_on_a_server_makes_its_first_manager_and_commands_run_there(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pg_empty_url: str
) -> None:
    out = init_server(capsys, monkeypatch, pg_empty_url)
    assert "postgresql://postgres@/" in out and "boss" in out
    code, out, err = run(capsys, "--db", pg_empty_url, "--user", "boss", "audit", "verify")
    assert (code, err) == (0, "")
    assert "2" in out  # the manager made, one sign-in
    code, out, err = run(capsys, "--db", pg_empty_url, "--user", "boss", "accounts", "list")
    assert code == 0 and "boss" in out
    again = run(capsys, "--db", pg_empty_url, "init", "--admin", "other")
    assert again[0] == 2 and again[2].count("\n") == 1  # an office is there: one line


def test_a_new_desk_is_given_the_office_key_once(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_empty_url: str,
    tmp_path: Path,
) -> None:
    import keyring

    init_server(capsys, monkeypatch, pg_empty_url)
    from records_desk.paths import config_dir
    from records_desk.store.database import open_server
    from records_desk.store.keystore import KeyStore

    first = open_server(pg_empty_url, KeyStore(config_dir()))
    key = first.key.hex
    first.dispose()
    # Another computer: its own config folder and an empty keyring.
    monkeypatch.setenv("RECORDS_DESK_CONFIG_DIR", str(tmp_path / "desk2"))
    for name in list(getattr(keyring.get_keyring(), "store", {})):
        keyring.get_keyring().store.pop(name)  # type: ignore[attr-defined]
    code, _out, err = run(capsys, "--db", pg_empty_url, "--user", "boss", "audit", "verify")
    assert code == 2 and err.count("\n") == 1 and "--office-key" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(format_key("ab" * 32))
    code, _out, err = run(
        capsys,
        "--db",
        pg_empty_url,
        "--user",
        "boss",
        "--office-key",
        str(wrong),
        "audit",
        "verify",
    )
    assert code == 2 and err.count("\n") == 1 and key not in err
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(format_key(key))
    code, out, err = run(
        capsys,
        "--db",
        pg_empty_url,
        "--user",
        "boss",
        "audit",
        "verify",
        "--office-key",
        str(sheet),
    )
    assert (code, err) == (0, ""), err
    code, _out, err = run(capsys, "--db", pg_empty_url, "--user", "boss", "audit", "verify")
    assert (code, err) == (0, "")  # kept on this desk from now on


def test_a_server_that_cannot_be_reached_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    address = f"postgresql://nobody@/records?host={tmp_path}"  # no server on that socket
    code, out, err = run(capsys, "--db", address, "--user", "boss", "audit", "verify")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "無法連線" in err and "Traceback" not in err


def test_a_server_wanting_a_password_outside_a_terminal_says_how(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pg_empty_url: str
) -> None:
    from tests.integration.test_postgres_connection import password_role  # noqa: F401
    from tests.pg import PASSWORD_ROLE

    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    address = pg_empty_url.replace("postgresql://postgres@", f"postgresql://{PASSWORD_ROLE}@")
    import psycopg

    from tests.pg import SUPERUSER

    host = pg_empty_url.split("host=")[1]
    with psycopg.connect(host=host, user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
        conn.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}')"
            f" THEN CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'desk-pw'; END IF; END $$"
        )
    code, _out, err = run(capsys, "--db", address, "--user", "boss", "audit", "verify")
    assert code == 2 and err.count("\n") == 1 and "終端機" in err
