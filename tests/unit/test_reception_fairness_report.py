"""The fairness report over the stored days (issue 12 "Fairness report"; R-REC-3, R-REC-5,
R-REC-13): per consultant for a day or a month — turns received, owed and served, forfeits,
courtesy and designated receptions, manager interventions — from the days replayed, and its
printed 接待公平性報表."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.dispute_errors import DealInvalid
from records_desk.domain.reception.vocabulary import AwayReason, Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.reception_desk_fixtures import consultants, signed_in


@pytest.fixture
def people(services: Services, principals: dict[Role, Principal]) -> dict[str, Principal]:
    found = consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob", "cat")
    found["clerk"] = principals[Role.RECEPTION_CLERK]
    found["manager"] = principals[Role.SALES_MANAGER]
    return found


def a_day(services: Services, people: dict[str, Principal], clock: Clock, day: date) -> None:
    """amy, bob, cat sign in; amy takes a visitor by rotation; bob goes away on a manager's
    assignment and is passed over (owed one); cat takes the next; amy, free again, the
    third; bob, back, takes the fourth as his priority return; a visitor names cat; the
    manager cancels cat's next turn; bob takes the sixth by rotation and the pointer, reaching
    cat, uses the cancelled turn up: amy takes the seventh."""
    clock.now = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
    desk, live = people["clerk"], services.reception.day
    signed_in(services, desk, "amy", "bob", "cat")
    steps = [
        lambda: live.walk_in(desk, Visitor("一號", "0922000001")),
        lambda: live.away(desk, "bob", AwayReason.MANAGER_ASSIGNMENT, "經理"),
        lambda: live.walk_in(desk, Visitor("二號", "0922000002")),
        lambda: live.visit_end(desk, "amy"),
        lambda: live.walk_in(desk, Visitor("三號", "0922000003")),
        lambda: live.back(desk, "bob"),
        lambda: live.walk_in(desk, Visitor("四號", "0922000004")),
        lambda: live.walk_in(desk, Visitor("五號", "0922000005"), designated="cat"),
        lambda: live.cancel_turn(people["manager"], "cat", "未按規範著裝"),
        lambda: live.visit_end(desk, "amy"),
        lambda: live.visit_end(desk, "bob"),
        lambda: live.walk_in(desk, Visitor("六號", "0922000006")),
        lambda: live.walk_in(desk, Visitor("七號", "0922000007")),
    ]
    for step in steps:
        clock.advance(minutes=1)
        step()


def test_a_days_report_counts_turns_owed_forfeits_and_interventions_R_REC_3(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    day = date(2026, 11, 27)
    a_day(services, people, clock, day)
    report = services.reception.fairness.day(people["amy"], day)
    rows = {r.consultant: r.figures for r in report.rows}
    assert [r.consultant for r in report.rows] == ["amy", "bob", "cat"]
    assert (report.days, report.visitors) == (1, 7)
    assert (rows["amy"]["turns"], rows["amy"]["rotation"]) == (3, 3)
    assert (rows["bob"]["owed_earned"], rows["bob"]["owed_served"]) == (1, 1)
    assert rows["bob"]["manager_assignments"] == 1 and rows["bob"]["turns"] == 2
    assert (rows["cat"]["designated"], rows["cat"]["turns_cancelled"]) == (1, 1)
    assert rows["cat"]["forfeits"] == 1  # the cancelled turn used up (R-REC-3)
    assert rows["cat"]["interventions"] == 1 and rows["bob"]["interventions"] == 1
    turns = sum(r["turns"] for r in rows.values())
    others = sum(r["designated"] + r["courtesy"] + r["returning"] for r in rows.values())
    assert turns + others == report.visitors


def test_a_months_report_sums_its_days_only_R_REC_13(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    a_day(services, people, clock, date(2026, 11, 27))
    one = services.reception.fairness.day(people["clerk"], date(2026, 11, 27))
    a_day(services, people, clock, date(2026, 11, 28))
    a_day(services, people, clock, date(2026, 12, 1))
    month = services.reception.fairness.month(people["clerk"], "2026-11")
    assert (month.start, month.end, month.days, month.visitors) == (
        date(2026, 11, 1), date(2026, 11, 30), 2, 2 * one.visitors,
    )  # fmt: skip
    for day_row, month_row in zip(one.rows, month.rows, strict=True):
        assert month_row.figures == {k: 2 * v for k, v in day_row.figures.items()}


def test_a_period_that_is_no_day_or_month_is_refused(
    services: Services, people: dict[str, Principal]
) -> None:
    for bad in ("2026-13", "2026", "11-2026"):
        with pytest.raises(DealInvalid):
            services.reception.fairness.month(people["clerk"], bad)


def test_the_report_is_for_the_reception_staff_not_everyone_R_REC_13(
    services: Services, principals: dict[Role, Principal]
) -> None:
    with pytest.raises(PermissionDenied):
        services.reception.fairness.day(principals[Role.STAFF], date(2026, 11, 27))


def test_the_printed_fairness_report_has_a_row_per_consultant_R_REC_13(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    a_day(services, people, clock, date(2026, 11, 27))
    forms = services.reception.fairness_forms
    data = forms.data(people["manager"], date(2026, 11, 1), date(2026, 11, 30))
    assert data["header"]["period"] == "2026 年 11 月"
    assert [r["consultant"] for r in data["rows"]] == ["Amy（amy）", "Bob（bob）", "Cat（cat）"]
    printed = forms.printed(people["manager"], date(2026, 11, 27), date(2026, 11, 27))
    assert printed.form_id == "fairness_report" and printed.title_zh == "接待公平性報表"
    assert printed.pdf.startswith(b"%PDF") and printed.pages == 1
