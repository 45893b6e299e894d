"""Issue 15 finding: the first-start dialog of a new PC offered only "create the general
manager" and "Restore from a backup…"; a desk that should join the office's existing server
had no way from there. "Use the office's server…" now asks for the address (Test connection
as in the settings dialog), opens the office on the server — its office key asked once, as
typed from the key-recovery sheet — goes on to that office's sign-in, and keeps the address
so that the desk opens the server at every start. A server database without an office is
refused before anything is written there; the choice is keyboard-driven."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from sqlalchemy import create_engine, inspect

from records_desk.domain.backup.key_text import format_key
from records_desk.services.container import Services
from records_desk.settings import Options, Settings
from records_desk.ui.dialogs.join_server import JoinServerDialog
from records_desk.ui.dialogs.office_key import OfficeKeyDialog
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD
from tests.pg import server_desk
from tests.ui.test_server_opening import asked, password_url, sign_in, visible

__all__ = ["password_url"]  # the fixture


@pytest.fixture
def joining(qtbot: QtBot, flow: SessionFlow) -> Iterator[JoinServerDialog]:
    """The first-start dialog of a new file office, its "Use the office's server…" pressed
    from the keyboard."""
    flow.start()
    first_run = flow.first_run_dialog
    assert first_run is not None and first_run.join_button is not None
    assert "&" in first_run.join_button.text()  # reached with Alt and a letter
    qtbot.mouseClick(first_run.join_button, Qt.MouseButton.LeftButton)
    dialog = first_run.join_dialog
    assert isinstance(dialog, JoinServerDialog) and dialog.isVisible()
    assert dialog.windowTitle().endswith(" — Records Desk")
    yield dialog
    if Shiboken.isValid(dialog):
        dialog.questions.close()
        if dialog.job is not None:
            qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    for window in (flow.main_window, flow.login_dialog):
        if window is not None and Shiboken.isValid(window):
            window.close()
    if flow.services is not None:
        flow.services.close()
    QApplication.processEvents()


def test_first_start_joins_the_offices_server_and_signs_in_there(
    pg_url: str,
    qtbot: QtBot,
    flow: SessionFlow,
    joining: JoinServerDialog,
    ui_settings: Settings,
    tmp_path: Path,
) -> None:
    first = server_desk(pg_url, tmp_path / "first-desk")
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    office_key = first.database.key.hex
    first.close()
    empty_file_office: Services | None = flow.services

    joining.address_edit.clear()
    qtbot.keyClicks(joining.address_edit, pg_url)
    qtbot.keyClick(joining.address_edit, Qt.Key.Key_Return)  # Enter: Open the office
    key_dialog = asked(qtbot, joining.questions, OfficeKeyDialog)
    qtbot.keyClicks(key_dialog.key_edit, format_key(office_key))
    qtbot.keyClick(key_dialog.key_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: visible(flow.login_dialog), timeout=20000)
    assert flow.services is not empty_file_office
    assert flow.services.database.key.hex == office_key
    assert ui_settings.get(Options.DATABASE_ON_SERVER) is True
    assert ui_settings.get(Options.DATABASE_SERVER_ADDRESS) == pg_url
    assert "/" in str(flow.db_path) and "postgresql://" in str(flow.db_path)
    with qtbot.capture_exceptions() as raised:
        sign_in(qtbot, flow.login_dialog)
        qtbot.waitUntil(lambda: visible(flow.main_window), timeout=20000)
        flow.main_window.close()
        QApplication.processEvents()
    assert raised == []


def test_first_start_refuses_a_server_database_without_an_office_and_writes_nothing(
    pg_empty_url: str, qtbot: QtBot, joining: JoinServerDialog, ui_settings: Settings
) -> None:
    joining.address_edit.setText(pg_empty_url)
    qtbot.mouseClick(joining.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: joining.error_label.isVisible(), timeout=20000)
    assert "No records office is on this server yet" in joining.error_label.text()
    qtbot.mouseClick(joining.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: joining.job is None and joining.error_label.isVisible(), timeout=20000)
    assert joining.isVisible()
    assert ui_settings.get(Options.DATABASE_ON_SERVER) is False
    engine = create_engine(pg_empty_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()


def test_first_start_join_says_what_is_wrong_with_the_address_typed(
    qtbot: QtBot, joining: JoinServerDialog
) -> None:
    joining.address_edit.setText("")
    qtbot.keyClick(joining.address_edit, Qt.Key.Key_Return)
    assert "Type the server's address" in joining.error_label.text()
    joining.address_edit.setText("postgresql://desk:secret@records-server/records")
    qtbot.keyClick(joining.address_edit, Qt.Key.Key_Return)
    assert "Leave the password out of the address" in joining.error_label.text()
    qtbot.keyClick(joining, Qt.Key.Key_Escape)
    assert not joining.isVisible()


def test_first_start_of_a_server_office_offers_no_other_server(
    pg_empty_url: str, qtbot: QtBot, tmp_path: Path, ui_settings: Settings
) -> None:
    from records_desk.ui.dialogs.first_run import FirstRunDialog

    office = server_desk(pg_empty_url, tmp_path / "desk")
    try:
        dialog = FirstRunDialog(office.auth, ui_settings, office=office)
        qtbot.addWidget(dialog)
        assert dialog.join_button is None
    finally:
        office.close()


def test_the_offices_new_empty_server_is_started_from_the_first_start_and_its_backup_restored(
    pg_url: str,
    pg_empty_url: str,
    qtbot: QtBot,
    flow: SessionFlow,
    joining: JoinServerDialog,
    ui_settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
) -> None:
    """The office's server was lost: on the new one's empty database a new PC starts the office
    ("Start the office here", offered once the server is found empty), and the first-start
    dialog of that empty server office restores the office's backup (key from its sheet)."""
    from PySide6.QtWidgets import QDialog

    from tests.integration.test_postgres_restore_empty import backup_of_an_office
    from tests.ui.test_first_run_restore import press_restore

    path, key, _tables = backup_of_an_office(pg_url, tmp_path / "lost-server")
    assert not joining.new_office_button.isVisible()  # not offered before the server is known
    joining.address_edit.setText(pg_empty_url)
    qtbot.mouseClick(joining.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: joining.job is None and joining.error_label.isVisible(), timeout=20000)
    assert "Start the office here" in joining.error_label.text()
    assert joining.new_office_button.isVisible()
    qtbot.keyClicks(joining.address_edit, " ")  # the address edited: no longer offered
    assert not joining.new_office_button.isVisible()
    joining.address_edit.setText(pg_empty_url)
    qtbot.mouseClick(joining.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: joining.new_office_button.isVisible(), timeout=20000)
    qtbot.mouseClick(joining.new_office_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: visible(flow.first_run_dialog) and flow.services.database.key.hex
                    != "" and "postgresql://" in str(flow.db_path), timeout=20000)  # fmt: skip
    assert ui_settings.get(Options.DATABASE_SERVER_ADDRESS) == pg_empty_url
    assert [t for t in shown if "Create its general manager, or restore" in t]  # told what next
    first_run = flow.first_run_dialog
    monkeypatch.setattr(
        "records_desk.ui.backup.first_run_restore.QFileDialog.getOpenFileName",
        lambda *_args, **_kw: (str(path), ""),
    )
    qtbot.mouseClick(first_run.entry_buttons["restore_backup"], Qt.MouseButton.LeftButton)
    dialog = first_run.findChild(QDialog, "firstRunRestoreDialog")
    assert visible(dialog) and dialog.needs_key
    press_restore(qtbot, dialog, format_key(key))
    qtbot.waitUntil(lambda: visible(flow.login_dialog), timeout=20000)
    assert flow.services.database.key.hex == key
    with qtbot.capture_exceptions() as raised:
        sign_in(qtbot, flow.login_dialog)
        qtbot.waitUntil(lambda: visible(flow.main_window), timeout=20000)
        assert "王總" in flow.main_window.user_label.text()
        flow.main_window.close()
        QApplication.processEvents()
    assert raised == []


