"""R-CUS-6 the weekly accuracy spot check: a random sample of the week's entries of the
configured size, each marked pass or fail with a note, failures counted as accuracy problems
until the file is corrected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from records_desk.domain.common.errors import OfficeDateInvalid
from records_desk.domain.customers.errors import ReasonRequired
from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.spot_check import (
    NoEntriesToCheck,
    SpotCheckAlreadyDrawn,
    SpotResult,
)
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, office, register

__all__ = ["office"]  # the fixture

FRIDAY = date(2026, 11, 27)


def test_sample_of_the_weeks_entries_of_the_configured_size_R_CUS_6(
    services: Services, office: Office, clock: Clock
) -> None:
    clock.advance(days=-7)
    last_week = {
        c.id
        for c in register(
            services, office.archivist, 3, name="上週客戶", event_date=date(2026, 11, 19)
        )
    }
    clock.advance(days=7)
    this_week = {c.id for c in register(services, office.archivist, 12)}
    services.customers.office.change(office.director, sample_size=5)  # the office's own size
    check = services.customers.spot_checks.draw(office.director, FRIDAY)
    assert (check.week_start, check.week_end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert (check.sample_size, check.population, len(check.items)) == (5, 12, 5)
    drawn = {item.customer.id for item in check.items}
    assert drawn <= this_week and not drawn & last_week
    assert {item.result for item in check.items} == {SpotResult.PENDING}
    assert check.drawn_by == "dora"
    entry = audit_trail(services, office.gm, "spot_check.draw")[-1]
    assert sorted(entry.details["customers"]) == sorted(drawn)

    with pytest.raises(SpotCheckAlreadyDrawn):  # no redrawing until the sample looks nice
        services.customers.spot_checks.draw(office.director, FRIDAY - timedelta(days=2))
    small_week = services.customers.spot_checks.draw(office.director, FRIDAY - timedelta(days=7))
    assert len(small_week.items) == 3  # fewer entries than the sample: all of them
    assert [c.id for c in services.customers.spot_checks.list(office.gm)] == [
        check.id,
        small_week.id,
    ]


def test_a_week_to_come_or_without_entries_is_not_drawn_R_CUS_6(
    services: Services, office: Office
) -> None:
    register(services, office.archivist)
    with pytest.raises(OfficeDateInvalid):
        services.customers.spot_checks.draw(office.director, FRIDAY + timedelta(days=3))
    with pytest.raises(NoEntriesToCheck):
        services.customers.spot_checks.draw(office.director, FRIDAY - timedelta(days=14))
    assert services.customers.spot_checks.list(office.director) == []


def test_pass_or_fail_with_a_note_failures_are_accuracy_problems_R_CUS_6(
    services: Services, office: Office, clock: Clock
) -> None:
    names = ["甲公司", "乙公司", "丙公司"]
    for index, name in enumerate(names):
        register(
            services, office.archivist, name=name, id_number="", phones=(f"0912-00000{index}",)
        )
    check = services.customers.spot_checks.draw(office.director, FRIDAY, size=3)
    good, bad, unchecked = check.items
    with pytest.raises(ReasonRequired):
        services.customers.spot_checks.mark(office.director, bad.id, passed=False, note=" ")
    services.customers.spot_checks.mark(office.director, good.id, passed=True)
    marked = services.customers.spot_checks.mark(
        office.director, bad.id, passed=False, note="電話與原始單據不符"
    )
    assert (marked.result, marked.note, marked.marked_by) == (
        SpotResult.FAILED,
        "電話與原始單據不符",
        "dora",
    )
    again = services.customers.spot_checks.get(office.gm, check.id)
    assert (again.passed, again.failed, again.pending) == (1, 1, 1)
    assert audit_trail(services, office.gm, "spot_check.mark")[-1].details["previous"] == "pending"

    def accuracy() -> list[int]:
        report = services.customers.quality.report(office.director)
        return [p.customer.id for p in report.problems if p.dimension is Dimension.ACCURACY]

    assert accuracy() == [bad.customer.id]
    problem = next(
        p
        for p in services.customers.quality.problems(office.gm)
        if p.dimension is Dimension.ACCURACY
    )
    assert problem.rule_id == "R-CUS-6" and "電話與原始單據不符" in problem.message

    clock.advance(hours=1)  # the archivist corrects the file: the failure is fixed
    services.customers.files.change_directly(
        office.director, bad.customer.id, {"phones": ["0912-345-679"]}, "spot check"
    )
    assert accuracy() == []
    fixed = services.customers.quality.fixed(office.gm)
    assert [(p.customer.id, p.rule_id) for p in fixed] == [(bad.customer.id, "R-CUS-6")]
    assert unchecked.result is SpotResult.PENDING
