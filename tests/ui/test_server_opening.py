"""The window opens a records office on a PostgreSQL server (issue 15 §1), on the throwaway
cluster of tests/pg.py: the sign-in dialog names the server while it is reached; an empty
server database becomes a new office at the first-run dialog, whose "Restore from a backup…"
brings a server office's backup back with the key from its sheet; one with a manager gets the sign-in; a server that wants a password asks for it
in a dialog (again, with the reason, when refused) and the typed one opens it and is kept in
the keyring; an office key this desk lacks is asked in a dialog that reads it with its check
group; the status bar says the connection is local or TLS.

The opening runs on its worker thread as at a real start (records_desk/app_opening.py); its
questions are answered through the real dialogs (ui/dialogs/server_questions.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from records_desk.app_opening import DatabaseOpening, OpeningCancelled
from records_desk.domain.backup.key_text import format_key
from records_desk.domain.common.errors import ServerUnavailable
from records_desk.paths import config_dir
from records_desk.services.container import build_services
from records_desk.settings import Settings
from records_desk.store.backends import KEYRING_SERVICE, keyring_entry, parse_server_url
from records_desk.store.database import open_server
from records_desk.store.keystore import KeyStore
from records_desk.ui.dialogs.office_key import OfficeKeyDialog
from records_desk.ui.dialogs.server_password import ServerPasswordDialog
from records_desk.ui.dialogs.server_questions import ServerQuestionsAsker
from records_desk.ui.pending_services import PendingServices
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import GM_PASSWORD
from tests.pg import PASSWORD_ROLE, PgCluster, server_desk
from tests.ui.test_first_start import fill_first_run

DESK_PASSWORD = "desk-pw"
Flow = tuple[SessionFlow, ServerQuestionsAsker]


@pytest.fixture
def open_flow(qtbot: QtBot, ui_settings: Settings) -> Iterator[Callable[[str], Flow]]:
    """A session flow opening the server office at an address, as run_gui builds it."""
    made: list[tuple[SessionFlow, ServerQuestionsAsker, PendingServices]] = []

    def make(address: str) -> Flow:
        asker = ServerQuestionsAsker()
        opening = DatabaseOpening(address, asker)
        pending = PendingServices(opening, lambda db: build_services(db, ui_settings))
        flow = SessionFlow(pending, ui_settings)
        asker.parent_window = lambda: flow.front_window
        made.append((flow, asker, pending))
        return flow, asker

    yield make
    for flow, asker, pending in made:
        asker.close()
        for window in (flow.main_window, flow.login_dialog, flow.first_run_dialog):
            if window is not None and Shiboken.isValid(window):
                window.close()
                window.deleteLater()
        pending.close()
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()
    QApplication.processEvents()


@pytest.fixture
def password_url(pg_cluster: PgCluster, pg_empty_url: str) -> str:
    """An empty database of a role that must give a password (scram-sha-256, tests/pg.py),
    owned by it so that the first desk can make the office there."""
    pg_cluster.admin(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}')"
        f" THEN CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{DESK_PASSWORD}'; END IF; END $$"
    )
    name = parse_server_url(pg_empty_url).database
    pg_cluster.admin(f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_ROLE}')
    return pg_empty_url.replace("postgresql://postgres@", f"postgresql://{PASSWORD_ROLE}@")


def visible(window: object) -> bool:
    return window is not None and Shiboken.isValid(window) and window.isVisible()  # type: ignore[attr-defined]


def asked(qtbot: QtBot, asker: ServerQuestionsAsker, kind: type) -> object:
    qtbot.waitUntil(
        lambda: isinstance(asker.dialog, kind) and asker.dialog.isVisible(), timeout=15000
    )
    return asker.dialog


def type_password(qtbot: QtBot, dialog: ServerPasswordDialog, password: str) -> None:
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def sign_in(qtbot: QtBot, login: object) -> None:
    login.user_name_edit.setText("boss")  # type: ignore[attr-defined]
    qtbot.keyClicks(login.password_edit, GM_PASSWORD)  # type: ignore[attr-defined]
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_an_empty_server_database_opens_at_the_first_run_dialog_with_the_restore_offer(
    pg_empty_url: str, qtbot: QtBot, open_flow: Callable[[str], Flow]
) -> None:
    flow, _asker = open_flow(pg_empty_url)
    flow.start()
    assert visible(flow.login_dialog)  # at once, while the server is reached
    assert pg_empty_url in flow.login_dialog.heading.text()

    qtbot.waitUntil(lambda: visible(flow.first_run_dialog), timeout=20000)
    assert list(flow.first_run_dialog.entry_buttons) == ["restore_backup"]
    fill_first_run(qtbot, flow, GM_PASSWORD)
    qtbot.waitUntil(lambda: visible(flow.login_dialog))
    assert flow.services is not None and flow.services.auth.has_accounts()


def test_a_new_server_office_is_restored_at_the_first_start_with_the_key_from_its_sheet(
    pg_url: str,
    pg_empty_url: str,
    qtbot: QtBot,
    open_flow: Callable[[str], Flow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
) -> None:
    """The office's server died: on the new one's empty database the first start restores the
    office's backup (this desk lacks its key: typed from the sheet) and its manager signs in."""
    from tests.integration.test_postgres_restore_empty import backup_of_an_office
    from tests.ui.test_first_run_restore import press_restore

    path, key, _tables = backup_of_an_office(pg_url, tmp_path / "old-server")
    monkeypatch.setattr(
        "records_desk.ui.backup.first_run_restore.QFileDialog.getOpenFileName",
        lambda *_args, **_kw: (str(path), ""),
    )
    flow, _asker = open_flow(pg_empty_url)
    flow.start()
    qtbot.waitUntil(lambda: visible(flow.first_run_dialog), timeout=20000)
    first_run = flow.first_run_dialog
    qtbot.mouseClick(first_run.entry_buttons["restore_backup"], Qt.MouseButton.LeftButton)
    dialog = first_run.findChild(QDialog, "firstRunRestoreDialog")
    assert visible(dialog) and dialog.path == path and dialog.needs_key
    press_restore(qtbot, dialog, format_key("ab" * 32))  # another office's key: said inline
    assert visible(dialog) and "not the key of the backup" in dialog.error_label.text()
    press_restore(qtbot, dialog, format_key(key))
    qtbot.waitUntil(lambda: visible(flow.login_dialog))
    assert [t for t in shown if f"Restored {path.name}" in t]
    restored = flow.services
    try:
        sign_in(qtbot, flow.login_dialog)
        qtbot.waitUntil(lambda: visible(flow.main_window))
        assert "王總" in flow.main_window.user_label.text()
        assert restored.database.key.hex == key
        flow.main_window.close()
    finally:
        restored.close()


