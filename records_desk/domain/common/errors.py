"""Typed domain errors. Each carries the data the UI needs to word a translated message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path


class DomainError(Exception):
    """Base of every error a user can cause; never shown as a traceback."""


@dataclass
class PermissionDenied(DomainError):
    """R-ACC-2: the role of the account may not perform the action."""

    username: str
    role: str
    action: str

    def __str__(self) -> str:
        return f"{self.username} ({self.role}) may not {self.action}"


@dataclass
class InvalidCredentials(DomainError):
    """Unknown user name or wrong password (deliberately not saying which)."""

    username: str
    attempts_left: int | None = None

    def __str__(self) -> str:
        return f"wrong user name or password for {self.username!r}"


@dataclass
class AccountLocked(DomainError):
    """R-ACC-3: too many failed sign-ins; locked until a UTC time."""

    username: str
    until: datetime

    def __str__(self) -> str:
        return f"account {self.username!r} is locked until {self.until:%Y-%m-%d %H:%M} UTC"


@dataclass
class AccountDisabled(DomainError):
    """R-ACC-4: disabled accounts cannot sign in."""

    username: str

    def __str__(self) -> str:
        return f"account {self.username!r} is disabled"


@dataclass
class PasswordChangeRequired(DomainError):
    """R-ACC-3: the password expired (or was reset) and must be changed before signing in."""

    username: str
    expired: bool

    def __str__(self) -> str:
        why = "has expired" if self.expired else "was reset"
        return f"the password of {self.username!r} {why} and must be changed"


@dataclass
class PasswordTooShort(DomainError):
    """R-ACC-3: passwords have at least a minimum length."""

    length: int
    minimum: int

    def __str__(self) -> str:
        return f"the password has {self.length} characters; at least {self.minimum} are required"


@dataclass
class PasswordBlank(DomainError):
    """R-ACC-3: a password made only of spaces (or other blank characters) is no secret."""

    length: int

    def __str__(self) -> str:
        return f"the password is {self.length} blank characters; it needs letters, digits or signs"


@dataclass
class PasswordReused(DomainError):
    """The new password equals the current one."""

    def __str__(self) -> str:
        return "the new password must differ from the current one"


@dataclass
class UsernameInvalid(DomainError):
    username: str

    def __str__(self) -> str:
        return f"user name {self.username!r} is not valid (3-32 letters, digits, '.', '_' or '-')"


@dataclass
class UsernameTaken(DomainError):
    username: str

    def __str__(self) -> str:
        return f"user name {self.username!r} is already in use"


@dataclass
class AccountNotFound(DomainError):
    username: str

    def __str__(self) -> str:
        return f"no account named {self.username!r}"


@dataclass
class OfficeAlreadyInitialised(DomainError):
    """The general manager is created once, on an empty database."""

    def __str__(self) -> str:
        return "this records office already has accounts"


@dataclass
class LastManagerProtected(DomainError):
    """Disabling or demoting the last active general manager would lock everyone out."""

    username: str

    def __str__(self) -> str:
        return f"{self.username!r} is the last active general manager"


@dataclass
class CannotChangeOwnAccount(DomainError):
    """Administrators do not disable or re-role their own account."""

    username: str

    def __str__(self) -> str:
        return f"{self.username!r} cannot disable or change the role of their own account"


# Office data as typed or imported: a phone number and a date (any feature's records).
class PhoneProblem(StrEnum):
    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"  # letters or other characters a phone cannot have
    UNSUPPORTED_COUNTRY = "unsupported_country"  # only Taiwan (+886) and mainland China (+86)
    BAD_FORMAT = "bad_format"  # wrong length or prefix for its region


@dataclass
class PhoneInvalid(DomainError):
    """R-DQ-1 validity: not a Taiwan or mainland phone number."""

    text: str
    problem: PhoneProblem

    def __str__(self) -> str:
        return f"{self.text!r} is not a valid phone number ({self.problem})"


class DateProblem(StrEnum):
    EMPTY = "empty"
    UNRECOGNISED = "unrecognised"
    YEAR_NOT_FIRST = "year_not_first"  # 27/11/2026: office dates are year-month-day
    NO_SUCH_DAY = "no_such_day"  # 2026-02-30, month 13
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    IN_FUTURE = "in_future"


@dataclass
class OfficeDateInvalid(DomainError):
    """A date typed or imported that cannot be read as a day (or is after the allowed day)."""

    text: str
    problem: DateProblem
    detail: str = ""

    def __str__(self) -> str:
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.text!r} is not a valid date ({self.problem}{detail})"


@dataclass
class DateOutOfRange(DomainError):
    """A day read fine but outside what the field allows: refused as typed, never moved to the
    nearest allowed day (a date field that clamps changes data without saying so)."""

    text: str
    earliest: date | None
    latest: date | None

    def __str__(self) -> str:
        return f"{self.text!r} is outside {self.earliest} to {self.latest}"


# The database cannot be reached. Raised by store/ and worded by the window and the command
# line, which therefore need not import the store to recognise them. Not DomainErrors: no
# user action inside the program caused them.
class KeyUnavailable(Exception):
    """The database exists but its key cannot be found (wrong machine, wrong user, lost keyring)."""

    def __init__(self, db_path: Path | str) -> None:
        super().__init__(f"no key is stored for the database {db_path}")
        self.db_path = db_path


class WrongKey(Exception):
    """The file is not a database, or not one this key opens."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(f"{db_path} cannot be opened: not a Records Desk database or wrong key")
        self.db_path = db_path


