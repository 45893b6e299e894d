"""The words of the loan register (R-LOAN): kinds of loan, conditions of a returned file, the
states of a loan and of each of its items, and the borrower (a staff account or a person from
outside the company). Stored as their values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LoanKind(StrEnum):
    """R-LOAN-2: files are read in the archive room or office; taking one out is the exception."""

    IN_ROOM = "in_room"
    TAKE_OUT = "take_out"


class Condition(StrEnum):
    """R-LOAN-7 (第六章10): the state a file comes back in; every one but OK calls for a fine
    of 100–500 yuan or a director's waiver."""

    OK = "ok"
    MARKED = "marked"  # 加注、勾畫、涂改
    TORN = "torn"
    FOLDED = "folded"  # 折疊
    PAGES_REMOVED = "pages_removed"  # 抽折文件


class LoanStatus(StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"  # R-LOAN-3: external, nothing out yet
    REFUSED = "refused"  # R-LOAN-3: the approver said no; nothing ever went out
    OPEN = "open"  # at least one item is out
    CLOSED = "closed"  # every item is back


class ItemStatus(StrEnum):
    """One file of a loan as the register lists it."""

    AWAITING_APPROVAL = "awaiting_approval"
    REFUSED = "refused"
    OPEN = "open"  # out, not yet due
    OVERDUE = "overdue"  # out, past its due time (R-LOAN-8)
    RETURNED = "returned"


@dataclass(frozen=True)
class StaffBorrower:
    """A member of staff, by account: lends without approval."""

    account_id: int
    username: str
    full_name: str

    @property
    def display(self) -> str:
        return f"{self.full_name} ({self.username})"


@dataclass(frozen=True)
class ExternalBorrower:
    """R-LOAN-3: a person from outside the company (外單位人員)."""

    name: str
    organisation: str
    id_number: str = ""
    phone: str = ""

    @property
    def display(self) -> str:
        return f"{self.name} ({self.organisation})"


Borrower = StaffBorrower | ExternalBorrower


def needs_approval(borrower: Borrower) -> bool:
    """R-LOAN-3: only a borrower from outside the company waits for the GM or the director."""
    return isinstance(borrower, ExternalBorrower)
