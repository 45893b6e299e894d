"""Finding 12 of the new-user try (2026-12-05): a day out of range was refused in three
wordings — the new-file dialog's 「不在允許的日期範圍內（…至…）」, the review/visit/spot
check's 「太晚：最晚可填 …」 and the import's 「是未來的日期，事件日期不可晚於今天」 — and
re-admission said its date error in a pop-up. One wording, the date field's, with the range;
re-admission says it under its field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from records_desk.domain.common.dates import parse_office_date
from records_desk.domain.common.errors import DateOutOfRange, OfficeDateInvalid
from records_desk.ui.customers.blacklist_forms import CustomerChoice, ReadmitForm
from records_desk.wording import describe
from records_desk.wording.language import set_language

TODAY = date(2026, 12, 5)


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_TW")
    yield
    set_language("en")


def test_every_day_out_of_range_is_said_one_way_with_the_range(chinese: None) -> None:
    both = describe(DateOutOfRange("2030-01-01", date(1900, 1, 1), TODAY))
    latest_only = describe(DateOutOfRange("2030-01-01", None, TODAY))  # review, visit, spot check
    with pytest.raises(OfficeDateInvalid) as imported:  # the import's event date
        parse_office_date("2030-01-01", not_after=TODAY)
    in_future = describe(imported.value)
    expected = "「2030-01-01」不在允許的日期範圍內（1900-01-01 至 2026-12-05）。"
    assert both == latest_only == in_future == expected
    earliest_only = describe(DateOutOfRange("2026-12-01", TODAY, None))  # a blacklist's last day
    assert earliest_only == "「2026-12-01」不在允許的日期範圍內（2026-12-05 至 2199-12-31）。"


def test_readmissions_date_error_is_said_beside_its_field(qtbot: QtBot, shown: list[str]) -> None:
    choice = CustomerChoice(1, "CS-2026-00001", "林記貿易有限公司", "台北一部")
    form = ReadmitForm(choice, TODAY, None)
    qtbot.addWidget(form)
    form.show()
    sent: list[object] = []
    form.submitted.connect(sent.append)
    form.approved_by.setText("dora")
    form.approved_on.edit.setText("2029-01-01")
    form.buttons.accepted.emit()
    error = form.findChild(QLabel, "approvedOnError")
    assert error is not None and error.isVisible() and shown == [] and sent == []
    assert error.text() == "“2029-01-01” is outside the allowed days, 1900-01-01 to 2026-12-05."
    assert form.approved_on.edit.hasFocus() or not form.isActiveWindow()
    form.approved_on.edit.setText("2026-12-01")
    form.buttons.accepted.emit()
    assert error.isHidden() and len(sent) == 1
