"""A new user's pass over the three tabs (issues 11, 12, 13): Tab into the loans, media or
visitor-sheet list went from cell to cell of the selected row and round again, never on to the
detail, the tool bar or the filters. Seen in /tmp/nu/shots/loans_archivist_zh_TW.png,
media_archivist_zh_TW.png, reception_reception_zh_TW.png."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from tests.conftest import make_user
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window, tab_through
from tests.unit.customer_fixtures import register as register_files
from tests.unit.loan_fixtures import files
from tests.unit.media_fixtures import register

__all__ = ["open_window"]  # the fixture


def one_row(services: Services, principals: dict[Role, Principal], feature: str) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    if feature == "loans":
        services.loans.lending.lend(gm, files(services, gm, 1), "archivist", "check")
    elif feature == "media":
        register(services, gm)
    elif feature == "customers":  # the same shared view as the loans list (RecordTableView)
        register_files(services, gm)
    else:
        make_user(services, gm, "amy", Role.CONSULTANT)
        services.reception.day.sign_in(gm, "amy")
        services.reception.day.walk_in(gm, Visitor("陳先生", "0912345678"))


@pytest.mark.parametrize("feature", ["loans", "media", "reception", "customers"])
def test_tab_leaves_each_tabs_list(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
    feature: str,
) -> None:
    one_row(services, principals, feature)
    screen = feature_screen(qtbot, open_window(principals[Role.GENERAL_MANAGER]), feature)
    table = screen.table  # type: ignore[attr-defined]
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    visited = tab_through(qtbot, table, 1)
    assert visited[0] is not table
