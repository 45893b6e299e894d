"""The media tab's dialogs and tool bar (issue 13 §5): within each, no two items share a
mnemonic (Alt+letter), in English or in zh_TW — the stocktake's scan field (Alt+C) and its
"continue later" button once did."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.i18n import Translations
from records_desk.ui.media.screen import STEPS, MediaScreen
from records_desk.ui.media.tab import MediaTab
from tests.conftest import cheap_settings
from tests.ui.test_unique_mnemonics import buttons_of, clashes
from tests.unit.media_fixtures import PREPARATION, register


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(QApplication.instance())
    if request.param != "en":
        assert translations.apply(request.param)
    yield request.param
    translations.clear()


def test_no_two_items_of_a_media_dialog_share_a_mnemonic(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], language: str
) -> None:
    archivist = principals[Role.ARCHIVIST]
    number = register(services, archivist).number
    services.media.inventory.apply(archivist, number, PREPARATION)
    tab = MediaTab(services, archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    screen = tab.content
    assert isinstance(screen, MediaScreen)
    screen.select_medium(number, reread=True)
    opened: list[tuple[str, Callable[[], QDialog | None]]] = [
        ("register", screen.open_register),
        ("stocktake", screen.open_stocktake),
    ]
    opened += [(name, lambda steps=steps: screen.open_step(steps)) for name, steps in STEPS]
    found = {}
    for name, open_it in opened:
        dialog = open_it()
        assert dialog is not None
        found[name] = clashes(buttons_of(dialog))
        if name == "stocktake":  # the walk's buttons too, once a stocktake is open
            dialog.start()  # type: ignore[attr-defined]
            found["stocktake open"] = clashes(buttons_of(dialog))
        dialog.close()
    found["tool bar"] = clashes(a.text() for a in screen.toolbar.actions() if a.text())
    bar = screen.filter_bar
    found["filters"] = clashes(
        [*(label.text() for label in bar.findChildren(QLabel)), bar.due.text()]
    )
    assert {name: c for name, c in found.items() if c} == {}
    tab.close()
