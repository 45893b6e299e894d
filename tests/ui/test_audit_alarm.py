"""The tamper alarm in the window (issue #9 finding 3, R-AUD-3): the general manager is told at
sign-in, the operation-log viewer shows it above the entries, and Verify reports it."""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher
from pytestqt.qtbot import QtBot

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.dialogs.audit_log_dialog import AuditLogDialog
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD, PASSWORD, cheap_settings
from tests.ui.test_login import sign_in


def cut_the_last_entry(services: Services, gm: Principal) -> None:
    """Three entries more, then the last one deleted with the key, triggers dropped."""
    for _ in range(3):
        services.auth.record(gm, AuditAction.SESSION_LOCK, "locked after idle time")
    conn = sqlcipher.connect(str(services.database.path))
    conn.execute(f"PRAGMA key = \"x'{services.database.key.hex}'\"")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    conn.commit()
    conn.close()


def test_the_general_manager_is_told_of_a_tamper_alarm_at_sign_in(
    qtbot: QtBot, flow: SessionFlow, services: Services, gm: Principal, shown: list[str]
) -> None:
    cut_the_last_entry(services, gm)
    flow.start()
    sign_in(qtbot, flow.login_dialog, "boss", GM_PASSWORD)
    qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible())
    assert len(shown) == 1
    assert "Tamper alarm" in shown[0] and "shortened" in shown[0]
    assert "ended at entry 3, though entry 4 had been written" in shown[0]
    assert "tell whoever looks after this computer" in shown[0]  # what to do


def test_the_director_who_may_verify_the_log_is_told_too(
    qtbot: QtBot,
    flow: SessionFlow,
    services: Services,
    principals: dict[Role, Principal],
    shown: list[str],
) -> None:
    cut_the_last_entry(services, principals[Role.GENERAL_MANAGER])
    flow.start()
    sign_in(qtbot, flow.login_dialog, principals[Role.CUSTOMER_DIRECTOR].username, PASSWORD)
    qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible())
    assert len(shown) == 1 and "shortened" in shown[0]


def test_other_accounts_are_not_told_at_sign_in(
    qtbot: QtBot,
    flow: SessionFlow,
    services: Services,
    principals: dict[Role, Principal],
    shown: list[str],
) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    cut_the_last_entry(services, gm)
    flow.start()
    sign_in(qtbot, flow.login_dialog, principals[Role.ARCHIVIST].username, PASSWORD)
    qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible())
    assert shown == []
    assert services.audit.alarms(gm)  # kept for the general manager all the same


def test_the_log_viewer_shows_the_alarm_and_verify_reports_it(
    qtbot: QtBot, services: Services, gm: Principal, shown: list[str]
) -> None:
    cut_the_last_entry(services, gm)
    services.auth.login("boss", GM_PASSWORD)  # the append that finds it
    dialog = AuditLogDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.alarm_label.isVisible()
    assert "shortened" in dialog.alarm_label.text()
    assert "put back by hand" in dialog.alarm_label.text()  # the harmless cause is named
    dialog.verify_chain()
    assert len(shown) == 1 and "shortened" in shown[0] and "intact" not in shown[0]
    dialog.close()
