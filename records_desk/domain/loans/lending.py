"""Lending (R-LOAN-1…4): which files may go out, when they are due, and when an external loan
goes out.

Decisions:
- R-LOAN-4: a file is out from the moment its loan is open until its item is returned. An
  external loan awaiting approval holds nothing (R-LOAN-3: no item counts as out before the
  approval), so the same file may be asked for meanwhile; the approval checks again and is
  refused while another loan has the file.
- A void file is not lent: it is on record, not in use (R-CUS-3).
- A blacklisted customer's file *is* lent (R-GRD-5): the blacklist stops business with the
  customer, not the office's own work with its files. Nothing here reads the blacklist.
- Due times (R-LOAN-2) are the office's closing time (an office setting, 17:30 by default):
  an in-room loan is due at closing that day; a take-out loan on its due day at closing. An
  in-room loan made after closing (someone working late) is due at the end of that day,
  not at a closing time already past.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from records_desk.domain.loans.errors import (
    BorrowerInvalid,
    BorrowerProblem,
    DueInPast,
    DueNotAllowed,
    DueRequired,
    FileAlreadyOut,
    FileRepeated,
    FileVoid,
    NothingToLend,
)
from records_desk.domain.loans.vocabulary import ExternalBorrower, LoanKind

DEFAULT_CLOSING = time(17, 30)
MAX_TEXT = 200


@dataclass(frozen=True)
class FileOnRecord:
    """A customer file as lending sees it."""

    archive_number: str
    active: bool  # False: void
    shelf_location: str


@dataclass(frozen=True)
class OutOn:
    """R-LOAN-4: where a file is: the open loan that has it, and with whom."""

    loan_number: str
    borrower: str


def check_files(files: Sequence[FileOnRecord], out: Mapping[str, OutOn]) -> None:
    """Refuse the loan of FILES unless each is named once, not void and not out (`out`: the
    open item of each file that has one)."""
    if not files:
        raise NothingToLend()
    seen: set[str] = set()
    for f in files:
        if f.archive_number in seen:
            raise FileRepeated(f.archive_number)
        seen.add(f.archive_number)
        if not f.active:
            raise FileVoid(f.archive_number)
        held = out.get(f.archive_number)
        if held is not None:
            raise FileAlreadyOut(f.archive_number, held.loan_number, held.borrower)


def check_purpose(purpose: str) -> str:
    text = " ".join(purpose.split())
    if not text:
        raise BorrowerInvalid(BorrowerProblem.NO_PURPOSE)
    return text[:MAX_TEXT]


def external_borrower(
    name: str, organisation: str, id_number: str = "", phone: str = ""
) -> ExternalBorrower:
    """R-LOAN-3: an outside borrower is named with the organisation; the ID number and the
    phone are kept as given (a visitor's papers may be foreign)."""
    name, organisation = " ".join(name.split()), " ".join(organisation.split())
    if not name:
        raise BorrowerInvalid(BorrowerProblem.NO_NAME)
    if not organisation:
        raise BorrowerInvalid(BorrowerProblem.NO_ORGANISATION, name)
    return ExternalBorrower(
        name[:MAX_TEXT], organisation[:MAX_TEXT], id_number.strip()[:32], phone.strip()[:32]
    )


def due_time(kind: LoanKind, out_at: datetime, closing: time, due_day: date | None) -> datetime:
    """R-LOAN-2: when the files lent at OUT_AT (aware, in the office's time zone) are due."""
    tz = out_at.tzinfo
    if kind is LoanKind.TAKE_OUT:
        if due_day is None:
            raise DueRequired()
        due = datetime.combine(due_day, closing, tzinfo=tz)
        if due <= out_at:
            raise DueInPast(due)
        return due
    if due_day is not None:
        raise DueNotAllowed()
    due = datetime.combine(out_at.date(), closing, tzinfo=tz)
    if due <= out_at:
        return datetime.combine(out_at.date() + timedelta(days=1), time(0, 0), tzinfo=tz)
    return due
