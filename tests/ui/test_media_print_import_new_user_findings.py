"""The media tab's Print button and the media-list import tried as a new user would (issue 13
§6, §7): a disabled print item's tooltip is its reason, in the user's language (it read
"所選介質的標籤(L): 請先…", the mnemonic's remains and an English colon); the Print button's
Alt+letter is not the menu bar's Reception (both were Alt+R); Import and Save error report say
why they are off; an unreadable file is not told to fix refused rows; the labels of several
media are not saved under a name that reads as one medium's number; Tab reaches the preview
before the buttons under it. Message boxes are captured by `shown`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.i18n import Translations
from records_desk.ui.media.import_dialog import MediaImportDialog
from records_desk.ui.media.print_menu import MediaPrintButton
from records_desk.ui.media.screen import MediaScreen
from tests.conftest import cheap_settings
from tests.ui.test_media_import_dialog import ROWS, finish
from tests.ui.test_media_printing import Saving, screen, select
from tests.ui.test_media_window import OpenWindow, media_screen, open_window
from tests.ui.test_unique_mnemonics import mnemonic
from tests.unit.test_media_exchange_service import write_list

__all__ = ["open_window", "screen"]


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(QApplication.instance())
    if request.param != "en":
        assert translations.apply(request.param)
    yield request.param
    translations.clear()


def test_finding_10_a_disabled_print_item_says_its_reason_alone_in_chinese(
    screen: MediaScreen,
) -> None:
    translations = Translations(QApplication.instance())
    assert translations.apply("zh_TW")
    try:
        button = screen.print_button
        assert isinstance(button, MediaPrintButton)
        button.retranslate_ui()
        select(screen)
        button.refresh()
        for form_id in ("media_labels", "media_slip", "media_repair"):
            tip = button.actions_[form_id].toolTip()
            assert tip.startswith("請先"), tip  # the reason, first
            assert not re.search(r"\([A-Z]\)|: ", tip), tip  # no "(L)", no English colon
    finally:
        translations.clear()


def test_finding_11_the_print_button_does_not_share_alt_r_with_the_reception_menu(
    principals: dict[Role, Principal], open_window: OpenWindow, language: str
) -> None:
    window = open_window(principals[Role.ARCHIVIST])
    window.tabs.setCurrentWidget(window.feature_tabs["media"])
    printing = media_screen(window).print_button
    bar = {mnemonic(a.text()) for a in window.menuBar().actions()}
    assert mnemonic(printing.text()) is not None
    assert mnemonic(printing.text()) not in bar, (printing.text(), sorted(bar - {None}))


def test_finding_12_import_and_the_error_report_say_why_they_are_off(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], tmp_path: Path,
    shown: list[str],
) -> None:  # fmt: skip
    dialog = MediaImportDialog(services, principals[Role.ARCHIVIST], cheap_settings())
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "Choose the Excel file" in dialog.import_button.toolTip()
    assert "Choose the Excel file" in dialog.report_button.toolTip()

    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "list.xlsx", ROWS))))
    assert not dialog.import_button.isEnabled()
    assert "Fix the refused rows" in dialog.import_button.toolTip()
    assert dialog.report_button.isEnabled() and dialog.report_button.toolTip() == ""

    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "good.xlsx", [ROWS[0]]))))
    assert dialog.import_button.isEnabled() and dialog.import_button.toolTip() == ""
    assert not dialog.report_button.isEnabled()
    assert "no problem to report" in dialog.report_button.toolTip()


def test_finding_13_an_unreadable_file_is_not_told_to_fix_refused_rows(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], tmp_path: Path,
    shown: list[str],
) -> None:  # fmt: skip
    dialog = MediaImportDialog(services, principals[Role.ARCHIVIST], cheap_settings())
    qtbot.addWidget(dialog)
    text_file = tmp_path / "list.xlsx"
    text_file.write_text("not a workbook")
    finish(qtbot, dialog.choose_file(str(text_file)))
    summary = dialog.summary.text()
    assert "cannot be read" in summary and "choose another file" in summary
    assert "refused rows" not in summary and "0 rows read" not in summary
    assert not dialog.import_button.isEnabled()
    assert "refused rows" not in dialog.import_button.toolTip()


def test_finding_14_labels_of_several_media_are_not_named_like_one_medium(
    qtbot: QtBot, screen: MediaScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saving = Saving(monkeypatch, tmp_path / "labels.pdf")
    select(screen, "USB-0001", "USB-0003")
    screen.print_button.actions_["media_labels"].trigger()
    job = screen.print_button.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    name = Path(saving.starts[0]).name
    assert name.startswith("移動存儲介質標籤-USB-0001等2件-"), name  # not "USB-0001-2"


def test_finding_17_tab_reaches_the_preview_before_the_buttons_under_it(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], tmp_path: Path,
    shown: list[str],
) -> None:  # fmt: skip
    dialog = MediaImportDialog(services, principals[Role.ARCHIVIST], cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "list.xlsx", ROWS))))
    dialog.activateWindow()
    dialog.only_problems.setFocus()
    qtbot.waitUntil(dialog.only_problems.hasFocus)
    dialog.focusNextChild()
    assert dialog.view.hasFocus()
    dialog.focusNextChild()
    assert dialog.report_button.hasFocus()
