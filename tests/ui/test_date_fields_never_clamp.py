"""Issue 10 §2: date fields never clamp silently — a date outside the allowed range is shown as
typed and refused with the range in the message (an event date of 2030-01-01 was saved as
2026-01-01, a blacklist end of 2029-01-01 as 2027-01-01)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.common.errors import DateOutOfRange, OfficeDateInvalid
from records_desk.services.container import Services
from records_desk.ui.customers.blacklist_dialog import BlacklistDialog
from records_desk.ui.customers.blacklist_forms import CustomerChoice
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
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
    assert shown == [
        f"“{yesterday.isoformat()}” is too early: the first allowed day is "
        f"{today(services).isoformat()}."
    ]
    assert form.last_day.text() == yesterday.isoformat() and form.isVisible()
    form.last_day.edit.setText("2029-01-01")
    form.override.setText("repeated fraud, board decision")
    form.buttons.accepted.emit()
    QApplication.processEvents()
    entries = services.customers.blacklist.list_blacklist(office.director)
    assert [e.last_day for e in entries] == [date(2029, 1, 1)]
