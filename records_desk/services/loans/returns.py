"""Taking files back (R-LOAN-5, R-LOAN-7): the condition of each, the fine or the waiver, the
shelf it goes back to, and the archivist's confirmation that it is in its place. Every call
checks the permission (knowing the deputy's period), runs in one transaction and audits.

Decisions:
- Files are returned by archive number, as scanned: the open item of each is found whatever
  loan it is on, so one scan session may take back files of several loans. All or none: one
  refused file refuses the whole return.
- A file of a loan awaiting approval was never out: its return is refused naming that
  (R-LOAN-3), not "not out".
- The waiver is the director's (R-LOAN-7): the role is the one re-read by the permission
  check, never a deputy's.
- Several desks (issue 15 §3): a line may name the loan the desk showed the file out on; a
  file taken back at another desk since (or taken back and lent again) is then refused with
  FileReturnedElsewhere, never taken back from a loan the desk did not show.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.loans.errors import (
    FileNotOut,
    FileNotReturned,
    FileRepeated,
    FileReturnedElsewhere,
    LoanAwaitingApproval,
    NothingToLend,
)
from records_desk.domain.loans.returns import check_reshelve, check_return, loan_status_after_return
from records_desk.domain.loans.vocabulary import Condition, LoanStatus
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.loans.access import authorize
from records_desk.services.loans.dto import LoanItemInfo, ReturnedItem, ReturnLine
from records_desk.services.loans.records import (
    files_by_number,
    items_of,
    loan_info,
    tidy_archive_number,
    usernames,
)
from records_desk.store.loans import Loan, LoanItem

_DIRECTORS = frozenset({Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR})


class ReturnService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def take_back(
        self,
        actor: Principal,
        archive_numbers: Sequence[str],
        condition: Condition = Condition.OK,
        fine: int | None = None,
        fine_reason: str | None = None,
        waive_reason: str | None = None,
    ) -> list[ReturnedItem]:
        """Return the files, each in CONDITION (R-LOAN-7: not ok needs a fine of 100–500 with a
        reason, or a director's waiver with a reason). Says where each goes (R-LOAN-5)."""
        lines = [ReturnLine(n, condition, fine, fine_reason, waive_reason) for n in archive_numbers]
        return self.take_back_lines(actor, lines)

    def take_back_lines(self, actor: Principal, lines: Sequence[ReturnLine]) -> list[ReturnedItem]:
        """Return the files of LINES, each in its own condition, all or none (the desk's
        return dialog: one file torn and fined, the others in good order)."""
        acting = authorize(self.ctx, actor, Action.LOAN_RETURN)
        actor = acting.principal
        numbers = [tidy_archive_number(line.archive_number) for line in lines]
        if not numbers:
            raise NothingToLend()
        if len(set(numbers)) != len(numbers):
            raise FileRepeated(next(n for n in numbers if numbers.count(n) > 1))
        verdicts = [
            check_return(
                n,
                line.condition,
                line.fine,
                line.fine_reason,
                line.waive_reason,
                may_waive=actor.role in _DIRECTORS,
                username=actor.username,
            )
            for n, line in zip(numbers, lines, strict=True)
        ]
        now = self.ctx.now()
        done: list[ReturnedItem] = []
        with self.ctx.uow.write() as uow:
            session = uow.session
            files = files_by_number(session, numbers)
            for number, verdict, line in zip(numbers, verdicts, lines, strict=True):
                customer_id = files[number][0]
                found = session.execute(
                    select(LoanItem, Loan)
                    .join(Loan, Loan.id == LoanItem.loan_id)
                    .where(LoanItem.customer_id == customer_id, LoanItem.is_out)
                ).one_or_none()
                shown = line.loan_number.strip().upper()
                if shown and (found is None or found[1].number != shown):
                    now_on = found[1].number if found is not None else None
                    raise FileReturnedElsewhere(number, shown, now_on)
                if found is None:
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
                item, loan = found
                item.is_out = False
                item.returned_at = now
                item.returned_by_id = actor.account_id
                item.condition = verdict.condition.value
                item.fine = verdict.fine
                item.fine_reason = verdict.fine_reason
                item.waive_reason = verdict.waive_reason
                session.flush()
                closed = (
                    loan_status_after_return(
                        i.returned_at is not None for i in items_of(session, loan)
                    )
                    is LoanStatus.CLOSED
                )
                if closed:
                    loan.status = LoanStatus.CLOSED.value
                    loan.closed_at = now
                penalty = (
                    f", fine {verdict.fine}"
                    if verdict.fine is not None
                    else ", fine waived"
                    if verdict.waive_reason
                    else ""
                )
                journal.append(
                    session,
                    now,
                    actor.username,
                    AuditAction.LOAN_RETURN,
                    f"{number} of loan {loan.number} returned {verdict.condition.value}{penalty}"
                    + acting.summary_suffix(),
                    entity_type=AuditTarget.LOAN,
                    entity_id=loan.number,
                    details={
                        "file": number,
                        "condition": verdict.condition.value,
                        "fine": verdict.fine,
                        "fine_reason": verdict.fine_reason,
                        "waive_reason": verdict.waive_reason,
                        "borrower": loan.borrower_name,
                        "loan_closed": closed,
                        **acting.audit_details(),
                    },
                )
                done.append(
                    ReturnedItem(
                        archive_number=number,
                        loan_number=loan.number,
                        shelf_location=item.shelf_location,
                        condition=verdict.condition,
                        fine=verdict.fine,
                        waived=verdict.waive_reason is not None,
                        loan_closed=closed,
                    )
                )
            uow.commit()
        return done

    def confirm_reshelved(
        self, actor: Principal, archive_number: str, scanned_shelf: str | None = None
    ) -> LoanItemInfo:
        """R-LOAN-5: the archivist confirms the returned file is back in its place (a scanned
        shelf label must be its shelf)."""
        acting = authorize(self.ctx, actor, Action.LOAN_RETURN)
        actor = acting.principal
        number = tidy_archive_number(archive_number)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer_id = files_by_number(session, [number])[number][0]
            item = session.scalars(
                select(LoanItem)
                .where(LoanItem.customer_id == customer_id, LoanItem.returned_at.is_not(None))
                .order_by(LoanItem.returned_at.desc(), LoanItem.id.desc())
            ).first()
            if item is None:
                raise FileNotReturned(number)
            by = usernames(session, [item.reshelved_by_id]).get(item.reshelved_by_id or 0)
            check_reshelve(number, True, by, item.shelf_location, scanned_shelf)
            item.reshelved_at = now
            item.reshelved_by_id = actor.account_id
            loan = session.get(Loan, item.loan_id)
            assert loan is not None
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.LOAN_RESHELVE,
                f"{number} back on {item.shelf_location or 'its shelf'}" + acting.summary_suffix(),
                entity_type=AuditTarget.LOAN,
                entity_id=loan.number,
                details={"file": number, "shelf": item.shelf_location, **acting.audit_details()},
            )
            session.flush()
            info = next(
                i for i in loan_info(session, loan, now).items if i.archive_number == number
            )
            uow.commit()
            return info