def test_a_server_office_with_a_manager_opens_at_the_sign_in_and_says_local_connection(
    pg_url: str, qtbot: QtBot, open_flow: Callable[[str], Flow], ui_settings: Settings
) -> None:
    desk = build_services(open_server(pg_url, KeyStore(config_dir())), ui_settings)
    desk.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    desk.close()
    flow, _asker = open_flow(pg_url)
    flow.start()
    login = flow.login_dialog
    qtbot.waitUntil(lambda: flow.services is not None, timeout=20000)
    assert flow.first_run_dialog is None and visible(login)

    with qtbot.capture_exceptions() as raised:
        sign_in(qtbot, login)
        qtbot.waitUntil(lambda: visible(flow.main_window))
        window = flow.main_window
        assert pg_url in window.db_label.text()
        assert window.encryption_label.text() == "Server on this computer (local connection)"
        window.close()
        QApplication.processEvents()
    assert raised == []


def test_a_server_that_wants_a_password_asks_for_it_and_the_typed_one_opens_it(
    password_url: str, qtbot: QtBot, open_flow: Callable[[str], Flow]
) -> None:
    flow, asker = open_flow(password_url)
    flow.start()
    dialog = asked(qtbot, asker, ServerPasswordDialog)
    assert password_url in dialog.intro.text()  # as typed: host=/tmp/…, no %2F
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.parent() is flow.login_dialog and dialog.isModal()  # open(), over it
    type_password(qtbot, dialog, "not-the-password")

    again = asked(qtbot, asker, ServerPasswordDialog)
    qtbot.waitUntil(lambda: again is not dialog or again.error_label.isVisible())
    again = asker.dialog
    assert "refused the password" in again.error_label.text()
    type_password(qtbot, again, DESK_PASSWORD)

    qtbot.waitUntil(lambda: visible(flow.first_run_dialog), timeout=20000)
    entry = keyring_entry(parse_server_url(password_url))
    assert keyring.get_password(KEYRING_SERVICE, entry) == DESK_PASSWORD


def test_a_server_that_needs_no_password_asks_for_none(
    pg_empty_url: str, qtbot: QtBot, open_flow: Callable[[str], Flow]
) -> None:
    flow, asker = open_flow(pg_empty_url)
    seen: list[object] = []
    asker.asked.connect(seen.append)
    flow.start()
    qtbot.waitUntil(lambda: visible(flow.first_run_dialog), timeout=20000)
    assert seen == []


def test_cancelling_the_password_ends_the_opening_quietly(
    password_url: str, qtbot: QtBot, open_flow: Callable[[str], Flow]
) -> None:
    flow, asker = open_flow(password_url)
    failed: list[Exception] = []
    flow.open_failed.connect(failed.append)
    flow.start()
    dialog = asked(qtbot, asker, ServerPasswordDialog)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(failed), timeout=20000)
    assert isinstance(failed[0], OpeningCancelled)
    assert flow.login_dialog is None


