"""Issue 9 finding 6: the Customers menu offers the export and the holiday SMS list only to
those who may export customer data — the general manager, the director and the archivist
(一篇 第二章2, R-ACC-2); the services refuse the others anyway."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.main_window import MainWindow
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]

EXPORTS = ("customer_export", "sms_list")


def _window(qtbot: QtBot, services: Services, settings: Settings, principal: object) -> MainWindow:
    window = MainWindow(services, principal, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_sales_manager_menus_no_longer_offer_the_export(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.manager)
    for name in EXPORTS:
        assert not window.menu_actions[name].isEnabled(), name
    assert window.menu_actions["data_quality"].isEnabled()  # what a sales manager keeps
    window._on_lock_changed(True)
    window._on_lock_changed(False)
    assert not any(window.menu_actions[name].isEnabled() for name in EXPORTS)


def test_a_greyed_menu_item_says_why(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    """A new-user try: the sales manager saw Export greyed with nothing saying why."""
    window = _window(qtbot, services, ui_settings, office.manager)
    for name in EXPORTS:
        assert "Not for your role (Sales manager)" in window.menu_actions[name].toolTip(), name
    assert "Not for your role" not in window.menu_actions["data_quality"].toolTip()
    assert window.feature_menus["customers"].toolTipsVisible()
    archivist = _window(qtbot, services, ui_settings, office.archivist)
    assert "Not for your role" not in archivist.menu_actions[EXPORTS[0]].toolTip()


def test_archivist_menus_offer_the_export(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.archivist)
    assert all(window.menu_actions[name].isEnabled() for name in EXPORTS)
