"""What the loan services share: finding loans and files, the next loan number, who is out
with what, and turning rows into DTOs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.identifiers import to_half_width
from records_desk.domain.loans.errors import LoanFileNotFound, LoanNotFound
from records_desk.domain.loans.lending import FileOnRecord, OutOn
from records_desk.domain.loans.numbers import format_loan_number, normalise_loan_number
from records_desk.domain.loans.returns import item_status
from records_desk.domain.loans.vocabulary import Condition, LoanKind, LoanStatus
from records_desk.services.loans.dto import LoanCopyInfo, LoanInfo, LoanItemInfo
from records_desk.store.loans import CUSTOMER_FILES, Loan, LoanCopy, LoanItem, LoanSequence
from records_desk.store.models import Account


def tidy_archive_number(text: str) -> str:
    """As typed or scanned: full-width characters, spaces and lower case tolerated."""
    return to_half_width(text).strip().upper()


def load_loan(session: Session, number: str) -> Loan:
    wanted = normalise_loan_number(number)
    loan = session.scalars(select(Loan).where(Loan.number == wanted)).one_or_none()
    if loan is None:
        raise LoanNotFound(wanted)
    return loan


def items_of(session: Session, loan: Loan) -> list[LoanItem]:
    return list(
        session.scalars(select(LoanItem).where(LoanItem.loan_id == loan.id).order_by(LoanItem.id))
    )


def files_by_number(
    session: Session, numbers: Sequence[str]
) -> dict[str, tuple[int, FileOnRecord]]:
    """(customer id, the file as lending sees it) of each archive number; LoanFileNotFound for
    the first that has no file."""
    rows = session.execute(
        select(CUSTOMER_FILES).where(CUSTOMER_FILES.c.archive_number.in_(set(numbers)))
    ).all()
    found = {
        r.archive_number: (
            r.id,
            FileOnRecord(r.archive_number, r.status == "active", r.shelf_location or ""),
        )
        for r in rows
    }
    for number in numbers:
        if number not in found:
            raise LoanFileNotFound(number)
    return found


def out_on(session: Session, customer_ids: Iterable[int]) -> dict[int, OutOn]:
    """R-LOAN-4: the open loan (number and borrower) of each of the files that is out."""
    rows = session.execute(
        select(LoanItem.customer_id, Loan.number, Loan.borrower_name, Loan.borrower_organisation)
        .join(Loan, Loan.id == LoanItem.loan_id)
        .where(LoanItem.is_out, LoanItem.customer_id.in_(set(customer_ids)))
    ).all()
    return {r[0]: OutOn(r[1], borrower_label(r[2], r[3])) for r in rows}


def borrower_label(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if organisation else name


def next_loan_number(session: Session, year: int) -> str:
    """R-LOAN-1: the year's next number; the sequence only rises (the write transaction holds
    the database's write lock from BEGIN, so two desks never take one number)."""
    row = session.get(LoanSequence, year)
    if row is None:
        row = LoanSequence(year=year, last=0)
        session.add(row)
    row.last += 1
    return format_loan_number(year, row.last)


def usernames(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Account.id, Account.username).where(Account.id.in_(wanted)))
    return {i: name for i, name in rows}


def loan_info(
    session: Session, loan: Loan, now: datetime, items: Sequence[LoanItem] | None = None
) -> LoanInfo:
    """The loan in full; ITEMS are its items when the caller has them all (a new loan, which
    has no copies yet)."""
    copies: list[LoanCopy] = []
    if items is None:
        items = items_of(session, loan)
        copies = list(
            session.scalars(
                select(LoanCopy).where(LoanCopy.loan_id == loan.id).order_by(LoanCopy.id)
            )
        )
    people = _people(
        session,
        [
            loan.registered_by_id,
            loan.decided_by_id,
            *(i.reshelved_by_id for i in items),
            *(c.consented_by_id for c in copies),
        ],
    )
    names = {i: username for i, (username, _) in people.items()}
    full = {i: full_name for i, (_, full_name) in people.items()}
    status = LoanStatus(loan.status)
    return LoanInfo(
        number=loan.number,
        status=status,
        kind=LoanKind(loan.kind),
        borrower=borrower_label(loan.borrower_name, loan.borrower_organisation),
        external=loan.borrower_account_id is None,
        purpose=loan.purpose,
        registered_at=loan.registered_at,
        registered_by=names.get(loan.registered_by_id, ""),
        as_deputy=loan.registered_as_deputy,
        out_at=loan.out_at,
        due_at=loan.due_at,
        decided_by=names.get(loan.decided_by_id) if loan.decided_by_id else None,
        decided_at=loan.decided_at,
        decision_note=loan.decision_note,
        registered_by_name=full.get(loan.registered_by_id, ""),
        decided_by_name=full.get(loan.decided_by_id) if loan.decided_by_id else None,
        borrower_phone=loan.borrower_phone,
        borrower_id_number=loan.borrower_id_number,
        version=loan.version,
        items=tuple(
            LoanItemInfo(
                archive_number=i.archive_number,
                shelf_location=i.shelf_location,
                status=item_status(status, i.returned_at, loan.due_at, now),
                returned_at=i.returned_at,
                condition=Condition(i.condition) if i.condition else None,
                fine=i.fine,
                fine_reason=i.fine_reason,
                waive_reason=i.waive_reason,
                reshelved_at=i.reshelved_at,
                reshelved_by=names.get(i.reshelved_by_id) if i.reshelved_by_id else None,
            )
            for i in items
        ),
        copies=tuple(
            LoanCopyInfo(
                archive_numbers=tuple(c.archive_numbers),
                scope=c.scope,
                consented_by=names.get(c.consented_by_id, ""),
                consented_at=c.consented_at,
                consented_by_name=full.get(c.consented_by_id, ""),
            )
            for c in copies
        ),
    )


def _people(session: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, str]]:
    """(user name, full name) by account id, in one query."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Account.id, Account.username, Account.full_name).where(Account.id.in_(wanted))
    )
    return {i: (username, full_name) for i, username, full_name in rows}


def full_names(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Account.id, Account.full_name).where(Account.id.in_(wanted)))
    return {i: name for i, name in rows}


# Where the files are read, as the printed forms say it.
PLACE_WORDS = {LoanKind.IN_ROOM: "檔案室", LoanKind.TAKE_OUT: "帶出"}
