"""The describers of the errors every feature shares: signing in, accounts, permissions,
printing and opening the database, in the current language. Imported by wording.describe when
the first error is worded (the printing package is not needed before)."""

from __future__ import annotations

from urllib.parse import unquote

from records_desk.domain.common import errors
from records_desk.domain.common.errors import KeyUnavailable, NewerDatabase, WrongKey
from records_desk.printing.data import DataProblem, FormDataError, LabelDataError
from records_desk.printing.definitions import UnknownForm
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate
from records_desk.wording.terms import action_name, local_time


@describer.register
def _password_too_short(e: errors.PasswordTooShort) -> str:
    text = translate("Messages", "The password has %1 characters; it needs at least %2.")
    return sub(text, e.length, e.minimum)


@describer.register
def _invalid_credentials(e: errors.InvalidCredentials) -> str:
    if e.attempts_left == 1:
        return translate(
            "Messages", "Wrong user name or password. 1 attempt left before the account is locked."
        )
    if e.attempts_left is not None:
        return translate(
            "Messages",
            "Wrong user name or password. %1 attempts left before the account is locked.",
        ).replace("%1", str(e.attempts_left))
    return translate("Messages", "Wrong user name or password.")


@describer.register
def _account_locked(e: errors.AccountLocked) -> str:
    return translate(
        "Messages",
        "This account is locked after too many failed attempts, until %1. Try again then, "
        "or ask the general manager to reset the password.",
    ).replace("%1", local_time(e.until))


@describer.register
def _account_disabled(e: errors.AccountDisabled) -> str:
    return translate("Messages", "The account %1 is disabled. Ask the general manager.").replace(
        "%1", e.username
    )


@describer.register
def _password_change_required(e: errors.PasswordChangeRequired) -> str:
    if e.expired:
        return translate("Messages", "Your password is older than 90 days and must be changed now.")
    return translate(
        "Messages", "Your password was set by an administrator and must be changed now."
    )


@describer.register
def _password_blank(e: errors.PasswordBlank) -> str:
    return translate(
        "Messages", "The password is only spaces. Choose one with letters, digits or signs."
    )


@describer.register
def _password_reused(e: errors.PasswordReused) -> str:
    return translate("Messages", "The new password must differ from the current one.")


@describer.register
def _permission_denied(e: errors.PermissionDenied) -> str:
    return translate(
        "Messages", "Your role may not do this (%1). The attempt was recorded."
    ).replace("%1", action_name(e.action))


@describer.register
def _username_invalid(e: errors.UsernameInvalid) -> str:
    return translate("Messages", "The user name must be 3 to 32 letters, digits, '.', '_' or '-'.")


@describer.register
def _username_taken(e: errors.UsernameTaken) -> str:
    return translate("Messages", "The user name %1 is already in use.").replace("%1", e.username)


@describer.register
def _account_not_found(e: errors.AccountNotFound) -> str:
    return translate("Messages", "There is no account named %1.").replace("%1", e.username)


@describer.register
def _office_already_initialised(e: errors.OfficeAlreadyInitialised) -> str:
    return translate("Messages", "This records office already has accounts.")


@describer.register
def _last_manager_protected(e: errors.LastManagerProtected) -> str:
    return translate(
        "Messages", "%1 is the last active general manager and cannot be disabled or changed."
    ).replace("%1", e.username)


@describer.register
def _cannot_change_own_account(e: errors.CannotChangeOwnAccount) -> str:
    return translate("Messages", "You cannot disable your own account or change your own role.")


@describer.register
def _unknown_form(e: UnknownForm) -> str:
    return translate("Messages", "There is no form %1.").replace("%1", e.form_id)


@describer.register
def _form_data_error(e: FormDataError | LabelDataError) -> str:
    return sub(
        translate("Messages", "The data to print is wrong at %1: %2"), e.path, _data_problem(e)
    )


