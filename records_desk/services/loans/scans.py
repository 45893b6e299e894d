"""What the desk needs while scanning folder labels (R-LOAN-4, R-LOAN-5): whether a scanned
file may be lent, and which loan a file coming back belongs to; and the staff accounts a file
may be lent to. Read only: the loan itself is registered by lending.py, the return by
returns.py, each checking everything again.

Decisions:
- A scanner types what the label's barcode or QR code holds and Enter; the folder labels hold
  the archive number (forms/folder_labels.toml), but a QR code may carry more after it, so the
  first word of what was scanned is taken (`scanned_archive_number`).
- The staff list is for those who lend (Action.LOAN_LEND, the deputy included), who may not
  list the accounts (Action.ACCOUNT_LIST is the managers'): only user names and full names of
  active accounts leave the service.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from records_desk.domain.common.permissions import Action
from records_desk.domain.loans import lending as rules
from records_desk.domain.loans.errors import FileNotOut, LoanAwaitingApproval
from records_desk.domain.loans.vocabulary import LoanStatus
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.loans.access import allowed, authorize
from records_desk.services.loans.dto import ScannedFile, StaffChoice
from records_desk.services.loans.records import (
    borrower_label,
    files_by_number,
    out_on,
    tidy_archive_number,
)
from records_desk.store.loans import CUSTOMER_FILES, Loan, LoanItem
from records_desk.store.models import Account

_WORD = re.compile(r"[^\s|;,，；]+")


def scanned_archive_number(text: str) -> str:
    """The archive number in what a scanner typed (its first word), tidied."""
    found = _WORD.search(tidy_archive_number(text))
    return found.group(0) if found else ""


class LoanScanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def lendable(self, actor: Principal, text: str) -> ScannedFile:
        """The file scanned, if it may be lent now: LoanFileNotFound, FileVoid or
        FileAlreadyOut (naming the loan and the borrower, R-LOAN-4) otherwise."""
        authorize(self.ctx, actor, Action.LOAN_LEND)
        number = scanned_archive_number(text)
        with self.ctx.uow.read() as uow:
            session = uow.session
            customer_id, found = files_by_number(session, [number])[number]
            out = out_on(session, [customer_id])
            held = {found.archive_number: out[customer_id]} if customer_id in out else {}
            rules.check_files([found], held)
            title = session.scalar(
                select(CUSTOMER_FILES.c.name).where(CUSTOMER_FILES.c.id == customer_id)
            )
            return ScannedFile(found.archive_number, title or "", found.shelf_location)

    def returnable(self, actor: Principal, text: str) -> ScannedFile:
        """The file scanned and the open loan that has it: LoanFileNotFound, FileNotOut or
        LoanAwaitingApproval (it never went out, R-LOAN-3) otherwise."""
        authorize(self.ctx, actor, Action.LOAN_RETURN)
        number = scanned_archive_number(text)
        now = self.ctx.now()
        with self.ctx.uow.read() as uow:
            session = uow.session
            customer_id, _found = files_by_number(session, [number])[number]
            row = session.execute(
                select(LoanItem, Loan, CUSTOMER_FILES.c.name)
                .join(Loan, Loan.id == LoanItem.loan_id)
                .join(CUSTOMER_FILES, CUSTOMER_FILES.c.id == LoanItem.customer_id)
                .where(LoanItem.customer_id == customer_id, LoanItem.is_out)
            ).one_or_none()
            if row is None:
                waiting = session.scalars(
                    select(Loan.number)
                    .join(LoanItem, LoanItem.loan_id == Loan.id)
                    .where(
                        LoanItem.customer_id == customer_id,
                        Loan.status == LoanStatus.AWAITING_APPROVAL.value,
                    )
                ).first()
                if waiting is not None:
                    raise LoanAwaitingApproval(waiting)
                raise FileNotOut(number)
            item, loan, title = row
            return ScannedFile(
                archive_number=item.archive_number,
                title=title or "",
                shelf_location=item.shelf_location,
                loan_number=loan.number,
                borrower=borrower_label(loan.borrower_name, loan.borrower_organisation),
                due=loan.due_at,
                overdue=loan.due_at is not None and loan.due_at < now,
            )

    def staff(self, actor: Principal) -> list[StaffChoice]:
        """The active accounts, by full name: who a file may be lent to."""
        authorize(self.ctx, actor, Action.LOAN_LEND)
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(Account.username, Account.full_name)
                .where(Account.active)
                .order_by(Account.full_name, Account.username)
            ).all()
            return [StaffChoice(username, full_name) for username, full_name in rows]

    def may(self, actor: Principal, action: Action) -> bool:
        """Whether ACTOR may do ACTION today, the deputy's period counted (R-ACC-5): the
        window greys out what would be refused."""
        return allowed(self.ctx, actor, action)
