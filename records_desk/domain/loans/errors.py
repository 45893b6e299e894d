"""Typed errors of the loan register's rules (R-LOAN, R-ACC-5). Each carries the data the
wording needs (records_desk/wording/loans/errors.py); `__str__` is the English fallback for
logs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from records_desk.domain.common.errors import DomainError


@dataclass
class LoanNumberInvalid(DomainError):
    """Not a loan number of the form L-YYYY-NNNNNN."""

    text: str

    def __str__(self) -> str:
        return f"{self.text!r} is not a loan number (L-YYYY-NNNNNN)"


@dataclass
class LoanNotFound(DomainError):
    number: str

    def __str__(self) -> str:
        return f"no loan numbered {self.number}"


@dataclass
class LoanFileNotFound(DomainError):
    """No customer file has this archive number."""

    archive_number: str

    def __str__(self) -> str:
        return f"no customer file numbered {self.archive_number}"


@dataclass
class NothingToLend(DomainError):
    def __str__(self) -> str:
        return "a loan needs at least one file"


@dataclass
class FileRepeated(DomainError):
    """The same file named twice in one loan or one return."""

    archive_number: str

    def __str__(self) -> str:
        return f"{self.archive_number} is named twice"


@dataclass
class FileAlreadyOut(DomainError):
    """R-LOAN-4: the file is out on another loan until that item is returned."""

    archive_number: str
    loan_number: str
    borrower: str

    def __str__(self) -> str:
        return f"{self.archive_number} is already out on {self.loan_number} with {self.borrower}"


@dataclass
class FileVoid(DomainError):
    """A void file is not lent (R-CUS-3: it stays on record, not in use)."""

    archive_number: str

    def __str__(self) -> str:
        return f"{self.archive_number} is void and cannot be lent"


class BorrowerProblem(StrEnum):
    NO_NAME = "no_name"
    NO_ORGANISATION = "no_organisation"
    NO_PURPOSE = "no_purpose"
    UNKNOWN_ACCOUNT = "unknown_account"
    DISABLED_ACCOUNT = "disabled_account"


@dataclass
class BorrowerInvalid(DomainError):
    """R-LOAN-1: the register names who borrowed and for what."""

    problem: BorrowerProblem
    text: str = ""

    def __str__(self) -> str:
        return f"the borrower is not valid ({self.problem}{': ' + self.text if self.text else ''})"


@dataclass
class DueRequired(DomainError):
    """R-LOAN-2: a take-out loan must have a due date."""

    def __str__(self) -> str:
        return "a take-out loan needs a due date"


@dataclass
class DueNotAllowed(DomainError):
    """R-LOAN-2: an in-room loan is due at closing time; it takes no due date of its own."""

    def __str__(self) -> str:
        return "an in-room loan is due at closing time and takes no due date"


@dataclass
class DueInPast(DomainError):
    due: datetime

    def __str__(self) -> str:
        return f"the due time {self.due:%Y-%m-%d %H:%M} has already passed"


@dataclass
class LoanNotAwaitingApproval(DomainError):
    """R-LOAN-3: only a loan awaiting approval is approved or refused."""

    number: str
    status: str

    def __str__(self) -> str:
        return f"{self.number} is not awaiting approval ({self.status})"


@dataclass
class LoanChanged(DomainError):
    """Issue 15 §3: the loan changed at another desk since this desk showed it (its row
    version moved on); nothing was done: reload it and decide again."""

    number: str
    expected_version: int
    current_version: int

    def __str__(self) -> str:
        return (
            f"loan {self.number} was shown at version {self.expected_version} and is now at "
            f"version {self.current_version}"
        )


@dataclass
class FileReturnedElsewhere(DomainError):
    """Issue 15 §3: a file this desk showed as out on LOAN_NUMBER is not out on it any more —
    taken back at another desk (NOW_ON None), or taken back and lent again (NOW_ON: that
    loan). Nothing was taken back: reload and scan again."""

    archive_number: str
    loan_number: str
    now_on: str | None = None

    def __str__(self) -> str:
        where = f"now out on {self.now_on}" if self.now_on else "already taken back"
        return f"{self.archive_number} of loan {self.loan_number} is {where}"


@dataclass
class LoanAwaitingApproval(DomainError):
    """R-LOAN-3: nothing of an external loan goes out (or comes back) before it is approved."""

    number: str

    def __str__(self) -> str:
        return f"{self.number} is awaiting approval by the general manager or the customer director"


@dataclass
class NoteRequired(DomainError):
    """A refusal says why."""

    def __str__(self) -> str:
        return "a refusal needs a note saying why"


@dataclass
class FileNotOut(DomainError):
    """A return of a file that is on no open loan."""

    archive_number: str

    def __str__(self) -> str:
        return f"{self.archive_number} is not out on any loan"


FINE_MIN = 100
FINE_MAX = 500


@dataclass
class FineRequired(DomainError):
    """R-LOAN-7: a file back in a condition other than ok needs a fine or a waiver."""

    archive_number: str
    condition: str

    def __str__(self) -> str:
        return (
            f"{self.archive_number} came back {self.condition}: a fine of {FINE_MIN}-{FINE_MAX}"
            " with a reason, or a director's waiver with a reason, is required"
        )


@dataclass
class FineOutOfRange(DomainError):
    """R-LOAN-7: the fine is between 100 and 500 yuan."""

    amount: int

    def __str__(self) -> str:
        return f"a fine of {self.amount} is outside {FINE_MIN}-{FINE_MAX}"


class ReasonFor(StrEnum):
    FINE = "fine"
    WAIVER = "waiver"


@dataclass
class LoanReasonRequired(DomainError):
    """R-LOAN-7: a fine and a waiver each say why."""

    what: ReasonFor

    def __str__(self) -> str:
        return f"a {self.what} needs a reason"


@dataclass
class FineWithoutDamage(DomainError):
    """A fine or a waiver for a file that came back in good order."""

    archive_number: str

    def __str__(self) -> str:
        return f"{self.archive_number} came back ok: there is nothing to fine or waive"


@dataclass
class FineAndWaiver(DomainError):
    def __str__(self) -> str:
        return "give either a fine or a waiver, not both"


@dataclass
class WaiverNeedsDirector(DomainError):
    """R-LOAN-7: only the general manager or the customer director waives a fine."""

    username: str

    def __str__(self) -> str:
        return f"{self.username} may not waive a fine: only a director may"


@dataclass
class CopyBeyondLoan(DomainError):
    """R-LOAN-6: a copy may not exceed the loan's scope."""

    number: str
    archive_numbers: tuple[str, ...]

    def __str__(self) -> str:
        return f"{', '.join(self.archive_numbers)} not on {self.number}: no copy beyond the loan"


