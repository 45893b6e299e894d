"""The blacklist through BlacklistService (R-GRD-5): scope, validity (6 months by default,
shorter allowed, longer only with an override), expiry by itself, lifting, re-admission only
after review and approval and only as 合格, the one service-side business check, and the
audit trail (R-AUD-1)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.customers.blacklist import BlacklistScope, ReadmissionApproval
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    BlacklistEntryNotActive,
    BlacklistScopeInvalid,
    BlacklistValidityTooLong,
    CustomerBlacklisted,
    ReadmissionGradeNotQualified,
    ReadmissionNeedsApproval,
    ReadmissionRequired,
    ReasonRequired,
)
from records_desk.domain.customers.file_errors import NotAwaitingReadmission
from records_desk.domain.customers.files import RevisionKind
from records_desk.domain.customers.vocabulary import AdmissionChecklist, AdmissionCriterion, Grade
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.customer_fixtures import DEPARTMENT, Office, audit_trail, office, register

__all__ = ["office"]  # the fixture

COMPANY, DEPT = BlacklistScope.COMPANY, BlacklistScope.DEPARTMENT
APPROVAL = ReadmissionApproval(by="王總 / 台北一部 陳經理", on=date(2027, 5, 28))


def test_an_entry_forbids_business_in_its_scope_only_R_GRD_5(
    services: Services, office: Office
) -> None:
    local, everywhere = register(services, office.archivist, 2)
    entry = services.customers.blacklist.add(
        office.director, local.id, DEPT, DEPARTMENT, "unpaid invoices"
    )
    services.customers.blacklist.add(office.gm, everywhere.id, COMPANY, None, "counterfeit goods")
    with pytest.raises(CustomerBlacklisted) as refused:
        services.customers.blacklist.assert_may_do_business(local.id, DEPARTMENT)
    assert (refused.value.scope, refused.value.department, refused.value.expires_on) == (
        DEPT,
        DEPARTMENT,
        date(2027, 5, 27),
    )
    services.customers.blacklist.assert_may_do_business(
        local.id, "台中部"
    )  # another department: fine
    for department in (DEPARTMENT, "台中部", None):
        with pytest.raises(CustomerBlacklisted):
            services.customers.blacklist.assert_may_do_business(everywhere.id, department)
    assert services.customers.files.get(office.staff, local.id).blacklisted_until == date(
        2027, 5, 26
    )
    assert (entry.decided_by, entry.in_force, entry.last_day) == ("dora", True, date(2027, 5, 26))
    assert [e.customer_id for e in services.customers.blacklist.list_blacklist(office.staff)] == [
        local.id,
        everywhere.id,
    ]
    with pytest.raises(BlacklistScopeInvalid):
        services.customers.blacklist.add(office.director, local.id, DEPT, None, "which department?")


def test_validity_is_6_months_shorter_allowed_longer_only_with_an_override_R_GRD_5(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    assert services.customers.blacklist.add(
        office.director, file.id, COMPANY, None, "x"
    ).expires_on == date(2027, 5, 27)
    short = services.customers.blacklist.add(
        office.director, file.id, COMPANY, None, "x", expires_on=date(2027, 1, 1)
    )
    assert short.last_day == date(2026, 12, 31)
    with pytest.raises(BlacklistValidityTooLong):
        services.customers.blacklist.add(
            office.director, file.id, COMPANY, None, "x", date(2027, 12, 1)
        )
    long = services.customers.blacklist.add(
        office.director, file.id, COMPANY, None, "x", date(2027, 12, 1), "court case pending"
    )
    assert long.override_reason == "court case pending"
    with pytest.raises(ReasonRequired):
        services.customers.blacklist.add(office.director, file.id, COMPANY, None, "  ")
    with pytest.raises(PermissionDenied):
        services.customers.blacklist.add(office.manager, file.id, COMPANY, None, "x")


def test_an_entry_expires_by_itself_and_readmission_is_then_needed_R_GRD_5(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    services.customers.blacklist.add(office.director, file.id, COMPANY, None, "unpaid invoices")
    with pytest.raises(CustomerBlacklisted):
        services.customers.blacklist.assert_may_do_business(file.id, DEPARTMENT, date(2027, 5, 26))
    with pytest.raises(ReadmissionRequired):
        services.customers.blacklist.assert_may_do_business(file.id, DEPARTMENT, date(2027, 5, 27))
    [ended] = services.customers.blacklist.list_blacklist(office.staff, at=date(2027, 5, 27))
    assert not ended.in_force


def test_readmission_after_expiry_with_approval_and_only_as_qualified_R_GRD_5(
    services: Services, office: Office, clock: Clock
) -> None:
    files = register(services, office.archivist, 7)
    vip = files[0]
    services.customers.grading.change_grade(office.manager, vip.id, Grade.VIP, "top buyer")
    services.customers.blacklist.add(office.director, vip.id, COMPANY, None, "unpaid invoices")
    full = AdmissionChecklist.all_met()
    with pytest.raises(CustomerBlacklisted):  # still in force
        services.customers.blacklist.readmit(office.director, vip.id, APPROVAL, full, "paid")

    clock.now = datetime(2027, 5, 28, 9, 0, tzinfo=UTC)
    with pytest.raises(ReadmissionNeedsApproval):
        services.customers.blacklist.readmit(office.director, vip.id, None, full, "paid")
    with pytest.raises(ReadmissionGradeNotQualified):
        services.customers.blacklist.readmit(
            office.director, vip.id, APPROVAL, full, "paid", Grade.VIP
        )
    partial = AdmissionChecklist(frozenset({AdmissionCriterion.LEGAL_CAPACITY}))
    with pytest.raises(AdmissionIncomplete):
        services.customers.blacklist.readmit(office.director, vip.id, APPROVAL, partial, "paid")
    with pytest.raises(PermissionDenied):
        services.customers.blacklist.readmit(office.manager, vip.id, APPROVAL, full, "paid")

    back = services.customers.blacklist.readmit(
        office.director, vip.id, APPROVAL, full, "paid in full"
    )
    assert (back.grade, back.readmitted_on) == (Grade.QUALIFIED, date(2027, 5, 28))
    services.customers.blacklist.assert_may_do_business(vip.id, DEPARTMENT)
    latest = services.customers.files.history(office.staff, vip.id)[-1]
    assert (latest.kind, latest.reason, latest.snapshot["grade"]) == (
        RevisionKind.READMISSION,
        "paid in full",
        "qualified",
    )
    entry = audit_trail(services, office.gm, "blacklist.readmit")[0]
    assert entry.details["approved_by"] == APPROVAL.by
    assert entry.details["blacklist_ended_on"] == "2027-05-27"


def test_lifting_ends_an_entry_early_and_keeps_it_R_GRD_5(
    services: Services, office: Office, clock: Clock
) -> None:
    file = register(services, office.archivist)[0]
    entry = services.customers.blacklist.add(
        office.director, file.id, COMPANY, None, "unpaid invoices"
    )
    clock.advance(days=3)
    with pytest.raises(ReasonRequired):
        services.customers.blacklist.lift(office.director, entry.id, "")
    lifted = services.customers.blacklist.lift(office.director, entry.id, "paid in full")
    assert (lifted.in_force, lifted.lifted_on, lifted.lifted_by) == (
        False,
        date(2026, 11, 30),
        "dora",
    )
    assert lifted.lift_reason == "paid in full"
    with pytest.raises(BlacklistEntryNotActive):
        services.customers.blacklist.lift(office.director, entry.id, "again")
    with pytest.raises(ReadmissionRequired):  # it was in force for three days
        services.customers.blacklist.assert_may_do_business(file.id, DEPARTMENT)
    assert [
        e.id for e in services.customers.blacklist.list_blacklist(office.staff, customer_id=file.id)
    ] == [entry.id]


def test_readmitting_a_customer_never_blacklisted_is_refused_R_GRD_5(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    with pytest.raises(NotAwaitingReadmission):
        services.customers.blacklist.readmit(
            office.director, file.id, APPROVAL, AdmissionChecklist.all_met(), "why"
        )
    services.customers.blacklist.assert_may_do_business(file.id, DEPARTMENT)


def test_blacklist_decisions_are_audited_R_AUD_1(
    services: Services, office: Office, clock: Clock
) -> None:
    file = register(services, office.archivist)[0]
    entry = services.customers.blacklist.add(
        office.director, file.id, COMPANY, None, "unpaid invoices"
    )
    clock.advance(days=1)
    services.customers.blacklist.lift(office.gm, entry.id, "paid")
    services.customers.blacklist.readmit(
        office.director, file.id, APPROVAL, AdmissionChecklist.all_met(), "paid"
    )
    trail = audit_trail(services, office.gm, "blacklist.")
    assert [(e.action, e.account, e.entity_id) for e in trail] == [
        ("blacklist.add", "dora", str(file.id)),
        ("blacklist.lift", "boss", str(file.id)),
        ("blacklist.readmit", "dora", str(file.id)),
    ]
    assert trail[0].details["expires_on"] == "2027-05-27"
