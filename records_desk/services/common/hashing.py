"""argon2id password hashing with parameters from the settings (tests use cheap ones)."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import argon2
from argon2.exceptions import InvalidHashError, VerificationError


@dataclass(frozen=True)
class HashParams:
    """Production cost by default (argon2-cffi's RFC 9106 low-memory profile)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


class PasswordHasher:
    def __init__(self, params: HashParams) -> None:
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

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def verify_dummy(self, password: str) -> None:
        """Spend the time of a real check, for a user name that has no hash."""
        self.verify(self._dummy, password)

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
