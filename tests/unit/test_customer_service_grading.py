"""Grades through GradingService: quotas per department and product line counted from the
files themselves, the director's override with a reason (R-GRD-2), the quota view, and the
consultant's own prospect levels (R-GRD-6)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.errors import QuotaExceeded, ReasonRequired
from records_desk.domain.customers.file_errors import (
    CustomerVoided,
    GradeNotApplicable,
    NothingToChange,
)
from records_desk.domain.customers.files import RevisionKind
from records_desk.domain.customers.grading import QuotaScopeKind
from records_desk.domain.customers.vocabulary import Grade, ProspectLevel, RecordType
from records_desk.services.common.dto import AuditFilter
from records_desk.services.container import Services
from tests.unit.customer_fixtures import DEPARTMENT, Office, audit_trail, office, register

__all__ = ["office"]  # the fixture


def test_a_grade_within_the_quota_is_changed_and_kept_R_GRD_2(
    services: Services, office: Office
) -> None:
    files = register(services, office.archivist, 7)  # 1 VIP of 7 is 14.3 %
    change = services.customers.grading.change_grade(
        office.manager, files[0].id, Grade.VIP, "top buyer"
    )
    assert (change.from_grade, change.to_grade, change.by, change.breaches) == (
        Grade.QUALIFIED,
        Grade.VIP,
        "sam",
        (),
    )
    assert services.customers.files.get(office.staff, files[0].id).grade is Grade.VIP
    latest = services.customers.files.history(office.staff, files[0].id)[-1]
    assert (latest.kind, latest.reason, latest.snapshot["grade"]) == (
        RevisionKind.GRADE,
        "top buyer",
        "vip",
    )
    entry = audit_trail(services, office.gm, "grade.")[-1]
    assert (entry.action, entry.account, entry.details["from"], entry.details["to"]) == (
        "grade.change",
        "sam",
        "qualified",
        "vip",
    )


def test_a_department_over_15_percent_vip_is_refused_with_its_figures_R_GRD_2(
    services: Services, office: Office
) -> None:
    files = register(services, office.archivist, 7)
    services.customers.grading.change_grade(office.manager, files[0].id, Grade.VIP, "top buyer")
    with pytest.raises(QuotaExceeded) as refused:
        services.customers.grading.change_grade(office.manager, files[1].id, Grade.VIP, "second")
    error = refused.value
    assert (error.scope, error.scope_name, error.grade, error.cap) == (
        QuotaScopeKind.DEPARTMENT,
        DEPARTMENT,
        Grade.VIP,
        Fraction(15, 100),
    )
    assert (error.share_after, error.count_after, error.total_after) == (Fraction(2, 7), 2, 7)
    assert services.customers.files.get(office.staff, files[1].id).grade is Grade.QUALIFIED
    assert len(services.customers.files.history(office.staff, files[1].id)) == 1


def test_a_product_line_over_its_cap_is_refused_within_the_department_R_GRD_2(
    services: Services, office: Office
) -> None:
    bones = register(services, office.archivist, 7, product_lines=("骨科",))
    register(services, office.archivist, 13, product_lines=("義肢",))
    services.customers.grading.change_grade(office.manager, bones[0].id, Grade.VIP, "top buyer")
    with pytest.raises(QuotaExceeded) as refused:  # 2 of 20 in the department is fine
        services.customers.grading.change_grade(office.manager, bones[1].id, Grade.VIP, "second")
    assert (refused.value.scope, refused.value.scope_name) == (
        QuotaScopeKind.PRODUCT_LINE,
        f"{DEPARTMENT} / 骨科",
    )
    assert (refused.value.count_after, refused.value.total_after) == (2, 7)


def test_preferred_over_30_percent_is_refused_R_GRD_2(services: Services, office: Office) -> None:
    files = register(services, office.archivist, 4)  # 1 of 4 is 25 %, 2 of 4 is 50 %
    services.customers.grading.change_grade(
        office.manager, files[0].id, Grade.PREFERRED, "good year"
    )
    with pytest.raises(QuotaExceeded) as refused:
        services.customers.grading.change_grade(
            office.manager, files[1].id, Grade.PREFERRED, "good year"
        )
    assert (refused.value.grade, refused.value.cap) == (Grade.PREFERRED, Fraction(30, 100))


def test_a_director_overrides_a_quota_with_a_reason_on_record_R_GRD_2(
    services: Services, office: Office
) -> None:
    only = register(services, office.archivist)[0]
    with pytest.raises(ReasonRequired):
        services.customers.grading.change_grade(
            office.director, only.id, Grade.VIP, "strategic", override_reason=" "
        )
    change = services.customers.grading.change_grade(
        office.director, only.id, Grade.VIP, "strategic", override_reason="board decision 11/27"
    )
    assert change.override_reason == "board decision 11/27"
    assert [b["scope"] for b in change.breaches] == ["department", "product_line"]
    entry = audit_trail(services, office.gm, "grade.")[-1]
    assert (entry.action, entry.account, entry.details["override_reason"]) == (
        "grade.override",
        "dora",
        "board decision 11/27",
    )
    assert entry.details["breaches"][0] == {
        "grade": "vip",
        "scope": "department",
        "scope_name": DEPARTMENT,
        "cap": "3/20",
        "count_after": 1,
        "total_after": 1,
    }


def test_only_a_director_or_the_manager_overrides_R_GRD_2(
    services: Services, office: Office
) -> None:
    only = register(services, office.archivist)[0]
    with pytest.raises(PermissionDenied):
        services.customers.grading.change_grade(
            office.manager, only.id, Grade.VIP, "strategic", override_reason="I say so"
        )
    refusal = services.audit.page(office.gm, AuditFilter(action="permission.denied"), 0, 1)[0]
    assert (refusal.account, refusal.details["action"]) == ("sam", "grade.override")
    for actor in (office.consultant, office.archivist, office.staff):
        with pytest.raises(PermissionDenied):
            services.customers.grading.change_grade(actor, only.id, Grade.PREFERRED, "why not")


def test_grades_belong_to_active_admitted_files_R_GRD_2(services: Services, office: Office) -> None:
    internal = register(services, office.archivist, record_type=RecordType.INTERNAL)[0]
    with pytest.raises(GradeNotApplicable):
        services.customers.grading.change_grade(office.manager, internal.id, Grade.VIP, "why")
    file = register(services, office.archivist)[0]
    with pytest.raises(NothingToChange):
        services.customers.grading.change_grade(office.manager, file.id, Grade.QUALIFIED, "same")
    services.customers.files.void(office.director, file.id, "duplicate")
    with pytest.raises(CustomerVoided):
        services.customers.grading.change_grade(office.manager, file.id, Grade.PREFERRED, "why")


def test_quota_view_counts_active_not_blacklisted_files_per_department_and_line_R_GRD_2(
    services: Services, office: Office
) -> None:
    files = register(services, office.archivist, 7)
    register(services, office.archivist, 3, department="台中部", product_lines=())
    services.customers.grading.change_grade(office.manager, files[0].id, Grade.VIP, "top buyer")
    lines = {
        (q.scope_name, q.grade): q for q in services.customers.grading.quota_report(office.staff)
    }
    vip = lines[(DEPARTMENT, Grade.VIP)]
    assert (vip.count, vip.total, vip.allowed, vip.over) == (1, 7, 1, False)
    assert (vip.department, vip.product_line) == (DEPARTMENT, None)
    line = lines[(f"{DEPARTMENT} / 義肢", Grade.PREFERRED)]
    assert (line.department, line.product_line, line.count, line.total) == (
        DEPARTMENT,
        "義肢",
        0,
        7,
    )
    assert lines[("台中部", Grade.VIP)].total == 3
    # A voided and a blacklisted file leave the count: 1 VIP of 5 is now over 15 %.
    services.customers.files.void(office.director, files[1].id, "duplicate")
    services.customers.blacklist.add(
        office.director, files[2].id, BlacklistScope.COMPANY, None, "fraud"
    )
    lines = {
        (q.scope_name, q.grade): q for q in services.customers.grading.quota_report(office.staff)
    }
    assert (lines[(DEPARTMENT, Grade.VIP)].total, lines[(DEPARTMENT, Grade.VIP)].over) == (5, True)


def test_consultants_set_the_prospect_level_of_their_own_customers_only_R_GRD_6(
    services: Services, office: Office
) -> None:
    mine = register(services, office.archivist, consultant_id=office.consultant.account_id)[0]
    other = register(services, office.archivist)[0]
    info = services.customers.grading.set_prospect_level(
        office.consultant, mine.id, ProspectLevel.A, "signed"
    )
    assert (info.prospect_level, info.version) == (ProspectLevel.A, 2)
    assert services.customers.files.history(office.staff, mine.id)[-1].kind is RevisionKind.PROSPECT
    with pytest.raises(PermissionDenied):
        services.customers.grading.set_prospect_level(office.consultant, other.id, ProspectLevel.B)
    refusal = services.audit.page(office.gm, AuditFilter(action="permission.denied"), 0, 1)[0]
    assert (refusal.account, refusal.details["action"]) == ("carl", "prospect.set")
    services.customers.grading.set_prospect_level(office.manager, other.id, ProspectLevel.C)
    with pytest.raises(PermissionDenied):
        services.customers.grading.set_prospect_level(office.staff, other.id, ProspectLevel.A)
    assert audit_trail(services, office.gm, "prospect.set")[0].details["to"] == "A"
