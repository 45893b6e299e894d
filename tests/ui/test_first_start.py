"""First start of a records office (R-ACC): the general manager creates their account in the
first-run dialog, signs in, and reaches the main window with its four tabs and their name and
role in the status bar. Driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.settings import Options, Settings
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD

TAB_TITLES = ["Customer files", "Loan register", "Removable media", "Reception rotation"]
TAB_NAMES = ["customersTab", "loansTab", "mediaTab", "receptionTab"]


def fill_first_run(qtbot: QtBot, flow: SessionFlow, password: str, confirm: str | None = None):
    dialog = flow.first_run_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.user_name_edit, "boss")
    dialog.full_name_edit.setText("王總")  # QTest.keyClicks types ASCII only
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.confirm_edit, password if confirm is None else confirm)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return dialog


def test_first_start_creates_the_general_manager_then_signs_in_R_ACC(
    qtbot: QtBot, flow: SessionFlow, services: Services, ui_settings: Settings
) -> None:
    flow.start()
    assert flow.login_dialog is None
    first_run = fill_first_run(qtbot, flow, GM_PASSWORD)

    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    assert not first_run.isVisible()
    assert services.auth.has_accounts()
    login = flow.login_dialog
    assert login.user_name_edit.text() == "boss"  # remembered from the first-run dialog
    qtbot.keyClicks(login.password_edit, GM_PASSWORD)
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible())
    window = flow.main_window
    assert not login.isVisible()
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    assert "王總" in window.user_label.text() and "boss" in window.user_label.text()
    assert "General manager" in window.role_label.text()
    assert str(services.database.path) in window.db_label.text()
    assert "Encrypted" in window.encryption_label.text()
    assert "keyring" in window.encryption_label.text()
    assert window.admin_menu.menuAction().isVisible()
    assert ui_settings.get(Options.LAST_USER) == "boss"


def test_a_nine_character_password_is_refused_with_the_reason_R_ACC_3(
    qtbot: QtBot, flow: SessionFlow, services: Services
) -> None:
    flow.start()
    dialog = fill_first_run(qtbot, flow, "123456789")

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    text = dialog.error_label.text()
    assert "9 characters" in text and "at least 10" in text
    assert not services.auth.has_accounts()
    assert flow.login_dialog is None


def test_passwords_that_differ_are_refused_in_the_first_run_dialog(
    qtbot: QtBot, flow: SessionFlow, services: Services
) -> None:
    flow.start()
    dialog = fill_first_run(qtbot, flow, GM_PASSWORD, confirm=GM_PASSWORD + "x")

    assert dialog.isVisible()
    assert "do not match" in dialog.error_label.text()
    assert not services.auth.has_accounts()


def test_an_invalid_user_name_is_refused_in_the_first_run_dialog(
    qtbot: QtBot, flow: SessionFlow, services: Services
) -> None:
    flow.start()
    dialog = flow.first_run_dialog
    qtbot.keyClicks(dialog.user_name_edit, "a b")
    qtbot.keyClicks(dialog.password_edit, GM_PASSWORD)
    qtbot.keyClicks(dialog.confirm_edit, GM_PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert "user name must be 3 to 32" in dialog.error_label.text()
    assert not services.auth.has_accounts()


def test_cancelling_the_first_run_dialog_ends_the_app(qtbot: QtBot, flow: SessionFlow) -> None:
    flow.start()
    with qtbot.waitSignal(flow.finished, timeout=1000):
        flow.first_run_dialog.buttons.rejected.emit()
