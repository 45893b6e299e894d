"""A new user's pass over the 移動存儲介質 tab (issue 13), in English and in zh_TW: the
filter 密級(A) had the letter of the 管理(A) menu a director sees; Alt+A opened the menu.
Seen in /tmp/nu/shots/media_director_zh_TW.png."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.ui.media.screen import MediaScreen
from tests.ui.new_user_pass import (
    OpenWindow,
    clashes,
    feature_screen,
    language,
    menu_bar_texts,
    mnemonic,
    open_window,
    shown_mnemonic_texts,
)
from tests.unit.customer_fixtures import Office, office

__all__ = ["language", "office", "open_window"]  # the fixtures


def test_the_media_classification_filter_does_not_open_the_admin_menu(
    qtbot: QtBot, office: Office, open_window: OpenWindow, language: str
) -> None:
    window = open_window(office.director)
    screen = feature_screen(qtbot, window, "media")
    assert isinstance(screen, MediaScreen)
    assert clashes(menu_bar_texts(window) + shown_mnemonic_texts(window)) == {}, language
    key = mnemonic(screen.filter_bar.class_label.text())
    assert key is not None
    screen.table.setFocus()
    qtbot.keyClick(screen.table, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is None
    assert screen.filter_bar.class_label.buddy().hasFocus()
