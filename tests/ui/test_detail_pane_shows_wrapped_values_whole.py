"""The detail pane cut off the second line of wrapped values (issue 10, §5): at every width of
the pane each value label is as tall as its wrapped text needs and as wide as it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.customers.tab import CustomersTab
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]

LONG_NAME = "臺灣" + "非常長的股份有限公司名稱" * 8
LONG_ADDRESS = "No. 100, Section 2, Nanjing East Road, Zhongshan District, Taipei City 104, Taiwan"


def test_wrapped_detail_values_are_shown_whole_at_every_pane_width(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    short, long = register(services, office.archivist, 1)[0], None
    long = register(services, office.archivist, name=LONG_NAME, address=LONG_ADDRESS)[0]
    tab = CustomersTab(services, office.archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    screen = tab.content
    assert screen is not None
    for customer in (short, long):
        screen.table.setCurrentIndex(screen.model.index(screen.model.row_of(customer.id), 0))
    detail = screen.detail
    viewport = detail.fields_scroll.viewport()
    for pane in (420, 330, 260, 220, 500):
        screen.splitter.setSizes([1366 - pane, pane])
        QApplication.processEvents()
        qtbot.wait(50)
        for name in ("name", "address"):
            label = detail.values[name]
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, (pane, name, label.height(), needed)
            right = label.mapTo(viewport, label.rect().topRight()).x()
            assert right <= viewport.width(), (pane, name, right, viewport.width())
        assert detail.fields_scroll.horizontalScrollBar().maximum() == 0, pane
