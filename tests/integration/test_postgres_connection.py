"""Issue 15 §1: `--db postgresql://…` names a server; the engine on it (psycopg 3), its TLS
default, and where its password comes from (keyring or prompt, none when the server needs none).
The server tests run on the throwaway cluster of tests/pg.py."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import keyring
import psycopg
import pytest
from sqlalchemy import text

from records_desk.store.backends import (
    KEYRING_SERVICE,
    ServerAddressError,
    connect_args,
    is_server_url,
    keyring_entry,
    make_server_engine,
    parse_server_url,
    server_password,
)
from tests.pg import OWNER_FILE, PASSWORD_ROLE, PgCluster, _start_cluster, sweep_leftovers


def test_a_server_address_is_told_from_a_database_file() -> None:
    assert is_server_url("postgresql://desk@db.office.lan/records")
    assert is_server_url("postgres://desk@/records?host=/run/postgresql")
    assert is_server_url("POSTGRESQL://desk@db/records")
    assert not is_server_url("/home/me/records.db")
    assert not is_server_url(Path("postgresql:") / "records.db")
    assert not is_server_url("C:\\Users\\me\\records.db")
    assert not is_server_url("records.db")


@pytest.mark.parametrize(
    "address",
    ["postgresql://desk@db.lan/", "postgresql://desk@db.lan:port/records", "/tmp/x.db"],
)
def test_an_unreadable_server_address_is_refused(address: str) -> None:
    with pytest.raises(ServerAddressError):
        parse_server_url(address)


def test_tls_is_required_off_this_machine_only() -> None:
    remote = parse_server_url("postgresql://desk@db.office.lan:5433/records")
    assert connect_args(remote)["sslmode"] == "require"
    for local in (
        "postgresql://desk@localhost/records",
        "postgresql://desk@127.0.0.1/records",
        "postgresql://desk@/records",
        "postgresql://desk@/records?host=/run/postgresql",
    ):
        assert "sslmode" not in connect_args(parse_server_url(local)), local
    chosen = parse_server_url("postgresql://desk@db.office.lan/records?sslmode=verify-full")
    assert "sslmode" not in connect_args(chosen)  # the address's own choice stands


def test_the_keyring_entry_of_an_address_holds_no_password() -> None:
    url = parse_server_url("postgresql://desk:secret@db.lan:5433/records")
    entry = keyring_entry(url)
    assert "secret" not in entry
    assert entry == "postgresql://desk@db.lan:5433/records"
    engine = make_server_engine(url, "secret")
    assert "secret" not in repr(engine) and "secret" not in str(engine.url)


def test_a_server_that_needs_no_password_asks_for_none(pg_empty_url: str) -> None:
    url = parse_server_url(pg_empty_url)
    prompts: list[str] = []
    assert server_password(url, prompts.append) is None  # type: ignore[arg-type]
    assert prompts == []
    engine = make_server_engine(url, None)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == "postgres"
    finally:
        engine.dispose()


@pytest.fixture
def password_role(pg_cluster: PgCluster, pg_empty_url: str) -> str:
    """A role that must give a password (tests/pg.py puts scram-sha-256 first for it)."""
    pg_cluster.admin(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}')"
        f" THEN CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'desk-pw'; END IF; END $$"
    )
    return pg_empty_url.replace("postgresql://postgres@", f"postgresql://{PASSWORD_ROLE}@")


def test_a_server_password_is_asked_once_then_read_from_the_keyring(password_role: str) -> None:
    url = parse_server_url(password_role)
    prompts: list[str] = []

    def prompt(where: str) -> str:
        prompts.append(where)
        return "desk-pw"

    assert server_password(url, prompt) == "desk-pw"
    assert len(prompts) == 1 and "desk-pw" not in prompts[0]
    assert keyring.get_password(KEYRING_SERVICE, keyring_entry(url)) == "desk-pw"
    assert server_password(url, prompt) == "desk-pw"
    assert len(prompts) == 1  # the second start read the keyring
    engine = make_server_engine(url, "desk-pw")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == PASSWORD_ROLE
    finally:
        engine.dispose()


def test_a_wrong_server_password_is_not_kept(password_role: str) -> None:
    url = parse_server_url(password_role)
    with pytest.raises(psycopg.OperationalError):
        server_password(url, lambda _where: "wrong")
    assert keyring.get_password(KEYRING_SERVICE, keyring_entry(url)) is None
    with pytest.raises(psycopg.OperationalError):
        server_password(url, None)  # no prompt: the server's refusal, not a guess


@pytest.mark.slow
def test_a_cluster_left_by_a_killed_test_run_is_stopped_and_removed() -> None:
    started = _start_cluster()
    if isinstance(started, str):
        pytest.skip(started)
    gone = subprocess.Popen(["true"])
    gone.wait()
    (started.folder / OWNER_FILE).write_text(str(gone.pid))  # its owner died, no teardown ran
    pid_file = started.folder / "data" / "postmaster.pid"
    server_pid = int(pid_file.read_text().splitlines()[0])
    removed = sweep_leftovers(started.bin, started.run_as)
    assert started.folder in removed
    assert not started.folder.exists()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{server_pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{server_pid}").exists()


def test_a_live_test_runs_cluster_is_left_alone(pg_cluster: PgCluster) -> None:
    assert pg_cluster.folder not in sweep_leftovers(pg_cluster.bin, pg_cluster.run_as)
    assert pg_cluster.folder.exists()
