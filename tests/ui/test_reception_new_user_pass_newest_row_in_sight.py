"""A new user's pass over the 接待輪序 tab (issue 12): with a day's sheet longer than the window,
the newest row — the visitor just assigned with F2 — was below the bottom edge: the list was
scrolled before the consultants' chips took their room. Seen in
/tmp/nu/shots/reception_after_walkin_zh_TW.png."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.reception.screen import ReceptionScreen
from tests.conftest import Clock, make_user
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window

__all__ = ["open_window"]  # the fixture


def last_row_in_sight(table: QTableView) -> bool:
    model = table.model()
    rect = table.visualRect(model.index(model.rowCount() - 1, 0))
    return table.viewport().rect().contains(rect)


def test_the_newest_visitor_row_is_in_sight(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
    clock: Clock,
) -> None:
    gm, clerk = principals[Role.GENERAL_MANAGER], principals[Role.RECEPTION_CLERK]
    for name in ("amy", "bob", "cat"):
        make_user(services, gm, name, Role.CONSULTANT)
        services.reception.day.sign_in(clerk, name)
    for n in range(30):
        clock.advance(minutes=2)
        made = services.reception.day.walk_in(clerk, Visitor(f"訪客{n}", f"09120000{n:02d}"))
        assert made.consultant is not None
        services.reception.day.visit_end(clerk, made.consultant)
    screen = feature_screen(qtbot, open_window(clerk), "reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 30)
    qtbot.wait(300)  # the chips and the layout settled
    assert last_row_in_sight(screen.table)
    services.reception.day.walk_in(clerk, Visitor("黃志明", "0912345678"))
    screen.refresh()  # as after F2
    assert screen.model.rowCount() == 31
    qtbot.wait(300)
    assert last_row_in_sight(screen.table)