def _data_problem(e: FormDataError) -> str:
    P = DataProblem  # noqa: N806 - a short alias for the table
    texts = {
        P.TOO_LONG: translate("Messages", "%1 characters; %2 takes at most %3"),
        P.NOT_TEXT: translate("Messages", "not text"),
        P.NOT_DATE: translate("Messages", "not a date (YYYY-MM-DD)"),
        P.NOT_DATETIME: translate("Messages", "not a date and time (YYYY-MM-DD HH:MM)"),
        P.NOT_INTEGER: translate("Messages", "not a whole number"),
        P.NOT_NUMBER: translate("Messages", "not a number"),
        P.NOT_MONEY: translate("Messages", "not an amount of money"),
        P.NOT_BOOL: translate("Messages", "not yes or no"),
        P.NOT_CHOICE: translate("Messages", "not one of: %1"),
        P.UNKNOWN_FIELD: translate("Messages", "a field this form does not have"),
        P.NOT_OBJECT: translate("Messages", "not a set of fields"),
        P.REQUIRED: translate("Messages", "must be filled in"),
        P.NOT_DATA: translate("Messages", "not a header with rows and sections"),
        P.UNKNOWN_KEY: translate("Messages", "not a header, rows or sections"),
        P.NOT_LIST: translate("Messages", "not a list of rows"),
        P.NO_TABLE: translate("Messages", "this form has no table"),
        P.UNKNOWN_SECTION: translate("Messages", "a section this form does not have"),
        P.WRONG_TOTAL: translate("Messages", "%1 adds up to %2, not %3"),
        P.NOT_BARCODE: translate(
            "Messages", "a barcode takes only English letters, digits and punctuation"
        ),
    }
    text = texts.get(e.problem)
    return sub(text, *e.values) if text is not None else e.message


@describer.register
def _key_unavailable(e: KeyUnavailable) -> str:
    return translate(
        "Messages",
        "The key of the database %1 cannot be found on this computer. Open it on the computer "
        "and as the user that created it, or put its key file back in the keys folder.",
    ).replace("%1", str(e.db_path))


@describer.register
def _wrong_key(e: WrongKey) -> str:
    return translate(
        "Messages", "The file %1 is not a Records Desk database, or its key does not match."
    ).replace("%1", str(e.db_path))


@describer.register
def _newer_database(e: NewerDatabase) -> str:
    return translate(
        "Messages",
        "The database %1 was changed by a newer version of Records Desk. Open it with that "
        "version.",
    ).replace("%1", str(e.db_path))


# Opening and creating the database (domain/common/errors.py CannotOpenDatabase): what the
# file is and what to do, one sentence each.
@describer.register
def _key_damaged(e: errors.KeyDamaged) -> str:
    return sub(
        translate(
            "Messages",
            "The key of the database %1 is damaged: %2. It was not used or replaced; restore "
            "that key from a backup.",
        ),
        e.db_path,
        e.where,
    )


@describer.register
def _no_database(e: errors.NoDatabase) -> str:
    return sub(translate("Messages", "There is no database at %1."), e.db_path)


@describer.register
def _database_exists(e: errors.DatabaseExists) -> str:
    if e.racing:
        return sub(
            translate(
                "Messages",
                "Another program created a database at %1 at the same time; it was kept and "
                "this one was not made.",
            ),
            e.db_path,
        )
    return sub(
        translate(
            "Messages",
            "A database already exists at %1. Open it, or give another file name with --db.",
        ),
        e.db_path,
    )


@describer.register
def _empty_database_file(e: errors.EmptyDatabaseFile) -> str:
    return sub(
        translate(
            "Messages",
            "The file %1 is empty (0 bytes), left by an interrupted creation. Replace it with "
            "a new database with: records-desk init --replace-empty --admin NAME",
        ),
        e.db_path,
    )


