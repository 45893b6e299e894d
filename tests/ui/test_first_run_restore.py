"""Restoring a backup at the first start on a new PC (issue 14 §4): the first-start dialog's
"Restore from a backup…" asks for the key this computer does not hold (typed from the
key-recovery sheet; refused inline, saying what is wrong), puts the backup in place of the
new, empty office and goes on to the sign-in dialog of the restored office's accounts. A wrong
key leaves the empty office usable; an office that has an account meanwhile is not replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from records_desk.domain.backup.key_text import format_key
from records_desk.domain.common import backup_manifest as bm
from records_desk.services.container import Services, build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import SERVICE, KeyStore
from records_desk.ui.backup.first_run_restore import FirstRunRestoreDialog
from records_desk.ui.dialogs.first_run import FirstRunDialog
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD, MemoryKeyring, cheap_settings
from tests.integration.test_backup_restore import add_files
from tests.ui.test_first_start import fill_first_run


@pytest.fixture
def backup(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[tuple[Path, str]]:
    """A backup of another office (its general manager "boss", three files) and the key as its
    key-recovery sheet prints it; this computer's keyring no longer holds that key."""
    old_path = tmp_path / "old-pc" / "records.db"
    old = build_services(open_database(old_path, KeyStore(tmp_path / "config")), cheap_settings())
    gm = old.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    add_files(old, gm, 3)
    made = old.backup.backups.make(gm, to=tmp_path / "usb")
    sheet = format_key(old.database.key.hex)
    old.close()
    memory_keyring.store.pop((SERVICE, str(old_path.resolve())))
    yield made.path, sheet


def start_restore(
    qtbot: QtBot, flow: SessionFlow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> FirstRunRestoreDialog:
    monkeypatch.setattr(
        "records_desk.ui.backup.first_run_restore.QFileDialog.getOpenFileName",
        lambda *_args, **_kw: (str(path), ""),
    )
    flow.start()
    first_run = flow.first_run_dialog
    assert isinstance(first_run, FirstRunDialog) and first_run.isVisible()
    button = first_run.entry_buttons["restore_backup"]
    assert button.isVisible() and "Restore from a backup" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = first_run.findChild(QDialog, "firstRunRestoreDialog")
    assert isinstance(dialog, FirstRunRestoreDialog) and dialog.isVisible()
    assert dialog.path == path
    return dialog


def press_restore(qtbot: QtBot, dialog: FirstRunRestoreDialog, key: str) -> None:
    dialog.key_edit.setText(key)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    if dialog.job is not None:
        qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)


def test_a_backup_restored_at_the_first_start_with_the_key_typed_from_its_sheet_signs_in(
    qtbot: QtBot,
    flow: SessionFlow,
    services: Services,
    backup: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
) -> None:
    path, sheet = backup
    dialog = start_restore(qtbot, flow, path, monkeypatch)
    assert dialog.needs_key and dialog.key_edit.isVisible()
    assert "does not hold the key" in dialog.key_note.text()

    typo = sheet[:5] + ("1" if sheet[5] != "1" else "2") + sheet[6:]  # one digit mistyped
    press_restore(qtbot, dialog, typo)
    assert dialog.job is None and "check group" in dialog.error_label.text()
    press_restore(qtbot, dialog, sheet.replace("0", "O", 1) if "0" in sheet else "O" + sheet)
    assert "Group" in dialog.error_label.text() and "O" in dialog.error_label.text()

    press_restore(qtbot, dialog, sheet)
    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    assert not dialog.isVisible() and flow.first_run_dialog is not None
    assert not flow.first_run_dialog.isVisible()
    [told] = shown
    assert f"Restored {path.name}" in told and "verified" in told
    restored = flow.services
    assert restored is not None and restored is not services
    try:
        login = flow.login_dialog
        qtbot.keyClicks(login.user_name_edit, "boss")
        qtbot.keyClicks(login.password_edit, GM_PASSWORD)
        qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible())
        assert "王總" in flow.main_window.user_label.text()
    finally:
        if flow.main_window is not None:
            flow.main_window.close()
        restored.close()


def test_a_wrong_key_is_refused_inline_and_the_empty_office_stays_usable(
    qtbot: QtBot,
    flow: SessionFlow,
    services: Services,
    backup: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _sheet = backup
    dialog = start_restore(qtbot, flow, path, monkeypatch)
    press_restore(qtbot, dialog, format_key("ab" * 32))  # well typed, but another key
    assert dialog.isVisible()
    assert "not the key of the backup" in dialog.error_label.text()
    assert flow.services is services and flow.login_dialog is None
    dialog.reject()
    fill_first_run(qtbot, flow, GM_PASSWORD)  # the empty office takes its first account
    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible())
    services.auth.login("boss", GM_PASSWORD)


def test_an_office_that_has_an_account_by_then_is_not_replaced(
    qtbot: QtBot,
    flow: SessionFlow,
    services: Services,
    backup: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, sheet = backup
    dialog = start_restore(qtbot, flow, path, monkeypatch)
    services.auth.create_first_manager("first", "First", GM_PASSWORD)  # another desk, meanwhile
    press_restore(qtbot, dialog, sheet)
    assert dialog.isVisible()
    assert "already has accounts or data" in dialog.error_label.text()
    assert flow.services is services
    services.auth.login("first", GM_PASSWORD)


def test_a_backup_without_its_manifest_is_refused_when_chosen(
    qtbot: QtBot,
    flow: SessionFlow,
    services: Services,
    backup: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _sheet = backup
    path.with_name(bm.manifest_name(path.name)).unlink()
    dialog = start_restore(qtbot, flow, path, monkeypatch)
    assert "manifest" in dialog.error_label.text()
    assert not dialog.restore_button.isEnabled() and not dialog.key_edit.isVisible()
    assert "holds the key" not in dialog.key_note.text()
