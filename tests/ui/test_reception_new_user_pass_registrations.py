"""A new user's pass over the 接待輪序 tab (issue 12): in the 登記與跟進 dialog 搜尋(F) and 跟進(F)
shared Alt+F (Find and Follow-up in English). Seen in
/tmp/nu/shots/reception_open_registrations_reception_zh_TW.png."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.ui.reception.screen import ReceptionScreen
from tests.ui.new_user_pass import (
    OpenWindow,
    clashes,
    feature_screen,
    language,
    open_window,
    shown_mnemonic_texts,
)

__all__ = ["language", "open_window"]  # the fixtures


def test_the_registrations_dialog_has_no_mnemonic_twice(
    qtbot: QtBot, principals: dict[Role, Principal], open_window: OpenWindow, language: str
) -> None:
    screen = feature_screen(qtbot, open_window(principals[Role.RECEPTION_CLERK]), "reception")
    assert isinstance(screen, ReceptionScreen)
    screen.open_registrations()
    dialog = screen.dialogs["registrations"]
    assert isinstance(dialog, QWidget)
    qtbot.waitUntil(dialog.isVisible)
    assert clashes(shown_mnemonic_texts(dialog)) == {}, language
    dialog.close()
