"""The describers of the backup feature's errors (domain/backup/errors.py) in the user's
language: a copy that is not good says which copy and what is wrong with it, and that the
data now in use was not touched. Registered on wording.describe's dispatcher when
records_desk/features.py names this module as the backup feature's `wording`."""

from __future__ import annotations

from records_desk.domain.backup import errors as be
from records_desk.wording.backup import key_text as _key_text  # noqa: F401 (its describer)
from records_desk.wording.backup import purge as _purge  # noqa: F401  (registers its describer)
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def copy_problem(problem: be.CopyProblem, detail: str = "") -> str:
    """What is wrong with a copy, in a few words (the Backups dialog's column too)."""
    P = be.CopyProblem
    words = {
        P.NO_MANIFEST: translate("BackupMessages", "its manifest is missing"),
        P.MANIFEST_UNREADABLE: translate("BackupMessages", "its manifest cannot be read"),
        P.OTHER_KEY: translate("BackupMessages", "it was made under another database's key"),
        P.MANIFEST_ALTERED: translate(
            "BackupMessages", "its manifest was altered (the signature does not match)"
        ),
        P.NO_FILE: translate("BackupMessages", "the backup file is missing"),
        P.TRUNCATED: translate(
            "BackupMessages", "the file is not the size its manifest says (cut short?)"
        ),
        P.HASH_DIFFERS: translate(
            "BackupMessages", "the file's content differs from its manifest (SHA-256)"
        ),
        P.UNOPENABLE: translate("BackupMessages", "the key does not open it"),
        P.DAMAGED: translate("BackupMessages", "the database in it is damaged"),
        P.CHAIN_BROKEN: sub(
            translate("BackupMessages", "its operation log is broken at entry %1"), detail
        ),
        P.COUNTS_DIFFER: sub(
            translate("BackupMessages", "the rows of table %1 differ from its manifest"), detail
        ),
        P.HEAD_DIFFERS: translate(
            "BackupMessages", "its operation log does not end where its manifest says"
        ),
        P.NEWER_SCHEMA: translate(
            "BackupMessages", "it was made by a newer version of Records Desk"
        ),
        P.OTHER_BACKEND: translate(
            "BackupMessages",
            "it is a backup of the other kind of office (a database file, or a server's)",
        ),
    }
    return words[problem]


@describer.register
def _not_good(e: be.BackupNotGood) -> str:
    text = translate("BackupMessages", "The backup %1 cannot be trusted: %2. Nothing was changed.")
    return sub(text, e.name, copy_problem(e.problem, e.detail))


@describer.register
def _restore_refused(e: be.RestoreRefused) -> str:
    P = be.RestoreProblem
    words = {
        P.IN_USE: translate(
            "BackupMessages",
            "The database is open in another Records Desk window or program; close it and "
            "restore again. Nothing was changed.",
        ),
        P.OTHER_KEY_HERE: translate(
            "BackupMessages",
            "The backup %1 belongs to another database (another key). Restore it to a new "
            "path (--db NEW.db); the database here was not changed.",
        ),
        P.NOT_CONFIRMED: translate(
            "BackupMessages",
            "A restore replaces all the data with the backup %1; add --yes to confirm.",
        ),
        P.KEY_NEEDED: translate(
            "BackupMessages",
            "This computer does not hold the key of the backup %1: give it from the "
            "key-recovery sheet (--key-file FILE, or type it when asked).",
        ),
        P.KEY_WRONG: translate(
            "BackupMessages", "The key given is not the key of the backup %1. Nothing was changed."
        ),
        P.NOT_EMPTY: translate(
            "BackupMessages",
            "The records office here already has accounts or data: a backup is restored in "
            "place of a new, empty office only. Nothing was changed.",
        ),
        P.NEEDS_NEW_DATABASE: translate(
            "BackupMessages",
            "The backup %1 lacks tables the server's database has (it was made by an older "
            "version), and the database's role may not create databases to restore it into "
            "whole: ask the server's administrator to grant it CREATEDB and ownership of the "
            "database. Nothing was changed.",
        ),
    }
    return sub(words[P(e.problem)], e.name)


@describer.register
def _tool_missing(e: be.ServerToolMissing) -> str:
    text = translate(
        "BackupMessages",
        "%1 is not installed on this computer: a server office is backed up and restored "
        "with the PostgreSQL client's programs (Debian package postgresql-client; on Windows "
        "and macOS the PostgreSQL installer). Nothing was changed.",
    )
    return sub(text, e.tool)


@describer.register
def _tool_failed(e: be.ServerToolFailed) -> str:
    reasons = {
        "password": translate("BackupMessages", "the server refused the password"),
        "connection": translate("BackupMessages", "the server cannot be reached"),
        "version": translate(
            "BackupMessages", "the PostgreSQL client here is older than the server"
        ),
        "permission": translate("BackupMessages", "the database's role is not allowed to do it"),
        "damaged": translate("BackupMessages", "the backup file cannot be read whole"),
    }
    reason = reasons.get(e.reason, translate("BackupMessages", "see the server's log"))
    text = translate("BackupMessages", "%1 failed: %2. The data in use was not changed.")
    return sub(text, e.tool, reason)


@describer.register
def _interval(e: be.IntervalInvalid) -> str:
    text = translate("BackupMessages", "Backups every %1 days: choose 1 to %2 days.")
    return sub(text, str(e.days), str(e.loosest))


@describer.register
def _destination(e: be.DestinationUnusable) -> str:
    # Whole sentences: "where" + "reason" glued read "備份資料夾 不存在且無法建立." in Chinese.
    offsite = e.which == "offsite"
    if e.reason == "missing":
        if offsite:
            return translate(
                "BackupMessages", "The off-site backup folder is not there and cannot be made."
            )
        return translate("BackupMessages", "The backup folder is not there and cannot be made.")
    if e.reason == "read-only":
        if offsite:
            return translate(
                "BackupMessages", "The off-site backup folder cannot be written (read-only)."
            )
        return translate("BackupMessages", "The backup folder cannot be written (read-only).")
    if e.reason == "failing":
        if offsite:
            return translate(
                "BackupMessages",
                "The off-site backup folder failed while the copy was written (a drive removed, "
                "a network folder lost?). Nothing was kept there.",
            )
        return translate(
            "BackupMessages",
            "The backup folder failed while the copy was written (a drive removed, a network "
            "folder lost?). No copy was made; try again or choose another folder.",
        )
    if offsite:
        return sub(translate("BackupMessages", "The off-site backup folder cannot be used: %1."),
                   e.reason)  # fmt: skip
    return sub(translate("BackupMessages", "The backup folder cannot be used: %1."), e.reason)


# The extract requests' describers (R-BAK-5) are registered by importing their module.
from records_desk.wording.backup import extracts as _extracts  # noqa: E402, F401
