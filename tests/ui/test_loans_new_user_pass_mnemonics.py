"""A new user's pass over the 借閱登記 tab (issue 11), in English and in zh_TW: Alt+letter that
did something else than the label or button showing it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.ui.loans.lend_dialog import LendDialog
from records_desk.ui.loans.screen import LoansScreen
from tests.ui.new_user_pass import (
    OpenWindow,
    clashes,
    feature_screen,
    language,
    open_window,
    press_label_mnemonic,
    shown_mnemonic_texts,
)
from tests.unit.customer_fixtures import Office, office

__all__ = ["language", "office", "open_window"]  # the fixtures


def test_the_loans_filters_mnemonics_do_not_open_a_menu_instead(
    qtbot: QtBot, office: Office, open_window: OpenWindow, language: str
) -> None:
    """Seen in /tmp/nu/shots/loans_archivist_zh_TW.png: 搜尋(R), 借閱人(B) and 登記日期起(F) had the
    letters of the 接待(R), 備份(B) and 檔案(F) menus; Alt+R opened the Reception menu."""
    window = open_window(office.director)
    screen = feature_screen(qtbot, window, "loans")
    assert isinstance(screen, LoansScreen)
    press_label_mnemonic(qtbot, window, screen.table, screen.filter_bar.search_label)
    assert screen.filter_bar.search.hasFocus()


def test_the_lend_dialog_has_no_mnemonic_twice(
    qtbot: QtBot, office: Office, open_window: OpenWindow, language: str
) -> None:
    """Seen in /tmp/nu/shots/loans_open_lend_LendDialog_archivist_zh_TW.png: 從清單移除(R) and
    室內查閱(R), 外單位人員(O) and 外借(O) shared their letters."""
    window = open_window(office.archivist)
    window.menu_actions["loan_lend"].trigger()
    dialog = feature_screen(qtbot, window, "loans").dialogs["lend"]  # type: ignore[attr-defined]
    assert isinstance(dialog, LendDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert clashes(shown_mnemonic_texts(dialog)) == {}, language
    dialog.close()
