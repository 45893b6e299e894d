"""The 客戶檔案 (Customers) menu: items by role from the permission matrix (R-ACC-2), and the
screens it opens."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.services.customers.search import CustomerQuery
from records_desk.settings import Settings
from records_desk.ui.customers.blacklist_dialog import BlacklistDialog
from records_desk.ui.main_window import MainWindow
from tests.unit.customer_fixtures import Office, office, register

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
    assert window.feature_menus["customers"].title() == "&Customers"
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


def test_export_from_the_menu_takes_the_tabs_current_view_R_AUD_2(
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    office: Office,
    tmp_path: Path,
    shown: list[str],
) -> None:
    register(services, office.archivist, 2)
    register(services, office.archivist, 1, name="陳記五金行")
    window = _window(qtbot, services, ui_settings, office.director)
    tab = window.tabs.widget(0)
    assert tab.current_query() is None  # not built yet: every file
    tab.build().search_bar.search.setText("陳記")
    assert tab.current_query() == CustomerQuery(text="陳記")
    window.menu_actions["customer_export"].trigger()
    export = window.controllers["customers"].export
    assert export.file_dialog is not None and export.file_dialog.isVisible()
    out = tmp_path / "view.xlsx"
    export.file_dialog.fileSelected.emit(str(out))
    job = export.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    values = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [row[1] for row in values[1:]] == ["陳記五金行"]


def test_blacklist_finds_the_customer_by_archive_number_R_GRD_5(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    customer = register(services, office.archivist)[0]
    dialog = BlacklistDialog(services, office.director)
    qtbot.addWidget(dialog)
    dialog.archive_number.setText(customer.archive_number.lower())
    dialog.start_add()
    form = dialog.form
    assert form is not None and form.isVisible()
    assert customer.archive_number in form.findChild(QLabel, "blacklistCustomer").text()
    dialog.archive_number.setText("CS-1999-99999")
    dialog.start_add()
    assert "CS-1999-99999" in shown[-1]


def test_the_customers_tab_shows_an_import_at_once(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = _window(qtbot, services, ui_settings, office.director)
    tab = window.tabs.widget(0)
    qtbot.waitUntil(lambda: getattr(tab, "loaded", True))
    window.menu_actions["customer_import"].trigger()
    dialog = window.dialogs["customer_import"]
    register(services, office.archivist, 2)  # as if the import had written them
    dialog.imported.emit(object())  # type: ignore[attr-defined]
    assert "2" in tab.count_label.text()  # type: ignore[attr-defined]


def test_blacklist_dialog_takes_the_file_selected_in_the_customers_tab(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    first, second = register(services, office.archivist, 2)
    window = _window(qtbot, services, ui_settings, office.director)
    screen = window.tabs.widget(0).build()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.table.setCurrentIndex(screen.model.index(screen.model.row_of(second.id), 0))
    window.menu_actions["blacklist"].trigger()
    dialog = window.dialogs["blacklist"]
    assert dialog.archive_number.text() == second.archive_number
    dialog.start_add()
    assert second.archive_number in dialog.form.findChild(QLabel, "blacklistCustomer").text()
    dialog.form.reject()
    # Another selection follows; a number the user typed stays.
    screen.table.setCurrentIndex(screen.model.index(screen.model.row_of(first.id), 0))
    window.menu_actions["blacklist"].trigger()
    assert dialog.archive_number.text() == first.archive_number
    dialog.archive_number.setText("CS-2026-00777")
    screen.table.setCurrentIndex(screen.model.index(screen.model.row_of(second.id), 0))
    window.menu_actions["blacklist"].trigger()
    assert dialog.archive_number.text() == "CS-2026-00777"


def test_blacklist_with_no_archive_number_names_the_field(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    dialog = BlacklistDialog(services, office.director)
    qtbot.addWidget(dialog)
    dialog.start_add()
    assert dialog.form is None
    assert "“Customer”" in shown[-1] and "archive number" in shown[-1]
    assert "numbered  " not in shown[-1] and not shown[-1].endswith("numbered .")
