"""The database key as a person reads it off the key-recovery sheet and types it back (issue 14
§4): `format_key` writes the 64 hex digits in 16 groups of 4, upper case, and a 17th group,
the check group, so that a mistyped digit is caught before anything is tried with the key;
`read_key` takes what a person types or a scanner sends and gives the key back, or refuses it
with KeyTextInvalid saying what is wrong.

    format_key("00ff…") -> "00FF 1A2B … 9C0D 3E7A"      (17 groups, single spaces)
    read_key("00ff-1a2b …")  -> "00ff1a2b…"              (64 lower-case hex digits)

Decisions:
- The check group is three hex digits of the SHA-256 of the key's 32 bytes and one Luhn
  mod 16 digit of the 64 digits. A hash alone lets one mistyped digit in 65,536 through;
  Luhn mod 16 catches every single changed digit and most swaps of two neighbours, and the
  hash digits catch what Luhn misses. A changed digit in the check group itself cannot match.
- Spaces (any, the ideographic one too), dashes and line breaks are separators; case does not
  matter. 64 digits are taken without a check group (a key typed from an older note); 68 are
  taken only when the check group matches; any other count is refused with the count.
- O, I and L are not hex digits and are refused, not read as 0 and 1: a guess could hide a
  digit that was really misread. The refusal names the group and the character (one
  character says nothing of the key) and the wording says which digit it looks like.
- The error never carries the key or the text typed.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from records_desk.domain.common.errors import DomainError

KEY_DIGITS = 64
GROUP = 4
CHECK_DIGITS = 4
_HEX = frozenset("0123456789abcdef")
_SEPARATORS = frozenset("-‐‑‒–—_")


class KeyTextProblem(StrEnum):
    WRONG_LENGTH = "wrong_length"  # not 64 digits (no check group) nor 68 (with it)
    NOT_HEX = "not_hex"  # a character that is not 0-9 or A-F (O, I, L included)
    CHECK_MISMATCH = "check_mismatch"  # the check group does not match the 64 digits


class KeyTextInvalid(DomainError):
    def __init__(
        self, problem: KeyTextProblem, *, digits: int = 0, group: int = 0, character: str = ""
    ) -> None:
        super().__init__(f"key text refused: {problem.value}")
        self.problem = problem
        self.digits = digits  # WRONG_LENGTH: how many digits were read
        self.group = group  # NOT_HEX: the group (1-17) holding the character
        self.character = character  # NOT_HEX: the one character refused


def check_group(key_hex: str) -> str:
    """The four check digits of a key (64 lower-case hex digits), upper case."""
    digest = hashlib.sha256(bytes.fromhex(key_hex)).hexdigest()[:3]
    return (digest + _luhn16(key_hex)).upper()


def _luhn16(digits: str) -> str:
    """Luhn mod 16: the digit that makes the weighted sum a multiple of 16. Doubling then
    adding the two base-16 digits is a permutation of 0-15, so any one changed digit changes
    the sum."""
    total = 0
    double = True  # the rightmost digit is doubled, the check digit will sit right of it
    for c in reversed(digits):
        value = int(c, 16)
        if double:
            value *= 2
            value = value // 16 + value % 16
        total += value
        double = not double
    return format((16 - total % 16) % 16, "x")


def key_groups(key_hex: str) -> tuple[list[str], str]:
    """The 16 groups of a key, upper case, and its check group (for the sheet's layout)."""
    key = _checked_key(key_hex)
    upper = key.upper()
    groups = [upper[i : i + GROUP] for i in range(0, KEY_DIGITS, GROUP)]
    return groups, check_group(key)


def format_key(key_hex: str) -> str:
    """The key as printed and as its QR code carries it: 17 groups of 4, single spaces."""
    groups, check = key_groups(key_hex)
    return " ".join([*groups, check])


def read_key(text: str) -> str:
    """The 64 lower-case hex digits of a key typed or scanned, or KeyTextInvalid."""
    digits: list[str] = []
    for c in text:
        if c.isspace() or c in _SEPARATORS:
            continue
        lower = c.lower()
        if lower not in _HEX:
            group = len(digits) // GROUP + 1
            raise KeyTextInvalid(KeyTextProblem.NOT_HEX, group=group, character=c)
        digits.append(lower)
    if len(digits) not in (KEY_DIGITS, KEY_DIGITS + CHECK_DIGITS):
        raise KeyTextInvalid(KeyTextProblem.WRONG_LENGTH, digits=len(digits))
    key = "".join(digits[:KEY_DIGITS])
    typed_check = "".join(digits[KEY_DIGITS:]).upper()
    if typed_check and typed_check != check_group(key):
        raise KeyTextInvalid(KeyTextProblem.CHECK_MISMATCH)
    return key


def _checked_key(key_hex: str) -> str:
    key = key_hex.strip().lower()
    if len(key) != KEY_DIGITS or not set(key) <= _HEX:
        raise ValueError("a database key is 64 hex digits")
    return key