def test_an_office_key_this_desk_lacks_is_asked_and_the_right_one_opens_it(
    pg_url: str, qtbot: QtBot, open_flow: Callable[[str], Flow], tmp_path: Path
) -> None:
    first = server_desk(pg_url, tmp_path / "first-desk")
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    office_key = first.database.key.hex
    first.close()
    flow, asker = open_flow(pg_url)
    flow.start()

    dialog = asked(qtbot, asker, OfficeKeyDialog)
    assert "does not have the office key" in dialog.why.text()
    typed = format_key(office_key)
    wrong_digit = ("1" if typed[0] != "1" else "2") + typed[1:]
    qtbot.keyClicks(dialog.key_edit, wrong_digit)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()  # caught by the check group

    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, typed)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.services is not None, timeout=20000)
    assert flow.services.database.key.hex == office_key
    with qtbot.capture_exceptions() as raised:
        sign_in(qtbot, flow.login_dialog)
        qtbot.waitUntil(lambda: visible(flow.main_window))
        flow.main_window.close()
        QApplication.processEvents()
    assert raised == []


def test_an_unreachable_server_is_one_worded_failure(
    qtbot: QtBot, open_flow: Callable[[str], Flow], pg_cluster: PgCluster
) -> None:
    flow, _asker = open_flow(f"postgresql://postgres@/rd_nowhere?host={pg_cluster.folder}/none")
    failed: list[Exception] = []
    flow.open_failed.connect(failed.append)
    flow.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=20000)
    assert isinstance(failed[0], ServerUnavailable) and failed[0].reason == "unreachable"


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql://desk@records.office.lan/records", "Server connection encrypted (TLS)"),
        ("postgresql://desk@localhost/records", "Server on this computer (local connection)"),
        (
            "postgresql://desk@/records?host=/run/postgresql",
            "Server on this computer (local connection)",
        ),
        (
            "postgresql://desk@db.lan/records?sslmode=verify-full",
            "Server connection encrypted (TLS)",
        ),
        ("postgresql://desk@db.lan/records?sslmode=disable", "Server connection NOT encrypted"),
    ],
)
def test_the_status_bar_says_how_the_server_is_reached_instead_of_encrypted_file(
    address: str, said: str
) -> None:
    from sqlalchemy.engine import make_url

    from records_desk.ui.main_window import MainWindow

    class Office:
        url = make_url(address)
        name = address

    class Window:
        services = type("S", (), {"database": Office()})()

        def tr(self, text: str) -> str:
            return text

    assert MainWindow._encryption_text(Window()) == said  # type: ignore[arg-type]


def test_a_cancelled_question_ends_the_app_without_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from records_desk.app import _cannot_open

    codes: list[int] = []
    app = QApplication.instance()
    monkeypatch.setattr(app, "exit", codes.append)
    options = SimpleNamespace(unattended=False)  # what _cannot_open reads of GuiOptions
    assert (
        _cannot_open(
            app,
            options,  # type: ignore[arg-type]
            "postgresql://a@/b",
            tmp_path,
            OpeningCancelled(),
        )
        is None
    )
    assert codes == [1]


def test_an_address_the_store_cannot_read_is_one_worded_message(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from records_desk.app import _cannot_open
    from records_desk.store.backends import ServerAddressError

    app = QApplication.instance()
    options = SimpleNamespace(unattended=False)  # what _cannot_open reads of GuiOptions
    box = _cannot_open(
        app,
        options,  # type: ignore[arg-type]
        "postgresql://a@host",
        tmp_path,
        ServerAddressError("x"),
    )
    assert box is not None and box.isVisible()
    assert "postgresql://a@host is not a server address" in box.text()
    box.finished.disconnect()
    box.close()


def test_the_office_key_file_of_the_command_line_opens_without_the_key_dialog(
    pg_url: str, qtbot: QtBot, ui_settings: Settings, tmp_path: Path
) -> None:
    first = server_desk(pg_url, tmp_path / "first-desk")
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    office_key = first.database.key.hex
    first.close()
    key_file = tmp_path / "office.key"
    key_file.write_text(format_key(office_key) + "\n", "utf-8")
    asker = ServerQuestionsAsker()
    seen: list[object] = []
    asker.asked.connect(seen.append)
    opening = DatabaseOpening(pg_url, asker, office_key_file=key_file)
    opening.start()
    try:
        assert opening.wait(20)
        assert opening.result().key.hex == office_key
        assert seen == []
    finally:
        asker.close()
        opening.close()


def test_a_server_chosen_in_the_settings_that_fails_offers_the_file_next_time(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QPushButton

    from records_desk.app import _cannot_open

    codes: list[int] = []
    forgotten: list[bool] = []
    app = QApplication.instance()
    monkeypatch.setattr(app, "exit", codes.append)
    address = "postgresql://desk@records.office.lan/records"
    box = _cannot_open(
        app,
        SimpleNamespace(unattended=False),  # type: ignore[arg-type]
        address,
        tmp_path,
        ServerUnavailable(address, "unreachable"),
        forget_server=lambda: forgotten.append(True),
    )
    assert box is not None and "cannot be reached" in box.text()
    assert "chosen in the settings" in box.informativeText()
    button = box.findChild(QPushButton, "useFileNextTime")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: codes == [1])
    assert forgotten == [True]
