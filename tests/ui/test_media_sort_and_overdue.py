"""The media list sorted by a header click, through the database (issue 13 upkeep): the whole
list reordered, not only the rows read so far, the order kept when the filter changes; and an
issued medium past its due day shown as the loan register shows an overdue file — red on a
pale red ground, its number, state and due day bold, with a sign and a word for those who do
not see the colour and the days it is late in a tooltip — and "issued, overdue" offered by the
state filter. Data is made through the services."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediaFilter, MediaSort
from records_desk.services.media.search import MediaSearch, MediaSearchService
from records_desk.ui.common.overdue import OVERDUE_RED, OVERDUE_ROW
from records_desk.ui.media.media_model import OVERDUE_ROLE, MediaColumn, MediaTableModel
from records_desk.ui.media.media_table import MediaTable
from records_desk.ui.media.tab import MediaTab
from tests.conftest import Clock, cheap_settings
from tests.unit.media_fixtures import TODAY, issue, ready, register

DEPARTMENTS = ["工程部", "財務部", "客戶部"]


def _model(services: Services, actor: Principal) -> MediaTableModel:
    service = MediaSearchService(services.media.ctx)
    return MediaTableModel(
        lambda f: service.count(actor, f),
        lambda f, o, n: service.page(actor, f, o, n),
        page_size=3,
        first_page=3,
    )


def _click_header(qtbot: QtBot, table: MediaTable, column: MediaColumn) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _all_numbers(model: MediaTableModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(i).number for i in range(model.rowCount())]


def test_a_header_click_reorders_the_whole_list_not_only_the_rows_read(
    qtbot: QtBot, qtmodeltester: object, services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    for i in range(9):  # three pages; each department's media spread over all of them
        register(services, archivist, department=DEPARTMENTS[i % 3])
    model = _model(services, archivist)
    table = MediaTable(model)
    qtbot.addWidget(table)
    table.resize(1000, 400)
    table.show()
    qtbot.waitExposed(table)
    model.set_filter(MediaSearch())
    assert model.rowCount() == 3 and model.canFetchMore()  # one page read of three
    assert [model.row_at(i).department for i in range(3)] == DEPARTMENTS

    _click_header(qtbot, table, MediaColumn.DEPARTMENT)
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == MediaColumn.DEPARTMENT
    assert model.rowCount() == 3  # read again from the start, in the new order
    # The first page holds the whole list's first department (客戶部: USB-0003, -0006, -0009),
    # though none of them but one was among the rows read before the click.
    assert [model.row_at(i).number for i in range(3)] == ["USB-0003", "USB-0006", "USB-0009"]
    everything = MediaSearchService(services.media.ctx).page(
        archivist, MediaFilter(sort=MediaSort.DEPARTMENT), 0, 100
    )
    assert _all_numbers(model) == [r.number for r in everything]
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    _click_header(qtbot, table, MediaColumn.DEPARTMENT)  # again: going down
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [model.row_at(i).number for i in range(3)] == ["USB-0008", "USB-0005", "USB-0002"]

    model.set_filter(MediaSearch(text="usb-000"))  # a new filter keeps the order chosen
    assert model.filter is not None and model.filter.sort is MediaSort.DEPARTMENT
    assert _all_numbers(model)[:3] == ["USB-0008", "USB-0005", "USB-0002"]


def test_an_overdue_medium_is_highlighted_with_a_sign_a_word_and_its_days_late(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    clock: Clock,
) -> None:
    archivist = principals[Role.ARCHIVIST]
    late = ready(services, archivist).number
    in_time = ready(services, archivist).number
    services.media.inventory.apply(archivist, late, [issue("staff", "sales-manager", TODAY)])
    due = TODAY + timedelta(days=3)
    services.media.inventory.apply(archivist, in_time, [issue("staff", "sales-manager", due)])
    register(services, archivist, MediumType.HDD)
    clock.advance(days=3)  # the office's day is now the other medium's due day: in time

    tab = MediaTab(services, archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    screen = tab.content
    assert screen is not None
    model = screen.model

    def row_of(number: str) -> int:
        row = model.row_of(number)
        assert row is not None
        return row

    row = row_of(late)
    cell = model.index(row, MediaColumn.NUMBER)
    assert cell.data() == f"⚠ {late}"
    assert model.index(row, MediaColumn.STATE).data() == "issued, overdue"
    assert model.data(model.index(row, MediaColumn.DEPARTMENT), OVERDUE_ROLE) == 3
    for column in MediaColumn:
        index = model.index(row, column)
        foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        assert isinstance(foreground, QBrush) and foreground.color() == OVERDUE_RED
        assert isinstance(background, QBrush) and background.color() == OVERDUE_ROW
        bold = column in (MediaColumn.NUMBER, MediaColumn.STATE, MediaColumn.DUE)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        assert font.bold() if bold else font is None
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tip == f"Overdue by 3 days: due back on {TODAY.isoformat()}"
    other = row_of(in_time)
    assert model.index(other, MediaColumn.NUMBER).data() == in_time
    assert model.index(other, MediaColumn.STATE).data() == "issued to a borrower"
    assert (
        model.data(model.index(other, MediaColumn.NUMBER), Qt.ItemDataRole.BackgroundRole) is None
    )

    states = screen.filter_bar.state
    states.setCurrentIndex(states.findText("issued, overdue"))
    assert [model.row_at(i).number for i in range(model.rowCount())] == [late]
    assert screen.count_label.text() == "1 media"
    clock.advance(days=1)  # a day later the other is late too, the first by 4 days
    screen.refresh()
    assert model.rowCount() == 2
    tip = model.data(model.index(row_of(in_time), 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Overdue by 1 day: due back on {due.isoformat()}"
    assert model.data(model.index(row_of(late), 0), OVERDUE_ROLE) == 4
    tab.close()