def test_a_desk_without_a_keyring_is_asked_the_servers_password_once(
    password_url: str,
    qtbot: QtBot,
    flow: SessionFlow,
    joining: JoinServerDialog,
    ui_settings: Settings,
) -> None:
    """No keyring to keep the password in (a headless or locked-down PC): Test connection
    asks it, and Start the office here (which connects again) does not ask it a second time;
    a password the server refuses is still asked again."""
    import keyring
    from keyring.backends import fail

    from records_desk.ui.dialogs.server_password import ServerPasswordDialog
    from tests.ui.test_server_opening import DESK_PASSWORD, type_password

    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts its own back afterwards
    seen: list[object] = []
    joining.questions.asked.connect(seen.append)
    joining.address_edit.setText(password_url)
    qtbot.mouseClick(joining.test_button, Qt.MouseButton.LeftButton)
    type_password(qtbot, asked(qtbot, joining.questions, ServerPasswordDialog), "wrong-one")
    qtbot.waitUntil(lambda: joining.job is None and joining.error_label.isVisible(), timeout=20000)
    assert "password" in joining.error_label.text()
    qtbot.mouseClick(joining.test_button, Qt.MouseButton.LeftButton)  # refused: asked again
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    type_password(qtbot, asked(qtbot, joining.questions, ServerPasswordDialog), DESK_PASSWORD)
    qtbot.waitUntil(lambda: joining.new_office_button.isVisible(), timeout=20000)

    qtbot.mouseClick(joining.new_office_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(flow.first_run_dialog) and "postgresql://"
                    in str(flow.db_path), timeout=20000)  # fmt: skip
    assert len(seen) == 2  # the password the server took was not asked again
    assert ui_settings.get(Options.DATABASE_SERVER_ADDRESS) == password_url
