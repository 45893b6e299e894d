"""列入黑名單 and 重新準入 shared Alt+A (issue 10, §5): within one menu, one menu bar, one tool
bar or one dialog no two items may share a mnemonic (Alt+letter), in English or in zh_TW."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.i18n import Translations
from records_desk.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), upper-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return None


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            seen[key].append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


def menus_of(window: MainWindow) -> Iterator[tuple[str, list[str]]]:
    bar = window.menuBar()
    yield "menu bar", [a.text() for a in bar.actions()]
    todo = [a.menu() for a in bar.actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        assert isinstance(menu, QMenu)
        actions = [a for a in menu.actions() if not a.isSeparator()]
        yield menu.objectName() or menu.title(), [a.text() for a in actions]
        todo += [a.menu() for a in actions if a.menu() is not None]


def buttons_of(widget: QWidget) -> list[str]:
    """The texts whose mnemonics compete in one window: its buttons and buddied labels."""
    buttons = [b.text() for b in widget.findChildren(QAbstractButton) if b.window() is widget]
    labels = [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.buddy() is not None and label.window() is widget
    ]
    return buttons + labels


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(QApplication.instance())
    if request.param != "en":
        assert translations.apply(request.param)
    yield request.param
    translations.clear()


def test_no_two_items_of_a_main_window_menu_share_a_mnemonic(
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    principals: dict[Role, Principal],
    language: str,
) -> None:
    window = MainWindow(services, principals[Role.GENERAL_MANAGER], ui_settings)
    qtbot.addWidget(window)
    menus = dict(menus_of(window))
    assert len(menus) >= 5  # the bar, File, Customers, Admin, Help (at least)
    found = {name: c for name, texts in menus.items() if (c := clashes(texts))}
    assert found == {}, language


def test_add_to_blacklist_and_readmit_do_not_share_alt_a(
    qtbot: QtBot, services: Services, gm: Principal, language: str
) -> None:
    from records_desk.ui.customers.blacklist_dialog import BlacklistDialog

    dialog = BlacklistDialog(services, gm)
    qtbot.addWidget(dialog)
    assert mnemonic(dialog.add_button.text()) != mnemonic(dialog.readmit_button.text())
    assert clashes(buttons_of(dialog)) == {}, language
