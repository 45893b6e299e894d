"""Issue 15 findings: the Backups dialog's title lacked " — Records Desk" (the settings, office
key and first-run dialogs have it), and neither it nor the media import dialog had a
retranslate_ui: a language switched while one was open (File ▸ Settings… stays non-modal)
left it in the old language. Both now reword every text at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.backup.backups_dialog import BackupsDialog
from records_desk.ui.i18n import Translations
from records_desk.ui.media.import_dialog import MediaImportDialog
from tests.conftest import cheap_settings
from tests.ui.test_media_import_dialog import ROWS, finish
from tests.unit.test_media_exchange_service import write_list


@pytest.fixture
def translations() -> Iterator[Translations]:
    found = Translations(QApplication.instance())
    yield found
    found.clear()


def texts(dialog: object) -> list[str]:
    return [
        w.text()
        for w in dialog.findChildren(QPushButton) + dialog.findChildren(QLabel)  # type: ignore[attr-defined]
        if w.text()
    ]


def test_backups_dialog_title_names_records_desk(
    qtbot: QtBot, services: Services, gm: Principal
) -> None:
    dialog = BackupsDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Backups — Records Desk"


def test_backups_dialog_rewords_itself_when_the_language_is_switched_while_open(
    qtbot: QtBot, services: Services, gm: Principal, translations: Translations
) -> None:
    dialog = BackupsDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert translations.apply("zh_TW")
    QApplication.processEvents()
    assert dialog.windowTitle() == "備份 — Records Desk"
    assert "備份" in dialog.make_button.text() and "&B" in dialog.make_button.text()
    assert dialog.settings_box.title() != "Office backup settings"
    header = [
        dialog.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.model.columnCount())
    ]
    assert "File" not in header
    assert not [
        t
        for t in texts(dialog)
        if t.isascii() and any(c.isalpha() for c in t) and "Records Desk" not in t
    ], texts(dialog)
    translations.clear()
    QApplication.processEvents()
    assert dialog.windowTitle() == "Backups — Records Desk"
    assert dialog.make_button.text() == "&Back up now"


def test_media_import_dialog_rewords_itself_and_its_check_when_the_language_is_switched(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    tmp_path: Path,
    translations: Translations,
) -> None:
    dialog = MediaImportDialog(services, principals[Role.ARCHIVIST])
    qtbot.addWidget(dialog)
    dialog.show()
    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "list.xlsx", ROWS))))
    assert "3 rows read" in dialog.summary.text()
    assert translations.apply("zh_TW")
    QApplication.processEvents()
    assert dialog.windowTitle() != "Import a media list from Excel"
    assert "3 rows read" not in dialog.summary.text() and "3" in dialog.summary.text()
    assert dialog.only_problems.text() != "Show only rows with &problems"
    assert dialog.report_button.text() != "Save &error report…"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) != "Row"
    assert dialog.model.data(dialog.model.index(1, 1)) != "Refused"
    assert not dialog.import_button.isEnabled()  # still: a row is refused
    assert not dialog.import_button.toolTip().isascii()  # the reason, in Chinese
    translations.clear()
    QApplication.processEvents()
    assert dialog.windowTitle() == "Import a media list from Excel"
    assert "3 rows read" in dialog.summary.text()


def test_media_import_names_a_problem_cell_with_the_chinese_colon(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    tmp_path: Path,
    translations: Translations,
) -> None:
    """Seen at 1366×768 in zh_TW: "I6: 沒有名為…" (an English colon and space)."""
    assert translations.apply("zh_TW")
    dialog = MediaImportDialog(services, principals[Role.ARCHIVIST])
    qtbot.addWidget(dialog)
    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "list.xlsx", ROWS))))
    problems = [p for line in dialog.model.rows() for p in line.problems]
    assert problems and all(re.match(r"[A-Z]+\d+：\S", p) for p in problems), problems


def test_backups_dialog_puts_no_space_after_a_chinese_full_stop(
    qtbot: QtBot, services: Services, gm: Principal, translations: Translations
) -> None:
    """Seen at 1366×768 in zh_TW: "備份存放於 …/backups。 尚未設定異地資料夾…"."""
    assert translations.apply("zh_TW")
    dialog = BackupsDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    said = dialog.where.text()
    assert "。" in said and "。 " not in said, said
