"""The Backups menu's screens tried as a new user would (issue 14 §2, §7): a disabled button
says why; a copy Verify found altered is listed as such and cannot be restored; the interval
reads as people speak; Browse… is off with the settings it fills; Tab goes from the buttons to
the list; in Extract requests, Enter after "why" asks (it closed the dialog), a decided
request cannot be decided again, the list sorts and says what goes there while empty, and
Close keeps its size for those who do not decide; in Chinese the messages count 筆 as the
list does and call the log 操作日誌 as the menus do; a backup folder that cannot be made is
told in one Chinese sentence and the status bar's tooltip says which folder; the key sheet's
password OK waits for a password (an empty one counted towards the lock) and the sheet is
suggested in the documents folder; the extract request's fields have Alt letters. Message
boxes are captured by `shown`."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from records_desk.domain.backup.errors import DestinationUnusable
from records_desk.domain.common.permissions import Extract
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.backup import key_sheet_dialog
from records_desk.ui.backup.backups_dialog import BackupsDialog
from records_desk.ui.backup.extracts_dialog import ExtractRequestsDialog
from records_desk.ui.backup.key_sheet_dialog import KeySheetPasswordDialog
from records_desk.ui.backup.status import BackupStatusLabel
from records_desk.ui.common.save_pdf import default_path
from records_desk.ui.i18n import Translations
from records_desk.wording import describe
from tests.conftest import cheap_settings
from tests.ui.test_unique_mnemonics import buttons_of, clashes, mnemonic
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]


def backups(qtbot: QtBot, services: Services, who: Principal) -> BackupsDialog:
    dialog = BackupsDialog(services, who, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def requests(qtbot: QtBot, services: Services, who: Principal) -> ExtractRequestsDialog:
    dialog = ExtractRequestsDialog(services, who, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_finding_1_verify_and_restore_say_why_they_are_off(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], shown: list[str]
) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    services.backup.backups.make(gm)
    dialog = backups(qtbot, services, gm)
    dialog.table.clearSelection()
    assert not dialog.verify_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert "Select a backup" in dialog.verify_button.toolTip()
    assert "Select a backup" in dialog.restore_button.toolTip()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    assert "Select a backup" not in dialog.restore_button.toolTip()
    archivist = backups(qtbot, services, principals[Role.ARCHIVIST])
    archivist.table.selectRow(0)
    assert not archivist.restore_button.isEnabled()
    assert "general manager" in archivist.restore_button.toolTip()


def test_finding_2_a_backup_verify_found_altered_is_listed_so_and_cannot_be_restored(
    qtbot: QtBot, services: Services, gm: Principal, shown: list[str]
) -> None:
    made = services.backup.backups.make(gm).path
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF  # the manifest and the size still match: listed "good"
    made.write_bytes(bytes(data))
    dialog = backups(qtbot, services, gm)
    dialog.table.selectRow(0)
    assert dialog.model.index(0, 4).data() == "good" and dialog.restore_button.isEnabled()
    dialog.verify_selected()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "cannot be trusted" in shown[-1]
    assert dialog.model.index(0, 4).data() != "good"
    assert "SHA-256" in dialog.model.index(0, 4).data()
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.restore_button.toolTip()


def test_finding_2_a_copy_verified_whole_says_so(
    qtbot: QtBot, services: Services, gm: Principal, shown: list[str]
) -> None:
    services.backup.backups.make(gm)
    dialog = backups(qtbot, services, gm)
    dialog.table.selectRow(0)
    dialog.verify_selected()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.model.index(0, 4).data() == "good, verified"
    assert dialog.restore_button.isEnabled()


def test_finding_3_the_interval_reads_every_day_not_every_1_day_s(
    qtbot: QtBot, services: Services, gm: Principal, shown: list[str]
) -> None:
    dialog = backups(qtbot, services, gm)
    texts = [dialog.interval.itemText(i) for i in range(dialog.interval.count())]
    assert texts[0] == "every day" and texts[1] == "every 2 days"
    assert not any("(s)" in text for text in texts)


def test_finding_4_browse_is_off_with_the_settings_it_fills(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], shown: list[str]
) -> None:
    dialog = backups(qtbot, services, principals[Role.ARCHIVIST])
    browse = [b for b in dialog.findChildren(QPushButton) if b.text().startswith("Browse")]
    assert len(browse) == 2 and not any(b.isEnabled() for b in browse)
    assert all("general manager" in b.toolTip() for b in browse)
    assert "general manager" in dialog.folder_edit.toolTip()


def test_finding_5_tab_goes_from_the_buttons_to_the_list_then_the_settings(
    qtbot: QtBot, services: Services, gm: Principal, shown: list[str]
) -> None:
    dialog = backups(qtbot, services, gm)
    wanted = ["backUpNow", "verifyBackup", "restoreBackup", "backupsTable", "backupFolder"]
    order: list[str] = []
    widget: QWidget = dialog.make_button
    for _ in range(60):
        if widget.objectName() in wanted and widget.objectName() not in order:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order == wanted


def test_finding_6_enter_after_why_asks_for_the_extract_and_keeps_the_dialog_open(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    dialog = requests(qtbot, services, office.manager)
    dialog.why.setFocus()
    dialog.why.setText("春節問候")
    qtbot.keyClick(dialog.why, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.request_ids() == [1]


def test_finding_7_approve_and_refuse_say_why_they_are_off(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    made = services.backup.extracts.request(office.manager, Extract.SMS_LIST, "春節問候")
    services.backup.extracts.approve(office.director, made.id, "")
    dialog = requests(qtbot, services, office.director)
    dialog.table.clearSelection()
    assert not dialog.approve_button.isEnabled()
    assert "Select a request" in dialog.approve_button.toolTip()
    dialog.table.selectRow(0)
    assert not dialog.approve_button.isEnabled() and not dialog.refuse_button.isEnabled()
    assert "already decided" in dialog.refuse_button.toolTip()


def test_finding_8_the_extract_list_sorts_and_says_what_goes_there(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    empty = requests(qtbot, services, office.director)
    assert "No extract request yet" in empty.table.placeholder  # type: ignore[attr-defined]
    for why in ("一", "二"):
        services.backup.extracts.request(office.manager, Extract.SMS_LIST, why)
    dialog = requests(qtbot, services, office.director)
    assert dialog.table.isSortingEnabled()
    dialog.table.sortItems(0, Qt.SortOrder.DescendingOrder)
    dialog.table.selectRow(0)
    chosen = dialog.selected()
    assert chosen is not None and chosen.why == "二"  # the row seen, not the row read first


def test_finding_9_close_keeps_its_size_for_those_who_do_not_decide(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    dialog = requests(qtbot, services, office.manager)
    dialog.resize(900, 480)
    qtbot.wait(10)
    assert dialog.close_button.width() < 300


def test_finding_15_the_chinese_messages_count_records_and_name_the_log_as_the_menus_do(
    qtbot: QtBot, services: Services, gm: Principal, shown: list[str]
) -> None:
    translations = Translations(QApplication.instance())
    assert translations.apply("zh_TW")
    try:
        said = [
            QCoreApplication.translate("BackupsDialog", source)
            for source in (
                "The backup %1 is good: %2 rows, operation log up to entry %3.",
                "Replace ALL the data with the backup %1 made %2 (%3 rows)? Whatever was "
                "recorded after it is set aside: the data in use is backed up first. "
                "Records Desk closes afterwards; start it again.",
                "Restored %1: %2 rows, verified. The data before the restore is kept in %3. "
                "Records Desk closes now; start it again to work on the restored data.",
                "Check the selected backup whole: its signature, its checksum, its integrity "
                "and its operation log.",
            )
        ]
        log = QCoreApplication.translate("Actions", "Operation &log…").split("(")[0]
    finally:
        translations.clear()
    assert log == "操作日誌"
    for text in said[:3]:
        assert "筆資料" in text and " 列" not in text, text  # the list's column is 筆數
    assert "操作日誌" in said[3], said[3]


def test_finding_16_a_folder_that_cannot_be_made_is_one_chinese_sentence_and_the_status_says_where(
    qtbot: QtBot, services: Services, gm: Principal, tmp_path: Path, shown: list[str]
) -> None:
    folder = tmp_path / "backups"
    services.backup.options.change(gm, folder=str(folder), offsite="", interval_days=1)
    folder.rmdir()
    folder.write_text("")  # since saved, a file stands where the folder was: cannot be made
    translations = Translations(QApplication.instance())
    assert translations.apply("zh_TW")
    try:
        with pytest.raises(DestinationUnusable) as refused:
            services.backup.backups.make(gm)
        said = describe(refused.value)
        host = SimpleNamespace(services=services, principal=gm, settings=cheap_settings())
        label = BackupStatusLabel(host)  # type: ignore[arg-type]
        qtbot.addWidget(label)
        label.refresh()
        label._failed(refused.value)
    finally:
        translations.clear()
    assert said == "備份資料夾不存在，且無法建立。", said  # was "備份資料夾 不存在且無法建立."
    assert str(folder) in label.toolTip()


def test_finding_18_the_key_sheet_password_ok_waits_for_a_password(qtbot: QtBot) -> None:
    dialog = KeySheetPasswordDialog("boss")
    qtbot.addWidget(dialog)
    ok = dialog.ok_button
    assert not ok.isEnabled() and "Type your password" in ok.toolTip()
    dialog.password_edit.setText("typed")
    assert ok.isEnabled() and ok.toolTip() == ""


def test_finding_19_the_key_sheet_is_suggested_in_the_documents_folder_as_other_pdfs(
    qtbot: QtBot, services: Services, gm: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(key_sheet_dialog, "ask_password", lambda parent, user: "typed")
    monkeypatch.setattr(
        key_sheet_dialog, "ask_path", lambda parent, suggested: asked.append(suggested)
    )
    host = SimpleNamespace(services=services, principal=gm, settings=cheap_settings())
    assert key_sheet_dialog.print_key_sheet(host) is None  # type: ignore[arg-type]
    assert Path(asked[0]).parent == default_path("x").parent


def test_finding_20_the_extract_request_fields_have_their_own_alt_letters(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    dialog = requests(qtbot, services, office.director)
    texts = buttons_of(dialog)
    assert clashes(texts) == {}
    for label in (dialog.what_label, dialog.why_label, dialog.note_label):
        assert mnemonic(label.text()) is not None and label.buddy() is not None
    assert mnemonic(dialog.ask_button.text()) is not None
