"""Finding 13 of the new-user try (2026-12-05), minor: an English placeholder in the new-file
dialog was cut off ("…otherwise i…"), and the empty spot-check table had narrow, crowded
headers and nothing saying what goes there."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.customers.register_dialog import RegisterDialog
from records_desk.ui.customers.spot_check_dialog import SpotCheckDialog
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]


def test_every_placeholder_of_the_new_file_dialog_is_read_whole(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    dialog = RegisterDialog(services, office.archivist, None, ["台北一部"], None, date(2026, 12, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edits = [e for e in dialog.findChildren(QLineEdit) if e.placeholderText() and e.isVisible()]
    assert len(edits) >= 3
    for edit in edits:
        room = edit.width() - 12  # the frame and the text margins
        shown = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert shown <= room, (edit.objectName(), edit.placeholderText())
    assert "otherwise it is issued" in dialog.old_number.toolTip()  # the whole rule, as a tip


def test_the_empty_spot_check_says_what_goes_there_with_room_for_it(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    dialog = SpotCheckDialog(services, office.director)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 500)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert "draw its sample" in dialog.view.placeholder
    header = dialog.view.horizontalHeader()
    metrics = dialog.view.fontMetrics()
    holds = {0: "CS-2026-00000", 1: "宏達貿易有限公司", 2: "售後服務部", 5: "2026-12-05 10:00"}
    for column, sample in holds.items():  # room for what the column will hold
        assert dialog.view.columnWidth(column) > metrics.horizontalAdvance(sample), column
    for column in range(header.count() - 1):
        assert dialog.view.columnWidth(column) >= header.sectionSizeHint(column), column
