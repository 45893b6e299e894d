"""Domain errors and role names in the user's language. The only place that words them."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from records_desk.domain.common import errors
from records_desk.domain.common.errors import KeyUnavailable, NewerDatabase, WrongKey
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def local_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def action_name(action: str) -> str:
    """A permission-matrix action as the user would say it; unknown codes stay as they are."""
    names = {
        Action.ACCOUNT_LIST: translate("Messages", "view the accounts"),
        Action.ACCOUNT_CREATE: translate("Messages", "create an account"),
        Action.ACCOUNT_DISABLE: translate("Messages", "disable an account"),
        Action.ACCOUNT_ENABLE: translate("Messages", "enable an account"),
        Action.ACCOUNT_RESET_PASSWORD: translate("Messages", "reset a password"),
        Action.ACCOUNT_CHANGE_ROLE: translate("Messages", "change a role"),
        Action.AUDIT_READ: translate("Messages", "read the operation log"),
        Action.AUDIT_VERIFY: translate("Messages", "verify the operation log"),
        Action.FORM_PRINT: translate("Messages", "print a form"),
        Action.CUSTOMER_VIEW: translate("Messages", "view customer files"),
        Action.CUSTOMER_REGISTER: translate("Messages", "register a customer file"),
        Action.CUSTOMER_REQUEST_CHANGE: translate(
            "Messages", "request a change of a customer file"
        ),
        Action.CUSTOMER_APPROVE_CHANGE: translate("Messages", "approve a change of customer data"),
        Action.CUSTOMER_CHANGE_DIRECTLY: translate("Messages", "change customer data directly"),
        Action.CUSTOMER_VOID: translate("Messages", "void a customer file"),
        Action.GRADE_CHANGE: translate("Messages", "change a customer's grade"),
        Action.GRADE_OVERRIDE: translate("Messages", "override a grade quota"),
        Action.PROSPECT_SET: translate("Messages", "set a prospect level"),
        Action.BLACKLIST_MANAGE: translate("Messages", "manage the blacklist"),
        Action.REVIEW_RECORD: translate("Messages", "record a customer review"),
        Action.VISIT_RECORD: translate("Messages", "record a customer visit"),
        Action.EVALUATION_RECORD: translate("Messages", "record a customer evaluation"),
        Action.SURVEY_RECORD: translate("Messages", "record a customer survey"),
        Action.SPOT_CHECK: translate("Messages", "run the weekly spot check"),
        Action.QUALITY_VIEW: translate("Messages", "view data-quality problems"),
        Action.QUALITY_DISMISS: translate("Messages", "dismiss a likely duplicate"),
        Action.CUSTOMER_IMPORT: translate("Messages", "import customer files"),
        Action.CUSTOMER_EXPORT: translate("Messages", "export customer files"),
        Action.OFFICE_SETTINGS: translate("Messages", "change the office settings"),
    }

    known = {a.value: text for a, text in names.items()}
    return known.get(action, action)


def role_name(role: Role) -> str:
    names = {
        Role.GENERAL_MANAGER: translate("Messages", "General manager"),
        Role.CUSTOMER_DIRECTOR: translate("Messages", "Customer director"),
        Role.ARCHIVIST: translate("Messages", "Archivist"),
        Role.RECEPTION_CLERK: translate("Messages", "Reception clerk"),
        Role.SALES_MANAGER: translate("Messages", "Sales manager"),
        Role.CONSULTANT: translate("Messages", "Consultant"),
        Role.STAFF: translate("Messages", "Staff (read only)"),
    }
    return names[role]


def describe(error: Exception) -> str:
    """One clear sentence for an error a user can cause; the caller shows it."""
    # Imported here, not at start-up: the printing package is not needed to show the window.
    from records_desk.printing.data import FormDataError, LabelDataError
    from records_desk.printing.definitions import UnknownForm

    e = error
    if isinstance(e, errors.PasswordTooShort):
        return (
            translate("Messages", "The password has %1 characters; it needs at least %2.")
            .replace("%1", str(e.length))
            .replace("%2", str(e.minimum))
        )
    if isinstance(e, errors.InvalidCredentials):
        if e.attempts_left is not None:
            return translate(
                "Messages",
                "Wrong user name or password. %1 attempts left before the account is locked.",
            ).replace("%1", str(e.attempts_left))
        return translate("Messages", "Wrong user name or password.")
    if isinstance(e, errors.AccountLocked):
        return translate(
            "Messages", "This account is locked after too many failed attempts, until %1."
        ).replace("%1", local_time(e.until))
    if isinstance(e, errors.AccountDisabled):
        return translate(
            "Messages", "The account %1 is disabled. Ask the general manager."
        ).replace("%1", e.username)
    if isinstance(e, errors.PasswordChangeRequired):
        if e.expired:
            return translate(
                "Messages", "Your password is older than 90 days and must be changed now."
            )
        return translate(
            "Messages", "Your password was set by an administrator and must be changed now."
        )
    if isinstance(e, errors.PasswordReused):
        return translate("Messages", "The new password must differ from the current one.")
    if isinstance(e, errors.PermissionDenied):
        return translate(
            "Messages", "Your role may not do this (%1). The attempt was recorded."
        ).replace("%1", action_name(e.action))
    if isinstance(e, errors.UsernameInvalid):
        return translate(
            "Messages", "The user name must be 3 to 32 letters, digits, '.', '_' or '-'."
        )
    if isinstance(e, errors.UsernameTaken):
        return translate("Messages", "The user name %1 is already in use.").replace(
            "%1", e.username
        )
    if isinstance(e, errors.AccountNotFound):
        return translate("Messages", "There is no account named %1.").replace("%1", e.username)
    if isinstance(e, errors.OfficeAlreadyInitialised):
        return translate("Messages", "This records office already has accounts.")
    if isinstance(e, errors.LastManagerProtected):
        return translate(
            "Messages", "%1 is the last active general manager and cannot be disabled or changed."
        ).replace("%1", e.username)
    if isinstance(e, errors.CannotChangeOwnAccount):
        return translate("Messages", "You cannot disable your own account or change your own role.")
    if isinstance(e, UnknownForm):
        return translate("Messages", "There is no form %1.").replace("%1", e.form_id)
    if isinstance(e, FormDataError | LabelDataError):
        path, what = (e.path, e.message) if isinstance(e, FormDataError) else (e.where, e.message)
        return (
            translate("Messages", "The data to print is wrong at %1: %2")
            .replace("%1", path)
            .replace("%2", what)
        )
    if isinstance(e, KeyUnavailable):
        return translate(
            "Messages", "The key of the database %1 cannot be found on this computer."
        ).replace("%1", str(e.db_path))
    if isinstance(e, WrongKey):
        return translate(
            "Messages", "The file %1 is not a Records Desk database, or its key does not match."
        ).replace("%1", str(e.db_path))
    if isinstance(e, NewerDatabase):
        return translate(
            "Messages",
            "The database %1 was changed by a newer version of Records Desk. Open it with that version.",
        ).replace("%1", str(e.db_path))
    # A feature's errors are worded beside its screens (its Feature.wording module), imported
    # only when one happens.
    for describe_feature_error in _feature_describers():
        text = describe_feature_error(e)
        if text:
            return text
    return str(error)


def _feature_describers() -> list[Callable[[Exception], str | None]]:
    from records_desk.features import features

    return [importlib.import_module(f.wording).describe for f in features() if f.wording]
