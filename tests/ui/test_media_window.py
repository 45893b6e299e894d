"""The media inventory in the main window (issue 13 §5): the Media menu's Ctrl+M opens the
register dialog and Ctrl+K the stocktake on the 移動存儲介質 tab; the menu by role; a change
made in one dialog reaches the table through the change bus; the filters narrow the list
(state, type, due for stocktake) — a combo box hands back a state as a plain str, which
the list's query once failed on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import MediumState, MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.main_window import MainWindow
from records_desk.ui.media.register_dialog import RegisterMediumDialog
from records_desk.ui.media.screen import MediaScreen
from records_desk.ui.media.stocktake_dialog import StocktakeDialog
from tests.ui.new_user_pass import OpenWindow, open_window
from tests.unit.media_fixtures import PREPARATION, register

__all__ = ["open_window"]  # the fixture


def media_screen(window: MainWindow) -> MediaScreen:
    screen = window.feature_tabs["media"].build()  # type: ignore[attr-defined]
    assert isinstance(screen, MediaScreen)
    return screen


def test_ctrl_m_registers_a_medium_and_the_table_shows_it_on_the_media_tab(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], open_window: OpenWindow
) -> None:
    window = open_window(principals[Role.ARCHIVIST])
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.feature_tabs["media"]
    screen = media_screen(window)
    dialog = screen.dialogs["register"]
    assert isinstance(dialog, RegisterMediumDialog) and dialog.isVisible()
    dialog.department.setCurrentText("財務部")
    dialog.submit()
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 1)
    assert screen.model.row_at(0).number == "USB-0001"
    assert screen.count_label.text() == "1 media"
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialogs["stocktake"], StocktakeDialog)


def test_a_member_of_staff_is_told_who_registers_and_counts_media_R_ACC_5(
    principals: dict[Role, Principal], open_window: OpenWindow, shown: list[str]
) -> None:
    archivist = open_window(principals[Role.ARCHIVIST]).menu_actions
    assert archivist["media_register"].isEnabled() and archivist["media_stocktake"].isEnabled()
    window = open_window(principals[Role.STAFF])
    assert window.menu_actions["media_due"].isEnabled()
    window.menu_actions["media_register"].trigger()  # the deputy's rights are the services'
    screen = media_screen(window)
    assert "register" not in screen.dialogs
    assert len(shown) == 1 and "deputy archivist" in shown[0]
    assert not screen.register_action.isEnabled() and not screen.stocktake_action.isEnabled()


def test_the_filters_narrow_the_media_list_by_state_and_due_for_stocktake(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], open_window: OpenWindow
) -> None:
    archivist = principals[Role.ARCHIVIST]
    ready = register(services, archivist).number
    services.media.inventory.apply(archivist, ready, PREPARATION)
    register(services, archivist)
    window = open_window(archivist)
    window.menu_actions["media_due"].trigger()  # never counted: both are due
    screen = media_screen(window)
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 2)
    assert screen.filter_bar.due.isChecked()
    assert all("⚑" in screen.model.data(screen.model.index(r, 8)) for r in range(2))
    bar = screen.filter_bar
    bar.state.setCurrentIndex(bar.state.findData(MediumState.READY))
    assert [screen.model.row_at(r).number for r in range(screen.model.rowCount())] == [ready]
    bar.media_type.setCurrentIndex(bar.media_type.findData(MediumType.HDD))
    assert screen.model.rowCount() == 0
    bar.media_type.setCurrentIndex(bar.media_type.findData(MediumType.USB))
    assert screen.model.rowCount() == 1
    bar.state.setCurrentIndex(bar.state.findData(MediumState.LOST))
    assert screen.model.rowCount() == 0
    assert "No medium matches" in screen.table.placeholder


def test_the_deputy_archivist_registers_media_on_the_days_named_R_ACC_5(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], open_window: OpenWindow
) -> None:
    from tests.unit.media_fixtures import TODAY

    staff = principals[Role.STAFF]
    services.loans.deputies.appoint(principals[Role.GENERAL_MANAGER], staff.username, TODAY, TODAY)
    window = open_window(staff)
    window.menu_actions["media_register"].trigger()
    screen = media_screen(window)
    dialog = screen.dialogs["register"]
    assert isinstance(dialog, RegisterMediumDialog)
    dialog.department.setCurrentText("財務部")
    dialog.submit()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.register_action.isEnabled() and screen.stocktake_action.isEnabled()
