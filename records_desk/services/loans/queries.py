"""Reading the register (R-LOAN-1, R-LOAN-5, R-LOAN-8): one loan, the files of loans as the
register lists them (open, overdue, awaiting approval, returned, all; by borrower, file and
registration day), page by page, the overdue count for the status bar and the returned files
not yet confirmed back in place. Everyone may read it (Action.LOAN_VIEW).

Decisions:
- Rows are files of loans (one loan of three files is three rows), newest loan first: what
  the tab and `loans list --json` show.
- Overdue is computed against the service clock in the query itself (open loan, file out,
  due time passed), so the filter pages from the database like the others.
- Sorting is done by the query too (every column of the tab, the status by its urgency:
  awaiting, overdue, out, returned, refused), with the loan and item ids as tie-breakers so
  pages never overlap; sorting only the rows read so far would lie about the rest.
- The search matches a loan number or an archive number by prefix (what a scanner or a
  hurried hand types) and the borrower's name or organisation anywhere in it.
- Fast at 1,000,000 loans (bench/loans.py; indexes of migration loans_0002): a count joins the
  loans only when the filter needs them (the files out are counted from their own small
  index, the returned ones as every file less the few not back); the open view says its loans
  are open (a file is out only on an open loan), so it is
  read from the open loans' index; a page first finds its rows' ids through the indexes alone,
  then reads only those rows (no million-row sort carrying whole rows).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, TypeVarTuple, cast

from sqlalchemy import ColumnElement, Table, case, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select
from sqlalchemy.sql.selectable import Join

from records_desk.domain.common.permissions import Action
from records_desk.domain.loans.returns import item_status
from records_desk.domain.loans.vocabulary import Condition, LoanKind, LoanStatus
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.loans.dto import (
    LoanFilter,
    LoanInfo,
    LoanRow,
    LoanSort,
    LoanView,
    ReturnedItem,
)
from records_desk.services.loans.records import (
    borrower_label,
    load_loan,
    loan_info,
    tidy_archive_number,
)
from records_desk.store.loans import Loan, LoanItem
from records_desk.store.models import Account
from records_desk.store.text_match import ci_like


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0)).astimezone()


_Ts = TypeVarTuple("_Ts")


class _LoansFirst(Join):
    """loan JOIN loan_item with the loans as the outer loop: on SQLite a CROSS JOIN, the
    planner's documented way to keep the order (without statistics it would rather sort every
    returned file of a million than walk the loans' registration index)."""

    inherit_cache = True


@compiles(_LoansFirst, "sqlite")
def _loans_first(join: _LoansFirst, compiler: Any, **kw: Any) -> str:
    return str(compiler.visit_join(join, **kw)).replace(" JOIN ", " CROSS JOIN ", 1)


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _needs_loan(flt: LoanFilter) -> bool:
    """Whether the filter reads the loan's columns (else a count reads the items alone)."""
    return (
        flt.view in (LoanView.OVERDUE, LoanView.AWAITING)
        or bool(flt.borrower or flt.text.strip() or flt.borrower_name.strip())
        or flt.registered_from is not None
        or flt.registered_to is not None
    )


def _filtered(
    query: Select[*_Ts], flt: LoanFilter, now: datetime, join: bool = True
) -> Select[*_Ts]:
    if join or _needs_loan(flt):
        query = query.join(Loan, Loan.id == LoanItem.loan_id)
        join = True
    view = flt.view
    if view is LoanView.OPEN:
        query = query.where(LoanItem.is_out)
        if join:  # always so: the open loans' index finds them
            query = query.where(Loan.status == LoanStatus.OPEN.value)
    elif view is LoanView.OVERDUE:
        query = query.where(
            LoanItem.is_out, Loan.status == LoanStatus.OPEN.value, Loan.due_at < now
        )
    elif view is LoanView.AWAITING:
        query = query.where(Loan.status == LoanStatus.AWAITING_APPROVAL.value)
    elif view is LoanView.RETURNED:
        query = query.where(LoanItem.returned_at.is_not(None))
    if flt.borrower:
        query = query.join(Account, Account.id == Loan.borrower_account_id).where(
            Account.username == flt.borrower.strip()
        )
    if flt.archive_number:
        query = query.where(LoanItem.archive_number == tidy_archive_number(flt.archive_number))
    if flt.registered_from is not None:
        query = query.where(Loan.registered_at >= _local_midnight(flt.registered_from))
    if flt.registered_to is not None:
        query = query.where(
            Loan.registered_at < _local_midnight(flt.registered_to + timedelta(days=1))
        )
    if flt.borrower_name.strip():
        query = query.where(_borrower_like(flt.borrower_name))
    text = flt.text.strip()
    if text:
        prefix = _escape(tidy_archive_number(text)) + "%"
        query = query.where(
            or_(
                ci_like(Loan.number, prefix),
                ci_like(LoanItem.archive_number, prefix),
                _borrower_like(text),
            )
        )
    return query


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _borrower_like(text: str) -> ColumnElement[bool]:
    pattern = "%" + _escape(" ".join(text.split())) + "%"
    return or_(
        ci_like(Loan.borrower_name, pattern),
        ci_like(Loan.borrower_organisation, pattern),
    )


def _status_rank(now: datetime) -> ColumnElement[int]:
    """The item's status as a number, most urgent first (R-LOAN-8: overdue near the top)."""
    return case(
        (Loan.status == LoanStatus.AWAITING_APPROVAL.value, 0),
        (LoanItem.is_out & (Loan.due_at < now), 1),
        (LoanItem.is_out, 2),
        (LoanItem.returned_at.is_not(None), 3),
        else_=4,
    )


