"""A new user's pass over the 移動存儲介質 tab (issue 13): the stocktake said "所有介質的盤點，由
archivist 於 … 開始" — the account, where the rest of the tab names the person (林檔案). Seen in
/tmp/nu/shots/media_stocktake_walk_zh_TW.png."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.media.screen import MediaScreen
from records_desk.ui.media.stocktake_dialog import StocktakeDialog
from tests.conftest import PASSWORD
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window
from tests.unit.media_fixtures import ready

__all__ = ["open_window"]  # the fixture


def test_the_stocktake_names_who_opened_it(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    services.accounts.create(gm, "lin", "林檔案", Role.ARCHIVIST, "temporary-pw")
    lin = services.auth.change_password("lin", "temporary-pw", PASSWORD)
    ready(services, lin)
    window = open_window(lin)
    screen = feature_screen(qtbot, window, "media")
    assert isinstance(screen, MediaScreen)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialogs["stocktake"]
    assert isinstance(dialog, StocktakeDialog)
    dialog.start()
    assert "by 林檔案" in dialog.status.text()
    assert "lin" not in dialog.status.text()
    dialog.close()