@describer.register
def _half_made_database(e: errors.HalfMadeDatabase) -> str:
    if e.has_tables:
        return sub(
            translate(
                "Messages",
                "The database %1 has tables but no schema version: it was not made by Records "
                "Desk, or not completely. Restore it from a backup.",
            ),
            e.db_path,
        )
    return sub(
        translate(
            "Messages",
            "The database %1 has no tables: its creation was interrupted. Replace it with a "
            "new one with: records-desk init --replace-empty --admin NAME",
        ),
        e.db_path,
    )


@describer.register
def _office_key_needed(e: errors.OfficeKeyNeeded) -> str:
    return sub(
        translate(
            "Messages",
            "This computer does not have the office key of %1 yet. Give it once, from the "
            "office's key-recovery sheet (on the command line: --office-key FILE).",
        ),
        e.db_path,
    )


@describer.register
def _wrong_office_key(e: errors.WrongOfficeKey) -> str:
    if e.kept:
        text = translate(
            "Messages",
            "The office key kept on this computer does not match the records at %1. Give the "
            "key from the office's key-recovery sheet (on the command line: --office-key FILE).",
        )
    else:
        text = translate(
            "Messages",
            "The office key given does not match the records at %1. Check it against the "
            "office's key-recovery sheet.",
        )
    return sub(text, e.db_path)


@describer.register
def _server_unavailable(e: errors.ServerUnavailable) -> str:
    texts = {
        "unreachable": translate(
            "Messages",
            "The database server of %1 cannot be reached. Check that it is running and that "
            "this computer may connect to it (address, port, firewall).",
        ),
        "password": translate(
            "Messages", "The database server of %1 refused the password. Check it and try again."
        ),
        "no_database": translate(
            "Messages",
            "The database server has no database named in %1. Ask its administrator to create "
            "it (docs/several-desks.md).",
        ),
        "no_role": translate(
            "Messages",
            "The database server does not know the user named in %1. Ask its administrator to "
            "create it (docs/several-desks.md).",
        ),
    }
    text = texts.get(
        e.reason,
        translate("Messages", "The database server of %1 refused the connection."),
    )
    # The address as the user typed it: the store's form percent-encodes its query
    # (host=%2Frun%2Fpostgresql), which no one recognises as what they wrote.
    return sub(text, unquote(str(e.db_path)))


@describer.register
def _not_a_database(e: errors.NotADatabase) -> str:
    return sub(
        translate(
            "Messages",
            "The file %1 is not a Records Desk database. Check the file name given with --db "
            "or chosen at start.",
        ),
        e.db_path,
    )


@describer.register
def _database_damaged(e: errors.DatabaseDamaged) -> str:
    return sub(
        translate(
            "Messages",
            "The database %1 is damaged (cut short or overwritten). Restore it from a backup.",
        ),
        e.db_path,
    )


@describer.register
def _database_read_only(e: errors.DatabaseReadOnly) -> str:
    return sub(
        translate(
            "Messages",
            "The database %1 cannot be written: %2 is read-only. Give your account write "
            "access to it.",
        ),
        e.db_path,
        e.where,
    )


@describer.register
def _suspended(e: errors.DatabaseSuspended) -> str:
    return translate(
        "Messages", "The data is being restored from a backup; wait until the restore is done."
    )


@describer.register
def _disk_full(e: errors.DiskFull) -> str:
    return sub(
        translate(
            "Messages", "The disk is full: nothing was saved to %1. Free some space and try again."
        ),
        e.db_path,
    )


@describer.register
def _demo_refused(e: errors.DemoRefused) -> str:
    if e.problem is errors.DemoProblem.REAL_FILES:
        if e.real_files == 1:
            return translate(
                "Messages",
                "Sample files are only added to a database without real ones; this one holds "
                "1 customer file not made as a sample.",
            )
        return sub(
            translate(
                "Messages",
                "Sample files are only added to a database without real ones; this one holds "
                "%1 customer files not made as samples.",
            ),
            e.real_files,
        )
    return translate("Messages", "Only the general manager may add sample files.")
