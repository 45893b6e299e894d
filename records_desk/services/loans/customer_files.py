"""What the loan register says about customer files, for the customer feature's screens
without it importing loans (records_desk/features.py `Feature.customer_files`):

- `file_facts(services, principal, archive_number)`: lines for the customer-files detail
  panel (issue 11 Build 5): whether the file is out, with whom and until when (overdue said
  so, R-LOAN-8), asked for by an external borrower awaiting approval (R-LOAN-3), or back but
  not yet confirmed on its shelf (R-LOAN-5). In the user's language. Everyone who may see the
  register (Action.LOAN_VIEW) sees them; nobody else gets any.
- `files_out(session)`: the ids of the customer files out on loan now, for data quality's
  consistency check at look time (a voided file out on loan, R-DQ-1 with R-CUS-3: the check is
  the customer domain's, services/customers/quality_scan.py asks every feature).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Action
from records_desk.domain.loans.vocabulary import LoanStatus
from records_desk.services.loans.records import borrower_label, tidy_archive_number
from records_desk.store.loans import Loan, LoanItem
from records_desk.wording.language import sub, translate
from records_desk.wording.terms import local_time

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services


def file_facts(services: Services, principal: Principal, archive_number: str) -> list[str]:
    ctx = services.ctx
    try:
        ctx.authorize(principal, Action.LOAN_VIEW)
    except PermissionDenied:
        return []
    number = tidy_archive_number(archive_number)
    now = ctx.now()
    lines: list[str] = []
    with ctx.uow.read() as uow:
        rows = uow.session.execute(
            select(LoanItem, Loan)
            .join(Loan, Loan.id == LoanItem.loan_id)
            .where(
                LoanItem.archive_number == number,
                (LoanItem.is_out)
                | (Loan.status == LoanStatus.AWAITING_APPROVAL.value)
                | (LoanItem.returned_at.is_not(None) & LoanItem.reshelved_at.is_(None)),
            )
            .order_by(Loan.registered_at.desc(), Loan.id.desc())
        ).all()
        for item, loan in rows:
            who = borrower_label(loan.borrower_name, loan.borrower_organisation)
            if item.is_out and loan.due_at is not None and loan.due_at < now:
                lines.append(
                    sub(
                        translate("LoanFacts", "Overdue: out on loan %1 to %2, due %3"),
                        loan.number,
                        who,
                        local_time(loan.due_at),
                    )  # fmt: skip
                )
            elif item.is_out:
                lines.append(
                    sub(
                        translate("LoanFacts", "Out on loan %1 to %2 until %3"),
                        loan.number,
                        who,
                        local_time(loan.due_at) if loan.due_at else "—",
                    )  # fmt: skip
                )
            elif loan.status == LoanStatus.AWAITING_APPROVAL.value:
                lines.append(
                    sub(
                        translate("LoanFacts", "Asked for on loan %1 by %2: awaiting approval"),
                        loan.number,
                        who,
                    )  # fmt: skip
                )
            else:
                lines.append(
                    sub(
                        translate("LoanFacts", "Back from loan %1; not yet confirmed on shelf %2"),
                        loan.number,
                        item.shelf_location or "—",
                    )  # fmt: skip
                )
    return lines


def files_out(session: Session) -> Iterable[int]:
    return session.scalars(select(LoanItem.customer_id).where(LoanItem.is_out)).all()
