"""R-DQ-1 every dimension found through the service, R-DQ-2 scores per maintainer and per
department with a floor of 0, R-DQ-3 problems naming their record and rule, fixes tracked and
dismissed duplicate pairs kept dismissed."""

from __future__ import annotations

import zlib
from datetime import date

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.duplicates import DismissalInvalid
from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.vocabulary import CustomerField, Grade, RecordType
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, office, register

__all__ = ["office"]  # the fixture


def unique(services: Services, office: Office, name: str, **changes: object) -> int:
    """A clean file of its own: a name, mobile and business number nobody else has."""
    number = zlib.crc32(name.encode()) % 100_000_000
    fields: dict[str, object] = {
        "name": name,
        "phones": (f"09{number:08d}",),
        "id_number": "",
        "record_type": RecordType.AFTER_SALES,
    }
    return register(services, office.archivist, 1, **(fields | changes))[0].id


def found(services: Services, office: Office) -> set[tuple[int, Dimension, str]]:
    return {
        (p.customer.id, p.dimension, p.rule_id)
        for p in services.customers.quality.problems(office.director)
    }


def test_each_dimension_is_found_through_the_service_R_DQ_1(
    services: Services, office: Office, clock: Clock
) -> None:
    clean = unique(services, office, "無問題公司")
    incomplete = unique(services, office, "缺電話公司", phones=())
    invalid = unique(services, office, "錯電話公司", phones=("12-34",), email="not-an-email")
    late = unique(services, office, "晚登公司", event_date=date(2026, 11, 20))
    twins = [c.id for c in register(services, office.archivist, 2, name="雙胞公司")]
    vip = unique(
        services, office, "黑名單公司", record_type=RecordType.CLOSED_SALES, id_number="04595257"
    )
    services.customers.grading.change_grade(
        office.gm, vip, Grade.VIP, "大客戶", override_reason="董事會"
    )
    services.customers.blacklist.add(office.gm, vip, BlacklistScope.COMPANY, None, "貨款未付")
    clock.advance(days=-300)
    overdue = unique(
        services,
        office,
        "久未評審公司",
        record_type=RecordType.CLOSED_SALES,
        event_date=date(2026, 1, 31),
    )
    clock.advance(days=300)
    spot = services.customers.spot_checks.draw(office.director, date(2026, 11, 27), size=50)
    wrong = next(i for i in spot.items if i.customer.id == clean)
    services.customers.spot_checks.mark(office.director, wrong.id, passed=False, note="地址錯誤")

    problems = found(services, office)
    assert (incomplete, Dimension.COMPLETENESS, "R-DQ-1") in problems
    assert (invalid, Dimension.VALIDITY, "R-DQ-1") in problems
    assert (late, Dimension.TIMELINESS, "R-CUS-5") in problems
    assert (overdue, Dimension.TIMELINESS, "R-GRD-3") in problems
    assert (twins[1], Dimension.UNIQUENESS, "R-DQ-1") in problems
    assert (vip, Dimension.CONSISTENCY, "R-GRD-5") in problems
    assert (clean, Dimension.ACCURACY, "R-CUS-6") in problems
    assert {p[1] for p in problems} == set(Dimension)
    assert {p for p in problems if p[0] == clean} == {(clean, Dimension.ACCURACY, "R-CUS-6")}
    validity = {
        p.field
        for p in services.customers.quality.problems(office.director)
        if p.customer.id == invalid and p.dimension is Dimension.VALIDITY
    }
    assert validity == {CustomerField.PHONE.value, CustomerField.EMAIL.value}


