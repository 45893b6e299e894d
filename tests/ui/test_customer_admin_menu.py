"""The 客戶檔案 (Customers) menu: items by role from the permission matrix (R-ACC-2), and the
screens it opens."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.main_window import MainWindow
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]

REFUSED_TO_STAFF = ("customer_import", "customer_export", "sms_list", "data_quality", "spot_check")
READ_BY_EVERYONE = ("grade_quotas", "reviews", "blacklist")


def _window(qtbot: QtBot, services: Services, settings: Settings, principal: object) -> MainWindow:
    window = MainWindow(services, principal, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_customer_menu_items_are_disabled_for_staff_R_ACC_2(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.staff)
    actions = window.menu_actions
    assert window.customer_menu.title() == "&Customers"
    for name in REFUSED_TO_STAFF:
        assert not actions[name].isEnabled(), name
    for name in READ_BY_EVERYONE:
        assert actions[name].isEnabled(), name


def test_customer_menu_items_are_enabled_for_the_director_R_ACC_2(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.director)
    for name in REFUSED_TO_STAFF + READ_BY_EVERYONE:
        assert window.menu_actions[name].isEnabled(), name
    assert window.menu_actions["customer_import"].shortcut().toString() == "Ctrl+I"
    assert window.menu_actions["customer_export"].shortcut().toString() == "Ctrl+E"


def test_customer_menu_locking_keeps_refusals_R_ACC_2(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.staff)
    window._on_lock_changed(True)
    window._on_lock_changed(False)
    assert not window.menu_actions["customer_import"].isEnabled()
    assert window.menu_actions["grade_quotas"].isEnabled()


def test_grade_quotas_opens_from_the_menu(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.director)
    window.menu_actions["grade_quotas"].trigger()
    assert window.dialogs["grade_quotas"].isVisible()
    window.menu_actions["blacklist"].trigger()
    window.menu_actions["reviews"].trigger()
    assert window.dialogs["blacklist"].isVisible() and window.dialogs["reviews"].isVisible()
