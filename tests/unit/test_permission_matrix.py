"""R-ACC-2: every service action called as every role is either allowed or refused with
PermissionDenied, and refusals are audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from records_desk.domain.errors import AccountDisabled, PermissionDenied
from records_desk.domain.permissions import MATRIX, Action
from records_desk.domain.roles import Role
from records_desk.services.container import Services
from records_desk.services.dto import AuditFilter, Principal
from tests.conftest import make_user

ADMINS = {Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR}
# Actions every role may perform; every other action is for ADMINS only.
EVERYONE = {Action.FORM_PRINT}  # R-PRN: everyone prints slips and blank forms

# One call per service action; the target is an archivist account any admin may manage.
CALLS: dict[Action, Callable[[Services, Principal], Any]] = {
    Action.ACCOUNT_LIST: lambda s, p: s.accounts.list(p),
    Action.ACCOUNT_CREATE: lambda s, p: s.accounts.create(
        p, f"new-{p.username}", "New", Role.STAFF, "temporary-pw"
    ),
    Action.ACCOUNT_DISABLE: lambda s, p: s.accounts.disable(p, "target", "test"),
    Action.ACCOUNT_ENABLE: lambda s, p: s.accounts.enable(p, "target", "test"),
    Action.ACCOUNT_RESET_PASSWORD: lambda s, p: s.accounts.reset_password(
        p, "target", "temporary-pw2"
    ),
    Action.ACCOUNT_CHANGE_ROLE: lambda s, p: s.accounts.change_role(p, "target", Role.STAFF),
    Action.AUDIT_READ: lambda s, p: s.audit.page(p, AuditFilter(), 0, 10),
    Action.AUDIT_VERIFY: lambda s, p: s.audit.verify(p),
    Action.FORM_PRINT: lambda s, p: s.printing.render(p, "loan_slip"),
}


def test_every_action_has_a_call_in_this_test() -> None:
    assert set(CALLS) == set(Action) == set(MATRIX)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_each_role_each_action_R_ACC_2(
    services: Services, principals: dict[Role, Principal], gm: Principal, role: Role, action: Action
) -> None:
    make_user(services, gm, "target", Role.ARCHIVIST)
    actor = principals[role]
    if role in ADMINS or action in EVERYONE:
        CALLS[action](services, actor)  # allowed: no exception
        return
    before = services.audit.count(gm, AuditFilter(action="permission.denied"))
    with pytest.raises(PermissionDenied):
        CALLS[action](services, actor)
    refusals = services.audit.page(gm, AuditFilter(action="permission.denied"), 0, 1)
    assert services.audit.count(gm, AuditFilter(action="permission.denied")) == before + 1
    assert refusals[0].account == actor.username
    assert refusals[0].details["action"] == action.value


def test_role_change_takes_effect_at_once_R_ACC_2(services: Services, gm: Principal) -> None:
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    services.accounts.list(director)
    services.accounts.change_role(gm, "dora", Role.STAFF)
    with pytest.raises(PermissionDenied):
        services.accounts.list(director)  # the stale Principal still says director


def test_disabled_account_is_refused_even_with_an_open_session_R_ACC_4(
    services: Services, gm: Principal
) -> None:
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    services.accounts.disable(gm, "dora", "left")
    with pytest.raises(AccountDisabled):
        services.accounts.list(director)


def test_demoted_manager_cannot_create_managers_with_an_old_session_R_ACC_2(
    services: Services, gm: Principal
) -> None:
    second = make_user(services, gm, "boss2", Role.GENERAL_MANAGER)
    services.accounts.change_role(gm, "boss2", Role.CUSTOMER_DIRECTOR)
    assert second.role is Role.GENERAL_MANAGER  # the stale session still says manager
    with pytest.raises(PermissionDenied):
        services.accounts.create(second, "boss3", "Boss 3", Role.GENERAL_MANAGER, "temporary-pw")
    with pytest.raises(PermissionDenied):
        services.accounts.disable(second, "boss")
    services.accounts.create(second, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
