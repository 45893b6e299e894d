"""Password and sign-in policy (R-ACC-3): length, expiry, lockout. Pure functions of time.

Decisions:
- A password of blank characters only (spaces, tabs, ideographic or zero-width spaces…) is refused at
  creation, reset and change whatever its length: ten spaces meet the length rule but are the
  first thing a guesser tries (issue 9 finding 6). Blanks inside or around a real password
  are kept as typed: they are part of it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from records_desk.domain.common.errors import PasswordBlank, PasswordTooShort, UsernameInvalid

_USERNAME = re.compile(r"^[A-Za-z0-9._-]{3,32}$")


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 10
    max_age: timedelta = timedelta(days=90)
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)


def check_new_password(password: str, policy: PasswordPolicy) -> None:
    if password and all(_blank(c) for c in password):
        raise PasswordBlank(length=len(password))
    if len(password) < policy.min_length:
        raise PasswordTooShort(length=len(password), minimum=policy.min_length)


def _blank(char: str) -> bool:
    """A space of any kind, or an invisible mark such as a zero-width space."""
    return char.isspace() or unicodedata.category(char) in ("Zs", "Cf", "Cc")


def check_username(username: str) -> None:
    if not _USERNAME.match(username):
        raise UsernameInvalid(username=username)


def is_expired(changed_at: datetime, now: datetime, policy: PasswordPolicy) -> bool:
    return now - changed_at >= policy.max_age


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


@dataclass(frozen=True)
class FailureOutcome:
    failures: int
    locked_until: datetime | None


def register_failure(failures: int, now: datetime, policy: PasswordPolicy) -> FailureOutcome:
    """Count one more failed sign-in; the Nth failure locks the account and resets the count."""
    failures += 1
    if failures >= policy.max_failures:
        return FailureOutcome(failures=0, locked_until=now + policy.lockout)
    return FailureOutcome(failures=failures, locked_until=None)


def replay_failures(times: list[datetime], policy: PasswordPolicy) -> FailureOutcome:
    """The count and lock that `register_failure` would have reached over failed attempts
    made at `times` (oldest first): how a user name with no account is locked exactly as an
    account is, from the attempts the operation log kept (R-ACC-3; issue 9: a lock that only
    real names reach tells them from unknown ones)."""
    outcome = FailureOutcome(failures=0, locked_until=None)
    for at in times:
        outcome = register_failure(outcome.failures, at, policy)
    return outcome