@dataclass
class CopyScopeRequired(DomainError):
    """R-LOAN-6: the consent names the pages or the part to copy."""

    def __str__(self) -> str:
        return "a copy request names the pages or the part to copy"


@dataclass
class CopyNotWhileOut(DomainError):
    """R-LOAN-6: copies are made of files on a loan that is out (not awaiting, refused or
    closed)."""

    number: str
    status: str

    def __str__(self) -> str:
        return f"{self.number} is {self.status}: copies only while its files are out"


@dataclass
class FileNotReturned(DomainError):
    """R-LOAN-5: only a returned file is confirmed back on its shelf."""

    archive_number: str

    def __str__(self) -> str:
        return f"{self.archive_number} has not been returned"


@dataclass
class AlreadyReshelved(DomainError):
    archive_number: str
    by: str

    def __str__(self) -> str:
        return f"{self.archive_number} was already confirmed back on its shelf by {self.by}"


@dataclass
class WrongShelf(DomainError):
    """R-LOAN-5: the shelf label scanned is not the file's place."""

    archive_number: str
    expected: str
    scanned: str

    def __str__(self) -> str:
        return f"{self.archive_number} belongs on {self.expected}, not {self.scanned}"


class DeputyProblem(StrEnum):
    ENDS_BEFORE_START = "ends_before_start"
    ENDED = "ended"  # the whole period is before today
    IS_ARCHIVIST = "is_archivist"  # an archivist (or an approver) needs no deputy rights
    DISABLED = "disabled"
    OVERLAPS = "overlaps"  # another deputy is named for some of these days (other: who)
    NOT_FOUND = "not_found"  # no such period to end
    NOT_NAMED = "not_named"  # the account has no period in force or to come (to end)


@dataclass
class DeputyInvalid(DomainError):
    """R-ACC-5: a deputy is a named account, for a period that has not already passed."""

    username: str
    problem: DeputyProblem
    starts_on: date | None = None
    ends_on: date | None = None
    other: str = ""  # OVERLAPS: the deputy already named for those days (full name)

    def __str__(self) -> str:
        return f"{self.username} cannot be named deputy ({self.problem})"


@dataclass
class HandoverNeedsSuccessor(DomainError):
    """R-ACC-5: a handover names who takes over (an account, or a deputy already named)."""

    username: str

    def __str__(self) -> str:
        if self.username:
            return f"no account named {self.username!r} to hand over to"
        return "name who takes over: no deputy archivist is named for today or later"
