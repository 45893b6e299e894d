"""`records-desk demo --loans N` (issue 11 Build 9): sample loan history over the demo customer
files — open, returned (some damaged, fined or waived), overdue, external (some awaiting
approval), in-room and take-out, re-shelving confirmed or not — through the loan rules, in one
transaction with its audit entry."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

import pytest
from sqlalchemy import func, select

from records_desk.domain.common.errors import DemoRefused
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.services.loans.demo import LoanDemo
from records_desk.services.loans.dto import LoanFilter, LoanView
from records_desk.store.loans import Loan, LoanItem, LoanSequence
from tests.conftest import GM_PASSWORD, make_user


def demo(services: Services) -> LoanDemo:
    return LoanDemo(services.ctx, services.loans.options.closing_time)


def test_demo_loans_give_open_returned_overdue_and_external_history_within_the_rules(
    services: Services, gm: Principal
) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 400, seed=2)
    summary = demo(services).fill(gm, 6000, seed=2)
    assert summary.loans == 6000
    register = services.loans.register
    for view in (LoanView.OPEN, LoanView.OVERDUE, LoanView.AWAITING, LoanView.RETURNED):
        assert register.count(gm, LoanFilter(view=view)) > 0, view
    assert register.awaiting_reshelving(gm)  # R-LOAN-5: some returns not yet confirmed
    with services.ctx.uow.read() as uow:
        session = uow.session
        loans = {loan.id: loan for loan in session.scalars(select(Loan))}
        items = list(session.scalars(select(LoanItem)))
        sequence = session.scalar(select(func.sum(LoanSequence.last)))
        session.expunge_all()  # read below, after the session
    # The returned view's count (every file less those not back) is the files returned.
    returned = register.count(gm, LoanFilter(view=LoanView.RETURNED))
    assert returned == sum(1 for i in items if i.returned_at is not None)
    assert register.count(gm, LoanFilter(view=LoanView.ALL)) == len(items)
    back = sorted(
        (i for i in items if i.returned_at is not None),
        key=lambda i: (-loans[i.loan_id].registered_at.timestamp(), -i.loan_id, i.id),
    )
    page = register.page(gm, LoanFilter(view=LoanView.RETURNED), 40, 30)
    assert [(r.loan, r.archive_no) for r in page] == [
        (loans[i.loan_id].number, i.archive_number) for i in back[40:70]
    ]
    assert {loan.kind for loan in loans.values()} == {"in_room", "take_out"}
    assert {loan.status for loan in loans.values()} == {
        "open", "closed", "awaiting_approval", "refused"
    }  # fmt: skip
    assert len({loan.number for loan in loans.values()}) == 6000  # R-LOAN-1, never reused
    assert sequence == 6000  # every number issued is on record as issued
    externals = [loan for loan in loans.values() if loan.borrower_account_id is None]
    assert externals and all(loan.borrower_organisation for loan in externals)
    # R-LOAN-3: nothing of an external loan went out before its approval.
    for loan in externals:
        if loan.out_at is not None:
            assert loan.decided_at is not None and loan.out_at >= loan.decided_at
    # R-LOAN-7: every damaged file has a fine of 100-500 with its reason, or a waiver.
    damaged = [i for i in items if i.condition not in (None, "ok")]
    assert damaged and {i.condition for i in items} > {"ok", "torn"}
    for i in damaged:
        assert (i.fine is not None and 100 <= i.fine <= 500 and i.fine_reason) or i.waive_reason
    # R-LOAN-4 at every moment of the history: a file's loans never overlap.
    spans: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for i in items:
        loan = loans[i.loan_id]
        if loan.out_at is None:
            continue
        back = i.returned_at or datetime.max.replace(tzinfo=loan.out_at.tzinfo)
        spans[i.customer_id].append((loan.out_at, back))
        assert i.is_out == (i.returned_at is None)
    for found in spans.values():
        found.sort()
        assert all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False))
    entries = services.audit.page(gm, AuditFilter(action="demo.fill"), 0, 5)
    assert [e.details.get("loans") for e in entries if "loans" in e.details] == [6000]
    assert services.audit.verify(gm).intact


def test_demo_loans_are_only_for_the_general_manager(services: Services, gm: Principal) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 20, seed=1)
    ann = make_user(services, gm, "ann", Role.ARCHIVIST)
    with pytest.raises(DemoRefused):
        demo(services).fill(ann, 10)
    with services.ctx.uow.read() as uow:
        assert uow.session.scalar(select(func.count(Loan.id))) == 0


def test_a_small_demo_shows_files_out_overdue_and_awaiting_approval_to_try_the_tab(
    services: Services, gm: Principal
) -> None:
    """A new user's `demo --customers 300 --loans 400` had 3 files out, none overdue and none
    awaiting approval: the 400 loans were spread over two years."""
    DemoData(services.ctx).fill(gm, 300, seed=1)
    summary = demo(services).fill(gm, 400, seed=2)
    assert summary.counts["overdue_loans"] >= 3
    assert summary.counts["awaiting_approval"] >= 1
    assert summary.counts["items_out"] >= 10
