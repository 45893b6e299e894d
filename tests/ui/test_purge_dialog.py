"""Backups ▸ Purge old data… (R-BAK-4): the general manager sees what would go before anything
does, purges after a checked backup, and a second purge within six months is refused with the
date it may run again; the menu item is the general manager's alone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.settings import Settings
from records_desk.ui.backup.purge_dialog import PurgeDialog
from records_desk.ui.main_window import MainWindow
from tests.conftest import Clock


def old_void_file(s: Services, gm: Principal, clock: Clock) -> str:
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    draft = CustomerDraft(
        record_type=RecordType.CLOSED_SALES,
        name="甲",
        department="台北一部",
        phones=("0912-345-678",),
        admission=AdmissionChecklist.all_met(),
        event_date=date(2026, 11, 26),
    )
    info = s.customers.files.register(gm, draft)
    s.customers.files.void(gm, info.id, "重複建檔")
    clock.now = datetime(2030, 1, 5, 9, 0, tzinfo=UTC)
    return info.archive_number


def test_the_purge_dialog_lists_what_would_go_then_purges_after_a_backup_R_BAK_4(
    qtbot: QtBot,
    services: Services,
    gm: Principal,
    clock: Clock,
    ui_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = old_void_file(services, gm, clock)
    told: list[str] = []
    monkeypatch.setattr("records_desk.ui.notify.info", lambda _p, text, *_a: told.append(text))
    monkeypatch.setattr("records_desk.ui.backup.purge_dialog.ask", lambda _p, _t, yes: yes())
    dialog = PurgeDialog(services, gm, ui_settings)
    qtbot.addWidget(dialog)
    dialog.years.setValue(3)
    assert number in dialog.listing.toPlainText()
    assert dialog.purge_button.isEnabled()
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert told and "before-purge" in told[-1]
    assert number not in dialog.listing.toPlainText()
    assert not dialog.purge_button.isEnabled()  # six months before the next
    assert dialog.summary.text()


def test_only_the_general_manager_sees_the_purge_item_R_BAK_4(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], ui_settings: Settings
) -> None:
    for role, enabled in ((Role.GENERAL_MANAGER, True), (Role.CUSTOMER_DIRECTOR, False)):
        window = MainWindow(services, principals[role], ui_settings)
        qtbot.addWidget(window)
        assert window.menu_actions["backup_purge"].isEnabled() is enabled
        window.close()
