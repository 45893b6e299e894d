"""The lists of the admin screens and dialogs (ui/common/table.py, found by the new-user pass):
a click on a column's header sorts the rows by it — numbers as numbers, dates in time order,
blanks last — the selection stays on its row and a refresh keeps the sort; until a click the
services' own order stands. Tab leaves a list instead of walking its cells for ever."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from records_desk.ui.common.table import Column, RowsModel, selected_item, table_view
from tests.ui.new_user_pass import tab_through


@dataclass(frozen=True)
class Row:
    name: str
    count: int
    due: date | None


ROWS = [
    Row("丙", 10, date(2026, 12, 1)),
    Row("甲", 2, None),
    Row("乙", 33, date(2025, 1, 9)),
]


def make(qtbot: QtBot) -> tuple[QWidget, RowsModel[Row], QWidget, QPushButton]:
    model: RowsModel[Row] = RowsModel(
        [
            Column("Name", lambda r: r.name),
            Column("Count", lambda r: r.count, numeric=True),
            Column("Due", lambda r: r.due),
        ]
    )
    model.set_rows(ROWS)
    window = QWidget()
    table = table_view(model, "sortTest", window)
    after = QPushButton("After", window)
    layout = QVBoxLayout(window)
    layout.addWidget(table)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, model, table, after


def names(model: RowsModel[Row]) -> list[str]:
    return [r.name for r in model.rows()]


def click_header(qtbot: QtBot, table: QWidget, column: int) -> None:
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_until_a_header_is_clicked_the_services_order_stands(qtbot: QtBot) -> None:
    _window, model, table, _after = make(qtbot)
    assert names(model) == ["丙", "甲", "乙"]
    assert table.horizontalHeader().sortIndicatorSection() == -1  # type: ignore[attr-defined]


def test_a_header_click_sorts_numbers_as_numbers_and_again_the_other_way(qtbot: QtBot) -> None:
    _window, model, table, _after = make(qtbot)
    click_header(qtbot, table, 1)
    assert [r.count for r in model.rows()] == [2, 10, 33]  # not "10" < "2" < "33"
    click_header(qtbot, table, 1)
    assert [r.count for r in model.rows()] == [33, 10, 2]


def test_dates_sort_in_time_order_with_blanks_last(qtbot: QtBot) -> None:
    _window, model, table, _after = make(qtbot)
    click_header(qtbot, table, 2)
    assert names(model) == ["乙", "丙", "甲"]
    click_header(qtbot, table, 2)
    assert names(model) == ["丙", "乙", "甲"]  # blanks stay last either way


def test_the_selection_stays_on_its_row_and_a_refresh_keeps_the_sort(qtbot: QtBot) -> None:
    _window, model, table, _after = make(qtbot)
    table.selectRow(2)  # type: ignore[attr-defined]
    assert selected_item(table).name == "乙"  # type: ignore[arg-type]
    click_header(qtbot, table, 1)
    assert selected_item(table).name == "乙"  # type: ignore[arg-type]
    model.set_rows([*ROWS, Row("丁", 1, None)])  # the list read again
    assert [r.count for r in model.rows()] == [1, 2, 10, 33]


def test_tab_leaves_a_list_for_the_next_control(qtbot: QtBot) -> None:
    window, _model, table, after = make(qtbot)
    window.activateWindow()
    table.selectRow(0)  # type: ignore[attr-defined]
    [focused] = tab_through(qtbot, table, 1)
    assert focused is after
