"""到期 and 逾期 looked the same (issue 10, §5): the due list (R-GRD-3: the review day has come,
still in time) and the overdue list (more than the grace days late) differ in title, badge,
colour, columns and note, so neither is taken for the other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.common.table import ALERT_COLOUR, WARNING_COLOUR
from records_desk.ui.customers.reviews_dialog import ReviewsDialog
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]


def _headers(model: object) -> list[str]:
    count = model.columnCount()  # type: ignore[attr-defined]
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(count)]  # type: ignore[attr-defined]


def test_due_and_overdue_reviews_look_different_R_GRD_3(
    qtbot: QtBot, services: Services, office: Office, clock: object
) -> None:
    late = register(services, office.archivist)[0]
    clock.advance(days=40)  # type: ignore[attr-defined]  # past the 30 grace days
    in_time = register(services, office.archivist)[0]  # due from admission: today
    dialog = ReviewsDialog(services, office.director)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
    due, overdue = dialog.due_model, dialog.overdue_model
    assert [due.item(0).customer.id] == [in_time.id]
    assert [overdue.item(0).customer.id] == [late.id]

    due_title, overdue_title = dialog.tabs.tabText(0), dialog.tabs.tabText(1)
    assert "Due" in due_title and "Overdue" in overdue_title and "late" in overdue_title
    due_icon, overdue_icon = dialog.tabs.tabIcon(0), dialog.tabs.tabIcon(1)
    assert not due_icon.isNull() and not overdue_icon.isNull()
    assert due_icon.pixmap(12).toImage().pixelColor(6, 6) == WARNING_COLOUR
    assert overdue_icon.pixmap(12).toImage().pixelColor(6, 6) == ALERT_COLOUR

    assert _headers(due) != _headers(overdue)
    assert "Review by" in _headers(due) and "Days left" in _headers(due)
    assert "Late since" in _headers(overdue) and "Days past due" in _headers(overdue)
    fg = Qt.ItemDataRole.ForegroundRole
    assert due.index(0, 4).data(fg).color() == WARNING_COLOUR
    assert overdue.index(0, 4).data(fg).color() == ALERT_COLOUR
    assert due.index(0, 6).data() == "30"  # days left to review it in time
    assert overdue.index(0, 6).data() == "40"

    notes = [dialog.findChild(QLabel, f"{n}Note") for n in ("reviewsDue", "reviewsOverdue")]
    assert notes[0].styleSheet() != notes[1].styleSheet()
    assert "in time" in notes[0].text() and "Late" in notes[1].text()
