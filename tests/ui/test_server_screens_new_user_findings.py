"""A new user's try of the several-desks screens (issue 15) at 1366×768: what they stumbled on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from records_desk.settings import Settings
from records_desk.ui.dialogs.settings_dialog import SettingsDialog
from records_desk.ui.i18n import Translations

UNREACHABLE = "postgresql://records_office@/records?host=/tmp/rd-none"


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


def squeezed(dialog: SettingsDialog) -> list[str]:
    """The visible wrapped labels given less height than their text needs."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


def read_whole(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """Once laid out (the grown dialog's layout runs on the next events), nothing squeezed."""
    qtbot.wait(300)
    assert squeezed(dialog) == []


def test_a_refused_test_connection_is_read_whole_not_over_the_note_under_it(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    dialog.server_radio.setChecked(True)
    dialog.address_edit.setText(UNREACHABLE)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.database_error.isVisible, timeout=20000)
    assert "cannot be reached" in dialog.database_error.text()
    read_whole(qtbot, dialog)


def test_an_address_refused_before_connecting_is_read_whole(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    dialog.server_radio.setChecked(True)
    dialog.address_edit.setText("postgresql://records_office:secret@records-server/records")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.database_error.isVisible()
    read_whole(qtbot, dialog)


def test_a_server_refusal_names_the_address_as_typed_not_percent_encoded() -> None:
    from records_desk.domain.common.errors import ServerUnavailable
    from records_desk.wording import describe

    stored = "postgresql://postgres@/nosuch?host=%2Frun%2Fpostgresql"  # the store's form
    for reason in ServerUnavailable.REASONS:
        said = describe(ServerUnavailable(stored, reason))
        assert "postgresql://postgres@/nosuch?host=/run/postgresql" in said
        assert "%2F" not in said


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_office_key_dialog_does_not_tell_a_window_user_of_a_command_line_option(
    qtbot: QtBot, language: str
) -> None:
    from records_desk.domain.common.errors import OfficeKeyNeeded, WrongOfficeKey
    from records_desk.ui.dialogs.office_key import OfficeKeyDialog

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    assert translations.apply(language)
    try:
        address = "postgresql://records_office@/records?host=/run/postgresql"
        for why in (OfficeKeyNeeded(address), WrongOfficeKey(address, kept=True)):
            dialog = OfficeKeyDialog(why)
            qtbot.addWidget(dialog)
            assert address in dialog.why.text()
            assert "--office-key" not in dialog.why.text()
            assert "--office-key" not in dialog.how.text()
    finally:
        translations.apply("en")
