"""What a purge of old data removes from the loan register (R-BAK-4), asked by the backup
feature without it importing loans (records_desk/features.py `Feature.purge`):

- `purgeable(session, cutoff, kept_files)`: the loans that would go, as [("loans", numbers)];
- `purge(session, cutoff, kept_files)`: removes them (their items and consented copies) in
  the caller's transaction and returns the same;
- `keeps_files(session, cutoff)`: the ids of the customer files that the loans which stay
  still name, so that the customer feature keeps those files even when void.

Decisions:
- A loan goes when it is finished before the cutoff: closed, every item back before it; or
  refused (nothing ever went out) before it. An open loan, one awaiting approval, or one with
  an item back after the cutoff stays, and so do the files it names.
- Loan numbers stay burnt: loan_sequence keeps the highest number issued, whatever goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Select, delete, exists, or_, select
from sqlalchemy.orm import Session

from records_desk.domain.loans.vocabulary import LoanStatus
from records_desk.store.loans import Loan, LoanCopy, LoanItem

KIND = "loans"
_CHUNK = 500


def _finished(cutoff: datetime) -> Select[int, str]:
    not_back = exists().where(
        LoanItem.loan_id == Loan.id,
        or_(LoanItem.returned_at.is_(None), LoanItem.returned_at >= cutoff),
    )
    closed = (Loan.status == LoanStatus.CLOSED.value) & (Loan.closed_at < cutoff) & ~not_back
    refused = (Loan.status == LoanStatus.REFUSED.value) & (Loan.decided_at < cutoff)
    return select(Loan.id, Loan.number).where(closed | refused).order_by(Loan.number)


def purgeable(
    session: Session, cutoff: datetime, kept_files: Iterable[int] = ()
) -> list[tuple[str, list[str]]]:
    return [(KIND, [number for _id, number in session.execute(_finished(cutoff))])]


def keeps_files(session: Session, cutoff: datetime) -> set[int]:
    going = _finished(cutoff).with_only_columns(Loan.id).order_by(None)
    rows = session.scalars(select(LoanItem.customer_id).where(LoanItem.loan_id.not_in(going)))
    return set(rows)


def purge(
    session: Session, cutoff: datetime, kept_files: Iterable[int] = ()
) -> list[tuple[str, list[str]]]:
    rows = session.execute(_finished(cutoff)).all()
    ids = [loan_id for loan_id, _number in rows]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(delete(LoanCopy).where(LoanCopy.loan_id.in_(chunk)))
        session.execute(delete(LoanItem).where(LoanItem.loan_id.in_(chunk)))
        session.execute(delete(Loan).where(Loan.id.in_(chunk)))
    return [(KIND, [number for _id, number in rows])]
