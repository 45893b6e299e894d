"""The backups in the main window (issue 14 §2; R-BAK-1…3): the status bar says when the last
good backup was made and is red when one is due; the automatic copy is made at start when one
is due (and not when the desk turned it off); Ctrl+Shift+B backs up now; the Backups dialog
lists the copies with their state (an altered one shown as such), verifies one and restores
one, after which the window closes; the restore button is for the general manager."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.backup.backups_dialog import BackupsDialog
from records_desk.ui.backup.status import AUTOMATIC, BackupStatusLabel
from records_desk.ui.main_window import MainWindow
from tests.ui.new_user_pass import OpenWindow, open_window

__all__ = ["open_window"]  # the fixture


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr("records_desk.ui.notify.info", lambda _p, text, *_a: told.append(text))
    monkeypatch.setattr("records_desk.ui.notify.error", lambda _p, text, *_a: told.append(text))
    return told


def status_of(window: MainWindow) -> BackupStatusLabel:
    label = window.findChild(BackupStatusLabel, "backupStatus")
    assert label is not None
    return label


def test_the_status_bar_turns_red_when_a_backup_is_due_and_plain_after_one_R_BAK_1(
    qtbot: QtBot, services: Services, gm: Principal, open_window: OpenWindow, said: list[str]
) -> None:
    window = open_window(gm)
    status = status_of(window)
    qtbot.waitUntil(lambda: status.status is not None)
    assert "⚠" in status.text() and "b71c1c" in status.styleSheet()  # none yet: red
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is None and dialog.model.rowCount() == 1, timeout=20_000)
    assert said and said[-1].startswith("Backup made")
    status.refresh()
    assert "⚠" not in status.text() and status.styleSheet() == ""
    assert dialog.model.item(0).good


def test_the_automatic_backup_is_made_at_start_when_one_is_due_unless_turned_off_R_BAK_1(
    qtbot: QtBot, services: Services, gm: Principal, open_window: OpenWindow, ui_settings: Settings
) -> None:
    window = open_window(gm)  # the tests' settings turn it off
    qtbot.wait(200)
    assert services.backup.backups.status().last_good is None
    window.close()
    ui_settings.set(AUTOMATIC, True)
    window = open_window(gm)
    status = status_of(window)
    qtbot.waitUntil(lambda: status.job is None and status.status is not None, timeout=20_000)
    assert services.backup.backups.status().last_good is not None
    assert not services.backup.backups.status().due


def test_the_backups_dialog_shows_an_altered_copy_verifies_and_restores_R_BAK_3(
    qtbot: QtBot,
    services: Services,
    gm: Principal,
    open_window: OpenWindow,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = services.backup.backups.make(gm)
    second = services.backup.backups.make(gm)
    manifest = second.path.with_name(bm.manifest_name(second.path.name))
    raw = json.loads(manifest.read_text("utf-8"))
    raw["tables"]["account"] += 1
    manifest.write_text(json.dumps(raw), "utf-8")
    window = open_window(gm)
    dialog = window.findChild(BackupsDialog, "backupsDialog") or _open(window)
    rows = {dialog.model.item(r).name: dialog.model.item(r) for r in range(dialog.model.rowCount())}
    assert rows[first.path.name].good and not rows[second.path.name].good
    bad_row = [r for r in range(dialog.model.rowCount()) if not dialog.model.item(r).good][0]
    dialog.table.selectRow(bad_row)
    assert not dialog.restore_button.isEnabled()  # an altered copy is never restored
    good_row = 1 - bad_row
    dialog.table.selectRow(good_row)
    dialog.verify_selected()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "is good" in said[-1]
    monkeypatch.setattr("records_desk.ui.backup.backups_dialog.ask",
                        lambda _parent, _text, on_yes: on_yes())  # fmt: skip
    dialog.restore_selected()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert "Restored" in said[-1]
    report = services.audit.verify(gm)  # the services work on the restored data, no alarm
    assert report.trustworthy, report


def _open(window: MainWindow) -> BackupsDialog:
    window.controllers["backup"].open_backups()  # type: ignore[attr-defined]
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert dialog is not None
    return dialog


def test_only_the_managers_may_restore_and_the_archivist_backs_up_R_BAK_3(
    qtbot: QtBot, principals: dict[Role, Principal], open_window: OpenWindow
) -> None:
    window = open_window(principals[Role.ARCHIVIST])
    dialog = _open(window)
    assert not dialog.may_restore and dialog.restore_button.toolTip()
    assert dialog.make_button.isEnabled()
    window.close()
    window = open_window(principals[Role.STAFF])
    assert not status_of(window).isVisible()
