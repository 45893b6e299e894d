"""The loan register's pure rules (domain/loans): loan numbers, lending (R-LOAN-2, -4, void
files, R-GRD-5), returns and fines (R-LOAN-7), copies (R-LOAN-6), re-shelving (R-LOAN-5) and
the state of each item (R-LOAN-8). The same rules through the services:
test_loan_service.py."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from records_desk.domain.loans import errors as le
from records_desk.domain.loans.lending import (
    DEFAULT_CLOSING,
    FileOnRecord,
    OutOn,
    check_files,
    check_purpose,
    due_time,
    external_borrower,
)
from records_desk.domain.loans.numbers import format_loan_number, parse_loan_number
from records_desk.domain.loans.returns import (
    check_copy,
    check_reshelve,
    check_return,
    item_status,
    loan_status_after_return,
)
from records_desk.domain.loans.vocabulary import (
    Condition,
    ExternalBorrower,
    ItemStatus,
    LoanKind,
    LoanStatus,
    StaffBorrower,
    needs_approval,
)

TAIPEI = timezone(timedelta(hours=8))
MORNING = datetime(2026, 11, 27, 9, 15, tzinfo=TAIPEI)
A, B = FileOnRecord("CS-2026-00001", True, "A-01-01"), FileOnRecord("CS-2026-00002", True, "A-01")


def test_loan_numbers_are_L_year_and_six_digits_R_LOAN_1() -> None:
    assert format_loan_number(2026, 123) == "L-2026-000123"
    assert parse_loan_number(" l-2026-000123 ") == (2026, 123)
    for bad in ("L-2026-123", "2026-000123", "L-2026-000000", ""):
        with pytest.raises(le.LoanNumberInvalid):
            parse_loan_number(bad)


def test_a_file_already_out_is_refused_naming_its_loan_and_borrower_R_LOAN_4() -> None:
    out = {A.archive_number: OutOn("L-2026-000007", "陳小姐 (chen)")}
    with pytest.raises(le.FileAlreadyOut) as refused:
        check_files([B, A], out)
    assert (refused.value.loan_number, refused.value.borrower) == ("L-2026-000007", "陳小姐 (chen)")
    check_files([B], out)


def test_a_void_file_is_not_lent() -> None:
    with pytest.raises(le.FileVoid):
        check_files([FileOnRecord("CS-2026-00003", False, "")], {})


def test_a_file_named_twice_or_no_file_is_refused() -> None:
    with pytest.raises(le.FileRepeated):
        check_files([A, A], {})
    with pytest.raises(le.NothingToLend):
        check_files([], {})
    with pytest.raises(le.BorrowerInvalid):
        check_purpose("   ")


def test_a_take_out_loan_needs_a_due_date_R_LOAN_2() -> None:
    with pytest.raises(le.DueRequired):
        due_time(LoanKind.TAKE_OUT, MORNING, DEFAULT_CLOSING, None)
    due = due_time(LoanKind.TAKE_OUT, MORNING, DEFAULT_CLOSING, date(2026, 12, 4))
    assert due == datetime(2026, 12, 4, 17, 30, tzinfo=TAIPEI)
    with pytest.raises(le.DueInPast):
        due_time(LoanKind.TAKE_OUT, MORNING, DEFAULT_CLOSING, date(2026, 11, 26))


def test_an_in_room_loan_is_due_at_closing_time_that_day_R_LOAN_2() -> None:
    assert due_time(LoanKind.IN_ROOM, MORNING, DEFAULT_CLOSING, None) == datetime(
        2026, 11, 27, 17, 30, tzinfo=TAIPEI
    )
    assert due_time(LoanKind.IN_ROOM, MORNING, time(18, 0), None).time() == time(18, 0)
    late = MORNING.replace(hour=19)
    assert due_time(LoanKind.IN_ROOM, late, DEFAULT_CLOSING, None) == datetime(
        2026, 11, 28, 0, 0, tzinfo=TAIPEI
    )
    with pytest.raises(le.DueNotAllowed):
        due_time(LoanKind.IN_ROOM, MORNING, DEFAULT_CLOSING, date(2026, 11, 30))


def test_an_external_borrower_needs_approval_and_is_named_with_the_organisation_R_LOAN_3() -> None:
    visitor = external_borrower("  林 律師 ", "大成法律事務所", phone="02-2345-6789")
    assert visitor == ExternalBorrower("林 律師", "大成法律事務所", "", "02-2345-6789")
    assert needs_approval(visitor)
    assert not needs_approval(StaffBorrower(3, "stan", "Stan"))
    with pytest.raises(le.BorrowerInvalid) as refused:
        external_borrower("林律師", " ")
    assert refused.value.problem is le.BorrowerProblem.NO_ORGANISATION


def test_a_damaged_file_needs_a_fine_of_100_to_500_with_a_reason_R_LOAN_7() -> None:
    with pytest.raises(le.FineRequired):
        check_return("X", Condition.TORN, may_waive=False)
    for amount in (99, 501):
        with pytest.raises(le.FineOutOfRange):
            check_return("X", Condition.TORN, amount, "page 3 torn", may_waive=False)
    with pytest.raises(le.LoanReasonRequired):
        check_return("X", Condition.TORN, 300, " ", may_waive=False)
    verdict = check_return("X", Condition.TORN, 300, "page 3 torn", may_waive=False)
    assert (verdict.fine, verdict.fine_reason) == (300, "page 3 torn")
    assert check_return("X", Condition.MARKED, 100, "ink", may_waive=False).fine == 100
    assert check_return("X", Condition.FOLDED, 500, "folded", may_waive=False).fine == 500


def test_only_a_director_waives_a_fine_with_a_reason_R_LOAN_7() -> None:
    with pytest.raises(le.WaiverNeedsDirector):
        check_return("X", Condition.FOLDED, waive_reason="old damage", may_waive=False)
    with pytest.raises(le.LoanReasonRequired):
        check_return("X", Condition.FOLDED, waive_reason="", may_waive=True)
    verdict = check_return("X", Condition.FOLDED, waive_reason="old damage", may_waive=True)
    assert (verdict.fine, verdict.waive_reason) == (None, "old damage")
    with pytest.raises(le.FineAndWaiver):
        check_return("X", Condition.TORN, 200, "torn", "old", may_waive=True)


def test_a_file_back_in_good_order_takes_no_fine_R_LOAN_7() -> None:
    assert check_return("X", Condition.OK, may_waive=False).fine is None
    with pytest.raises(le.FineWithoutDamage):
        check_return("X", Condition.OK, 200, "why", may_waive=True)


def test_a_copy_may_not_exceed_the_loan_R_LOAN_6() -> None:
    files = ("CS-1", "CS-2")
    assert check_copy("L-2026-000001", LoanStatus.OPEN, files, ["CS-2"], " p. 3-5 ") == (
        ("CS-2",),
        "p. 3-5",
    )
    with pytest.raises(le.CopyBeyondLoan) as refused:
        check_copy("L-2026-000001", LoanStatus.OPEN, files, ["CS-2", "CS-9"], "all")
    assert refused.value.archive_numbers == ("CS-9",)
    with pytest.raises(le.CopyScopeRequired):
        check_copy("L-2026-000001", LoanStatus.OPEN, files, [], "")
    with pytest.raises(le.CopyNotWhileOut):
        check_copy("L-2026-000001", LoanStatus.AWAITING_APPROVAL, files, [], "p. 1")


def test_a_returned_file_is_confirmed_on_its_own_shelf_once_R_LOAN_5() -> None:
    check_reshelve("X", True, None, "A-01-03", "a-01-03")
    with pytest.raises(le.FileNotReturned):
        check_reshelve("X", False, None, "A-01-03")
    with pytest.raises(le.WrongShelf):
        check_reshelve("X", True, None, "A-01-03", "B-02")
    with pytest.raises(le.AlreadyReshelved):
        check_reshelve("X", True, "ann", "A-01-03")


def test_a_loan_closes_when_its_last_item_is_back() -> None:
    assert loan_status_after_return([True, False]) is LoanStatus.OPEN
    assert loan_status_after_return([True, True]) is LoanStatus.CLOSED


def test_an_item_out_past_its_due_time_is_overdue_R_LOAN_8() -> None:
    due = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    before, after = due - timedelta(minutes=1), due + timedelta(minutes=1)
    assert item_status(LoanStatus.OPEN, None, due, before) is ItemStatus.OPEN
    assert item_status(LoanStatus.OPEN, None, due, after) is ItemStatus.OVERDUE
    assert item_status(LoanStatus.CLOSED, before, due, after) is ItemStatus.RETURNED
    assert item_status(LoanStatus.AWAITING_APPROVAL, None, None, after) is (
        ItemStatus.AWAITING_APPROVAL
    )
