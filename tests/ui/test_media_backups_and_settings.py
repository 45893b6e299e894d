"""Optical-disc backups and the media settings in the 移動存儲介質 tab (issue 13 §3, R-MED-5,
R-MED-6): a disc is filed as a backup from the tab and found again by its category; the act is
disabled for a USB stick with its reason; Media settings… refuses an empty or repeated name
and saves the lists that the repair step then offers; with no unit listed the repair step says
so and opens the settings; a role without the right cannot change them. Data is made through
the services; message boxes are caught, never shown; dialogs are opened with open()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import Action, MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.search import ANY_BACKUP
from records_desk.settings import Settings
from records_desk.store.models import AuditEntry
from records_desk.ui.common.list_editor import ListEditor
from records_desk.ui.i18n import Translations
from records_desk.ui.main_window import MainWindow
from records_desk.ui.media.backup_disc_dialog import BackupDiscDialog
from records_desk.ui.media.media_model import MediaColumn
from records_desk.ui.media.media_settings_dialog import MediaSettingsDialog
from records_desk.ui.media.step_dialog import StepDialog
from tests.ui.test_media_tab import OpenTab, open_tab
from tests.ui.test_unique_mnemonics import buttons_of, clashes
from tests.unit.media_fixtures import PREPARATION, register

__all__ = ["open_tab"]


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII keys only: the rest as an input method would commit it
        edit.insert(text)


def _click(qtbot: QtBot, buttons: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(buttons.button(which), Qt.MouseButton.LeftButton)


def _add(qtbot: QtBot, editor: ListEditor, name: str) -> None:
    _type(qtbot, editor.new, name)
    qtbot.keyClick(editor.new, Qt.Key.Key_Return)


def _combo_items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _repair_step(services: Services, principal: Principal, archivist: Principal) -> StepDialog:
    medium = register(services, archivist)
    info = services.media.inventory.apply(archivist, medium.number, PREPARATION)
    dialog = StepDialog(services, principal, None, info, (Action.REPAIR_SEND,))
    dialog.open()
    return dialog


def test_an_optical_disc_is_filed_as_a_backup_disc_from_the_tab_R_MED_5(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    principals: dict[Role, Principal],
    shown: list[str],
) -> None:
    archivist = principals[Role.ARCHIVIST]
    disc = register(services, archivist, MediumType.OPTICAL, department="財務部")
    register(services, archivist)  # a USB stick, never a backup disc
    screen = open_tab(archivist)
    screen.select_medium(disc.number, reread=True)
    action = screen.backup.action
    assert action in screen.toolbar.actions()
    assert action.isEnabled(), action.toolTip()

    action.trigger()
    dialog = screen.dialogs["backup"]
    assert isinstance(dialog, BackupDiscDialog)
    assert _combo_items(dialog.category) == list(services.media.options.backup_categories())
    dialog.category.setCurrentIndex(dialog.category.findText("財務數據"))
    _type(qtbot, dialog.content, "2025 ledgers, full backup")
    _click(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Ok)
    assert shown == []

    info = services.media.register.show(archivist, disc.number)
    assert (info.backup_category, info.content) == ("財務數據", "2025 ledgers, full backup")
    assert screen.current is not None and screen.current.backup_category == "財務數據"
    assert "Filed as a backup disc" in screen.detail.timeline_texts()[0]
    assert "財務數據" in screen.detail.timeline_texts()[0]
    # Found again by its category (the filter offers the office's categories).
    bar = screen.filter_bar
    bar.backup.setCurrentIndex(bar.backup.findData("財務數據"))
    assert screen.model.total == 1
    row = screen.model.index(0, MediaColumn.TYPE)
    assert "財務數據" in screen.model.data(row)
    assert disc.number == screen.model.row_at(0).number
    bar.backup.setCurrentIndex(bar.backup.findData("一般數據"))
    assert screen.model.total == 0
    bar.backup.setCurrentIndex(bar.backup.findData(ANY_BACKUP))
    assert screen.model.total == 1
    bar.backup.setCurrentIndex(0)
    assert screen.model.total == 2


def test_filing_as_a_backup_disc_is_disabled_for_a_usb_stick_with_its_reason(
    open_tab: OpenTab, services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    stick = register(services, archivist)
    screen = open_tab(archivist)
    action = screen.backup.action
    assert not action.isEnabled()
    assert "select an optical disc" in action.toolTip()
    screen.select_medium(stick.number, reread=True)
    assert not action.isEnabled()
    assert "Only an optical disc is filed as a backup disc" in action.toolTip()
    assert f"{stick.number} is a USB stick" in action.toolTip()
    assert screen.backup.open() is None


def test_media_settings_refuse_a_repeated_or_empty_name_and_the_repair_step_offers_the_saved_units_R_MED_6(  # noqa: E501
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], shown: list[str]
) -> None:
    gm, archivist = principals[Role.GENERAL_MANAGER], principals[Role.ARCHIVIST]
    dialog = MediaSettingsDialog(services, gm)
    qtbot.addWidget(dialog)
    dialog.open()
    units = dialog.units
    assert units.values() == []
    _add(qtbot, units, "信息科維修組")
    _add(qtbot, units, "Acme  Repairs")
    assert dialog.isVisible()  # Enter in the field adds; it does not save the dialog
    _add(qtbot, units, " acme repairs ")  # the same name in another case and spacing
    assert shown == ["“Acme Repairs” is already on the list of Repair units the IT office names."]
    assert units.values() == ["信息科維修組", "Acme Repairs"]
    _add(qtbot, units, "   ")
    assert shown[-1] == "A name cannot be empty."
    # A rename to a name on the list is refused too, and the old name kept.
    units.list.item(1).setText("信息科維修組")
    assert "already on the list" in shown[-1] and "The name stays “Acme Repairs”" in shown[-1]
    assert units.values() == ["信息科維修組", "Acme Repairs"]
    units.list.setCurrentRow(1)
    units.up_button.click()
    assert units.values() == ["Acme Repairs", "信息科維修組"]
    assert len(shown) == 3
    _type(qtbot, units.new, "市電腦維修中心")  # typed, not added: Save adds it
    _click(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert len(shown) == 3
    assert not dialog.isVisible()

    saved = ("Acme Repairs", "信息科維修組", "市電腦維修中心")
    assert services.media.options.repair_units() == saved
    with services.ctx.uow.read() as uow:
        query = select(AuditEntry.account, AuditEntry.summary).where(
            AuditEntry.action == AuditAction.OFFICE_SETTINGS_CHANGE.value
        )
        entries = list(uow.session.execute(query))
    assert len(entries) == 1  # the categories did not change: not written again
    assert entries[0].account == gm.username and "media repair units" in entries[0].summary

    step = _repair_step(services, archivist, archivist)
    qtbot.addWidget(step)
    assert step.repair_unit is not None
    assert _combo_items(step.repair_unit) == list(saved)
    assert not step.unit_pointer.isVisible()
    assert step.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_with_no_repair_unit_the_repair_step_says_so_and_opens_media_settings_R_MED_6(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], shown: list[str]
) -> None:
    gm, archivist = principals[Role.GENERAL_MANAGER], principals[Role.ARCHIVIST]
    told = _repair_step(services, archivist, archivist)
    qtbot.addWidget(told)
    assert told.unit_pointer.isVisible()
    assert "named no repair unit" in told.unit_pointer.label.text()
    assert "general manager or the customer director" in told.unit_pointer.label.text()
    assert told.unit_pointer.button is None  # not the archivist's list
    assert not told.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    step = _repair_step(services, gm, archivist)
    qtbot.addWidget(step)
    assert step.unit_pointer.button is not None
    step.unit_pointer.button.click()
    settings = step.unit_pointer.dialog
    assert isinstance(settings, MediaSettingsDialog) and settings.isVisible()
    _add(qtbot, settings.units, "信息科維修組")
    _click(qtbot, settings.buttons, QDialogButtonBox.StandardButton.Save)
    assert shown == []
    assert step.repair_unit is not None
    assert _combo_items(step.repair_unit) == ["信息科維修組"]
    assert not step.unit_pointer.isVisible()
    assert step.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_role_without_the_right_cannot_change_the_media_settings(
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    principals: dict[Role, Principal],
    shown: list[str],
) -> None:
    windows = {}
    for role in (Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR, Role.ARCHIVIST, Role.STAFF):
        window = MainWindow(services, principals[role], ui_settings)
        qtbot.addWidget(window)
        windows[role] = window
    assert windows[Role.GENERAL_MANAGER].menu_actions["media_settings"].isEnabled()
    assert windows[Role.CUSTOMER_DIRECTOR].menu_actions["media_settings"].isEnabled()
    for role in (Role.ARCHIVIST, Role.STAFF):
        action = windows[role].menu_actions["media_settings"]
        assert not action.isEnabled()
        assert "Not for your role" in action.toolTip()
    action = windows[Role.GENERAL_MANAGER].menu_actions["media_settings"]
    assert action in windows[Role.GENERAL_MANAGER].feature_menus["media"].actions()
    action.trigger()
    opened = windows[Role.GENERAL_MANAGER].dialogs["media_settings"]
    assert isinstance(opened, MediaSettingsDialog) and opened.editable
    # Shown to another role (it is not offered, but were it opened) the lists are read-only.
    dialog = MediaSettingsDialog(services, principals[Role.ARCHIVIST])
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert not dialog.units.new.isVisible() and not dialog.units.add_button.isVisible()
    assert "Only the general manager and the customer director" in dialog.intro.text()
    for window in windows.values():
        window.close()


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_no_two_items_of_the_backup_and_settings_dialogs_share_a_mnemonic(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], language: str
) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    translations = Translations(QApplication.instance())
    assert translations.apply(language)
    try:
        services.media.options.set_backup_categories(gm, [])  # the pointer's button shown
        disc = register(services, gm, MediumType.OPTICAL)
        dialogs = [
            BackupDiscDialog(services, gm, None, disc),
            MediaSettingsDialog(services, gm),
            _repair_step(services, gm, gm),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.open()
            assert clashes(buttons_of(dialog)) == {}, type(dialog).__name__
            dialog.close()
    finally:
        translations.clear()
