"""The main window's wiring: admin menu by role (R-ACC-2), what the status bar says about the
key, the remembered tab, the audit-chain check from the menu, a live language switch, and the
one error dialog for unexpected errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Options, Settings
from records_desk.store.keystore import DatabaseKey
from records_desk.ui.exception_reporter import ExceptionReporter
from records_desk.ui.i18n import Translations, app_qm_path
from records_desk.ui.main_window import MainWindow
from records_desk.ui.messages import role_name

OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, services: Services, ui_settings: Settings) -> OpenWindow:
    def open_as(principal: Principal, translations: Translations | None = None) -> MainWindow:
        window = MainWindow(services, principal, ui_settings, translations)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_as


@pytest.mark.parametrize("role", list(Role))
def test_admin_menu_only_for_general_manager_and_customer_director_R_ACC_2(
    open_window: OpenWindow, principals: dict[Role, Principal], role: Role
) -> None:
    window = open_window(principals[role])
    admin = role in (Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR)
    assert window.admin_menu.menuAction().isVisible() is admin
    for name in ("accounts", "audit_log", "verify_audit"):
        assert window.menu_actions[name].isVisible() is admin
    assert role_name(role) in window.role_label.text()


def test_a_key_kept_in_a_file_is_said_plainly(
    open_window: OpenWindow, services: Services, gm: Principal
) -> None:
    services.database.key = DatabaseKey("0" * 64, "file", "/home/clerk/.config/k.key")
    window = open_window(gm)
    assert window.encryption_label.text() == (
        "Encrypted, key in private file /home/clerk/.config/k.key"
    )


def test_the_last_tab_and_geometry_are_remembered(
    open_window: OpenWindow, gm: Principal, ui_settings: Settings
) -> None:
    window = open_window(gm)
    window.tabs.setCurrentIndex(2)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.close()
    assert ui_settings.get(Options.LAST_TAB) == 2
    assert ui_settings.get(Options.MAIN_GEOMETRY)

    again = open_window(gm)
    assert again.tabs.currentIndex() == 2
    assert again.size().width() == 700


def test_verify_audit_chain_from_the_admin_menu(
    open_window: OpenWindow, gm: Principal, shown: list[str]
) -> None:
    window = open_window(gm)
    window.menu_actions["verify_audit"].trigger()
    assert len(shown) == 1 and "intact" in shown[0]


def test_the_accounts_and_log_dialogs_open_non_modal(
    open_window: OpenWindow, gm: Principal
) -> None:
    pytest.importorskip("records_desk.ui.dialogs.accounts_dialog")
    pytest.importorskip("records_desk.ui.dialogs.audit_log_dialog")
    window = open_window(gm)
    window.menu_actions["accounts"].trigger()
    window.menu_actions["audit_log"].trigger()
    for key in ("accounts", "audit_log"):
        dialog = window.dialogs[key]
        assert dialog.isVisible() and not dialog.isModal()


def test_settings_switch_the_language_while_running(
    qtbot: QtBot, open_window: OpenWindow, gm: Principal, ui_settings: Settings
) -> None:
    translations = Translations(QApplication.instance())
    window = open_window(gm, translations)
    assert window.tabs.tabText(0) == "Customer files"
    window.menu_actions["settings"].trigger()
    dialog = window.dialogs["settings"]
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
    dialog.idle_spin.setValue(25)
    try:
        dialog.buttons.accepted.emit()
        assert ui_settings.get(Options.LANGUAGE) == "zh_TW"
        assert ui_settings.get(Options.IDLE_LOCK_MINUTES) == 25
        assert window.idle.interval_ms() == 25 * 60_000
        if not app_qm_path("zh_TW").exists():
            pytest.skip("resources/i18n/records_desk_zh_TW.qm is not built yet (make i18n)")
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "客戶檔案")
        assert [window.tabs.tabText(i) for i in range(4)] == [
            "客戶檔案",
            "借閱登記",
            "移動存儲介質",
            "接待輪序",
        ]
    finally:
        translations.clear()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Customer files")


def test_an_unexpected_error_opens_one_dialog_with_copyable_details(
    qtbot: QtBot, tmp_path: Path
) -> None:
    reporter = ExceptionReporter(tmp_path / "records-desk.log")
    for message in ("first failure", "second failure"):
        try:
            raise RuntimeError(message)
        except RuntimeError as e:
            reporter(type(e), e, e.__traceback__)
    dialog = reporter.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "first failure" in dialog.text.text()
    assert str(tmp_path / "records-desk.log") in dialog.text.text()
    assert "2 errors" in dialog.text.text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "first failure" in copied and "second failure" in copied


def test_change_own_password_from_the_file_menu_R_ACC_3(
    open_window: OpenWindow, services: Services, gm: Principal, shown: list[str], qtbot: QtBot
) -> None:
    from tests.conftest import GM_PASSWORD

    window = open_window(gm)
    window.menu_actions["change_password"].trigger()
    dialog = window.dialogs["change_password"]
    dialog.current_edit.setText(GM_PASSWORD)
    dialog.new_edit.setText("short")
    dialog.confirm_edit.setText("short")
    dialog.change_button.click()
    assert "at least 10" in dialog.error_label.text() and dialog.isVisible()
    dialog.new_edit.setText("another-good-password")
    dialog.confirm_edit.setText("another-good-password")
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shown == ["Your password was changed."]
    assert services.auth.login("boss", "another-good-password").username == "boss"
    from records_desk.services.common.dto import AuditFilter

    newest = [r.action for r in services.audit.page(gm, AuditFilter(), 0, 3)]
    assert newest[1] == "account.password_changed"  # no extra "login" for a voluntary change
    assert newest[0] == "login"  # the login just above


def test_every_menu_item_reads_chinese_in_zh_tw_whichever_feature_declares_it(
    open_window: OpenWindow, principals: dict[Role, Principal]
) -> None:
    """A feature's actions are translated like the window's own (the Customers menu once
    showed English in zh_TW when its texts went through a helper lupdate cannot see)."""
    translations = Translations()
    assert translations.apply("zh_TW")
    try:
        window = open_window(principals[Role.GENERAL_MANAGER], translations)
        english = [
            f"{menu.objectName()}: {action.text()}"
            for menu_action in window.menuBar().actions()
            if (menu := menu_action.menu()) is not None
            for action in menu.actions()
            if not action.isSeparator()
            and not any("\u4e00" <= ch <= "\u9fff" for ch in action.text() + action.statusTip())
        ]
        assert english == []
        assert window.feature_menus["customers"].actions()  # the feature's menu was looked at
    finally:
        translations.clear()


def test_open_log_folder_without_a_file_manager_says_where_the_folder_is(
    qtbot: QtBot,
    open_window: OpenWindow,
    gm: Principal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    monkeypatch.setenv("RECORDS_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr("records_desk.ui.main_window.QDesktopServices.openUrl", lambda url: False)
    window = open_window(gm)
    window.menu_actions["open_log_folder"].trigger()
    dialog = window.dialogs["log_folder"]
    assert dialog.isVisible()
    path = dialog.findChild(QLineEdit, "folderPath")
    assert path.text() == str(tmp_path / "logs") and path.isReadOnly()
    dialog.findChild(QPushButton, "copyFolderPath").click()
    assert QGuiApplication.clipboard().text() == str(tmp_path / "logs")


def test_toolbar_buttons_show_no_mnemonic_letter() -> None:
    """A try in zh_TW: toolbar buttons read "新增檔案(N)", a letter that does nothing there."""
    from records_desk.ui.actions import button_text

    assert button_text("新增檔案(&N)…") == "新增檔案"
    assert button_text("匯入（&I）") == "匯入"
    assert button_text("&New file…") == "New file"
    assert button_text("Save && close...") == "Save & close"
