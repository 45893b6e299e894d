"""Domain errors and role names in the user's language. The only place that words them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from records_desk.domain import errors
from records_desk.domain.roles import Role
from records_desk.store.engine import WrongKey
from records_desk.store.keystore import KeyUnavailable


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def local_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def role_name(role: Role) -> str:
    names = {
        Role.GENERAL_MANAGER: _t("General manager"),
        Role.CUSTOMER_DIRECTOR: _t("Customer director"),
        Role.ARCHIVIST: _t("Archivist"),
        Role.RECEPTION_CLERK: _t("Reception clerk"),
        Role.SALES_MANAGER: _t("Sales manager"),
        Role.CONSULTANT: _t("Consultant"),
        Role.STAFF: _t("Staff (read only)"),
    }
    return names[role]


def describe(error: Exception) -> str:
    """One clear sentence for an error a user can cause; the caller shows it."""
    e = error
    if isinstance(e, errors.PasswordTooShort):
        return (
            _t("The password has %1 characters; it needs at least %2.")
            .replace("%1", str(e.length))
            .replace("%2", str(e.minimum))
        )
    if isinstance(e, errors.InvalidCredentials):
        if e.attempts_left is not None:
            return _t(
                "Wrong user name or password. %1 attempts left before the account is locked."
            ).replace("%1", str(e.attempts_left))
        return _t("Wrong user name or password.")
    if isinstance(e, errors.AccountLocked):
        return _t("This account is locked after too many failed attempts, until %1.").replace(
            "%1", local_time(e.until)
        )
    if isinstance(e, errors.AccountDisabled):
        return _t("The account %1 is disabled. Ask the general manager.").replace("%1", e.username)
    if isinstance(e, errors.PasswordChangeRequired):
        if e.expired:
            return _t("Your password is older than 90 days and must be changed now.")
        return _t("Your password was set by an administrator and must be changed now.")
    if isinstance(e, errors.PasswordReused):
        return _t("The new password must differ from the current one.")
    if isinstance(e, errors.PermissionDenied):
        return _t("Your role may not do this (%1). The attempt was recorded.").replace(
            "%1", e.action
        )
    if isinstance(e, errors.UsernameInvalid):
        return _t("The user name must be 3 to 32 letters, digits, '.', '_' or '-'.")
    if isinstance(e, errors.UsernameTaken):
        return _t("The user name %1 is already in use.").replace("%1", e.username)
    if isinstance(e, errors.AccountNotFound):
        return _t("There is no account named %1.").replace("%1", e.username)
    if isinstance(e, errors.OfficeAlreadyInitialised):
        return _t("This records office already has accounts.")
    if isinstance(e, errors.LastManagerProtected):
        return _t(
            "%1 is the last active general manager and cannot be disabled or changed."
        ).replace("%1", e.username)
    if isinstance(e, errors.CannotChangeOwnAccount):
        return _t("You cannot disable your own account or change your own role.")
    if isinstance(e, KeyUnavailable):
        return _t("The key of the database %1 cannot be found on this computer.").replace(
            "%1", str(e.db_path)
        )
    if isinstance(e, WrongKey):
        return _t("The file %1 is not a Records Desk database, or its key does not match.").replace(
            "%1", str(e.db_path)
        )
    return str(error)
