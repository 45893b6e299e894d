"""The loan register's lists on paper: the 檔案借閱登記表 of the loans registered in a period
(R-LOAN-1), and the 交接清單 of every file still out when the archivist hands over to a
successor or a deputy (R-ACC-5), with signature boxes for both and the supervisor.

Decisions:
- The register has one row per loan: its files' archive numbers are the 借閱內容, the return
  (歸檔) time is when its last file came back, the re-filing is confirmed by whoever put the
  files back; refused and waiting loans, overdue files and fines go into 備註.
- The handover lists each file out (one row per file, its loan, borrower and due day) and
  waiting external loans are left out: nothing of them is out (R-LOAN-3). Media join the
  list when the media feature lands.
- The successor is the account named, else the deputy whose period covers the day or starts
  soonest after it; with neither the handover is refused (HandoverNeedsSuccessor).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.loans.errors import HandoverNeedsSuccessor
from records_desk.domain.loans.vocabulary import Condition, LoanKind, LoanStatus
from records_desk.services.loans.records import PLACE_WORDS, borrower_label, full_names
from records_desk.store.loans import CUSTOMER_FILES, DeputyPeriod, Loan, LoanItem
from records_desk.store.models import Account

LOAN_REGISTER = "loan_register"
HANDOVER = "handover_record"


def _time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0)).astimezone()


def register_data(session: Session, start: date, end: date, now: datetime) -> dict[str, Any]:
    """The fill data of the 檔案借閱登記表 (forms/loan_register.toml) for the loans registered
    from START to END (office days, both included), oldest first."""
    loans = list(
        session.scalars(
            select(Loan)
            .where(
                Loan.registered_at >= _midnight(start),
                Loan.registered_at < _midnight(end + timedelta(days=1)),
            )
            .order_by(Loan.registered_at, Loan.id)
        )
    )
    items: dict[int, list[LoanItem]] = {loan.id: [] for loan in loans}
    if loans:
        for item in session.scalars(
            select(LoanItem).where(LoanItem.loan_id.in_(items)).order_by(LoanItem.id)
        ):
            items[item.loan_id].append(item)
    people = full_names(
        session,
        [
            *(loan.decided_by_id for loan in loans),
            *(loan.registered_by_id for loan in loans),
            *(i.reshelved_by_id for group in items.values() for i in group),
        ],
    )
    rows = [_register_row(loan, items[loan.id], people, now) for loan in loans]
    archivists = dict.fromkeys(people[loan.registered_by_id] for loan in loans)
    return {
        "header": {
            "period": f"{start.isoformat()} – {end.isoformat()}",
            "archivist": "、".join(archivists),
        },
        "rows": rows,
    }


def _register_row(
    loan: Loan, items: list[LoanItem], people: dict[int, str], now: datetime
) -> dict[str, Any]:
    remarks = []
    if loan.status == LoanStatus.AWAITING_APPROVAL.value:
        remarks.append("待審批")
    elif loan.status == LoanStatus.REFUSED.value:
        remarks.append(f"不同意：{loan.decision_note or ''}")
    overdue = [i for i in items if i.is_out and loan.due_at is not None and loan.due_at < now]
    if overdue:
        remarks.append("逾期：" + "、".join(i.archive_number for i in overdue))
    for i in items:
        if i.condition and i.condition != Condition.OK.value:
            penalty = f"罰款 {i.fine} 元" if i.fine is not None else "免罰"
            remarks.append(f"{i.archive_number} {penalty}（{i.fine_reason or i.waive_reason}）")
    external = loan.borrower_account_id is None
    approved = external and loan.decided_by_id and loan.status != LoanStatus.REFUSED.value
    return {
        "loan_no": loan.number,
        "borrower": loan.borrower_name,
        "department": loan.borrower_organisation,
        "content": "、".join(i.archive_number for i in items),
        "approver": people.get(loan.decided_by_id or 0, "") if approved else "",
        "place": PLACE_WORDS[LoanKind(loan.kind)],
        "loan_time": _time(loan.out_at or loan.registered_at),
        "due_time": _time(loan.due_at),
        "return_time": _time(loan.closed_at),
        "refiled_by": "、".join(
            dict.fromkeys(people[i.reshelved_by_id] for i in items if i.reshelved_by_id)
        ),
        "remarks": "；".join(remarks),
    }


def successor(session: Session, username: str | None, day: date) -> Account:
    """The account taking over: the one named, else the deputy of DAY or the next one."""
    if username:
        found = session.scalars(select(Account).where(Account.username == username)).first()
        if found is None:
            raise HandoverNeedsSuccessor(username)
        return found
    period = session.scalars(
        select(DeputyPeriod)
        .where(DeputyPeriod.ends_on >= day)
        .order_by(DeputyPeriod.starts_on, DeputyPeriod.id)
    ).first()
    account = session.get(Account, period.account_id) if period else None
    if account is None:
        raise HandoverNeedsSuccessor("")
    return account


def handover_data(
    session: Session, now: datetime, handing_over: str, receiving: Account
) -> dict[str, Any]:
    """The fill data of the 交接清單 (forms/handover_record.toml): every file out now."""
    rows = session.execute(
        select(LoanItem, Loan, CUSTOMER_FILES.c.name)
        .join(Loan, Loan.id == LoanItem.loan_id)
        .join(CUSTOMER_FILES, CUSTOMER_FILES.c.id == LoanItem.customer_id)
        .where(LoanItem.is_out)
        .order_by(Loan.due_at, Loan.number, LoanItem.id)
    ).all()
    day = now.astimezone().date()
    period = session.scalars(
        select(DeputyPeriod)
        .where(DeputyPeriod.account_id == receiving.id, DeputyPeriod.ends_on >= day)
        .order_by(DeputyPeriod.starts_on)
    ).first()
    table = [
        {
            "seq": n,
            "item_kind": "檔案借閱",
            "number": loan.number,
            "description": f"{item.archive_number} {title or ''}".strip(),
            "holder": borrower_label(loan.borrower_name, loan.borrower_organisation),
            "due": loan.due_at.astimezone().date().isoformat() if loan.due_at else None,
            "status": "逾期" if loan.due_at is not None and loan.due_at < now else "借出中",
        }
        for n, (item, loan, title) in enumerate(rows, start=1)
    ]
    header: dict[str, Any] = {
        "handover_no": f"H-{now.astimezone():%Y%m%d-%H%M}",
        "handover_date": day.isoformat(),
        "from_archivist": handing_over,
        "to_archivist": receiving.full_name,
        "reason": "代管" if period else "工作調動",
        "period": f"{period.starts_on} – {period.ends_on}" if period else "",
        "open_count": len(table),
    }
    return {"header": header, "rows": table}
