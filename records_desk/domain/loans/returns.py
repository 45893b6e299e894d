"""Taking files back (R-LOAN-5, R-LOAN-7), copies (R-LOAN-6), and the state of a loan and its
items (R-LOAN-8).

Decisions:
- R-LOAN-7: a file back in any condition but ok needs either a fine of 100–500 yuan with a
  reason, recorded against the borrower, or a waiver with a reason by the general manager or
  the customer director (the seed allows discretion inside the range, and the office may
  decide to forgo it; the waiver is that decision, on record). A fine or a waiver for a file
  back in good order is refused: the record would say it was damaged.
- Partial returns are normal: the loan closes when its last item is back.
- R-LOAN-5: a return is not the end. The archivist confirms the file is back in its place; a
  scanned shelf label must be the file's shelf.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from records_desk.domain.loans.errors import (
    FINE_MAX,
    FINE_MIN,
    AlreadyReshelved,
    CopyBeyondLoan,
    CopyNotWhileOut,
    CopyScopeRequired,
    FileNotReturned,
    FineAndWaiver,
    FineOutOfRange,
    FineRequired,
    FineWithoutDamage,
    LoanReasonRequired,
    ReasonFor,
    WaiverNeedsDirector,
    WrongShelf,
)
from records_desk.domain.loans.vocabulary import Condition, ItemStatus, LoanStatus

MAX_REASON = 500


@dataclass(frozen=True)
class ReturnVerdict:
    """What a return records about one file: its condition and the fine or the waiver."""

    condition: Condition
    fine: int | None = None
    fine_reason: str | None = None
    waive_reason: str | None = None


def _reason(text: str | None, what: ReasonFor) -> str:
    tidy = " ".join((text or "").split())
    if not tidy:
        raise LoanReasonRequired(what)
    return tidy[:MAX_REASON]


def check_return(
    archive_number: str,
    condition: Condition,
    fine: int | None = None,
    fine_reason: str | None = None,
    waive_reason: str | None = None,
    *,
    may_waive: bool,
    username: str = "",
) -> ReturnVerdict:
    """R-LOAN-7. MAY_WAIVE: the one taking the file back is a general manager or a customer
    director."""
    waiving = waive_reason is not None
    if condition is Condition.OK:
        if fine is not None or waiving:
            raise FineWithoutDamage(archive_number)
        return ReturnVerdict(condition)
    if fine is not None and waiving:
        raise FineAndWaiver()
    if fine is None and not waiving:
        raise FineRequired(archive_number, condition.value)
    if fine is not None:
        if not FINE_MIN <= fine <= FINE_MAX:
            raise FineOutOfRange(fine)
        return ReturnVerdict(condition, fine=fine, fine_reason=_reason(fine_reason, ReasonFor.FINE))
    reason = _reason(waive_reason, ReasonFor.WAIVER)
    if not may_waive:
        raise WaiverNeedsDirector(username)
    return ReturnVerdict(condition, waive_reason=reason)


def loan_status_after_return(returned: Iterable[bool]) -> LoanStatus:
    """A loan closes when its last item is back; until then it is open."""
    return LoanStatus.CLOSED if all(returned) else LoanStatus.OPEN


def item_status(
    loan: LoanStatus, returned_at: datetime | None, due_at: datetime | None, now: datetime
) -> ItemStatus:
    """R-LOAN-8: an item out past its due time is overdue."""
    if loan is LoanStatus.AWAITING_APPROVAL:
        return ItemStatus.AWAITING_APPROVAL
    if loan is LoanStatus.REFUSED:
        return ItemStatus.REFUSED
    if returned_at is not None:
        return ItemStatus.RETURNED
    if due_at is not None and now > due_at:
        return ItemStatus.OVERDUE
    return ItemStatus.OPEN


def check_copy(
    loan_number: str,
    status: LoanStatus,
    on_loan: Sequence[str],
    requested: Sequence[str],
    scope: str,
) -> tuple[tuple[str, ...], str]:
    """R-LOAN-6: a copy request names only files of its loan, while the loan is out, and says
    which pages or part; returns the files (each once) and the scope tidied."""
    if status is not LoanStatus.OPEN:
        raise CopyNotWhileOut(loan_number, status.value)
    files = tuple(dict.fromkeys(requested)) or tuple(on_loan)
    beyond = tuple(a for a in files if a not in set(on_loan))
    if beyond:
        raise CopyBeyondLoan(loan_number, beyond)
    tidy = " ".join(scope.split())
    if not tidy:
        raise CopyScopeRequired()
    return files, tidy[:MAX_REASON]


def check_reshelve(
    archive_number: str,
    returned: bool,
    reshelved_by: str | None,
    shelf: str,
    scanned_shelf: str | None = None,
) -> None:
    """R-LOAN-5: confirm a returned file back in its place, once; a scanned label must match."""
    if not returned:
        raise FileNotReturned(archive_number)
    if reshelved_by is not None:
        raise AlreadyReshelved(archive_number, reshelved_by)
    if scanned_shelf is not None and scanned_shelf.strip().upper() != shelf.strip().upper():
        raise WrongShelf(archive_number, shelf, scanned_shelf.strip())
