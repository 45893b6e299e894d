"""argon2id password hashing with parameters from the settings (tests use cheap ones).

Decisions:
- `EarlyCheck`: a sign-in from the command line knows its password before the services exist;
  its check (argon2, outside the GIL) runs on a thread of its own while SQLAlchemy and the
  services load (app_opening.py). The hasher it is given to (`adopt`) takes its result once,
  for the same stored hash and the same password only — any other check is computed as ever.
"""

from __future__ import annotations

import base64
import hmac
import os
import threading
from dataclasses import dataclass

import argon2
from argon2.exceptions import InvalidHashError, VerificationError


@dataclass(frozen=True)
class HashParams:
    """Production cost by default (argon2-cffi's RFC 9106 low-memory profile)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


class EarlyCheck:
    """PASSWORD checked against STORED on a daemon thread, from construction on."""

    def __init__(self, stored: str, password: str) -> None:
        self._stored, self._password = stored, password
        self._right = False
        self._thread = threading.Thread(target=self._run, name="early-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        _yield_the_cpu()
        # Any argon2 hasher verifies any argon2 hash: the cost is read from the hash.
        self._right = _matches(argon2.PasswordHasher(), self._stored, self._password)

    def covers(self, stored: str, password: str) -> bool:
        return hmac.compare_digest(stored.encode(), self._stored.encode()) and (
            hmac.compare_digest(password.encode(), self._password.encode())
        )

    def right(self) -> bool:
        self._thread.join()
        return self._right


def _matches(hasher: argon2.PasswordHasher, stored: str, password: str) -> bool:
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _yield_the_cpu() -> None:
    """This thread (and the threads argon2 starts from it, which inherit it) at the lowest
    priority: on a machine of two cores the check takes what the start-up's imports leave
    (Linux gives each thread its own nice value; elsewhere nothing changes)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except (AttributeError, OSError):
        pass


class PasswordHasher:
    def __init__(self, params: HashParams) -> None:
        self._early: EarlyCheck | None = None
        self._hasher = argon2.PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost,
            parallelism=params.parallelism,
            type=argon2.Type.ID,
        )
        # A well-formed hash at today's cost that no password matches (zero salt and digest):
        # checking a password against it costs what checking a real one costs, with no
        # hashing up front (sign-in of an unknown user name, issue 9 finding 6).
        zero = base64.b64encode(bytes(16)).decode().rstrip("=")
        digest = base64.b64encode(bytes(self._hasher.hash_len)).decode().rstrip("=")
        self._dummy = (
            f"$argon2id$v=19$m={params.memory_cost},t={params.time_cost},"
            f"p={params.parallelism}${zero}${digest}"
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def adopt(self, early: EarlyCheck) -> None:
        """EARLY's result answers the next check of its hash and password (once)."""
        self._early = early

    def verify(self, stored: str, password: str) -> bool:
        early, self._early = self._early, None
        if early is not None and early.covers(stored, password):
            return early.right()
        return _matches(self._hasher, stored, password)

    def verify_dummy(self, password: str) -> None:
        """Spend the time of a real check, for a user name that has no hash."""
        self.verify(self._dummy, password)

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
