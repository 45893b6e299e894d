"""Typed errors of the reception records (R-REC-4, R-REC-11, R-GRD-6), raised by
services/reception/ and worded by records_desk/wording/reception/records.py; `__str__` is the
English fallback for logs.

Decisions:
- A module of their own beside the engine's errors.py: each is a rule about stored records
  (a closed day, whose visitor a follow-up is), not about a replay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from records_desk.domain.common.errors import DomainError


@dataclass
class DayClosed(DomainError):
    """R-REC-11: the day was reviewed; nothing on it changes, a correction is a new row."""

    day: date
    reviewed_by: str

    def __str__(self) -> str:
        return f"the visitor sheet of {self.day.isoformat()} was reviewed by {self.reviewed_by}"


@dataclass
class DayNotClosed(DomainError):
    """A day not yet reviewed has no hash to check."""

    day: date

    def __str__(self) -> str:
        return f"the visitor sheet of {self.day.isoformat()} has not been reviewed"


@dataclass
class NotAConsultant(DomainError):
    """The name is no active account with the consultant role."""

    username: str

    def __str__(self) -> str:
        return f"{self.username!r} is not an active consultant"


@dataclass
class NotYourVisitor(DomainError):
    """R-GRD-6: a consultant records follow-ups of their own visitors only."""

    username: str
    visitor: str

    def __str__(self) -> str:
        return f"another consultant's visitor, not {self.username}'s"  # no visitor in logs


@dataclass
class RegistrationNotFound(DomainError):
    registration_id: int

    def __str__(self) -> str:
        return f"no registration {self.registration_id}"


@dataclass
class RowNotFound(DomainError):
    """A correction names a row that the day's sheet does not have."""

    day: date
    row_no: int

    def __str__(self) -> str:
        return f"the sheet of {self.day.isoformat()} has no row {self.row_no}"


class EntryProblem(StrEnum):
    NO_NAME = "no_name"  # a visitor or caller needs a name
    NO_CONTACT = "no_contact"  # a registration needs a phone or an ID number
    BAD_LEVEL = "bad_level"  # R-GRD-6: A, B or C
    BAD_SOURCE = "bad_source"  # walk_in, phone or referral
    BAD_PARTY = "bad_party"  # a party of at least one
    BAD_RELATION = "bad_relation"  # spouse, parent_child, sibling or other; two people
    FUTURE_DATE = "future_date"  # a follow-up or registration after today


@dataclass
class EntryInvalid(DomainError):
    problem: EntryProblem
    text: str = ""

    def __str__(self) -> str:
        return f"invalid reception entry: {self.problem.value}"  # no visitor's value in logs