def _order(flt: LoanFilter, now: datetime) -> list[Any]:
    keys: dict[LoanSort, Any] = {
        LoanSort.LOAN: Loan.number,
        LoanSort.FILE: LoanItem.archive_number,
        LoanSort.BORROWER: Loan.borrower_name,
        LoanSort.KIND: Loan.kind,
        LoanSort.LOANED: Loan.out_at,
        LoanSort.DUE: Loan.due_at,
        LoanSort.RETURNED: LoanItem.returned_at,
        LoanSort.STATUS: _status_rank(now),
    }
    key = keys.get(flt.sort, Loan.registered_at)
    # An empty time (not out yet, not returned) sorts as the smallest on either backend, as
    # SQLite does by itself; PostgreSQL puts NULL last going up and first going down.
    nullable = flt.sort in (LoanSort.LOANED, LoanSort.DUE, LoanSort.RETURNED)
    if flt.descending:
        down = key.desc().nulls_last() if nullable else key.desc()
        return [down, Loan.id.desc(), LoanItem.id]
    return [key.asc().nulls_first() if nullable else key.asc(), Loan.id, LoanItem.id]


class LoanQueryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, actor: Principal, number: str) -> LoanInfo:
        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            return loan_info(uow.session, load_loan(uow.session, number), self.ctx.now())

    def count(self, actor: Principal, flt: LoanFilter) -> int:
        self.ctx.authorize(actor, Action.LOAN_VIEW)
        now = self.ctx.now()
        with self.ctx.uow.read() as uow:
            session = uow.session
            if flt == LoanFilter(view=LoanView.RETURNED, sort=flt.sort, descending=flt.descending):
                # Every file less the few not back (the order does not change a count).
                every = select(func.count()).select_from(LoanItem)
                pending = every.where(LoanItem.returned_at.is_(None))
                return int(session.scalar(every) or 0) - int(session.scalar(pending) or 0)
            # Counted on the items alone when nothing of the loan is asked (every item has
            # its loan): the open files' count reads only the partial index of files out.
            query = _filtered(select(func.count()).select_from(LoanItem), flt, now, join=False)
            return int(session.execute(query).scalar_one())

    def page(self, actor: Principal, flt: LoanFilter, offset: int, limit: int) -> list[LoanRow]:
        self.ctx.authorize(actor, Action.LOAN_VIEW)
        now = self.ctx.now()
        with self.ctx.uow.read() as uow:
            order = _order(flt, now)
            newest_first = flt.sort is LoanSort.REGISTERED and flt.descending
            if flt.view is LoanView.RETURNED and newest_first and not _needs_loan(flt):
                # Most files are back: walk the loans newest first (_LoansFirst), not every
                # returned file sorted.
                first = _LoansFirst(_table(Loan), _table(LoanItem), Loan.id == LoanItem.loan_id)
                ids = _filtered(select(LoanItem.id).select_from(first), flt, now, join=False)
            else:
                ids = _filtered(select(LoanItem.id), flt, now)
            ids = ids.order_by(*order)
            wanted = list(uow.session.scalars(ids.offset(offset).limit(limit)))
            if not wanted:
                return []
            rows = uow.session.execute(
                select(LoanItem, Loan)
                .join(Loan, Loan.id == LoanItem.loan_id)
                .where(LoanItem.id.in_(wanted))
                .order_by(*order)
            ).all()
            return [_row(item, loan, now) for item, loan in rows]

    def overdue_count(self, actor: Principal) -> int:
        """R-LOAN-8: the files out past their due time (the status bar's count)."""
        return self.count(actor, LoanFilter(view=LoanView.OVERDUE))

    def awaiting_approval_count(self, actor: Principal) -> int | None:
        """R-LOAN-3: the loans waiting for ACTOR's decision (the status bar's count), or None
        when ACTOR does not approve loans (not a refusal: nothing to show them)."""
        from records_desk.domain.common.permissions import is_allowed

        actor = self.ctx.authorize(actor, Action.LOAN_VIEW)
        if not is_allowed(actor.role, Action.LOAN_APPROVE):
            return None
        with self.ctx.uow.read() as uow:
            query = select(func.count()).where(Loan.status == LoanStatus.AWAITING_APPROVAL.value)
            return int(uow.session.scalar(query) or 0)

    def awaiting_reshelving(self, actor: Principal) -> list[ReturnedItem]:
        """R-LOAN-5: returned files the archivist has not yet confirmed back in place, oldest
        return first."""
        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            rows = _unshelved(uow.session)
            return [
                ReturnedItem(
                    archive_number=item.archive_number,
                    loan_number=loan.number,
                    shelf_location=item.shelf_location,
                    condition=Condition(item.condition or Condition.OK),
                    fine=item.fine,
                    waived=item.waive_reason is not None,
                    loan_closed=loan.status == LoanStatus.CLOSED.value,
                )
                for item, loan in rows
            ]


def _unshelved(session: Session) -> list[tuple[LoanItem, Loan]]:
    query = (
        select(LoanItem, Loan)
        .join(Loan, Loan.id == LoanItem.loan_id)
        .where(LoanItem.returned_at.is_not(None), LoanItem.reshelved_at.is_(None))
        .order_by(LoanItem.returned_at, LoanItem.id)
    )
    return [(i, loan) for i, loan in session.execute(query).all()]


def _row(item: LoanItem, loan: Loan, now: datetime) -> LoanRow:
    return LoanRow(
        loan=loan.number,
        archive_no=item.archive_number,
        borrower=borrower_label(loan.borrower_name, loan.borrower_organisation),
        kind=LoanKind(loan.kind),
        loaned=loan.out_at,
        due=loan.due_at,
        returned=item.returned_at,
        status=item_status(LoanStatus(loan.status), item.returned_at, loan.due_at, now),
        condition=Condition(item.condition) if item.condition else None,
        fine=item.fine,
    )
