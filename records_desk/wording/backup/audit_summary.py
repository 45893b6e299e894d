"""The backup feature's operation-log summaries in the user's language (wording/audit_summary.py):
backups made, checked, failed and restored, extracts, the key sheet, the purge."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from records_desk.domain.backup.errors import CopyProblem
from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.domain.common.permissions import Extract
from records_desk.wording.audit_summary_kit import Line, Translate, listed, term
from records_desk.wording.backup.errors import copy_problem
from records_desk.wording.backup.extracts import extract_name
from records_desk.wording.language import sub, translate


def how_made(value: str) -> str:
    names = {
        "automatic": translate("AuditSummary", "automatic"),
        "scheduled": translate("AuditSummary", "scheduled"),
        "asked for": translate("AuditSummary", "asked for"),
    }
    return names[value]


def problem_word(value: str) -> str:
    """A copy's problem, or the kind of error that stopped the backup (its class's name, as
    services/backup/backups.py records it)."""
    stopped = {
        "DiskFull": translate("AuditSummary", "the disk is full"),
        "DestinationUnusable": translate("AuditSummary", "the backup folder cannot be used"),
        "ServerToolMissing": translate("AuditSummary", "a PostgreSQL program is missing"),
        "ServerToolFailed": translate("AuditSummary", "the PostgreSQL program failed"),
    }
    if value in stopped:
        return stopped[value]
    return copy_problem(CopyProblem(value))


def extract_word(value: str) -> str:
    return extract_name(Extract(value))


def purged_kind(value: str) -> str:
    """ "3 customer_files" (a count and a kind of the purge hooks)."""
    count, kind = value.split(" ", 1)
    names = {
        "customer_files": translate("AuditSummary", "%1 customer files"),
        "loans": translate("AuditSummary", "%1 loans"),
    }
    return sub(names[kind], count)


def lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    problem = term(problem_word)
    return {
        A.BACKUP_MADE: [
            Line(
                translate("AuditSummary", "backup made (%1): %2, %3 rows, audit head %4"),
                {1: term(how_made)},
            )
        ],
        A.BACKUP_FAILED: [Line(translate("AuditSummary", "backup failed: %1"), {1: problem})],
        A.BACKUP_VERIFIED: [
            Line(translate("AuditSummary", "backup %1 is not good: %2"), {2: problem}),
            Line(translate("AuditSummary", "backup %1 verified: %2 rows, head %3")),
        ],
        A.BACKUP_RESTORED: [
            Line(
                translate(
                    "AuditSummary",
                    "data restored over the data in use from backup %1 "
                    "(%2 rows, audit head %3; replaced head %4)",
                )
            ),
            Line(
                translate(
                    "AuditSummary",
                    "data restored onto this computer from backup %1 "
                    "(%2 rows, audit head %3; replaced head %4)",
                )
            ),
        ],
        A.EXTRACT_REQUEST: [
            Line(
                translate("AuditSummary", "asked for an extract (%1), request %2"),
                {1: term(extract_word)},
            )
        ],
        A.EXTRACT_DECIDE: [
            Line(
                translate("AuditSummary", "approved extract request %1 (%2)"),
                {2: term(extract_word)},
            ),
            Line(
                translate("AuditSummary", "refused extract request %1 (%2)"),
                {2: term(extract_word)},
            ),
        ],
        A.KEY_SHEET_PRINTED: [
            Line(translate("AuditSummary", "printed the key-recovery sheet of %1 as %2"))
        ],
        A.OFFICE_SETTINGS_CHANGE: [
            Line(translate("AuditSummary", "office settings changed: backups every %1 day(s)"))
        ],
        A.DATA_PURGED: [
            Line(translate("AuditSummary", "purged older than %1: nothing")),
            Line(
                translate("AuditSummary", "purged older than %1: %2"),
                {2: listed(term(purged_kind))},
            ),
        ],
    }
