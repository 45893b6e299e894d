"""R-GRD-5 blacklist: scope company/department, 6 months by default (shorter allowed, longer only
with a director's override), expiry by time, lifting, re-admission only with approval as 合格."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.customers.blacklist import (
    BlacklistScope,
    ReadmissionApproval,
    blacklist_in_force,
    check_may_do_business,
    check_readmission,
    entries_in_force,
    is_blacklisted,
    lift,
    new_blacklist_entry,
    readmission_pending,
)
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    BlacklistEntryNotActive,
    BlacklistScopeInvalid,
    BlacklistValidityInvalid,
    BlacklistValidityTooLong,
    CustomerBlacklisted,
    ReadmissionGradeNotQualified,
    ReadmissionNeedsApproval,
    ReadmissionRequired,
    ReasonRequired,
)
from records_desk.domain.customers.vocabulary import AdmissionChecklist, DirectorOverride, Grade

START = date(2026, 11, 27)
CUSTOMER = 7


def test_default_validity_is_six_months_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    assert entry.expires_on == date(2027, 5, 27)
    assert entry.last_day == date(2027, 5, 26)
    assert is_blacklisted([entry], CUSTOMER, "台北一部", date(2027, 5, 26))
    assert not is_blacklisted([entry], CUSTOMER, "台北一部", date(2027, 5, 27))  # expired by itself


def test_shorter_validity_is_allowed_longer_needs_a_director_override_R_GRD_5() -> None:
    short = new_blacklist_entry(
        CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing", expires_on=date(2027, 1, 1)
    )
    assert short.expires_on == date(2027, 1, 1) and short.override is None
    with pytest.raises(BlacklistValidityTooLong) as refused:
        new_blacklist_entry(
            CUSTOMER,
            BlacklistScope.COMPANY,
            None,
            "x",
            START,
            "marketing",
            expires_on=date(2027, 5, 28),
        )
    assert refused.value.longest == date(2027, 5, 27)
    override = DirectorOverride(by="director", reason="court case pending")
    long = new_blacklist_entry(
        CUSTOMER,
        BlacklistScope.COMPANY,
        None,
        "x",
        START,
        "marketing",
        expires_on=date(2027, 11, 27),
        override=override,
    )
    assert long.override == override


def test_validity_must_end_after_it_starts_R_GRD_5() -> None:
    with pytest.raises(BlacklistValidityInvalid):
        new_blacklist_entry(
            CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "m", expires_on=START
        )


def test_an_entry_needs_a_reason_and_a_consistent_scope_R_GRD_5() -> None:
    with pytest.raises(ReasonRequired):
        new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, " ", START, "marketing")
    with pytest.raises(BlacklistScopeInvalid):
        new_blacklist_entry(CUSTOMER, BlacklistScope.DEPARTMENT, None, "x", START, "manager")
    with pytest.raises(BlacklistScopeInvalid):
        new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, "台北一部", "x", START, "marketing")


def test_company_entry_binds_every_department_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    for department in ("台北一部", "台中二部", None):
        assert is_blacklisted([entry], CUSTOMER, department, START)
    assert not is_blacklisted([entry], CUSTOMER + 1, "台北一部", START)


def test_department_entry_binds_only_its_department_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.DEPARTMENT, "台北一部", "x", START, "m")
    assert is_blacklisted([entry], CUSTOMER, "台北一部", START)
    assert not is_blacklisted([entry], CUSTOMER, "台中二部", START)
    assert not is_blacklisted([entry], CUSTOMER, None, START)
    assert entries_in_force([entry], CUSTOMER, START) == (entry,)  # the badge shows anyway


def test_not_in_force_before_it_starts_and_datetimes_are_cut_to_days_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    assert not is_blacklisted([entry], CUSTOMER, None, START - timedelta(days=1))
    assert is_blacklisted([entry], CUSTOMER, None, datetime(2027, 5, 26, 23, 59))


def test_no_business_with_a_blacklisted_customer_R_GRD_5() -> None:
    entries = [
        new_blacklist_entry(CUSTOMER, BlacklistScope.DEPARTMENT, "台北一部", "late", START, "m"),
        new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "fraud", START, "marketing"),
    ]
    with pytest.raises(CustomerBlacklisted) as refused:
        check_may_do_business(entries, CUSTOMER, "台北一部", START)
    assert refused.value.scope is BlacklistScope.COMPANY  # the wider list is named first
    assert refused.value.expires_on == date(2027, 5, 27)
    check_may_do_business(entries, CUSTOMER + 1, "台北一部", START)


def test_lifting_ends_an_entry_early_and_needs_a_reason_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    with pytest.raises(ReasonRequired):
        lift(entry, date(2027, 1, 10), "marketing", "")
    lifted = lift(entry, date(2027, 1, 10), "marketing", "paid in full")
    assert lifted.ends_on == date(2027, 1, 10)
    assert is_blacklisted([lifted], CUSTOMER, None, date(2027, 1, 9))
    assert not is_blacklisted([lifted], CUSTOMER, None, date(2027, 1, 10))
    with pytest.raises(BlacklistEntryNotActive):
        lift(lifted, date(2027, 2, 1), "marketing", "again")
    with pytest.raises(BlacklistEntryNotActive):
        lift(entry, date(2027, 6, 1), "marketing", "after expiry")


def test_after_expiry_business_waits_for_readmission_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    after = date(2027, 6, 1)
    with pytest.raises(ReadmissionRequired) as refused:
        check_may_do_business([entry], CUSTOMER, "台北一部", after)
    assert refused.value.ended_on == date(2027, 5, 27)
    check_may_do_business([entry], CUSTOMER, "台北一部", after, readmitted_on=date(2027, 5, 30))
    # A re-admission before the entry ended does not count.
    with pytest.raises(ReadmissionRequired):
        check_may_do_business([entry], CUSTOMER, "台北一部", after, readmitted_on=date(2027, 1, 1))


def test_an_entry_lifted_before_it_started_needs_no_readmission_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    withdrawn = lift(entry, START - timedelta(days=3), "marketing", "entered by mistake")
    assert readmission_pending([withdrawn], CUSTOMER, None, date(2027, 6, 1), None) is None


def test_readmission_only_with_approval_after_review_and_only_as_qualified_R_GRD_5() -> None:
    entry = new_blacklist_entry(CUSTOMER, BlacklistScope.COMPANY, None, "x", START, "marketing")
    approval = ReadmissionApproval(by="general manager", on=date(2027, 6, 1))
    reviewed = AdmissionChecklist.all_met()
    with pytest.raises(CustomerBlacklisted):
        check_readmission(
            [entry], CUSTOMER, None, date(2027, 5, 1), Grade.QUALIFIED, reviewed, approval
        )
    later = date(2027, 6, 1)
    with pytest.raises(ReadmissionNeedsApproval):
        check_readmission([entry], CUSTOMER, None, later, Grade.QUALIFIED, reviewed, None)
    with pytest.raises(ReadmissionGradeNotQualified) as refused:
        check_readmission([entry], CUSTOMER, None, later, Grade.PREFERRED, reviewed, approval)
    assert refused.value.grade is Grade.PREFERRED
    with pytest.raises(AdmissionIncomplete):
        check_readmission(
            [entry], CUSTOMER, None, later, Grade.QUALIFIED, AdmissionChecklist(), approval
        )
    check_readmission([entry], CUSTOMER, None, later, Grade.QUALIFIED, reviewed, approval)


def test_director_sees_who_is_blacklisted_until_when_R_GRD_5() -> None:
    first = new_blacklist_entry(1, BlacklistScope.COMPANY, None, "x", START, "m")
    second = new_blacklist_entry(
        2, BlacklistScope.DEPARTMENT, "台北一部", "y", START, "m", expires_on=date(2027, 1, 1)
    )
    ended = new_blacklist_entry(3, BlacklistScope.COMPANY, None, "z", date(2025, 1, 1), "m")
    assert blacklist_in_force([first, second, ended], START) == (second, first)


@given(
    st.dates(date(2000, 1, 1), date(2100, 12, 31)),
    st.integers(1, 200),
    st.integers(-10, 400),
)
def test_in_force_exactly_from_start_to_before_expiry_R_GRD_5(
    start: date, days: int, probe: int
) -> None:
    expires = start + timedelta(days=days)
    try:
        entry = new_blacklist_entry(
            1, BlacklistScope.COMPANY, None, "x", start, "m", expires_on=expires
        )
    except BlacklistValidityTooLong:
        return
    at = start + timedelta(days=probe)
    assert is_blacklisted([entry], 1, "any", at) == (start <= at < expires)


def test_the_usual_last_day_is_six_months_on_less_a_day_and_its_expiry_the_day_after_R_GRD_5() -> (
    None
):
    from records_desk.domain.customers.blacklist import (
        BlacklistPolicy,
        expiry_after,
        usual_last_day,
    )

    assert usual_last_day(date(2026, 8, 31)) == date(
        2027, 2, 27
    )  # 2027-02-28 is the first free day
    assert usual_last_day(date(2026, 11, 27), BlacklistPolicy(default_months=3)) == date(
        2027, 2, 26
    )
    assert expiry_after(date(2027, 2, 27)) == date(2027, 2, 28)
