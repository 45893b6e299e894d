"""Issue 10 §2: date fields never clamp silently — a date outside the allowed range is shown as
typed and refused with the range in the message (an event date of 2030-01-01 was saved as
2026-01-01, a blacklist end of 2029-01-01 as 2027-01-01). Every date field keeps what was
typed: the new-file and blacklist forms, the record dialogs (附件1/2/4/5), the re-admission
approval, the spot-check week and the operation-log filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from records_desk.domain.common.errors import DateOutOfRange, OfficeDateInvalid
from records_desk.services.container import Services
from records_desk.ui.customers.blacklist_dialog import BlacklistDialog
from records_desk.ui.customers.blacklist_forms import CustomerChoice, ReadmitForm
from records_desk.ui.customers.evaluation_dialog import EvaluationDialog
from records_desk.ui.customers.review_dialog import ReviewDialog
from records_desk.ui.customers.spot_check_dialog import SpotCheckDialog
from records_desk.ui.customers.survey_dialog import SurveyDialog
from records_desk.ui.customers.visit_dialog import VisitDialog
from records_desk.ui.dialogs.audit_log_dialog import AuditLogDialog
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import DEPARTMENT, Office, office, register, today

__all__ = ["office"]  # the fixture, used by parameter name


def test_a_date_outside_the_range_is_kept_as_typed_and_refused_with_the_range(
    qtbot: QtBot,
) -> None:
    field = DateField(date(2026, 11, 27), earliest=date(1900, 1, 1), latest=date(2026, 11, 27))
    qtbot.addWidget(field)
    field.show()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2030-01-01")  # typed over the selection, as people do
    assert field.text() == "2030-01-01"
    with pytest.raises(DateOutOfRange) as refused:
        field.read()
    assert describe(refused.value) == (
        "“2030-01-01” is outside the allowed days, 1900-01-01 to 2026-11-27."
    )
    field.edit.setText("2026/02/30")
    with pytest.raises(OfficeDateInvalid):
        field.read()
    field.edit.setText("115/11/27")  # an ROC date reads too
    assert field.read() == date(2026, 11, 27)


def test_a_blacklist_end_is_never_moved_to_another_day(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    customer = register(services, office.archivist)[0]
    dialog = BlacklistDialog(services, office.director)
    qtbot.addWidget(dialog)
    choice = CustomerChoice(customer.id, customer.archive_number, customer.name, DEPARTMENT)
    form = dialog.open_add_form(choice)
    form.reason.setText("fraud")
    form.default_validity.setChecked(False)
    yesterday = today(services) - timedelta(days=1)
    form.last_day.edit.setText(yesterday.isoformat())
    form.buttons.accepted.emit()
    assert services.customers.blacklist.list_blacklist(office.director) == []
    assert shown == []  # said under the field (finding 12), in the one wording of a range
    assert form.date_errors[0][1].text() == (
        f"“{yesterday.isoformat()}” is outside the allowed days, "
        f"{today(services).isoformat()} to 2199-12-31."
    )
    assert form.last_day.text() == yesterday.isoformat() and form.isVisible()
    form.last_day.edit.setText("2029-01-01")
    form.override.setText("repeated fraud, board decision")
    form.buttons.accepted.emit()
    QApplication.processEvents()
    entries = services.customers.blacklist.list_blacklist(office.director)
    assert [e.last_day for e in entries] == [date(2029, 1, 1)]


def type_into(qtbot: QtBot, field: DateField, text: str) -> None:
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def test_a_record_date_after_today_stays_as_typed_and_is_refused_with_the_range(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    day = today(services)
    for kind, principal in (
        (ReviewDialog, office.manager),
        (VisitDialog, office.consultant),
        (EvaluationDialog, office.manager),
        (SurveyDialog, office.manager),
    ):
        args: tuple[object, ...] = (services, principal, cheap_settings(), info, day)
        if kind is EvaluationDialog:
            args += (services.customers.evaluations.policy,)
        dialog = kind(*args)
        qtbot.addWidget(dialog)
        dialog.show()
        type_into(qtbot, dialog.day, "2030-01-01")
        if isinstance(dialog, VisitDialog):
            dialog.summary.setPlainText("拜訪林經理")
        dialog.save()
        assert dialog.day.text() == "2030-01-01", kind  # as typed, not moved to today
        assert dialog.day_error.text() == (
            f"“2030-01-01” is outside the allowed days, 1900-01-01 to {day.isoformat()}."
        ), kind
        assert dialog.isVisible() and shown == [], kind
        dialog.close()
    assert services.customers.reviews.reviews(office.staff, info.id) == []
    assert services.customers.reviews.visits(office.staff, info.id) == []


def test_a_company_established_after_today_stays_as_typed_and_is_refused_with_the_range(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    day = today(services)
    dialog = SurveyDialog(services, office.manager, cheap_settings(), info, day)
    qtbot.addWidget(dialog)
    assert dialog.established.text() == ""  # not given
    type_into(qtbot, dialog.established, "2031-05-05")
    dialog.save()
    assert dialog.established.text() == "2031-05-05"
    assert dialog.established_error.text() == (
        f"“2031-05-05” is outside the allowed days, 1900-01-01 to {day.isoformat()}."
    )
    assert dialog.day_error.isHidden() and shown == []


def test_a_readmission_approved_after_today_stays_as_typed_and_is_refused_with_the_range(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    day = today(services)
    choice = CustomerChoice(1, "CS-2026-0001", "林記貿易有限公司", "台北一部")
    form = ReadmitForm(choice, day, None)
    qtbot.addWidget(form)
    sent: list[object] = []
    form.submitted.connect(sent.append)
    form.approved_by.setText("dora")
    type_into(qtbot, form.approved_on, "2029-01-01")
    form.buttons.accepted.emit()
    assert form.approved_on.text() == "2029-01-01"
    assert shown == []  # beside its field, not in a pop-up (finding 12)
    error = form.findChild(QLabel, "approvedOnError")
    assert error is not None and error.isVisibleTo(form)
    assert (
        error.text()
        == f"“2029-01-01” is outside the allowed days, 1900-01-01 to {day.isoformat()}."
    )
    assert sent == []


def test_a_spot_check_week_after_this_one_stays_as_typed_and_is_refused_with_the_range(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    register(services, office.archivist, 2)
    dialog = SpotCheckDialog(services, office.director)
    qtbot.addWidget(dialog)
    day = today(services)
    sunday = day + timedelta(days=6 - day.weekday())
    next_week = (sunday + timedelta(days=3)).isoformat()
    type_into(qtbot, dialog.week, next_week)
    dialog.draw()
    assert dialog.week.text() == next_week
    assert dialog.week_error.text() == (
        f"“{next_week}” is outside the allowed days, 1900-01-01 to {sunday.isoformat()}."
    )
    assert (
        dialog.model.rowCount() == 0 and services.customers.spot_checks.list(office.director) == []
    )
    type_into(qtbot, dialog.week, sunday.isoformat())  # this week's Sunday is fine
    dialog.draw()
    assert dialog.week_error.isHidden() and dialog.model.rowCount() == 2


def test_an_operation_log_filter_day_that_is_no_day_stays_as_typed_and_is_said(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    dialog = AuditLogDialog(services, office.gm, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    everything = dialog.model.total
    dialog.from_check.setChecked(True)
    type_into(qtbot, dialog.from_date, "2026-02-30")
    assert dialog.from_date.text() == "2026-02-30"  # not moved to 2026-02-28
    assert "2026-02-30" in dialog.date_error.text() and dialog.date_error.isVisibleTo(dialog)
    assert dialog.model.total == everything  # the entries stay as last filtered
    type_into(qtbot, dialog.from_date, "2099-01-01")  # no entry is written after today
    assert "2099-01-01" in dialog.date_error.text() and dialog.model.total == everything
