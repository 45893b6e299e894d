"""Lending (R-LOAN-1…4, R-LOAN-6): registering a loan, approving or refusing an external one,
and consenting to copies. Every call checks the permission (knowing the deputy's period,
access.py), runs in one transaction and writes its audit entry in it.

Decisions:
- A staff borrower's loan is out at once; an external borrower's waits for the general
  manager or the customer director (R-LOAN-3) and holds no file before: the approval checks
  R-LOAN-4 again, and an in-room loan's due time is that day's closing time from the
  approval, not from the registration.
- The blacklist is not consulted (R-GRD-5: lending the file is the office's own work).
- Audit details name the files and the loan; the borrower is named in the summary, which is
  where the register's reader looks (the log is inside the encrypted database).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.loans import lending as rules
from records_desk.domain.loans.errors import (
    BorrowerInvalid,
    BorrowerProblem,
    DueInPast,
    LoanChanged,
    LoanNotAwaitingApproval,
    NoteRequired,
)
from records_desk.domain.loans.returns import check_copy
from records_desk.domain.loans.vocabulary import (
    Borrower,
    ExternalBorrower,
    LoanKind,
    LoanStatus,
    StaffBorrower,
    needs_approval,
)
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.loans.access import authorize
from records_desk.services.loans.dto import LoanInfo
from records_desk.services.loans.records import (
    files_by_number,
    items_of,
    load_loan,
    loan_info,
    next_loan_number,
    out_on,
    tidy_archive_number,
)
from records_desk.store.loans import Loan, LoanCopy, LoanItem
from records_desk.store.models import Account


class LoanService:
    def __init__(self, ctx: ServiceContext, closing_time: Callable[[Session | None], time]) -> None:
        self.ctx = ctx
        self.closing_time = closing_time

    def staff_borrower(self, username: str) -> StaffBorrower:
        with self.ctx.uow.read() as uow:
            return _staff_borrower(uow.session, username)

    def lend(
        self,
        actor: Principal,
        archive_numbers: Sequence[str],
        borrower: Borrower | str,
        purpose: str,
        kind: LoanKind = LoanKind.IN_ROOM,
        due_on: date | None = None,
    ) -> LoanInfo:
        """R-LOAN-1: register a loan of the files to BORROWER (a staff account's user name, a
        StaffBorrower or an ExternalBorrower). Out at once, or awaiting approval (R-LOAN-3)."""
        acting = authorize(self.ctx, actor, Action.LOAN_LEND)
        actor = acting.principal
        purpose = rules.check_purpose(purpose)
        if isinstance(borrower, str) and not borrower.strip():
            raise BorrowerInvalid(BorrowerProblem.NO_NAME)  # before the write lock is taken
        now = self.ctx.now()
        local = now.astimezone()
        numbers = [tidy_archive_number(n) for n in archive_numbers]
        # One transaction reads what the loan needs (the borrower's account, the closing
        # time) and writes it: a lend by scan is on the desk's critical path (bench/loans.py).
        with self.ctx.uow.write() as uow:
            session = uow.session
            if isinstance(borrower, str):
                borrower = _staff_borrower(session, borrower)
            closing = self.closing_time(session)
            files = files_by_number(session, numbers) if numbers else {}
            out = out_on(session, (cid for cid, _ in files.values()))
            by_number = {f.archive_number: out[cid] for cid, f in files.values() if cid in out}
            rules.check_files([files[n][1] for n in numbers], by_number)
            waits = needs_approval(borrower)
            due = rules.due_time(kind, local, closing, due_on)
            loan = Loan(
                number=next_loan_number(session, office_day(now).year),
                kind=kind.value,
                purpose=purpose,
                status=(LoanStatus.AWAITING_APPROVAL if waits else LoanStatus.OPEN).value,
                borrower_account_id=(
                    borrower.account_id if isinstance(borrower, StaffBorrower) else None
                ),
                borrower_name=(
                    borrower.full_name if isinstance(borrower, StaffBorrower) else borrower.name
                ),
                borrower_organisation=(
                    borrower.organisation if isinstance(borrower, ExternalBorrower) else ""
                ),
                borrower_id_number=(
                    borrower.id_number if isinstance(borrower, ExternalBorrower) else ""
                ),
                borrower_phone=borrower.phone if isinstance(borrower, ExternalBorrower) else "",
                registered_at=now,
                registered_by_id=actor.account_id,
                registered_as_deputy=acting.as_deputy,
                out_at=None if waits else now,
                # An in-room loan waiting for approval is due at closing on the day it goes out.
                due_at=None if waits and kind is LoanKind.IN_ROOM else due,
                due_on=due_on,
            )
            session.add(loan)
            session.flush()
            items = [
                LoanItem(
                    loan_id=loan.id,
                    customer_id=files[n][0],
                    archive_number=files[n][1].archive_number,
                    shelf_location=files[n][1].shelf_location,
                    is_out=not waits,
                )
                for n in numbers
            ]
            session.add_all(items)
            session.flush()
            state = "awaiting approval" if waits else "out"
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.LOAN_LEND,
                f"loan {loan.number} of {', '.join(numbers)} to {borrower.display}: {state}"
                + acting.summary_suffix(),
                entity_type=AuditTarget.LOAN,
                entity_id=loan.number,
                details={
                    "files": numbers,
                    "kind": kind.value,
                    "external": waits,
                    "status": loan.status,
                    "due": loan.due_at.isoformat() if loan.due_at else None,
                    **acting.audit_details(),
                },
            )
            info = loan_info(session, loan, now, items)
            uow.commit()
            return info

    def approve(
        self, actor: Principal, number: str, note: str = "", expected_version: int | None = None
    ) -> LoanInfo:
        """R-LOAN-3: the general manager or the customer director lets an external loan go
        out; from now its files are out (R-LOAN-4 checked again). EXPECTED_VERSION: the
        loan's version as the desk showed it (LoanInfo.version); LoanChanged when another
        desk changed the loan since (issue 15 §3)."""
        actor = authorize(self.ctx, actor, Action.LOAN_APPROVE).principal
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            closing = self.closing_time(session)
            loan = _decidable(session, number, expected_version)
            items = items_of(session, loan)
            out = out_on(session, (i.customer_id for i in items))
            files = files_by_number(session, [i.archive_number for i in items])
            rules.check_files(
                [files[i.archive_number][1] for i in items],
                {i.archive_number: out[i.customer_id] for i in items if i.customer_id in out},
            )
            if loan.kind == LoanKind.IN_ROOM:
                loan.due_at = rules.due_time(LoanKind.IN_ROOM, now.astimezone(), closing, None)
            elif loan.due_at is not None and loan.due_at <= now:
                raise DueInPast(loan.due_at)
            for item in items:
                item.is_out = True
            loan.status = LoanStatus.OPEN.value
            loan.out_at = now
            loan.decided_by_id = actor.account_id
            loan.decided_at = now
            loan.decision_note = " ".join(note.split()) or None
            session.flush()
            self._decided(session, actor, now, loan, AuditAction.LOAN_APPROVE, "approved")
            info = loan_info(session, loan, now)
            uow.commit()
            return info

    def refuse(
        self, actor: Principal, number: str, note: str, expected_version: int | None = None
    ) -> LoanInfo:
        """R-LOAN-3: the approver says no, with a note; nothing ever went out.
        EXPECTED_VERSION as for approve."""
        actor = authorize(self.ctx, actor, Action.LOAN_APPROVE).principal
        note = " ".join(note.split())
        if not note:
            raise NoteRequired()
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            loan = _decidable(session, number, expected_version)
            loan.status = LoanStatus.REFUSED.value
            loan.decided_by_id = actor.account_id
            loan.decided_at = now
            loan.decision_note = note
            session.flush()  # the new version, for the answer
            self._decided(session, actor, now, loan, AuditAction.LOAN_REFUSE, "refused")
            info = loan_info(session, loan, now)
            uow.commit()
            return info

    @staticmethod
    def _decided(
        session: Session,
        actor: Principal,
        now: datetime,
        loan: Loan,
        action: AuditAction,
        word: str,
    ) -> None:
        journal.append(
            session,
            now,
            actor.username,
            action,
            f"loan {loan.number} {word}",
            entity_type=AuditTarget.LOAN,
            entity_id=loan.number,
            details={"note": loan.decision_note, "status": loan.status},
        )

    def consent_copy(
        self, actor: Principal, number: str, archive_numbers: Sequence[str], scope: str
    ) -> tuple[str, ...]:
        """R-LOAN-6: the archivist consents to copies of files of the loan (all of them when
        none are named), of the pages or part named in SCOPE."""
        acting = authorize(self.ctx, actor, Action.LOAN_LEND)
        actor = acting.principal
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            loan = load_loan(session, number)
            on_loan = [i.archive_number for i in items_of(session, loan)]
            files, scope = check_copy(
                loan.number,
                LoanStatus(loan.status),
                on_loan,
                [tidy_archive_number(n) for n in archive_numbers],
                scope,
            )
            session.add(
                LoanCopy(
                    loan_id=loan.id,
                    archive_numbers=list(files),
                    scope=scope,
                    consented_by_id=actor.account_id,
                    consented_at=now,
                )
            )
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.LOAN_COPY,
                f"copies of {', '.join(files)} on loan {loan.number}: {scope}"
                + acting.summary_suffix(),
                entity_type=AuditTarget.LOAN,
                entity_id=loan.number,
                details={"files": list(files), "scope": scope, **acting.audit_details()},
            )
            uow.commit()
            return files


def _decidable(session: Session, number: str, expected_version: int | None) -> Loan:
    """The loan to approve or refuse: LoanChanged when it is no longer the version the desk
    showed (another desk decided it, or it changed), LoanNotAwaitingApproval when it is not
    waiting. The writer's lock is held, so nothing changes it between this and the commit."""
    loan = load_loan(session, number)
    if expected_version is not None and loan.version != expected_version:
        raise LoanChanged(loan.number, expected_version, loan.version)
    if loan.status != LoanStatus.AWAITING_APPROVAL:
        raise LoanNotAwaitingApproval(loan.number, loan.status)
    return loan


def _staff_borrower(session: Session, username: str) -> StaffBorrower:
    """The staff account a file is lent to, by user name: active, or BorrowerInvalid."""
    if not username.strip():  # nobody picked: not "no account named ''"
        raise BorrowerInvalid(BorrowerProblem.NO_NAME)
    account = session.scalars(
        select(Account).where(Account.username == username.strip())
    ).one_or_none()
    if account is None:
        raise BorrowerInvalid(BorrowerProblem.UNKNOWN_ACCOUNT, username.strip())
    if not account.active:
        raise BorrowerInvalid(BorrowerProblem.DISABLED_ACCOUNT, account.username)
    return StaffBorrower(account.id, account.username, account.full_name)
