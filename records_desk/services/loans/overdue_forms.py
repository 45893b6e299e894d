"""The 逾期未還檔案清單 (R-LOAN-8): the files out past their due time, for reminding their
borrowers (forms/loan_overdue.toml; `print loan_overdue [--borrower ACCOUNT]`).

Decisions:
- One row per file out (is_out) of an open loan whose due time has passed, by borrower, then
  due time: a whole office's list reads as one reminder after another; `--borrower` gives one
  staff borrower's list, the sheet that borrower signs.
- Days overdue are office days since the due day (due at 17:30 yesterday: 1).
- Read as the actor (LOAN_VIEW); the print or the save is audited by whoever does it, like
  every form.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.loans.errors import BorrowerInvalid, BorrowerProblem
from records_desk.domain.loans.vocabulary import LoanStatus
from records_desk.services.loans.records import borrower_label
from records_desk.store.loans import Loan, LoanItem
from records_desk.store.models import Account

LOAN_OVERDUE = "loan_overdue"
EVERYONE = "全部借閱人"


def _time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def overdue_data(session: Session, now: datetime, borrower: str | None) -> dict[str, Any]:
    """The fill data of the overdue list: every file overdue now, or BORROWER's (a staff
    account's user name; BorrowerInvalid when there is no such account)."""
    query = (
        select(LoanItem.archive_number, Loan)
        .join(Loan, Loan.id == LoanItem.loan_id)
        .where(LoanItem.is_out, Loan.status == LoanStatus.OPEN.value, Loan.due_at < now)
    )
    account = None
    if borrower:
        account = session.scalars(
            select(Account).where(Account.username == borrower.strip())
        ).one_or_none()
        if account is None:
            raise BorrowerInvalid(BorrowerProblem.UNKNOWN_ACCOUNT, borrower.strip())
        query = query.where(Loan.borrower_account_id == account.id)
    rows = session.execute(
        query.order_by(
            Loan.borrower_name, Loan.borrower_organisation, Loan.due_at, Loan.number, LoanItem.id
        )
    ).all()
    today = now.astimezone().date()
    table = [
        {
            "seq": n,
            "borrower": borrower_label(loan.borrower_name, loan.borrower_organisation),
            "loan_no": loan.number,
            "archive_no": archive_number,
            "loan_time": _time(loan.out_at),
            "due_time": _time(loan.due_at),
            "days_overdue": (today - loan.due_at.astimezone().date()).days,
        }
        for n, (archive_number, loan) in enumerate(rows, start=1)
        if loan.due_at is not None  # always: the query asks for a due time passed
    ]
    header: dict[str, Any] = {
        "borrower": f"{account.full_name} ({account.username})" if account else EVERYONE,
        "as_of": _time(now),
        "overdue_count": len(table),
    }
    return {"header": header, "rows": table}
