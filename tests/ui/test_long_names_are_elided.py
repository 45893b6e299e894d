"""A long name widened its column until the due date and problem columns scrolled away (issue
10, §5): list columns fit their contents up to a width, a longer text is elided with the whole
of it in the tooltip, and the widths a user drags are remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.common.table import MAX_COLUMN_WIDTH
from records_desk.ui.customers.reviews_dialog import ReviewsDialog
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]

LONG_NAME = "臺灣" + "非常長的股份有限公司名稱" * 8  # 98 characters, within the 100 allowed


def _open(qtbot: QtBot, services: Services, office: Office, settings: Settings) -> ReviewsDialog:
    dialog = ReviewsDialog(services, office.director, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
    return dialog


def test_a_long_name_is_elided_and_the_due_date_stays_in_sight(
    qtbot: QtBot, services: Services, office: Office, ui_settings: Settings
) -> None:
    register(services, office.archivist, name=LONG_NAME)
    dialog = _open(qtbot, services, office, ui_settings)
    view = dialog.views[0]  # due: the file is due from admission
    assert dialog.due_model.rowCount() == 1
    header = view.horizontalHeader()
    assert header.sectionSize(1) <= MAX_COLUMN_WIDTH
    last = header.count() - 1
    assert header.sectionViewportPosition(last) < view.viewport().width()  # not scrolled away
    assert view.horizontalScrollBar().maximum() == 0
    name = dialog.due_model.index(0, 1)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME
    assert view.textElideMode() == Qt.TextElideMode.ElideRight


def test_column_widths_the_user_sets_are_remembered(
    qtbot: QtBot, services: Services, office: Office, ui_settings: Settings
) -> None:
    register(services, office.archivist, name=LONG_NAME)
    dialog = _open(qtbot, services, office, ui_settings)
    dialog.views[0].horizontalHeader().resizeSection(1, 150)  # as a drag does
    dialog.close()
    again = _open(qtbot, services, office, ui_settings)
    assert again.views[0].horizontalHeader().sectionSize(1) == 150
    again.refresh()
    qtbot.waitUntil(lambda: again.job is not None and again.job.done, timeout=30_000)
    assert again.views[0].horizontalHeader().sectionSize(1) == 150  # a reload keeps it


def test_a_long_name_does_not_widen_the_customers_table(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    from records_desk.ui.customers.customer_model import CustomerColumn
    from records_desk.ui.customers.tab import CustomersTab
    from tests.conftest import cheap_settings

    register(services, office.archivist, name=LONG_NAME)
    tab = CustomersTab(services, office.archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    table = tab.content.table  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    header = table.horizontalHeader()
    assert header.sectionSize(CustomerColumn.NAME) <= MAX_COLUMN_WIDTH
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    name = table.model().index(0, CustomerColumn.NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def test_the_customers_table_fits_a_1366_pixel_screen(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    from records_desk.ui.customers.tab import CustomersTab
    from tests.conftest import cheap_settings

    register(services, office.archivist, name=LONG_NAME)
    tab = CustomersTab(services, office.archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    table = tab.content.table  # type: ignore[union-attr]
    assert table.horizontalHeader().length() <= table.viewport().width()  # all in sight
