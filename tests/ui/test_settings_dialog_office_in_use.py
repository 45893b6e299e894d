"""Issue 15 finding: on a desk whose shortcut names a server (`--db postgresql://…`), the
settings dialog offered "This computer's file: …" checked, as if that file were the office in
use, and told window users about `--db`. It now says first which office is in use (the server's
readable address, or the file's path), fills the address field with the server in use when no
other was kept, and speaks of the desk's shortcut."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from records_desk.settings import Options, Settings
from records_desk.store.backends import parse_server_url, readable_address
from records_desk.ui.dialogs.settings_dialog import SettingsDialog
from records_desk.ui.i18n import Translations

ADDRESS = "postgresql://desk@/records?host=%2Frun%2Fpostgresql"


def server_in_use() -> SimpleNamespace:
    """What the dialog reads of a store/database.ServerDatabase: its address and name."""
    return SimpleNamespace(
        address=ADDRESS, name=readable_address(ADDRESS), url=parse_server_url(ADDRESS)
    )


class Window(QWidget):
    """The main window as the dialog's parent: it holds the services of the office open."""

    def __init__(self, database: object) -> None:
        super().__init__()
        self.services = SimpleNamespace(database=database)


def test_settings_on_a_server_desk_say_the_server_is_in_use_not_this_computers_file(
    qtbot: QtBot, ui_settings: Settings
) -> None:
    window = Window(server_in_use())
    qtbot.addWidget(window)
    dialog = SettingsDialog(ui_settings, Translations(), window)  # deleted with its window
    dialog.show()
    shown = dialog.in_use_label.text()
    assert dialog.in_use_label.isVisible()
    assert "database server" in shown and "host=/run/postgresql" in shown and "%2F" not in shown
    assert dialog.address_edit.text() == ADDRESS  # choosing the server is one click
    assert not dialog.address_edit.isEnabled()  # the file stays the next start's until chosen
    assert ui_settings.get(Options.DATABASE_SERVER_ADDRESS) == ""
    dialog.close()


def test_settings_on_a_file_desk_name_the_file_in_use(
    qtbot: QtBot, ui_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "office" / "records.db"
    dialog = SettingsDialog(ui_settings, Translations(), in_use=SimpleNamespace(name=str(path)))
    qtbot.addWidget(dialog)
    assert dialog.in_use_label.text() == f"In use now: the file {path}"
    assert dialog.address_edit.text() == ""


def test_settings_note_speaks_of_the_shortcut_not_of_the_db_option(
    qtbot: QtBot, ui_settings: Settings
) -> None:
    dialog = SettingsDialog(ui_settings, Translations())
    qtbot.addWidget(dialog)
    note = dialog.database_note.text()
    assert "--db" not in note and "shortcut" in note
