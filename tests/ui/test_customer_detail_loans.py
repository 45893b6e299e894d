"""The customer-files detail panel shows whether the selected file is out on loan, with whom
and until when (issue 11 Build 5), asked of the loans feature through features.py
`customer_files` (the customer feature imports nothing of loans)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.customers.tab import CustomersTab
from records_desk.wording.language import set_language
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import register


def test_the_detail_panel_says_the_file_is_out_with_whom_and_until_when(
    qtbot: QtBot, services: Services, gm: Principal
) -> None:
    set_language("en")
    [lent, kept] = register(services, gm, 2)
    loan = services.loans.lending.lend(gm, [lent.archive_number], "boss", "contract check")
    tab = CustomersTab(services, gm, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.waitUntil(lambda: tab.loaded)
    screen = tab.content
    assert screen is not None
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    for info, shown in ((lent, True), (kept, False)):
        row = screen.model.row_of(info.id)
        assert row is not None
        screen.table.setCurrentIndex(screen.model.index(row, 0))
        assert screen.detail.facts_note.isVisible() is shown
    screen.table.setCurrentIndex(screen.model.index(screen.model.row_of(lent.id) or 0, 0))
    note = screen.detail.facts_note.text()
    assert note.startswith(f"Out on loan {loan.number} to 王總 until ")
    tab.close()
    QApplication.processEvents()
