"""Shared by the new-user pass tests (tests/ui/test_*_new_user_pass_*.py): the main window
at 1366×768 as a role, each language, mnemonics and Tab walks as a keyboard user meets them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.i18n import Translations
from records_desk.ui.main_window import MainWindow

OpenWindow = Callable[[Principal], MainWindow]


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(QApplication.instance())
    if request.param != "en":
        assert translations.apply(request.param)
    yield request.param
    translations.clear()


@pytest.fixture
def open_window(qtbot: QtBot, services: Services, ui_settings: Settings) -> Iterator[OpenWindow]:
    windows: list[MainWindow] = []

    def open_as(principal: Principal) -> MainWindow:
        window = MainWindow(services, principal, ui_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window
        windows.append(window)
        return window

    yield open_as
    for window in windows:
        window.close()
    QApplication.processEvents()


def feature_screen(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    """The screen of the feature tab NAME, shown."""
    window.tabs.setCurrentWidget(window.feature_tabs[name])
    screen = window.feature_tabs[name].build()  # type: ignore[attr-defined]
    assert isinstance(screen, QWidget)
    qtbot.waitUntil(screen.isVisible)
    return screen


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), upper-cased."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].upper() if 0 <= at < len(plain) - 1 else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            seen.setdefault(key, []).append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


def shown_mnemonic_texts(root: QWidget) -> list[str]:
    """The texts of the buttons and buddied labels shown in ROOT's own window."""
    widgets = [w for w in root.findChildren(QWidget) if w.isVisible() and w.window() is root]
    return [w.text() for w in widgets if isinstance(w, QAbstractButton)] + [
        w.text() for w in widgets if isinstance(w, QLabel) and w.buddy() is not None
    ]


def menu_bar_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def press_label_mnemonic(qtbot: QtBot, window: MainWindow, start: QWidget, label: QLabel) -> None:
    """No letter twice among the menu bar's and the window's shown mnemonics; then LABEL's
    Alt+letter pressed from START (the list) opens no menu instead of reaching the field."""
    assert clashes(menu_bar_texts(window) + shown_mnemonic_texts(window)) == {}
    key = mnemonic(label.text())
    assert key is not None, label.text()
    start.setFocus()
    qtbot.keyClick(start, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is None


def tab_through(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets focused after each of PRESSES Tabs from START."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def scan(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """What a barcode scanner does: the characters, then Enter."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
