"""The settings dialog's records office (issue 15 §1): this computer's file or a database
server at a postgresql:// address, with Test connection (off the UI thread: the server's
version and whether an office is there, or the refusal in words; a password the server wants
is asked in a dialog and never lands in the settings file). The choice is the office of the
next start without --db (app.py database_to_open)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk import APP_ID
from records_desk.app import database_to_open
from records_desk.paths import DB_ENV, config_dir, default_db_path
from records_desk.settings import Options, Settings
from records_desk.store.backends import KEYRING_SERVICE, keyring_entry, parse_server_url
from records_desk.ui.dialogs.server_password import ServerPasswordDialog
from records_desk.ui.dialogs.settings_dialog import SettingsDialog
from records_desk.ui.i18n import Translations
from records_desk.ui.settings_store import open_settings
from tests.pg import PgCluster
from tests.ui.test_server_opening import DESK_PASSWORD, password_url  # noqa: F401 - fixture


@pytest.fixture
def dialog(qtbot: QtBot, ui_settings: Settings) -> Iterator[SettingsDialog]:
    shown = SettingsDialog(ui_settings, Translations())
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.questions.close()
    if shown.test_job is not None:
        qtbot.waitUntil(lambda: shown.test_job is None, timeout=20000)
    QApplication.processEvents()


def try_server(qtbot: QtBot, dialog: SettingsDialog, address: str) -> None:
    dialog.server_radio.setChecked(True)
    dialog.address_edit.setText(address)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)


def said(dialog: SettingsDialog) -> bool:
    return dialog.test_result.isVisible() or dialog.database_error.isVisible()


def test_test_connection_reports_the_server_version_and_the_office_there(
    pg_url: str, qtbot: QtBot, dialog: SettingsDialog
) -> None:
    try_server(qtbot, dialog, pg_url)
    assert not dialog.test_button.isEnabled()  # while it runs, off the UI thread
    qtbot.waitUntil(lambda: said(dialog), timeout=20000)
    assert dialog.test_result.text().startswith("Connected: PostgreSQL 1")
    assert "A records office is there." in dialog.test_result.text()
    assert dialog.test_button.isEnabled()


def test_test_connection_says_an_empty_database_becomes_a_new_office(
    pg_empty_url: str, qtbot: QtBot, dialog: SettingsDialog
) -> None:
    try_server(qtbot, dialog, pg_empty_url)
    qtbot.waitUntil(lambda: said(dialog), timeout=20000)
    assert "the next start makes a new records office there" in dialog.test_result.text()


def test_test_connection_reports_an_unreachable_server_in_words(
    pg_cluster: PgCluster, qtbot: QtBot, dialog: SettingsDialog
) -> None:
    try_server(qtbot, dialog, f"postgresql://postgres@/records?host={pg_cluster.folder}/none")
    qtbot.waitUntil(lambda: said(dialog), timeout=20000)
    assert not dialog.test_result.isVisible()
    assert "cannot be reached" in dialog.database_error.text()


def test_test_connection_asks_the_password_a_server_wants_and_keeps_it_in_the_keyring(
    password_url: str,  # noqa: F811 - the fixture
    qtbot: QtBot,
    dialog: SettingsDialog,
) -> None:
    try_server(qtbot, dialog, password_url)
    qtbot.waitUntil(
        lambda: isinstance(dialog.questions.dialog, ServerPasswordDialog), timeout=20000
    )
    prompt = dialog.questions.dialog
    assert isinstance(prompt, ServerPasswordDialog)
    assert dialog.test_job is not None and prompt.parent() is dialog.test_job.progress  # on top
    qtbot.keyClicks(prompt.password_edit, DESK_PASSWORD)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said(dialog), timeout=20000)
    assert dialog.test_result.text().startswith("Connected: PostgreSQL")
    entry = keyring_entry(parse_server_url(password_url))
    assert keyring.get_password(KEYRING_SERVICE, entry) == DESK_PASSWORD
    assert DESK_PASSWORD not in repr(dialog._app_settings.backend.values)  # type: ignore[attr-defined]


def test_an_address_that_is_not_a_server_address_is_said_before_connecting(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    try_server(qtbot, dialog, "records.office.lan/records")
    assert dialog.test_job is None
    assert "is not a server address" in dialog.database_error.text()


def test_the_server_chosen_is_saved_without_a_password_and_opened_at_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DB_ENV)  # no --db, no RECORDS_DESK_DB: the settings decide
    settings = open_settings()  # the real settings file, as the window's
    settings.set(Options.LANGUAGE, "en")  # OK applies it: the other tests read English
    dialog = SettingsDialog(settings, Translations())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_radio.setChecked(True)
    dialog.address_edit.setText("postgresql://desk:secret-pw@records.office.lan/records")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "Leave the password out" in dialog.database_error.text()

    address = "postgresql://desk@records.office.lan:5433/records"
    dialog.address_edit.setText(address)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    settings.backend.qsettings.sync()  # type: ignore[attr-defined]
    ini = (config_dir() / f"{APP_ID}.ini").read_text("utf-8")
    assert "secret-pw" not in ini
    assert database_to_open(default_db_path()) == address
    assert database_to_open(Path("/elsewhere/records.db")) == Path("/elsewhere/records.db")

    settings.set(Options.DATABASE_ON_SERVER, False)  # back to this computer's file
    settings.backend.qsettings.sync()  # type: ignore[attr-defined]
    assert database_to_open(default_db_path()) == default_db_path()
