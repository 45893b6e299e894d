"""Signing in (R-ACC-3): wrong password, lockout, expiry, forced change, disabled accounts,
and that every attempt leaves an audit entry (R-AUD-1)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from records_desk.domain.common.errors import (
    AccountLocked,
    InvalidCredentials,
    OfficeAlreadyInitialised,
    PasswordChangeRequired,
    PasswordReused,
    PasswordTooShort,
)
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD, PASSWORD, Clock, make_user


def actions(services: Services, gm: Principal) -> list[str]:
    return [r.action for r in reversed(services.audit.page(gm, AuditFilter(), 0, 1000))]


def test_first_manager_only_once(services: Services, gm: Principal) -> None:
    assert gm.role is Role.GENERAL_MANAGER
    with pytest.raises(OfficeAlreadyInitialised):
        services.auth.create_first_manager("other", "Other", GM_PASSWORD)


def test_first_manager_with_nine_character_password_is_refused_R_ACC_3(
    services: Services,
) -> None:
    with pytest.raises(PasswordTooShort):
        services.auth.create_first_manager("boss", "Boss", "123456789")
    assert not services.auth.has_accounts()


def test_wrong_password_counts_then_locks_R_ACC_3(
    services: Services, gm: Principal, clock: Clock
) -> None:
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            services.auth.login("boss", "not-the-password")
    with pytest.raises(AccountLocked) as locked:
        services.auth.login("boss", "not-the-password")
    assert locked.value.until == clock.now + timedelta(minutes=15)
    # Even the right password is refused while locked, and the message says until when.
    with pytest.raises(AccountLocked) as still:
        services.auth.login("boss", GM_PASSWORD)
    assert (still.value.until - clock.now).total_seconds() == 15 * 60
    clock.advance(minutes=15)
    assert services.auth.login("boss", GM_PASSWORD).username == "boss"
    log = actions(services, gm)
    assert log.count("login.failed") == 5
    assert "account.locked" in log and "login.refused" in log


def test_successful_login_resets_the_failure_count_R_ACC_3(
    services: Services, gm: Principal
) -> None:
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            services.auth.login("boss", "wrong-password")
    services.auth.login("boss", GM_PASSWORD)
    for _ in range(4):  # four more, not one, before the lock
        with pytest.raises(InvalidCredentials):
            services.auth.login("boss", "wrong-password")
    with pytest.raises(AccountLocked):
        services.auth.login("boss", "wrong-password")


def test_unknown_user_is_refused_and_audited_R_AUD_1(services: Services, gm: Principal) -> None:
    with pytest.raises(InvalidCredentials):
        services.auth.login("nobody", "whatever-password")
    last = services.audit.page(gm, AuditFilter(action="login.failed"), 0, 1)[0]
    assert last.account is None and last.details["username"] == "nobody"


def test_expired_password_forces_a_change_R_ACC_3(
    services: Services, gm: Principal, clock: Clock
) -> None:
    clock.advance(days=91)
    with pytest.raises(PasswordChangeRequired) as required:
        services.auth.login("boss", GM_PASSWORD)
    assert required.value.expired
    with pytest.raises(PasswordReused):
        services.auth.change_password("boss", GM_PASSWORD, GM_PASSWORD)
    with pytest.raises(PasswordTooShort):
        services.auth.change_password("boss", GM_PASSWORD, "short")
    services.auth.change_password("boss", GM_PASSWORD, "a-brand-new-password")
    assert services.auth.login("boss", "a-brand-new-password").username == "boss"
    with pytest.raises(InvalidCredentials):
        services.auth.login("boss", GM_PASSWORD)


def test_new_account_must_change_its_temporary_password(services: Services, gm: Principal) -> None:
    services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
    with pytest.raises(PasswordChangeRequired) as required:
        services.auth.login("ann", "temporary-pw")
    assert not required.value.expired
    services.auth.change_password("ann", "temporary-pw", PASSWORD)
    assert services.auth.login("ann", PASSWORD).role is Role.ARCHIVIST


def test_disabled_account_cannot_sign_in_but_keeps_its_history_R_ACC_4(
    services: Services, gm: Principal
) -> None:
    ann = make_user(services, gm, "ann", Role.ARCHIVIST)
    services.accounts.disable(gm, "ann", "left the company")
    with pytest.raises(InvalidCredentials):  # not "disabled": that would confirm the password
        services.auth.login("ann", PASSWORD)
    assert [a.username for a in services.accounts.list(gm)] == ["ann", "boss"]
    assert services.audit.count(gm, AuditFilter(account=ann.username)) >= 2


def test_unlock_after_idle_checks_the_password(services: Services, gm: Principal) -> None:
    with pytest.raises(InvalidCredentials):
        services.auth.unlock(gm, "wrong-password")
    services.auth.unlock(gm, GM_PASSWORD)
    assert actions(services, gm)[-1] == "session.unlock"
