"""Signing in and out (R-ACC-3, R-AUD-1): the wrong-password message (the same for any refusal),
the lockout after five failures saying until when, disabled accounts, the forced change of an
expired password, sign-out back to the sign-in dialog, and signing in from the command line."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.ui.dialogs.login import LoginDialog
from records_desk.ui.messages import local_time
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD, Clock

NEW_PASSWORD = "a-brand-new-password"


def sign_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.user_name_edit.clear()
    qtbot.keyClicks(dialog.user_name_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def actions_of(services: Services, gm: Principal, prefix: str) -> list[str]:
    rows = services.audit.page(gm, AuditFilter(action=prefix), 0, 100)
    return [r.action for r in rows]


def test_a_wrong_password_says_wrong_user_name_or_password_R_ACC_3(
    qtbot: QtBot, flow: SessionFlow, gm: Principal
) -> None:
    flow.start()
    dialog = flow.login_dialog
    sign_in(qtbot, dialog, "boss", "not-the-password")

    assert dialog.isVisible()
    assert flow.main_window is None
    assert dialog.error_label.isVisible()
    # No count of attempts left: it told a real user name from an unknown one (issue 9).
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.password_edit.text() == ""


def test_five_failures_lock_the_account_and_say_until_when_R_ACC_3(
    qtbot: QtBot, flow: SessionFlow, gm: Principal, clock: Clock
) -> None:
    flow.start()
    dialog = flow.login_dialog
    for _ in range(5):
        sign_in(qtbot, dialog, "boss", "not-the-password")
    until = clock.now + timedelta(minutes=15)
    assert "locked" in dialog.error_label.text()
    assert local_time(until) in dialog.error_label.text()

    # Even the right password is refused while the lock lasts.
    sign_in(qtbot, dialog, "boss", GM_PASSWORD)
    assert flow.main_window is None
    assert local_time(until) in dialog.error_label.text()


def test_a_disabled_account_is_refused_without_confirming_the_password(
    qtbot: QtBot, flow: SessionFlow, services: Services, principals: dict[Role, Principal]
) -> None:
    services.accounts.disable(principals[Role.GENERAL_MANAGER], "staff", "left the company")
    flow.start()
    sign_in(qtbot, flow.login_dialog, "staff", "a-good-password")

    assert flow.main_window is None
    # The right password gets the message a wrong one gets (issue 9 finding 6).
    assert flow.login_dialog.error_label.text() == "Wrong user name or password."


def test_an_expired_password_must_be_changed_before_the_main_window_R_ACC_3(
    qtbot: QtBot, flow: SessionFlow, services: Services, gm: Principal, clock: Clock
) -> None:
    clock.advance(days=91)
    flow.start()
    sign_in(qtbot, flow.login_dialog, "boss", GM_PASSWORD)

    qtbot.waitUntil(
        lambda: flow.change_password_dialog is not None and flow.change_password_dialog.isVisible()
    )
    assert flow.main_window is None
    change = flow.change_password_dialog
    assert "90 days" in change.reason_label.text()
    qtbot.keyClicks(change.current_edit, GM_PASSWORD)
    qtbot.keyClicks(change.new_edit, "too-short")
    qtbot.keyClicks(change.confirm_edit, "too-short")
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert "at least 10" in change.error_label.text()

    for edit in (change.new_edit, change.confirm_edit):
        edit.clear()
        qtbot.keyClicks(edit, NEW_PASSWORD)
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible())
    assert not change.isVisible()
    assert flow.principal is not None and flow.principal.username == "boss"
    assert services.auth.login("boss", NEW_PASSWORD).username == "boss"


def test_sign_out_returns_to_the_sign_in_dialog_and_is_audited_R_AUD_1(
    qtbot: QtBot, flow: SessionFlow, services: Services, gm: Principal
) -> None:
    flow.start()
    sign_in(qtbot, flow.login_dialog, "boss", GM_PASSWORD)
    qtbot.waitUntil(lambda: flow.main_window is not None)
    window = flow.main_window

    window.menu_actions["sign_out"].trigger()

    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    assert flow.main_window is None and flow.principal is None
    assert not window.isVisible()
    assert flow.login_dialog.user_name_edit.text() == "boss"
    assert "logout" in actions_of(services, gm, "logout")


def test_closing_the_main_window_ends_the_session(
    qtbot: QtBot, flow: SessionFlow, services: Services, gm: Principal
) -> None:
    flow.start()
    sign_in(qtbot, flow.login_dialog, "boss", GM_PASSWORD)
    qtbot.waitUntil(lambda: flow.main_window is not None)
    with qtbot.waitSignal(flow.finished, timeout=1000):
        flow.main_window.menu_actions["quit"].trigger()
    assert "logout" in actions_of(services, gm, "logout")


def test_user_and_password_from_the_command_line_skip_the_dialog(
    qtbot: QtBot, flow: SessionFlow, gm: Principal
) -> None:
    with qtbot.waitSignal(flow.ready, timeout=1000):
        flow.start("boss", GM_PASSWORD)
    assert flow.login_dialog is None
    assert flow.main_window is not None and flow.main_window.isVisible()


def test_a_wrong_command_line_password_falls_back_to_the_dialog(
    qtbot: QtBot, flow: SessionFlow, gm: Principal
) -> None:
    flow.start("boss", "not-the-password")
    assert flow.main_window is None
    assert flow.login_dialog.isVisible()
    assert flow.login_dialog.user_name_edit.text() == "boss"
    assert "Wrong user name or password" in flow.login_dialog.error_label.text()
