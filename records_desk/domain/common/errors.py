"""Typed domain errors. Each carries the data the UI needs to word a translated message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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


# The database cannot be reached. Raised by store/ and worded by the window and the command
# line, which therefore need not import the store to recognise them. Not DomainErrors: no
# user action inside the program caused them.
class KeyUnavailable(Exception):
    """The database exists but its key cannot be found (wrong machine, wrong user, lost keyring)."""

    def __init__(self, db_path: Path) -> None:
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

    def __init__(self, db_path: Path, revisions: tuple[str, ...]) -> None:
        super().__init__(
            f"{db_path} was changed by a newer version of Records Desk"
            f" (schema revisions unknown to this version: {', '.join(revisions)})"
        )
        self.db_path = db_path
        self.revisions = revisions
