"""Typed errors of commission disputes (R-REC-7…10), raised by services/reception/disputes.py
and worded by records_desk/wording/reception/disputes.py; `__str__` is the English fallback
for logs.

Decisions:
- A module of its own beside the engine's and the records' errors: each is a rule about a
  deal and the manager's decision on it (a decision is final; a different split needs a
  reason), not about a replay or a day's sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from records_desk.domain.common.errors import DomainError


class DealProblem(StrEnum):
    NO_NAME = "no_name"  # the customer's name
    NO_CONTACT = "no_contact"  # a phone or an ID number matches the sheets and registrations
    FUTURE_DATE = "future_date"  # a deal after today
    NO_FIRST = "no_first"  # a mid-visit designation with no first consultant on the sheet
    SAME_CONSULTANT = "same_consultant"  # designated, referring or original is the first one
    BAD_RELATION = "bad_relation"  # spouse, parent_child, sibling or other, with a phone
    BAD_PERIOD = "bad_period"  # a fairness report's day or month


@dataclass
class DealInvalid(DomainError):
    problem: DealProblem
    text: str = ""

    def __str__(self) -> str:
        return f"invalid deal: {self.problem.value} {self.text!r}"


@dataclass
class DealNotFound(DomainError):
    deal_id: int

    def __str__(self) -> str:
        return f"no deal {self.deal_id}"


class SplitProblem(StrEnum):
    NOT_100 = "not_100"  # the shares must add up to 100
    BAD_SHARE = "bad_share"  # a share is a whole percentage from 0 to 100
    TWICE = "twice"  # a consultant named twice
    NO_REASON = "no_reason"  # a split other than the proposal needs a reason


@dataclass
class SplitInvalid(DomainError):
    """The manager's decision is not a split the app can record."""

    problem: SplitProblem
    text: str = ""

    def __str__(self) -> str:
        return f"invalid split: {self.problem.value} {self.text!r}"


@dataclass
class AlreadyDecided(DomainError):
    """A decision is final: a change is a new decision naming the one it replaces."""

    deal_id: int
    decided_by: str

    def __str__(self) -> str:
        return f"deal {self.deal_id} was decided by {self.decided_by}"


@dataclass
class NotDecided(DomainError):
    """A revision replaces a decision; the deal has none yet."""

    deal_id: int

    def __str__(self) -> str:
        return f"deal {self.deal_id} has no decision to revise"


@dataclass
class NotYourDeal(DomainError):
    """A consultant records their own deals only."""

    username: str
    consultant: str

    def __str__(self) -> str:
        return f"{self.username} records their own deals, not {self.consultant}'s"
