"""Account administration (R-ACC-2, R-ACC-4) and its audit trail (R-AUD-1)."""

from __future__ import annotations

import pytest

from records_desk.domain.common.errors import (
    AccountNotFound,
    CannotChangeOwnAccount,
    PasswordChangeRequired,
    PasswordTooShort,
    PermissionDenied,
    UsernameTaken,
)
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD, PASSWORD, make_user


def last_entry(services: Services, gm: Principal):  # type: ignore[no-untyped-def]
    return services.audit.page(gm, AuditFilter(), 0, 1)[0]


def test_create_account_is_audited_with_who_and_what_R_AUD_1(
    services: Services, gm: Principal
) -> None:
    info = services.accounts.create(gm, "ann", "陳安", Role.ARCHIVIST, "temporary-pw")
    assert info.must_change_password and info.active
    entry = last_entry(services, gm)
    assert (entry.account, entry.action, entry.entity_id) == (
        "boss",
        "account.create",
        str(info.id),
    )
    assert entry.details == {"username": "ann", "full_name": "陳安", "role": "archivist"}


def test_user_names_are_unique_ignoring_case_R_ACC_1(services: Services, gm: Principal) -> None:
    services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
    with pytest.raises(UsernameTaken):
        services.accounts.create(gm, "ANN", "Ann again", Role.STAFF, "temporary-pw")


def test_short_temporary_password_is_refused_R_ACC_3(services: Services, gm: Principal) -> None:
    with pytest.raises(PasswordTooShort):
        services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "short")
    assert [a.username for a in services.accounts.list(gm)] == ["boss"]


def test_disable_and_enable_never_delete_R_ACC_4(services: Services, gm: Principal) -> None:
    make_user(services, gm, "ann", Role.ARCHIVIST)
    assert not services.accounts.disable(gm, "ann", "left the company").active
    assert "ann" in [a.username for a in services.accounts.list(gm)]
    entry = last_entry(services, gm)
    assert entry.action == "account.disable" and entry.details["reason"] == "left the company"
    assert services.accounts.enable(gm, "ann").active
    assert services.auth.login("ann", PASSWORD).username == "ann"


def test_general_manager_accounts_stay_in_reach(services: Services, gm: Principal) -> None:
    """Nobody can lock the office out: a director never touches a GM account and no one
    disables or demotes themself, so an active general manager always remains."""
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    with pytest.raises(PermissionDenied):
        services.accounts.disable(director, "boss")
    with pytest.raises(CannotChangeOwnAccount):
        services.accounts.disable(gm, "boss")
    with pytest.raises(CannotChangeOwnAccount):
        services.accounts.change_role(gm, "boss", Role.STAFF)
    second = make_user(services, gm, "boss2", Role.GENERAL_MANAGER)
    services.accounts.change_role(second, "boss", Role.STAFF)
    assert {a.username: a.role for a in services.accounts.list(second)}["boss"] is Role.STAFF


def test_reset_password_lifts_a_lock_and_forces_a_change(services: Services, gm: Principal) -> None:
    make_user(services, gm, "ann", Role.ARCHIVIST)
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong passwords, then the lock
            services.auth.login("ann", "wrong-password")
    services.accounts.reset_password(gm, "ann", "temporary-pw3")
    with pytest.raises(PasswordChangeRequired):
        services.auth.login("ann", "temporary-pw3")
    assert last_entry(services, gm).action == "login.password_change_required"


def test_director_cannot_create_a_general_manager_R_ACC_2(
    services: Services, gm: Principal
) -> None:
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    with pytest.raises(PermissionDenied):
        services.accounts.create(director, "boss2", "Boss 2", Role.GENERAL_MANAGER, GM_PASSWORD)
    entry = last_entry(services, gm)
    assert (entry.account, entry.action) == ("dora", "permission.denied")
    services.accounts.create(director, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")


def test_unknown_account_is_named(services: Services, gm: Principal) -> None:
    with pytest.raises(AccountNotFound) as missing:
        services.accounts.disable(gm, "ghost")
    assert missing.value.username == "ghost"
