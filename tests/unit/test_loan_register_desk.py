"""What the 借閱登記 tab asks of the loan services (issue 11 Build 5): the register searched and
sorted in the database, the scan checks of the lend and return dialogs, a return of several
files each in its own condition (all or none, R-LOAN-7), the staff a file may be lent to, and
whether the deputy may act today (R-ACC-5)."""

from __future__ import annotations

import pytest

from records_desk.domain.common.permissions import Action
from records_desk.domain.loans import errors as le
from records_desk.domain.loans.lending import external_borrower
from records_desk.domain.loans.vocabulary import Condition, ItemStatus
from records_desk.services.container import Services
from records_desk.services.loans.dto import LoanFilter, LoanSort, LoanView, ReturnLine
from records_desk.services.loans.scans import scanned_archive_number
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, office, today
from tests.unit.loan_fixtures import files

__all__ = ["office"]  # the fixture


def test_the_register_is_searched_by_loan_file_and_borrower_and_sorted_by_any_column(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b, c = files(services, office.archivist, 3)
    first = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    clock.advance(hours=1)
    services.loans.lending.lend(
        office.archivist, [b, c], external_borrower("林律師", "大成法律事務所"), "調查"
    )
    register = services.loans.register

    def found(**kw: object) -> list[str]:
        flt = LoanFilter(view=LoanView.ALL, **kw)  # type: ignore[arg-type]
        rows = register.page(office.staff, flt, 0, 50)
        assert register.count(office.staff, flt) == len(rows)
        return [r.archive_no for r in rows]

    assert found() == [b, c, a]  # newest loan first
    assert found(text=first.number.lower()) == [a]
    assert found(text=b.lower()) == [b]  # an archive number, as scanned
    assert found(text="大成") == [b, c] and found(borrower_name="stan") == [a]
    assert found(text="100%_") == []  # LIKE's wildcards are letters here
    assert found(sort=LoanSort.FILE, descending=False) == sorted([a, b, c])
    assert found(sort=LoanSort.STATUS, descending=False) == [b, c, a]  # awaiting first
    assert found(sort=LoanSort.LOANED, descending=True)[-2:] == [b, c]  # not out: no time


def test_a_scan_says_whether_the_file_may_go_out_or_which_loan_it_comes_back_from_R_LOAN_4(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b = files(services, office.archivist, 2)
    scans = services.loans.scans
    assert scans.lendable(office.archivist, f" {a.lower()}\n").shelf_location == "A-01-03"
    assert scanned_archive_number(f"{a}|林記貿易") == a  # a QR code carrying more
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    with pytest.raises(le.FileAlreadyOut) as out:
        scans.lendable(office.archivist, a)
    assert (out.value.loan_number, out.value.borrower) == (loan.number, "Stan")
    with pytest.raises(le.LoanFileNotFound):
        scans.lendable(office.archivist, "NO-SUCH-1")
    back = scans.returnable(office.archivist, a)
    assert (back.loan_number, back.borrower, back.overdue) == (loan.number, "Stan", False)
    clock.advance(hours=12)
    assert scans.returnable(office.archivist, a).overdue
    with pytest.raises(le.FileNotOut):
        scans.returnable(office.archivist, b)
    waiting = services.loans.lending.lend(
        office.archivist, [b], external_borrower("林律師", "大成"), "調查"
    )
    with pytest.raises(le.LoanAwaitingApproval) as awaiting:
        scans.returnable(office.archivist, b)
    assert awaiting.value.number == waiting.number


def test_files_come_back_each_in_its_own_condition_all_or_none_R_LOAN_7(
    services: Services, office: Office
) -> None:
    a, b, c = files(services, office.archivist, 3)
    services.loans.lending.lend(office.archivist, [a, b, c], "stan", "check")
    returns = services.loans.returns
    with pytest.raises(le.FineRequired):
        returns.take_back_lines(office.archivist, [ReturnLine(a), ReturnLine(b, Condition.FOLDED)])
    assert services.loans.register.count(office.gm, LoanFilter(view=LoanView.OPEN)) == 3
    done = returns.take_back_lines(
        office.director,
        [
            ReturnLine(a),
            ReturnLine(b, Condition.TORN, 300, "封面撕裂"),
            ReturnLine(c, Condition.FOLDED, waive_reason="舊摺痕"),
        ],
    )
    assert [(d.condition, d.fine, d.waived) for d in done] == [
        (Condition.OK, None, False),
        (Condition.TORN, 300, False),
        (Condition.FOLDED, None, True),
    ]
    assert done[-1].loan_closed
    rows = services.loans.register.page(office.gm, LoanFilter(view=LoanView.ALL), 0, 5)
    assert {r.status for r in rows} == {ItemStatus.RETURNED}


def test_the_lend_dialog_may_list_the_staff_and_the_deputy_may_lend_on_its_days_R_ACC_5(
    services: Services, office: Office
) -> None:
    staff = services.loans.scans.staff(office.archivist)
    assert "stan" in [s.username for s in staff] and staff[0].display.endswith(")")
    scans = services.loans.scans
    assert scans.may(office.archivist, Action.LOAN_LEND)
    assert not scans.may(office.staff, Action.LOAN_LEND)
    day = today(services)
    services.loans.deputies.appoint(office.gm, "stan", day, day)
    assert scans.may(office.staff, Action.LOAN_LEND)
    assert not scans.may(office.staff, Action.LOAN_APPROVE)  # the archivist's rights only
