"""Plain data handed out of the loan services (no ORM objects leave them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from records_desk.domain.loans.vocabulary import Condition, ItemStatus, LoanKind, LoanStatus


@dataclass(frozen=True)
class LoanItemInfo:
    archive_number: str
    shelf_location: str
    status: ItemStatus
    returned_at: datetime | None
    condition: Condition | None
    fine: int | None
    fine_reason: str | None
    waive_reason: str | None
    reshelved_at: datetime | None
    reshelved_by: str | None


@dataclass(frozen=True)
class LoanCopyInfo:
    """R-LOAN-6: copies of files of a loan the archivist consented to."""

    archive_numbers: tuple[str, ...]
    scope: str  # the pages or the part
    consented_by: str
    consented_at: datetime
    consented_by_name: str = ""


@dataclass(frozen=True)
class LoanInfo:
    number: str
    status: LoanStatus
    kind: LoanKind
    borrower: str  # as the register names them: "Full Name (user)" or "Name (Organisation)"
    external: bool
    purpose: str
    registered_at: datetime
    registered_by: str
    as_deputy: bool  # registered by the archivist's deputy (R-ACC-5)
    out_at: datetime | None  # None while awaiting approval, or refused
    due_at: datetime | None
    decided_by: str | None  # R-LOAN-3: the approver (or who refused)
    decided_at: datetime | None
    decision_note: str | None
    items: tuple[LoanItemInfo, ...]
    # what the screens show (full names; the user names above stay for --json and the audit)
    registered_by_name: str = ""
    decided_by_name: str | None = None
    borrower_phone: str = ""  # an outside borrower's (R-LOAN-3: the approver sees them)
    borrower_id_number: str = ""
    copies: tuple[LoanCopyInfo, ...] = ()  # R-LOAN-6, in the order consented
    version: int = 1  # the row's version: what an approval or refusal says it saw (§3)


@dataclass(frozen=True)
class LoanRow:
    """One file of one loan, as the register lists it (`loans list --json`)."""

    loan: str
    archive_no: str
    borrower: str
    kind: LoanKind
    loaned: datetime | None
    due: datetime | None
    returned: datetime | None
    status: ItemStatus
    condition: Condition | None = None  # found on return (None while out)
    fine: int | None = None  # yuan (R-LOAN-7)


class LoanView(StrEnum):
    OPEN = "open"  # out, overdue included
    OVERDUE = "overdue"
    AWAITING = "awaiting"
    RETURNED = "returned"
    ALL = "all"


class LoanSort(StrEnum):
    """The register's columns a list may be sorted by (the tab's headers)."""

    REGISTERED = "registered"  # newest loan first by default
    LOAN = "loan"
    FILE = "file"
    BORROWER = "borrower"
    KIND = "kind"
    LOANED = "loaned"
    DUE = "due"
    RETURNED = "returned"
    STATUS = "status"


@dataclass(frozen=True)
class LoanFilter:
    view: LoanView = LoanView.OPEN
    borrower: str | None = None  # a staff account's user name
    archive_number: str | None = None
    registered_from: date | None = None  # office days, both included
    registered_to: date | None = None
    # The tab's search: a loan number, an archive number (or its start), a borrower's name
    # or organisation (any part).
    text: str = ""
    borrower_name: str = ""  # any part of the borrower's name or organisation
    sort: LoanSort = LoanSort.REGISTERED
    descending: bool = True


@dataclass(frozen=True)
class ReturnLine:
    """One file handed back at the desk, with its own condition and fine or waiver
    (R-LOAN-7)."""

    archive_number: str
    condition: Condition = Condition.OK
    fine: int | None = None
    fine_reason: str | None = None
    waive_reason: str | None = None
    # The loan the desk showed the file out on (ScannedFile.loan_number): when given, a file
    # taken back at another desk meanwhile is refused, not taken from another loan (§3).
    loan_number: str = ""


@dataclass(frozen=True)
class ReturnedItem:
    """A file taken back: where it goes (R-LOAN-5) and what was recorded (R-LOAN-7)."""

    archive_number: str
    loan_number: str
    shelf_location: str
    condition: Condition
    fine: int | None
    waived: bool
    loan_closed: bool


@dataclass(frozen=True)
class DeputyInfo:
    id: int
    username: str
    full_name: str
    starts_on: date
    ends_on: date
    named_by: str
    named_at: datetime
    named_by_name: str = ""  # full name, as the deputy table shows it


@dataclass(frozen=True)
class StaffChoice:
    """An active account a file may be lent to (the lend dialog's picker)."""

    username: str
    full_name: str

    @property
    def display(self) -> str:
        return f"{self.full_name} ({self.username})"


@dataclass(frozen=True)
class ScannedFile:
    """A file scanned at the desk: what it is and where it lives; for a return, the loan
    that has it (R-LOAN-5: the shelf it goes back to)."""

    archive_number: str
    title: str
    shelf_location: str
    loan_number: str = ""
    borrower: str = ""
    due: datetime | None = None
    overdue: bool = False
