"""`records-desk accounts password` (issue 9 finding 6): one's own password changed from the
command line, also when it expired or must be changed at first use (R-ACC-3) — before, a new
account could not use the command line at all. Every other command names it when the password
must be changed first."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.paths import config_dir
from records_desk.services.common.dto import AuditFilter
from records_desk.services.container import Services, build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, PASSWORD, Clock, cheap_settings
from tests.integration.cli_runner import init_office, run

NEW = "a-brand-new-password"
Call = Callable[..., tuple[int, str, str]]  # (user, password, *command, new=None)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    init_office(capsys, monkeypatch, db_path)
    return db_path


def services_of(office: Path, clock: Clock | None = None) -> Services:
    database = open_database(office, KeyStore(config_dir()))
    return build_services(database, cheap_settings(), clock=clock or Clock())


@pytest.fixture
def call(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Call]:
    """call(user, password, *command, new=NEW) -> (exit code, stdout, stderr): the command run
    as `user`, RECORDS_DESK_NEW_PASSWORD set to `new` when given."""

    def signed_in_as(
        user: str, password: str, *argv: str, new: str | None = None
    ) -> tuple[int, str, str]:
        monkeypatch.setenv("RECORDS_DESK_PASSWORD", password)
        if new is None:
            monkeypatch.delenv("RECORDS_DESK_NEW_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("RECORDS_DESK_NEW_PASSWORD", new)
        return run(capsys, "--db", str(office), "--user", user, *argv)

    yield signed_in_as


def test_cli_changes_an_initial_password(office: Path, call: Call) -> None:
    """A new account made by the general manager (must change its temporary password) runs
    a command once it has changed it from the command line."""
    services = services_of(office)
    gm = services.auth.login("boss", GM_PASSWORD)
    services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
    services.close()

    code, out, err = call("ann", "temporary-pw", "customers", "search", "林")
    assert (code, out) == (2, "")
    assert err == (
        "records-desk: Your password was set by an administrator and must be changed now. "
        f"Change it with: records-desk --db {office} --user ann accounts password\n"
    )
    code, out, err = call("ann", "temporary-pw", "accounts", "password", new=NEW)
    assert (code, out, err) == (0, "password of ann changed\n", "")
    assert call("ann", NEW, "customers", "search", "林")[0] == 0
    assert call("ann", "temporary-pw", "customers", "search", "林")[0] == 2

    services = services_of(office)
    [changed] = services.audit.page(gm, AuditFilter(action="account.password_changed"), 0, 5)
    assert (changed.account, changed.summary) == ("ann", "changed own password")
    services.close()


def test_cli_changes_an_expired_password(office: Path, call: Call) -> None:
    """R-ACC-3: a password older than 90 days; the change needs only the current one."""
    clock = Clock()
    clock.now = datetime.now(UTC) - timedelta(days=100)
    services = services_of(office, clock)
    services.auth.change_password("boss", GM_PASSWORD, PASSWORD)  # set 100 days ago
    services.close()

    code, _, err = call("boss", PASSWORD, "audit", "verify")
    assert code == 2 and err.count("\n") == 1
    assert "older than 90 days" in err and "accounts password" in err
    code, out, _ = call("boss", PASSWORD, "accounts", "password", new=NEW)
    assert (code, out) == (0, "password of boss changed\n")
    code, out, _ = call("boss", NEW, "audit", "verify")
    assert code == 0 and out.startswith("audit chain intact")


@pytest.mark.parametrize(
    ("new", "said"),
    [
        (" " * 12, "The password is only spaces. Choose one with letters, digits or signs."),
        ("short", "The password has 5 characters; it needs at least 10."),
        (GM_PASSWORD, "The new password must differ from the current one."),
    ],
    ids=["spaces", "short", "reused"],
)
def test_cli_password_policy_errors_are_one_line(
    office: Path, call: Call, new: str, said: str
) -> None:
    code, out, err = call("boss", GM_PASSWORD, "accounts", "password", new=new)
    assert (code, out, err) == (2, "", f"records-desk: {said}\n")
    assert call("boss", GM_PASSWORD, "accounts", "list")[0] == 0  # nothing changed


def test_cli_password_refuses_a_wrong_current_one_as_a_sign_in_does(
    office: Path, call: Call
) -> None:
    for user in ("boss", "nobody"):
        code, _, err = call(user, "not-the-password", "accounts", "password", new=NEW)
        assert (code, err) == (2, "records-desk: Wrong user name or password.\n")
    assert call("boss", GM_PASSWORD, "accounts", "list")[0] == 0


def test_cli_password_asks_the_new_one_twice(
    office: Path, call: Call, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(["a-brand-new-password", "a-brand-new-passwrod", NEW, NEW])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    code, _, err = call("boss", GM_PASSWORD, "accounts", "password")
    assert (code, err) == (2, "records-desk: the two new passwords differ; nothing changed\n")
    assert call("boss", GM_PASSWORD, "accounts", "password")[:2] == (
        0,
        "password of boss changed\n",
    )
    assert call("boss", NEW, "accounts", "list")[0] == 0


def test_cli_password_without_a_terminal_needs_the_variable(
    office: Path, call: Call, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, _, err = call("boss", GM_PASSWORD, "accounts", "password")
    assert code == 2 and "RECORDS_DESK_NEW_PASSWORD" in err and err.count("\n") == 1
