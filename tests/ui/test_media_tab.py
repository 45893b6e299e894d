"""The 移動存儲介質 tab as the archivist uses it (issue 13 §5, §4): register, prepare and issue
a medium through the dialogs (R-MED-1, -2, -3); a stocktake with one missing, one unexpected
and one twice-scanned number typed into the one scan field with Enter; an impossible act
disabled with its reason in the tooltip; the media model's contract. Data is made through the
services; message boxes are caught, never shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import Action, MediumState, MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.search import MediaSearch
from records_desk.ui.media.media_model import MediaColumn, MediaTableModel
from records_desk.ui.media.register_dialog import RegisterMediumDialog
from records_desk.ui.media.screen import MediaScreen
from records_desk.ui.media.step_dialog import StepDialog
from records_desk.ui.media.stocktake_dialog import StocktakeDialog
from records_desk.ui.media.tab import MediaTab
from records_desk.ui.widgets.date_field import DateField
from tests.conftest import cheap_settings
from tests.unit.media_fixtures import PREPARATION, register

OpenTab = Callable[[Principal], MediaScreen]


@pytest.fixture
def open_tab(qtbot: QtBot, services: Services) -> Iterator[OpenTab]:
    """The tab shown as the main window shows it; its screen once it has read the first rows
    (built after the tab is painted, read after its table is)."""
    opened: list[MediaTab] = []

    def open_as(principal: Principal) -> MediaScreen:
        tab = MediaTab(services, principal, cheap_settings())
        qtbot.addWidget(tab)
        tab.resize(1300, 700)
        tab.show()
        qtbot.waitExposed(tab)
        qtbot.waitUntil(lambda: tab.loaded)
        opened.append(tab)
        assert tab.content is not None
        return tab.content

    yield open_as
    for tab in opened:
        if tab.content is not None:
            for dialog in list(tab.content.dialogs.values()):
                dialog.close()
        tab.close()
    QApplication.processEvents()


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)


def _choose(combo: QComboBox, username: str) -> None:
    index = combo.findData(username)
    assert index >= 0, username
    combo.setCurrentIndex(index)


def test_register_prepare_and_issue_a_medium_through_the_dialogs_R_MED_1_2_3(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    principals: dict[Role, Principal],
    shown: list[str],
) -> None:
    archivist = principals[Role.ARCHIVIST]
    screen = open_tab(archivist)
    assert screen.register_action.isEnabled()

    dialog = screen.open_register()
    assert isinstance(dialog, RegisterMediumDialog)
    dialog.media_type.setCurrentIndex(dialog.media_type.findData(MediumType.USB))
    dialog.department.setCurrentText("客戶部")
    _type(qtbot, dialog.serial, "SN-123")
    _type(qtbot, dialog.location, "cupboard 2")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert shown == []
    assert screen.current is not None and screen.current.number == "USB-0001"
    assert screen.current.state is MediumState.REGISTERED
    # R-MED-2: not ready, so not issued; the tooltip says what is missing.
    issue = screen.step_action(Action.ISSUE)
    assert not issue.isEnabled()
    assert "label" in issue.toolTip() and "virus" in issue.toolTip()

    prepare = screen.step_action(Action.PREPARE_LABEL)
    assert prepare.isEnabled()
    prepare.trigger()
    step = screen.dialogs["step"]
    assert isinstance(step, StepDialog)
    assert all(section.isChecked() for section in step.sections.values())  # all three missing
    _type(qtbot, step.findChild(QLineEdit, "encSoftware"), "BitLocker To Go")
    _type(qtbot, step.findChild(QLineEdit, "encVersion"), "10.0")
    _type(qtbot, step.findChild(QLineEdit, "checkTool"), "ClamAV 1.4")
    qtbot.mouseClick(step.buttons.button(step.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert shown == []
    assert screen.current.state is MediumState.READY
    assert issue.isEnabled()

    issue.trigger()
    step = screen.dialogs["step"]
    assert isinstance(step, StepDialog)
    _choose(step.findChild(QComboBox, "issueTo"), principals[Role.STAFF].username)
    approver = step.findChild(QComboBox, "issueApprover")
    assert approver.findData(principals[Role.STAFF].username) < 0  # only who may consent
    _choose(approver, principals[Role.SALES_MANAGER].username)
    due = step.findChild(DateField, "issueDue")
    _type(qtbot, due.edit, "2026-12-10")
    qtbot.mouseClick(step.buttons.button(step.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert shown == []
    info = services.media.register.show(archivist, "USB-0001")
    assert info.state is MediumState.ISSUED
    assert info.holder == principals[Role.STAFF].username
    assert info.approved_by == principals[Role.SALES_MANAGER].username
    # The timeline: newest first, who and what.
    texts = screen.detail.timeline_texts()
    assert len(texts) == 5
    assert "Issue to a borrower" in texts[0] and archivist.username in texts[0]
    assert "Registered and numbered" in texts[-1]
    assert screen.model.data(screen.model.index(0, MediaColumn.STATE)) == "issued to a borrower"


def test_an_impossible_act_is_disabled_with_its_reason_in_the_tooltip(
    open_tab: OpenTab, services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    register(services, archivist)
    screen = open_tab(archivist)
    screen.select_medium("USB-0001", reread=True)
    back = screen.step_action(Action.REPAIR_BACK)
    ret = screen.step_action(Action.RETURN)
    assert not back.isEnabled() and not ret.isEnabled()
    assert "USB-0001" in ret.toolTip() and "not issued" in ret.toolTip()
    assert "repair" in back.toolTip()
    assert screen.step_action(Action.DISPOSE).isEnabled()


def test_a_stocktake_counts_one_missing_one_unexpected_and_one_scanned_twice(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    principals: dict[Role, Principal],
    shown: list[str],
) -> None:
    archivist = principals[Role.ARCHIVIST]
    for _ in range(3):
        services.media.inventory.apply(archivist, register(services, archivist).number, PREPARATION)
    screen = open_tab(archivist)
    dialog = screen.open_stocktake()
    assert isinstance(dialog, StocktakeDialog)
    assert dialog.scope_box.isVisible() and not dialog.scan.isVisible()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.counts()["expected"] == 3 and dialog.scan.isVisible()
    for text in ("USB-0001", "usb-2", "USB-0099", "USB-0001"):
        qtbot.keyClicks(dialog.scan.edit, text)
        qtbot.keyClick(dialog.scan.edit, Qt.Key.Key_Return)
        assert dialog.scan.edit.text() == ""
    assert dialog.counts() == {
        "expected": 3,
        "found": 2,
        "missing": 1,
        "unexpected": 1,
        "twice": 1,
    }
    assert [dialog.missing.item(i).text() for i in range(dialog.missing.count())] == ["USB-0003"]
    assert dialog.unexpected.item(0).text().startswith("USB-0099 — no medium has this number")
    assert dialog.twice.item(0).text() == "USB-0001"
    assert "already scanned" in dialog.scan.message.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    report = dialog.closed_report
    assert report is not None and report.closed_at is not None
    assert (report.missing, report.unexpected, report.twice) == (
        ("USB-0003",),
        ("USB-0099",),
        ("USB-0001",),
    )
    assert not dialog.scan.isVisible() and dialog.missing.count() == 1
    assert shown == []


def test_the_media_model_keeps_qts_contract(
    qtmodeltester: object, services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    for kind in (MediumType.USB, MediumType.HDD, MediumType.OPTICAL):
        register(services, archivist, kind, classified=kind is MediumType.HDD)
    search = services.media.ctx
    from records_desk.services.media.search import MediaSearchService

    service = MediaSearchService(search)
    model = MediaTableModel(
        lambda f: service.count(archivist, f),
        lambda f, o, n: service.page(archivist, f, o, n),
        page_size=2,
        first_page=2,
    )
    model.set_filter(MediaSearch())
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(MediaSearch(text="hd-1"))
    assert [model.row_at(i).number for i in range(model.rowCount())] == ["HD-0001"]
    assert model.data(model.index(0, MediaColumn.CLASSIFIED)) == "classified"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
