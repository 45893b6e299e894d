"""The loan register through its services (R-LOAN-1…8, R-GRD-5): every rule, its refusal and
its audit entry. The deputy archivist (R-ACC-5): test_loan_deputy.py."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.loans import errors as le
from records_desk.domain.loans.lending import external_borrower
from records_desk.domain.loans.vocabulary import Condition, ItemStatus, LoanKind, LoanStatus
from records_desk.services.container import Services
from records_desk.services.loans.dto import LoanFilter, LoanView
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, office, today
from tests.unit.loan_fixtures import closing_on, files

__all__ = ["office"]  # the fixture

VISITOR = external_borrower("林律師", "大成法律事務所", "A123456789", "02-2345-6789")


def test_a_loan_is_registered_with_borrower_files_and_times_R_LOAN_1(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    loan = services.loans.lending.lend(office.archivist, [a, b.lower()], "stan", "contract check")
    assert loan.number == f"L-{today(services).year}-000001"
    assert (loan.status, loan.kind, loan.borrower) == (LoanStatus.OPEN, LoanKind.IN_ROOM, "Stan")
    assert (loan.out_at, loan.due_at) == (clock.now, closing_on(today(services)))
    assert [i.archive_number for i in loan.items] == [a, b]
    clock.advance(hours=1)
    services.loans.returns.take_back(office.archivist, [a])
    rows = services.loans.register.page(office.staff, LoanFilter(view=LoanView.ALL), 0, 10)
    by_file = {r.archive_no: r for r in rows}
    assert by_file[a].returned == clock.now and by_file[a].status is ItemStatus.RETURNED
    assert by_file[b].returned is None and by_file[b].status is ItemStatus.OPEN
    assert {r.loaned for r in rows} == {clock.now - timedelta(hours=1)}
    entries = audit_trail(services, office.gm, "loan.")
    assert [e.action for e in entries] == ["loan.lend", "loan.return"]
    assert entries[0].entity_id == loan.number and entries[0].details["files"] == [a, b]


def test_loan_numbers_are_never_reused_R_LOAN_1(services: Services, office: Office) -> None:
    (a,) = files(services, office.archivist, 1)
    first = services.loans.lending.lend(office.archivist, [a], VISITOR, "due diligence")
    services.loans.lending.refuse(office.director, first.number, "not for outsiders")
    second = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    assert (first.number[-6:], second.number[-6:]) == ("000001", "000002")


def test_a_take_out_loan_needs_a_due_date_R_LOAN_2(services: Services, office: Office) -> None:
    (a,) = files(services, office.archivist, 1)
    with pytest.raises(le.DueRequired):
        services.loans.lending.lend(office.archivist, [a], "stan", "audit", LoanKind.TAKE_OUT)
    due_day = today(services) + timedelta(days=3)
    loan = services.loans.lending.lend(
        office.archivist, [a], "stan", "audit", LoanKind.TAKE_OUT, due_day
    )
    assert loan.due_at == closing_on(due_day)


def test_an_in_room_loan_is_due_at_the_offices_closing_time_that_day_R_LOAN_2(
    services: Services, office: Office
) -> None:
    a, b = files(services, office.archivist)
    assert services.loans.options.closing_time() == time(17, 30)
    with pytest.raises(PermissionDenied):
        services.loans.options.set_closing_time(office.archivist, time(16, 0))
    services.loans.options.set_closing_time(office.director, time(16, 0))
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "reading")
    assert loan.due_at == closing_on(today(services), time(16, 0))
    with pytest.raises(le.DueNotAllowed):
        services.loans.lending.lend(office.archivist, [b], "stan", "x", due_on=date(2026, 12, 1))


def test_an_external_loan_awaits_a_directors_approval_before_anything_is_out_R_LOAN_3(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    loan = services.loans.lending.lend(office.archivist, [a, b], VISITOR, "due diligence")
    assert (loan.status, loan.out_at, loan.external) == (LoanStatus.AWAITING_APPROVAL, None, True)
    register = services.loans.register
    assert register.count(office.staff, LoanFilter(view=LoanView.OPEN)) == 0
    assert register.count(office.staff, LoanFilter(view=LoanView.AWAITING)) == 2
    with pytest.raises(le.LoanAwaitingApproval) as refused:
        services.loans.returns.take_back(office.archivist, [a])
    assert refused.value.number == loan.number
    for not_an_approver in (office.archivist, office.manager):
        with pytest.raises(PermissionDenied):
            services.loans.lending.approve(not_an_approver, loan.number)
    clock.advance(minutes=30)
    approved = services.loans.lending.approve(office.director, loan.number, "signed on paper")
    assert (approved.status, approved.decided_by, approved.out_at) == (
        LoanStatus.OPEN,
        "dora",
        clock.now,
    )
    assert approved.decision_note == "signed on paper"
    assert register.count(office.staff, LoanFilter(view=LoanView.OPEN)) == 2
    with pytest.raises(le.LoanNotAwaitingApproval):
        services.loans.lending.approve(office.gm, loan.number)
    actions = [e.action for e in audit_trail(services, office.gm, "loan.")]
    assert actions == ["loan.lend", "loan.approve"]


def test_a_refused_external_loan_never_goes_out_R_LOAN_3(
    services: Services, office: Office
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(office.archivist, [a], VISITOR, "due diligence")
    with pytest.raises(le.NoteRequired):
        services.loans.lending.refuse(office.gm, loan.number, "  ")
    refused = services.loans.lending.refuse(office.gm, loan.number, "no business reason")
    assert refused.status is LoanStatus.REFUSED
    assert refused.items[0].status is ItemStatus.REFUSED
    services.loans.lending.lend(office.archivist, [a], "stan", "check")  # the file is free


def test_a_file_already_out_is_refused_naming_the_open_loan_and_its_borrower_R_LOAN_4(
    services: Services, office: Office
) -> None:
    a, b = files(services, office.archivist)
    first = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    with pytest.raises(le.FileAlreadyOut) as refused:
        services.loans.lending.lend(office.archivist, [b, a], "carl", "check")
    assert (refused.value.archive_number, refused.value.loan_number, refused.value.borrower) == (
        a,
        first.number,
        "Stan",
    )
    assert services.loans.register.count(office.staff, LoanFilter(view=LoanView.ALL)) == 1
    services.loans.returns.take_back(office.archivist, [a])
    services.loans.lending.lend(office.archivist, [b, a], "carl", "check")  # back: lent again


def test_an_approval_is_refused_while_another_loan_has_the_file_R_LOAN_4(
    services: Services, office: Office
) -> None:
    (a,) = files(services, office.archivist, 1)
    waiting = services.loans.lending.lend(office.archivist, [a], VISITOR, "due diligence")
    staff = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    with pytest.raises(le.FileAlreadyOut) as refused:
        services.loans.lending.approve(office.director, waiting.number)
    assert refused.value.loan_number == staff.number


def test_a_void_file_cannot_be_lent(services: Services, office: Office) -> None:
    a, b = files(services, office.archivist)
    services.customers.files.void(office.gm, _customer_id(services, office, a), "entered twice")
    with pytest.raises(le.FileVoid):
        services.loans.lending.lend(office.archivist, [b, a], "stan", "check")
    with pytest.raises(le.LoanFileNotFound):
        services.loans.lending.lend(office.archivist, ["CS-2026-99999"], "stan", "check")


def _customer_id(services: Services, office: Office, archive_number: str) -> int:
    from records_desk.services.customers.search import CustomerQuery

    rows = services.customers.search.page(office.gm, CustomerQuery(text=archive_number), 0, 5)
    return next(r.id for r in rows if r.archive_number == archive_number)


def test_a_blacklisted_customers_file_is_still_lent_R_GRD_5(
    services: Services, office: Office
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.customers.blacklist.add(
        office.director, _customer_id(services, office, a), BlacklistScope.COMPANY, None, "fraud"
    )
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "collect evidence")
    assert loan.status is LoanStatus.OPEN


def test_a_returned_file_is_shown_its_shelf_and_confirmed_back_in_place_R_LOAN_5(
    services: Services, office: Office
) -> None:
    a, b = files(services, office.archivist)
    services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    with pytest.raises(le.FileNotReturned):
        services.loans.returns.confirm_reshelved(office.archivist, a)
    (back,) = services.loans.returns.take_back(office.archivist, [a])
    assert (back.shelf_location, back.loan_closed) == ("A-01-03", False)
    unshelved = services.loans.register.awaiting_reshelving(office.staff)
    assert [u.archive_number for u in unshelved] == [a]
    with pytest.raises(le.WrongShelf):
        services.loans.returns.confirm_reshelved(office.archivist, a, "B-02-01")
    item = services.loans.returns.confirm_reshelved(office.archivist, a, "a-01-03")
    assert item.reshelved_by == "ann"
    assert services.loans.register.awaiting_reshelving(office.staff) == []
    with pytest.raises(le.AlreadyReshelved):
        services.loans.returns.confirm_reshelved(office.archivist, a)
    assert "loan.reshelve" in [e.action for e in audit_trail(services, office.gm, "loan.")]


def test_copies_need_the_archivists_consent_and_stay_within_the_loan_R_LOAN_6(
    services: Services, office: Office
) -> None:
    a, b, c = files(services, office.archivist, 3)
    loan = services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    with pytest.raises(PermissionDenied):
        services.loans.lending.consent_copy(office.staff, loan.number, [a], "page 2")
    with pytest.raises(le.CopyBeyondLoan) as refused:
        services.loans.lending.consent_copy(office.archivist, loan.number, [a, c], "page 2")
    assert refused.value.archive_numbers == (c,)
    assert services.loans.lending.consent_copy(office.archivist, loan.number, [b], "p. 2") == (b,)
    copy = audit_trail(services, office.gm, "loan.copy")[0]
    assert (copy.details["files"], copy.details["scope"]) == ([b], "p. 2")


def test_a_damaged_file_is_fined_100_to_500_or_waived_by_a_director_R_LOAN_7(
    services: Services, office: Office
) -> None:
    a, b = files(services, office.archivist)
    loan = services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    returns = services.loans.returns
    with pytest.raises(le.FineRequired):
        returns.take_back(office.archivist, [a], Condition.TORN)
    with pytest.raises(le.FineOutOfRange):
        returns.take_back(office.archivist, [a], Condition.TORN, 600, "page 3 torn")
    with pytest.raises(le.WaiverNeedsDirector):
        returns.take_back(office.archivist, [a], Condition.TORN, waive_reason="was torn")
    (torn,) = returns.take_back(office.archivist, [a], Condition.TORN, 300, "page 3 torn")
    assert (torn.condition, torn.fine, torn.loan_closed) == (Condition.TORN, 300, False)
    (folded,) = returns.take_back(office.director, [b], Condition.FOLDED, waive_reason="old")
    assert (folded.fine, folded.waived, folded.loan_closed) == (None, True, True)
    closed = services.loans.register.get(office.staff, loan.number)
    assert closed.status is LoanStatus.CLOSED
    assert [(i.condition, i.fine, i.fine_reason) for i in closed.items] == [
        (Condition.TORN, 300, "page 3 torn"),
        (Condition.FOLDED, None, None),
    ]
    fined = audit_trail(services, office.gm, "loan.return")[0]
    assert (fined.details["fine"], fined.details["borrower"]) == (300, "Stan")


def test_partial_returns_close_the_loan_with_its_last_file(
    services: Services, office: Office
) -> None:
    a, b = files(services, office.archivist)
    loan = services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    services.loans.returns.take_back(office.archivist, [b])
    assert services.loans.register.get(office.staff, loan.number).status is LoanStatus.OPEN
    with pytest.raises(le.FileNotOut):
        services.loans.returns.take_back(office.archivist, [b])
    services.loans.returns.take_back(office.archivist, [a])
    assert services.loans.register.get(office.staff, loan.number).status is LoanStatus.CLOSED


def test_overdue_files_are_listed_and_counted_R_LOAN_8(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    in_room = services.loans.lending.lend(office.archivist, [a], "stan", "reading")
    services.loans.lending.lend(
        office.archivist, [b], "carl", "audit", LoanKind.TAKE_OUT, today(services) + timedelta(3)
    )
    register = services.loans.register
    assert register.overdue_count(office.staff) == 0
    clock.now = in_room.due_at + timedelta(minutes=1)  # type: ignore[operator]
    assert register.overdue_count(office.staff) == 1
    (row,) = register.page(office.staff, LoanFilter(view=LoanView.OVERDUE), 0, 10)
    assert (row.archive_no, row.status, row.borrower) == (a, ItemStatus.OVERDUE, "Stan")
    assert register.count(office.staff, LoanFilter(view=LoanView.OPEN)) == 2
    services.loans.returns.take_back(office.archivist, [a])
    assert register.overdue_count(office.staff) == 0


def test_the_register_filters_by_borrower_file_and_day_R_LOAN_1(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    clock.advance(days=2)
    services.loans.lending.lend(office.archivist, [b], "carl", "check")
    register = services.loans.register
    every = LoanFilter(view=LoanView.ALL)
    assert [r.archive_no for r in register.page(office.staff, every, 0, 10)] == [b, a]
    only_stan = LoanFilter(view=LoanView.ALL, borrower="stan")
    assert [r.archive_no for r in register.page(office.staff, only_stan, 0, 10)] == [a]
    by_file = LoanFilter(view=LoanView.ALL, archive_number=b.lower())
    assert register.count(office.staff, by_file) == 1
    day = today(services)
    first_day = LoanFilter(view=LoanView.ALL, registered_from=day, registered_to=day)
    assert [r.archive_no for r in register.page(office.staff, first_day, 0, 10)] == [b]


def test_lending_and_returning_are_the_archivists_and_refusals_are_audited_R_ACC_2(
    services: Services, office: Office
) -> None:
    (a,) = files(services, office.archivist, 1)
    with pytest.raises(PermissionDenied):
        services.loans.lending.lend(office.consultant, [a], "stan", "check")
    denied = audit_trail(services, office.gm, "permission.denied")
    assert denied[-1].details["action"] == "loan.lend"
    with pytest.raises(le.BorrowerInvalid):
        services.loans.lending.lend(office.archivist, [a], "nobody", "check")


def test_a_loan_slip_is_printed_for_the_borrower_to_sign_R_LOAN_9(
    services: Services, office: Office
) -> None:
    a, b = files(services, office.archivist)
    visitor = external_borrower("林律師", "大成法律事務所", phone="02-2345-6789")
    loan = services.loans.lending.lend(
        office.archivist, [a, b], visitor, "due diligence", LoanKind.TAKE_OUT,
        today(services) + timedelta(days=2),
    )  # fmt: skip
    services.loans.lending.approve(office.director, loan.number)
    data = services.loans.forms.slip_data(office.archivist, loan.number)
    header = data["header"]
    assert (header["loan_no"], header["borrower_type"], header["borrower"]) == (
        loan.number,
        "外部",
        "林律師",
    )
    assert (header["department"], header["place"], header["approver"]) == (
        "大成法律事務所",
        "帶出",
        "Dora",
    )
    assert [r["archive_no"] for r in data["rows"]] == [a, b]
    assert data["sections"]["purpose"] == "due diligence"
    assert "return_time" not in header  # the return part waits for the last file
    services.loans.returns.take_back(office.archivist, [a], Condition.TORN, 300, "page 3 torn")
    services.loans.returns.take_back(office.archivist, [b])
    services.loans.returns.confirm_reshelved(office.archivist, a)
    back = services.loans.forms.slip_data(office.archivist, loan.number)["header"]
    assert (back["condition"], back["fine"], back["refiled_by"]) == ("撕破", 300, "Ann")
    assert a in back["damage"] and "page 3 torn" in back["damage"]
    printed = services.loans.forms.printed_slip(office.archivist, loan.number)
    assert printed.pdf.startswith(b"%PDF") and printed.subject is not None
    assert printed.subject.label == loan.number


def test_the_loan_register_of_a_period_lists_each_loan_R_LOAN_1(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b, c = files(services, office.archivist, 3)
    day = today(services)
    staff = services.loans.lending.lend(office.archivist, [a, b], "stan", "contract check")
    services.loans.lending.lend(office.archivist, [c], VISITOR, "due diligence")
    services.loans.returns.take_back(office.archivist, [a, b], Condition.FOLDED, 100, "folded")
    services.loans.returns.confirm_reshelved(office.archivist, a)
    data = services.loans.forms.register_data(office.staff, day, day)
    assert data["header"]["period"] == f"{day} – {day}" and data["header"]["archivist"] == "Ann"
    first, second = data["rows"]
    assert (first["loan_no"], first["borrower"], first["content"]) == (
        staff.number,
        "Stan",
        f"{a}、{b}",
    )
    assert (
        first["return_time"] and first["refiled_by"] == "Ann" and "罰款 100 元" in first["remarks"]
    )
    assert (second["department"], second["remarks"]) == ("大成法律事務所", "待審批")
    assert (
        services.loans.forms.register_data(office.staff, day + timedelta(1), day + timedelta(2))[
            "rows"
        ]
        == []
    )
    printed = services.loans.forms.printed_register(office.staff, day, day)
    assert printed.pdf.startswith(b"%PDF")


def test_a_lend_by_scan_reads_borrower_and_closing_time_in_its_own_transaction(
    services: Services, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11, Measure (lend-by-scan p95 <= 30 ms): besides the permission check, one
    transaction — the borrower's account is checked active in the one that lends to it."""
    (a,) = files(services, office.archivist, 1)
    uow = services.ctx.uow
    opened: list[str] = []
    read, write = uow.read, uow.write
    monkeypatch.setattr(uow, "read", lambda: opened.append("read") or read())
    monkeypatch.setattr(uow, "write", lambda: opened.append("write") or write())
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "contract check")
    assert opened == ["read", "write"]  # authorize, then the loan
    assert (loan.borrower, loan.registered_by_name) == ("Stan", office.archivist.full_name)
