"""Finding 6 of the new-user try (2026-12-05): in the operation log, a reversed range (from
2026-12-10 to 2026-12-01) showed an empty table with no message, and a start after today was
not flagged either. Both are said under the filters; the entries stay as last filtered."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.dialogs.audit_log_dialog import AuditLogDialog
from tests.conftest import cheap_settings


def test_a_reversed_range_is_said_not_shown_as_an_empty_log(
    qtbot: QtBot, services: Services, gm: Principal
) -> None:
    dialog = AuditLogDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    today = date.today()
    dialog.from_check.setChecked(True)
    dialog.to_check.setChecked(True)
    dialog.from_date.edit.setText("2000-01-01")
    dialog.apply_filter()
    everything = dialog.model.total
    assert everything > 0
    first, last = today - timedelta(days=1), today - timedelta(days=9)
    dialog.from_date.edit.setText(first.isoformat())  # each change filters at once
    before = dialog.model.total
    dialog.to_date.edit.setText(last.isoformat())
    assert dialog.date_error.isVisibleTo(dialog)
    assert dialog.date_error.text() == (
        f"The first day, {first.isoformat()}, is after the last day, {last.isoformat()}: swap them."
    )
    assert dialog.model.total == before  # not an empty list that looks like no entries
    dialog.from_date.edit.setText("2000-01-01")
    dialog.to_date.edit.setText(today.isoformat())
    dialog.apply_filter()
    assert dialog.date_error.isHidden() and dialog.model.total == everything


def test_a_start_after_today_is_flagged(qtbot: QtBot, services: Services, gm: Principal) -> None:
    dialog = AuditLogDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_check.setChecked(True)
    dialog.from_date.edit.setText("2000-01-01")
    dialog.apply_filter()
    everything = dialog.model.total
    assert everything > 0
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    dialog.from_date.edit.setText(tomorrow)
    dialog.apply_filter()
    assert dialog.date_error.isVisibleTo(dialog)
    assert dialog.date_error.text().startswith(f"“{tomorrow}” is outside the allowed days")
    assert dialog.model.total == everything
