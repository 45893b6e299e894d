"""A new user's pass over the 接待輪序 tab (issue 12): in zh_TW its buttons read 來訪客戶(W),
簽到(S) … 審核並關閉當日(R) and 重新整理(R), letters that did nothing when pressed with Alt (a
tool button has no mnemonic; the menu items have them). Seen in
/tmp/nu/shots/reception_reception_zh_TW.png."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from records_desk.ui.reception.screen import ReceptionScreen
from tests.ui.new_user_pass import OpenWindow, feature_screen, language, open_window
from tests.unit.customer_fixtures import Office, office

__all__ = ["language", "office", "open_window"]  # the fixtures


def test_the_reception_buttons_show_no_letter_that_does_nothing(
    qtbot: QtBot, office: Office, open_window: OpenWindow, language: str
) -> None:
    screen = feature_screen(qtbot, open_window(office.gm), "reception")
    assert isinstance(screen, ReceptionScreen)
    buttons = [b.text() for b in screen.toolbar.findChildren(QToolButton) if b.isVisible()]
    assert len(buttons) >= 8
    assert [t for t in buttons if re.search(r"\([A-Z]\)|&", t)] == [], language