class NewerDatabase(Exception):
    """The database has schema revisions this program has no script for: a newer version of
    Records Desk (or one with a feature this one lacks) changed it. Migrating it could lose data,
    so it is refused untouched."""

    def __init__(self, db_path: Path | str, revisions: tuple[str, ...]) -> None:
        super().__init__(
            f"{db_path} was changed by a newer version of Records Desk"
            f" (schema revisions unknown to this version: {', '.join(revisions)})"
        )
        self.db_path = db_path
        self.revisions = revisions


# Opening or creating the database (store/database.py, store/keystore.py, store/engine.py):
# each says what the file is and what to do, so the window and the command line tell apart a
# wrong key, a file that is no Records Desk database, a damaged one, a read-only one and one
# left half-made. Not DomainErrors, like the three above.
class CannotOpenDatabase(Exception):
    """Base of the reasons a database file cannot be opened or made."""

    def __init__(self, db_path: Path | str, message: str) -> None:
        super().__init__(message)
        self.db_path = db_path


class KeyDamaged(CannotOpenDatabase):
    """The stored key (a key file or a keyring entry) is empty, of the wrong length or not 64
    hex digits. It is never used and never replaced: the database it opens may hold data."""

    def __init__(self, db_path: Path | str, where: str) -> None:
        super().__init__(db_path, f"the key of this database is damaged: {where}")
        self.where = where


class NoDatabase(CannotOpenDatabase):
    def __init__(self, db_path: Path) -> None:
        super().__init__(db_path, f"no database at {db_path}")


class DatabaseExists(CannotOpenDatabase):
    """Creating refused: a database is already there (`racing`: another program made it while
    this one was making its own, which it then deleted)."""

    def __init__(self, db_path: Path | str, racing: bool = False) -> None:
        why = "another program created a database at" if racing else "a database already exists at"
        super().__init__(db_path, f"{why} {db_path}")
        self.racing = racing


class EmptyDatabaseFile(CannotOpenDatabase):
    """A 0-byte file where the database should be (an interrupted creation, a full disk)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(db_path, f"{db_path} is an empty file (0 bytes), not a records office")


class HalfMadeDatabase(CannotOpenDatabase):
    """The key opens the file but it has no tables, or no schema version: a creation that was
    interrupted. Never adopted as an office."""

    def __init__(self, db_path: Path, has_tables: bool) -> None:
        what = "has tables but no schema version" if has_tables else "has no tables"
        super().__init__(db_path, f"{db_path} {what}: its creation was interrupted")
        self.has_tables = has_tables


class OfficeKeyNeeded(CannotOpenDatabase):
    """A records office on a server (issue 15) whose audit log is signed with an office key
    this desk does not have: a new desk is given it once, from the key-recovery sheet."""

    def __init__(self, address: str) -> None:
        super().__init__(address, f"this desk has no office key for {address}")


class WrongOfficeKey(CannotOpenDatabase):
    """The office key kept on this desk (`kept`) or given does not sign the server's audit
    log: another office's, or one made for an empty office another desk filled first."""

    def __init__(self, address: str, kept: bool) -> None:
        which = "kept on this desk" if kept else "given"
        super().__init__(address, f"the office key {which} does not match {address}")
        self.kept = kept


class ServerUnavailable(CannotOpenDatabase):
    """The PostgreSQL server cannot be reached, refused the password, or has no such
    database; `reason` is one of REASONS (psycopg's own words go to the log only)."""

    REASONS = ("unreachable", "password", "no_database", "no_role", "other")

    def __init__(self, address: str, reason: str) -> None:
        super().__init__(address, f"the server database {address} cannot be opened: {reason}")
        self.reason = reason


class NotADatabase(CannotOpenDatabase):
    """The file is not a Records Desk database at all (a plain SQLite file, any other file)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(db_path, f"{db_path} is not a Records Desk database")


class DatabaseDamaged(CannotOpenDatabase):
    """The key opens the file but its content is damaged (truncated, overwritten)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(db_path, f"the database {db_path} is damaged")


class DatabaseReadOnly(CannotOpenDatabase):
    """The database, a file beside it (-wal, -shm) or its folder cannot be written."""

    def __init__(self, db_path: Path, where: Path) -> None:
        super().__init__(
            db_path, f"the database {db_path} cannot be written ({where} is read-only)"
        )
        self.where = where


@dataclass
class DiskFull(DomainError):
    """A write found the disk (or the database's size limit) full: nothing of it was kept."""

    db_path: Path

    def __str__(self) -> str:
        return f"the disk is full: nothing was saved to {self.db_path}"


class DatabaseSuspended(DomainError):
    """The data is being replaced (a restore): nothing reads or writes it until that is done."""

    def __str__(self) -> str:
        return "the database is being restored"


class DemoProblem(StrEnum):
    NOT_GENERAL_MANAGER = "not_general_manager"
    REAL_FILES = "real_files"  # the database has customer files the demo did not make


@dataclass
class DemoRefused(DomainError):
    """Sample files go only into a database with no real files, by its general manager."""

    username: str
    problem: DemoProblem
    real_files: int = 0

    def __str__(self) -> str:
        if self.problem is DemoProblem.REAL_FILES:
            return f"the database holds {self.real_files} real customer files: no sample files"
        return f"{self.username} may not add sample files: only the general manager may"
