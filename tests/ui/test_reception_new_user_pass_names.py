"""A new user's pass over the 接待輪序 tab (issue 12): the sheet's 置業顧問 column named the
consultant (張業務) but its 跳過 column, the tooltip of 原因 and the last-assignment line gave the
account (sales3), which a receptionist does not know by heart. Seen in
/tmp/nu/shots/reception_reception_zh_TW.png."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import AwayReason, Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.reception.screen import ReceptionScreen
from tests.conftest import PASSWORD
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window

__all__ = ["open_window"]  # the fixture

COLUMN_PASSED_OVER = 10
COLUMN_WHY = 8


def test_the_passed_over_column_names_the_consultant_not_the_account(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
) -> None:
    gm, clerk = principals[Role.GENERAL_MANAGER], principals[Role.RECEPTION_CLERK]
    for username, name in (("sales3", "王業務"), ("sales4", "黃業務")):
        services.accounts.create(gm, username, name, Role.CONSULTANT, "temporary-pw")
        services.auth.change_password(username, "temporary-pw", PASSWORD)
        services.reception.day.sign_in(clerk, username)
    services.reception.day.away(clerk, "sales3", AwayReason.UNEXCUSED)
    services.reception.day.walk_in(clerk, Visitor("陳先生", "0912345678"))
    screen = feature_screen(qtbot, open_window(clerk), "reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 1)
    model = screen.model
    assert model.headerData(COLUMN_PASSED_OVER, Qt.Orientation.Horizontal) == "Passed over"
    passed = model.data(model.index(0, COLUMN_PASSED_OVER))
    assert passed.startswith("王業務 (") and "sales3" not in passed
    tip = model.data(model.index(0, COLUMN_WHY), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("王業務 (")
