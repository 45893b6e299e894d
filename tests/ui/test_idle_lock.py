"""The idle lock (R-ACC): after the idle delay the window shows a password prompt instead of
the tabs and hides the app's other windows; nothing typed is lost; a wrong password keeps it
locked and counts toward the lockout; lock and unlock are audited (R-AUD-1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.ui.main_window import MainWindow
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD


def signed_in(qtbot: QtBot, flow: SessionFlow) -> MainWindow:
    flow.start("boss", GM_PASSWORD)
    window = flow.main_window
    assert window is not None
    qtbot.waitExposed(window)
    return window


def unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    page = window.screen_lock.page
    qtbot.keyClicks(page.password_edit, password)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)


def audit_actions(services: Services, gm: Principal) -> list[str]:
    rows = services.audit.page(gm, AuditFilter(action="session."), 0, 50)
    return [r.action for r in sorted(rows, key=lambda r: r.seq)]


def test_idle_window_locks_and_keeps_what_was_typed(
    qtbot: QtBot, flow: SessionFlow, services: Services, gm: Principal
) -> None:
    window = signed_in(qtbot, flow)
    window.tabs.setCurrentIndex(1)
    tab = window.tabs.widget(1)
    draft = QLineEdit(tab)
    draft.show()
    qtbot.keyClicks(draft, "half-typed loan note")

    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert window.stack.currentWidget() is window.screen_lock.page
    assert not window.tabs.isVisible()
    assert not window.menu_actions["accounts"].isEnabled()

    unlock(qtbot, window, "not-the-password")
    assert window.locked
    assert "4 attempts left" in window.screen_lock.page.error_label.text()

    unlock(qtbot, window, GM_PASSWORD)
    assert not window.locked
    assert window.tabs.isVisible() and window.tabs.currentWidget() is tab
    assert draft.isVisible() and draft.text() == "half-typed loan note"
    assert window.menu_actions["accounts"].isEnabled()
    assert audit_actions(services, gm)[-2:] == ["session.lock", "session.unlock"]


def test_input_keeps_the_window_unlocked(qtbot: QtBot, flow: SessionFlow, gm: Principal) -> None:
    window = signed_in(qtbot, flow)
    window.idle.set_interval_ms(300)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window.tabs, Qt.Key.Key_Shift)
    assert not window.locked


def test_lock_from_the_file_menu_hides_other_windows_until_unlocked(
    qtbot: QtBot, flow: SessionFlow, services: Services, gm: Principal
) -> None:
    window = signed_in(qtbot, flow)
    window.menu_actions["settings"].trigger()
    settings_dialog = window.dialogs["settings"]
    qtbot.waitExposed(settings_dialog)
    settings_dialog.idle_spin.setValue(42)

    window.menu_actions["lock"].trigger()

    assert window.locked
    assert not settings_dialog.isVisible()
    assert "session.lock" in audit_actions(services, gm)
    unlock(qtbot, window, GM_PASSWORD)
    assert settings_dialog.isVisible()
    assert settings_dialog.idle_spin.value() == 42


def test_failing_to_unlock_until_the_account_locks_signs_out_R_ACC_3(
    qtbot: QtBot, flow: SessionFlow, gm: Principal
) -> None:
    window = signed_in(qtbot, flow)
    window.lock("test")
    for _ in range(5):
        unlock(qtbot, window, "not-the-password")

    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    assert flow.main_window is None
    assert "locked" in flow.login_dialog.error_label.text()


def test_sign_out_from_the_lock_page(qtbot: QtBot, flow: SessionFlow, gm: Principal) -> None:
    window = signed_in(qtbot, flow)
    window.lock("test")
    qtbot.mouseClick(window.screen_lock.page.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    assert flow.main_window is None
    assert flow.login_dialog.error_label.text() == ""