def test_scores_per_maintainer_and_department_floor_zero_R_DQ_2(
    services: Services, office: Office
) -> None:
    unique(services, office, "好公司")  # ann: no problem
    carl = office.consultant.account_id  # closed sales need a consultant (completeness)
    register(services, office.director, 2, name="重複", department="台中部", consultant_id=carl)
    register(services, office.gm, 16, name="大量", department="高雄部", consultant_id=carl)
    report = services.customers.quality.report(office.director)
    maintainers = {s.name: (s.open_problems, s.score) for s in report.by_maintainer}
    departments = {s.name: (s.open_problems, s.score) for s in report.by_department}
    assert maintainers == {"ann": (0, 100), "dora": (1, 99), "boss": (120, 0)}
    assert departments == {"台北一部": (0, 100), "台中部": (1, 99), "高雄部": (120, 0)}
    assert [s.name for s in report.by_maintainer] == ["boss", "dora", "ann"]  # worst first
    only = services.customers.quality.report(office.director, department="台中部")
    assert {p.customer.department for p in only.problems} == {"台中部"}
    assert only.by_department == report.by_department  # scores are never filtered
    assert {
        p.maintainer for p in services.customers.quality.problems(office.gm, maintainer="dora")
    } == {"dora"}
    assert report.checked_customers == 19


def test_each_look_is_audited_with_its_counts_R_AUD_2(services: Services, office: Office) -> None:
    unique(services, office, "錯電話公司", phones=("12-34",))
    services.customers.quality.report(office.manager, department="台北一部")
    services.customers.quality.report(office.manager)
    first, second = audit_trail(services, office.gm, "quality.view")
    assert first.account == "sam"
    assert first.details == {
        "files": 1,
        "open_problems": 1,
        "maintainer": None,
        "department": "台北一部",
        "new": 1,
        "fixed": 0,
    }
    assert (second.details["new"], second.details["department"]) == (0, None)


def test_problems_name_record_and_rule_fixes_are_tracked_R_DQ_3(
    services: Services, office: Office, clock: Clock
) -> None:
    bad = unique(services, office, "錯電話公司", phones=("12-34",))
    first = services.customers.quality.problems(office.archivist)
    assert len(first) == 1
    problem = first[0]
    assert (problem.customer.id, problem.customer.name, problem.rule_id) == (
        bad,
        "錯電話公司",
        "R-DQ-1",
    )
    assert problem.customer.archive_number.startswith("AS-2026-")
    assert (problem.maintainer, problem.field, problem.fixed_at) == ("ann", "phone", None)
    clock.advance(hours=2)
    again = services.customers.quality.problems(office.archivist)[0]
    assert (again.id, again.first_seen_at) == (problem.id, problem.first_seen_at)  # same one

    services.customers.files.change_directly(
        office.director, bad, {"phones": ["0912-345-678"]}, "typo"
    )
    assert services.customers.quality.problems(office.archivist) == []
    fixed = services.customers.quality.fixed(office.director)
    assert [(p.id, p.customer.id, p.fixed_at) for p in fixed] == [(problem.id, bad, clock.now)]


def test_a_dismissed_duplicate_pair_stays_dismissed_R_DQ_3(
    services: Services, office: Office
) -> None:
    a, b = (c.id for c in register(services, office.archivist, 2, name="同名公司"))
    duplicate = next(
        p
        for p in services.customers.quality.problems(office.archivist)
        if p.dimension is Dimension.UNIQUENESS
    )
    assert (duplicate.customer.id, duplicate.other_customer_id) == (b, a)
    with pytest.raises(DismissalInvalid):
        services.customers.quality.dismiss_duplicate(office.archivist, a, b, "  ")
    with pytest.raises(PermissionDenied):
        services.customers.quality.dismiss_duplicate(office.manager, a, b, "兩個分店")
    dismissal = services.customers.quality.dismiss_duplicate(office.archivist, b, a, "兩個分店")
    assert (dismissal.first_id, dismissal.second_id, dismissal.by) == (a, b, "ann")

    def uniqueness() -> list[int]:
        return [
            p.customer.id
            for p in services.customers.quality.problems(office.archivist)
            if p.dimension is Dimension.UNIQUENESS
        ]

    assert uniqueness() == []
    services.customers.files.change_directly(
        office.director, b, {"address": "台中市西屯區"}, "moved"
    )
    assert uniqueness() == []  # still dismissed after a change of either file
    third = register(services, office.archivist, name="同名公司")[0].id
    assert sorted(uniqueness()) == [third, third]  # a new file is a new pair
    assert services.customers.quality.dismissals(office.gm)[0].reason == "兩個分店"
    entry = audit_trail(services, office.gm, "quality.dismiss")[-1]
    assert entry.details == {"first_id": a, "second_id": b, "reason": "兩個分店"}
