"""The titles of the media tab's step dialogs read in one order in both languages (issue 13
upkeep): what is done, a dash, then the medium — "Prepare" said "Prepare USB-0001" in English
but "USB-0001 啟用準備" in Chinese while every other step said "Issue to a borrower — USB-0001".
Also when the language is switched while a dialog is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.i18n import Translations
from records_desk.ui.media.backup_disc_dialog import BackupDiscDialog
from records_desk.ui.media.screen import STEPS
from records_desk.ui.media.step_dialog import PREPARE, StepDialog
from records_desk.wording.media.terms import action_name
from tests.conftest import cheap_settings
from tests.unit.media_fixtures import TODAY, register


@pytest.fixture
def translations() -> Iterator[Translations]:
    found = Translations(QApplication.instance())
    yield found
    found.clear()


def test_every_step_dialog_is_titled_step_then_medium_in_both_languages(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    translations: Translations,
) -> None:
    archivist = principals[Role.ARCHIVIST]
    info = register(services, archivist, MediumType.OPTICAL)
    dialogs = [
        StepDialog(services, archivist, cheap_settings(), info, steps, today=TODAY)
        for _name, steps in STEPS
    ]
    backup = BackupDiscDialog(services, archivist, cheap_settings(), info)
    for dialog in [*dialogs, backup]:
        qtbot.addWidget(dialog)

    def step_words() -> list[str]:
        return [
            QApplication.translate("StepDialog", "Prepare")
            if steps == PREPARE
            else action_name(steps[0])
            for _name, steps in STEPS
        ] + [QApplication.translate("BackupDiscDialog", "File as backup disc")]

    english = step_words()
    assert english[0] == "Prepare" and english[-1] == "File as backup disc"
    titles = [d.windowTitle() for d in [*dialogs, backup]]
    assert titles == [f"{words} — CD-0001" for words in english]

    assert translations.apply("zh_TW")
    QApplication.processEvents()
    chinese = step_words()
    assert chinese[0] == "啟用準備" and chinese[-1] == "登記為備份光盤"
    titles = [d.windowTitle() for d in [*dialogs, backup]]
    assert titles == [f"{words} — CD-0001" for words in chinese]
