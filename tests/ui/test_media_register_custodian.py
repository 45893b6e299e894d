"""The register dialog's custodian (R-MED-1, issue 13 §6): the active accounts offered, none
chosen by default; the one chosen is the registered medium's custodian."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.media.register_dialog import RegisterMediumDialog
from records_desk.ui.media.screen import MediaScreen


def test_the_register_dialog_offers_the_active_accounts_as_custodian_R_MED_1(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], ui_settings: Settings
) -> None:
    archivist, gm = principals[Role.ARCHIVIST], principals[Role.GENERAL_MANAGER]
    services.accounts.disable(gm, "consultant", "left")
    screen = MediaScreen(services, archivist, ui_settings)
    qtbot.addWidget(screen)
    dialog = screen.open_register()
    assert isinstance(dialog, RegisterMediumDialog)
    combo = dialog.custodian
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] is None and combo.currentIndex() == 0 and combo.itemText(0) == "(none yet)"
    assert "staff" in offered and "archivist" in offered and "consultant" not in offered
    dialog.department.setCurrentText("財務部")
    dialog.location.setText("2號櫃")
    combo.setCurrentIndex(combo.findData("staff"))
    dialog.submit()
    info = services.media.register.show(archivist, "USB-0001")
    assert (info.custodian, info.location, info.department) == ("staff", "2號櫃", "財務部")
