"""The permission matrix (R-ACC-2): one table of action -> roles, checked by every service call."""

from __future__ import annotations

from enum import StrEnum

from records_desk.domain.errors import PermissionDenied
from records_desk.domain.roles import Role


class Action(StrEnum):
    ACCOUNT_LIST = "account.list"
    ACCOUNT_CREATE = "account.create"
    ACCOUNT_DISABLE = "account.disable"
    ACCOUNT_ENABLE = "account.enable"
    ACCOUNT_RESET_PASSWORD = "account.reset_password"
    ACCOUNT_CHANGE_ROLE = "account.change_role"
    AUDIT_READ = "audit.read"
    AUDIT_VERIFY = "audit.verify"
    FORM_PRINT = "form.print"  # preview, print or save a form (R-PRN); every print is audited


_ADMINS = frozenset({Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR})
_EVERYONE = frozenset(Role)

MATRIX: dict[Action, frozenset[Role]] = {
    Action.ACCOUNT_LIST: _ADMINS,
    Action.ACCOUNT_CREATE: _ADMINS,
    Action.ACCOUNT_DISABLE: _ADMINS,
    Action.ACCOUNT_ENABLE: _ADMINS,
    Action.ACCOUNT_RESET_PASSWORD: _ADMINS,
    Action.ACCOUNT_CHANGE_ROLE: _ADMINS,
    Action.AUDIT_READ: _ADMINS,
    Action.AUDIT_VERIFY: _ADMINS,
    # Everyone prints: slips to sign, blank forms for the counter (R-PRN, R-LOAN-9, R-MED-8).
    Action.FORM_PRINT: _EVERYONE,
}


def is_allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]


def require(username: str, role: Role, action: Action) -> None:
    """Raise PermissionDenied unless the role may perform the action."""
    if not is_allowed(role, action):
        raise PermissionDenied(username=username, role=role.value, action=action.value)
