"""The director's customer-file views: grade quotas with breaches in red (R-GRD-2), reviews
and visits (R-GRD-3, R-GRD-4, R-CUS-8), and the blacklist (R-GRD-5). Data through the
services; message boxes captured by the `shown` fixture."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common.dates import add_months
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.container import Services
from records_desk.ui.common.table import ALERT_COLOUR
from records_desk.ui.customers.blacklist_dialog import BlacklistDialog, BlacklistModel
from records_desk.ui.customers.blacklist_forms import CustomerChoice
from records_desk.ui.customers.quota_dialog import QuotaDialog, QuotaModel
from records_desk.ui.customers.reviews_dialog import (
    DowngradeModel,
    ReviewDueModel,
    ReviewsDialog,
    VisitModel,
)
from tests.unit.customer_fixtures import DEPARTMENT, Office, office, register, today

__all__ = ["office"]  # the fixture, used by name


def loaded(qtbot: QtBot, dialog: Any) -> None:
    """Wait for the dialog's read, which runs off the UI thread."""
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)


def _breach(services: Services, o: Office) -> None:
    customers = register(services, o.archivist, 5)
    for c in customers[:2]:
        services.customers.grading.change_grade(
            o.gm, c.id, Grade.VIP, "key account", "sole distributor"
        )


def test_quota_view_shows_a_breach_in_red_with_department_and_share_R_GRD_2(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    _breach(services, office)
    dialog = QuotaDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    model = dialog.model
    rows = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data() == DEPARTMENT and model.index(r, 2).data() == "VIP"
    ]
    department_row = next(r for r in rows if model.index(r, 1).data() == "(whole department)")
    share = model.index(department_row, 5)
    assert share.data() == "40.0 %"
    assert share.data(Qt.ItemDataRole.ForegroundRole).color() == ALERT_COLOUR
    assert model.index(department_row, 6).data() == "15.0 %"
    summary = dialog.summary.text()
    assert DEPARTMENT in summary and "40.0 %" in summary and "15.0 %" in summary


def test_quota_view_within_caps_has_no_red_R_GRD_2(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    register(services, office.archivist, 3)
    dialog = QuotaDialog(services, office.staff)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    model = dialog.model
    assert model.rowCount() > 0
    for r in range(model.rowCount()):
        assert model.index(r, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "within" in dialog.summary.text()


def test_reviews_dialog_lists_never_reviewed_files_as_due_R_GRD_3(
    qtbot: QtBot, services: Services, office: Office, clock: object
) -> None:
    register(services, office.archivist, 2)
    clock.advance(days=200)  # type: ignore[attr-defined]
    dialog = ReviewsDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    listed = dialog.due_model.rowCount() + dialog.overdue_model.rowCount()
    assert listed == 2
    assert "(2)" in "".join(dialog.tabs.tabText(i) for i in range(2))
    # VIP and preferred visits (R-CUS-8) are their own tab
    assert dialog.tabs.count() == 4


def test_blacklist_adds_for_six_months_by_default_R_GRD_5(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    customer = register(services, office.archivist)[0]
    dialog = BlacklistDialog(services, office.director)
    qtbot.addWidget(dialog)
    choice = CustomerChoice(customer.id, customer.archive_number, customer.name, DEPARTMENT)
    form = dialog.open_add_form(choice)
    form.reason.setText("unpaid invoices")
    form.buttons.accepted.emit()
    entries = services.customers.blacklist.list_blacklist(office.director)
    assert len(entries) == 1
    day = today(services)
    assert entries[0].last_day == add_months(day, 6) - timedelta(days=1)
    assert dialog.model.rowCount() == 1
    until = dialog.model.index(0, 5)
    assert until.data() == entries[0].last_day.isoformat()
    assert until.data(Qt.ItemDataRole.ForegroundRole).color() == ALERT_COLOUR
    assert any("blacklisted until" in text for text in shown)


def test_blacklist_refuses_seven_months_without_a_director_override_R_GRD_5(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    customer = register(services, office.archivist)[0]
    dialog = BlacklistDialog(services, office.director)
    qtbot.addWidget(dialog)
    choice = CustomerChoice(customer.id, customer.archive_number, customer.name, DEPARTMENT)
    form = dialog.open_add_form(choice)
    form.reason.setText("fraud")
    form.default_validity.setChecked(False)
    seven = add_months(today(services), 7)
    form.last_day.setDate(QDate(seven.year, seven.month, seven.day))
    form.buttons.accepted.emit()
    assert services.customers.blacklist.list_blacklist(office.director) == []
    assert shown and form.isVisible()
    form.override.setText("repeated fraud, board decision")
    form.buttons.accepted.emit()
    entries = services.customers.blacklist.list_blacklist(office.director)
    assert len(entries) == 1 and entries[0].override_reason == "repeated fraud, board decision"


def test_blacklist_buttons_are_off_for_staff_R_GRD_5(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    dialog = BlacklistDialog(services, office.staff)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert not dialog.lift_button.isEnabled()
    assert not dialog.readmit_button.isEnabled()


def test_admin_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, services: Services, office: Office
) -> None:
    _breach(services, office)
    quota = QuotaModel()
    quota.set_rows(services.customers.grading.quota_report(office.director))
    customer = register(services, office.archivist)[0]
    services.customers.blacklist.add(
        office.director, customer.id, BlacklistScope.COMPANY, None, "unpaid"
    )
    blacklist = BlacklistModel()
    blacklist.set_rows(services.customers.blacklist.list_blacklist(office.director))
    due = ReviewDueModel()
    due.set_rows(services.customers.reviews.review_lists(office.director).due)
    for model in (quota, blacklist, due, DowngradeModel(), VisitModel()):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_blacklist_allows_a_shorter_validity_R_GRD_5(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    customer = register(services, office.archivist)[0]
    dialog = BlacklistDialog(services, office.director)
    qtbot.addWidget(dialog)
    choice = CustomerChoice(customer.id, customer.archive_number, customer.name, DEPARTMENT)
    form = dialog.open_add_form(choice)
    form.reason.setText("late payments")
    form.scope.setCurrentIndex(form.scope.findData(BlacklistScope.DEPARTMENT))
    form.default_validity.setChecked(False)
    three = add_months(today(services), 3)
    form.last_day.setDate(QDate(three.year, three.month, three.day))
    form.buttons.accepted.emit()
    [entry] = services.customers.blacklist.list_blacklist(office.director)
    assert entry.last_day == three and entry.department == DEPARTMENT
    assert entry.override_reason is None
