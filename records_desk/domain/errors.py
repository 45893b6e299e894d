"""Typed domain errors. Each carries the data the UI needs to word a translated message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
