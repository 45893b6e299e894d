"""The backup feature's errors: a copy that is not good (and why), a restore refused, a setting
out of range. Worded by wording/backup/errors.py."""

from __future__ import annotations

from enum import StrEnum

from records_desk.domain.common.errors import DomainError


class CopyProblem(StrEnum):
    """Why a backup cannot be trusted (checked in this order)."""

    NO_MANIFEST = "no_manifest"  # the manifest beside it is missing
    MANIFEST_UNREADABLE = "manifest_unreadable"
    OTHER_KEY = "other_key"  # made under another database's key
    MANIFEST_ALTERED = "manifest_altered"  # the signature does not match
    NO_FILE = "no_file"  # the manifest is there, the copy is not
    TRUNCATED = "truncated"  # shorter (or longer) than the manifest says
    HASH_DIFFERS = "hash_differs"  # same size, other content (a flipped byte)
    UNOPENABLE = "unopenable"  # the key does not open it
    DAMAGED = "damaged"  # integrity_check found a problem
    CHAIN_BROKEN = "chain_broken"  # the audit log in the copy does not verify
    COUNTS_DIFFER = "counts_differ"  # a table's rows are not what the manifest says
    HEAD_DIFFERS = "head_differs"  # the audit head is not what the manifest says
    NEWER_SCHEMA = "newer_schema"  # made by a newer version of the app
    OTHER_BACKEND = "other_backend"  # a server's dump for a database file, or the reverse


class BackupNotGood(DomainError):
    def __init__(self, problem: CopyProblem, name: str, detail: str = "") -> None:
        super().__init__(f"backup {name}: {problem.value} {detail}".strip())
        self.problem = problem
        self.name = name  # the file's name (no folders)
        self.detail = detail  # a table name or a sequence number, never data


class RestoreProblem(StrEnum):
    IN_USE = "in_use"  # another program holds the database open
    OTHER_KEY_HERE = "other_key_here"  # a database with another key is at the target path
    NOT_CONFIRMED = "not_confirmed"  # the command line was not given --yes
    KEY_NEEDED = "key_needed"  # no key for this backup here: type it from the recovery sheet
    KEY_WRONG = "key_wrong"  # the key given does not match the backup's
    NOT_EMPTY = "not_empty"  # the office to be replaced on a new PC holds accounts or data
    # A server office: the backup lacks tables the database has (an older version's) and the
    # role may not create a database to restore it into whole.
    NEEDS_NEW_DATABASE = "needs_new_database"


class RestoreRefused(DomainError):
    def __init__(self, problem: RestoreProblem, name: str = "") -> None:
        super().__init__(f"restore refused: {problem.value}")
        self.problem = problem
        self.name = name


class IntervalInvalid(DomainError):
    def __init__(self, days: int, loosest: int) -> None:
        super().__init__(f"backup interval {days} days is out of range")
        self.days = days
        self.loosest = loosest


class DestinationUnusable(DomainError):
    """The backup folder (or the off-site one) cannot be written: the reason as the OS says it
    in a word (missing, read-only, full)."""

    def __init__(self, which: str, reason: str) -> None:
        super().__init__(f"backup destination {which}: {reason}")
        self.which = which  # "folder" or "offsite"
        self.reason = reason


class ServerToolMissing(DomainError):
    """A server office's backup or restore needs the PostgreSQL client's program TOOL
    (pg_dump, pg_restore), not found on this computer."""

    def __init__(self, tool: str) -> None:
        super().__init__(f"{tool} is not installed")
        self.tool = tool


class ServerToolFailed(DomainError):
    """pg_dump or pg_restore failed; REASON in a word (password, connection, version,
    permission, damaged, other), never the tool's own words (they may quote a row)."""

    def __init__(self, tool: str, reason: str) -> None:
        super().__init__(f"{tool} failed: {reason}")
        self.tool = tool
        self.reason = reason
