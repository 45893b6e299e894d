"""A new user's pass over the 移動存儲介質 tab (issue 13), in English and in zh_TW: the
filter 密級(A) had the letter of the 管理(A) menu a director sees; Alt+A opened the menu.
Seen in /tmp/nu/shots/media_director_zh_TW.png."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.ui.media.screen import MediaScreen
from tests.ui.new_user_pass import (
    OpenWindow,
    feature_screen,
    language,
    open_window,
    press_label_mnemonic,
)
from tests.unit.customer_fixtures import Office, office

__all__ = ["language", "office", "open_window"]  # the fixtures


def test_the_media_classification_filter_does_not_open_the_admin_menu(
    qtbot: QtBot, office: Office, open_window: OpenWindow, language: str
) -> None:
    window = open_window(office.director)
    screen = feature_screen(qtbot, window, "media")
    assert isinstance(screen, MediaScreen)
    press_label_mnemonic(qtbot, window, screen.table, screen.filter_bar.class_label)
    assert screen.filter_bar.class_label.buddy().hasFocus()
