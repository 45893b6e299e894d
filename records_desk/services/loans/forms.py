"""The 借閱單 (R-LOAN-9) filled from a loan, for the borrower to sign: the loan number (printed as
a barcode by the form), the borrower, where the files are read, the loan and due times, the
approver of an external loan (R-LOAN-3), the files with their titles, the purpose, and — once
every file is back — the return, the condition, the fine and who put the files back
(R-LOAN-5, R-LOAN-7).

Decisions:
- The slip is read as the actor (LOAN_VIEW) and rendered by PrintService (FORM_PRINT); like
  every form, rendering is a preview and writes nothing: whoever prints or saves it records
  that (services.printing.record_print / record_save) with the loan as its subject.
- The return part of the slip is the loan's: filled only when the last file is back. The
  condition is the worst found (any damage over 完好); each damaged file and the fine's or
  waiver's reason go into 損壞情況說明, and the fines add up.
- The values are the printed form's words (Chinese), like the customer forms' (the paper is
  the office's, whatever the screen's language).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, select

from records_desk.domain.common.audit_actions import AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.loans.vocabulary import Condition, LoanKind, LoanStatus
from records_desk.services.common.clock import office_day
from records_desk.services.loans.records import PLACE_WORDS, full_names, items_of, load_loan
from records_desk.store.loans import CUSTOMER_FILES, Loan, LoanCopy, LoanItem

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

LOAN_SLIP = "loan_slip"
CONDITION_WORDS = {
    Condition.OK: "完好",
    Condition.MARKED: "加註／勾畫／塗改",
    Condition.TORN: "撕破",
    Condition.FOLDED: "折疊",
    Condition.PAGES_REMOVED: "抽取文件",
}  # one box each on the slip, in the words of 第一篇 第六章10 (tearing: R-LOAN-7)


def _time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def slip_data(session: Session, loan: Loan) -> dict[str, Any]:
    """The fill data of the 借閱單 (forms/loan_slip.toml) for LOAN."""
    items = items_of(session, loan)
    titles = dict(
        session.execute(
            select(CUSTOMER_FILES.c.id, CUSTOMER_FILES.c.name).where(
                CUSTOMER_FILES.c.id.in_({i.customer_id for i in items})
            )
        ).all()
    )
    names = full_names(
        session,
        [
            loan.decided_by_id,
            *(i.reshelved_by_id for i in items),
            *(i.returned_by_id for i in items),
        ],
    )
    external = loan.borrower_account_id is None
    copies = session.scalar(select(exists().where(LoanCopy.loan_id == loan.id)))
    approved = external and loan.status in (LoanStatus.OPEN.value, LoanStatus.CLOSED.value)
    header: dict[str, Any] = {
        "loan_no": loan.number,
        "borrower_type": "外部" if external else "內部",
        "borrower": loan.borrower_name,
        "department": loan.borrower_organisation,
        "phone": loan.borrower_phone,
        "place": PLACE_WORDS[LoanKind(loan.kind)],
        # a loan awaiting approval (or refused) has not gone out: no loan time to print
        "loan_time": _time(loan.out_at),
        "due_time": _time(loan.due_at),
        "approver": names.get(loan.decided_by_id or 0, "") if approved else "",
        "copies": bool(copies),
    }
    if loan.status == LoanStatus.CLOSED.value:
        header.update(_return_part(items, names))
    rows = [
        {
            "archive_no": i.archive_number,
            "title": titles.get(i.customer_id, ""),
            "return_check": "已歸還" if i.returned_at else "",
        }
        for i in items
    ]
    return {"header": header, "rows": rows, "sections": {"purpose": loan.purpose}}


def _return_part(items: list[LoanItem], names: dict[int, str]) -> dict[str, Any]:
    damaged = [i for i in items if i.condition and i.condition != Condition.OK.value]
    worst = Condition(damaged[0].condition or "ok") if damaged else Condition.OK
    fines = [i.fine for i in items if i.fine is not None]
    part: dict[str, Any] = {
        "return_time": _time(max(i.returned_at for i in items if i.returned_at)),
        "condition": CONDITION_WORDS[worst],
        "damage": "；".join(
            f"{i.archive_number}：{CONDITION_WORDS[Condition(i.condition or 'ok')]}，"
            + (
                f"罰款 {i.fine} 元（{i.fine_reason}）"
                if i.fine is not None
                else f"免罰（{i.waive_reason}）"
            )
            for i in damaged
        ),
        "refiled_by": "、".join(
            dict.fromkeys(names[i.reshelved_by_id] for i in items if i.reshelved_by_id)
        ),
    }
    if fines:
        part["fine"] = sum(fines)
        part["fine_decided_by"] = "、".join(
            dict.fromkeys(names[i.returned_by_id] for i in damaged if i.returned_by_id and i.fine)
        )
    return part


class LoanFormService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    def slip_data(self, actor: Principal, number: str) -> dict[str, Any]:
        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            return slip_data(uow.session, load_loan(uow.session, number))

    def printed_slip(self, actor: Principal, number: str) -> PrintedForm:
        """R-LOAN-9: the slip as PDF, its subject the loan (named in the print's audit entry)."""
        from records_desk.services.common.printing import PrintSubject

        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            loan = load_loan(uow.session, number)
            data, subject = slip_data(uow.session, loan), (loan.id, loan.number)
        printed = self.services.printing.render(actor, LOAN_SLIP, data)
        return replace(printed, subject=PrintSubject(AuditTarget.LOAN, *subject))

    def register_data(self, actor: Principal, start: date, end: date) -> dict[str, Any]:
        from records_desk.services.loans import register_forms

        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            return register_forms.register_data(uow.session, start, end, self.ctx.now())

    def printed_register(self, actor: Principal, start: date, end: date) -> PrintedForm:
        """R-LOAN-1: the 檔案借閱登記表 of the loans registered from START to END."""
        from records_desk.services.loans.register_forms import LOAN_REGISTER

        data = self.register_data(actor, start, end)
        return self.services.printing.render(actor, LOAN_REGISTER, data)

    def overdue_data(self, actor: Principal, borrower: str | None = None) -> dict[str, Any]:
        from records_desk.services.loans import overdue_forms

        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            return overdue_forms.overdue_data(uow.session, self.ctx.now(), borrower)

    def printed_overdue(self, actor: Principal, borrower: str | None = None) -> PrintedForm:
        """R-LOAN-8: the files overdue now (BORROWER's only, when named), for reminders."""
        from records_desk.services.loans.overdue_forms import LOAN_OVERDUE

        data = self.overdue_data(actor, borrower)
        return self.services.printing.render(actor, LOAN_OVERDUE, data)

    def handover_data(self, actor: Principal, received_by: str | None = None) -> dict[str, Any]:
        from records_desk.services.loans import register_forms

        actor = self.ctx.authorize(actor, Action.LOAN_VIEW)
        now = self.ctx.now()
        with self.ctx.uow.read() as uow:
            receiving = register_forms.successor(uow.session, received_by, office_day(now))
            return register_forms.handover_data(uow.session, now, actor.full_name, receiving)

    def printed_handover(self, actor: Principal, received_by: str | None = None) -> PrintedForm:
        """R-ACC-5: the 交接清單 of every file out, handed over by ACTOR to RECEIVED_BY (or
        the deputy of the day)."""
        from records_desk.services.loans.register_forms import HANDOVER

        data = self.handover_data(actor, received_by)
        return self.services.printing.render(actor, HANDOVER, data)
