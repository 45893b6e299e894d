"""The loan register in the main window (issue 11): the overdue count in the status bar from
start-up and after each return (R-LOAN-8), Ctrl+L and Ctrl+R, the Loans menu by role, the
deputy archivist named from it (R-ACC-5), the returns not yet back in place (R-LOAN-5), and the
director's waiver (R-LOAN-7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.loans.vocabulary import Condition
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.loans.deputy_dialog import DeputyDialog
from records_desk.ui.loans.lend_dialog import LendDialog
from records_desk.ui.loans.return_dialog import ReturnDialog
from records_desk.ui.loans.screen import LoansScreen
from records_desk.ui.loans.status import OverdueStatus
from records_desk.ui.loans.unshelved_dialog import UnshelvedDialog
from records_desk.ui.main_window import MainWindow
from tests.conftest import Clock
from tests.ui.new_user_pass import OpenWindow, open_window
from tests.unit.customer_fixtures import Office, office, today
from tests.unit.loan_fixtures import files

__all__ = ["office", "open_window"]  # the fixtures


def loans_screen(window: MainWindow) -> LoansScreen:
    screen = window.feature_tabs["loans"].build()  # type: ignore[attr-defined]
    assert isinstance(screen, LoansScreen)
    return screen


def test_the_status_bar_counts_overdue_files_from_start_up_and_after_a_return_R_LOAN_8(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    clock.advance(days=1)
    window = open_window(office.archivist)
    status = window.feature_status["loans"]
    assert isinstance(status, OverdueStatus)
    qtbot.waitUntil(lambda: status.count == 2)
    assert status.text() == "⚠ Overdue files: 2" and status.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    screen = loans_screen(window)
    dialog = screen.dialogs["return"]
    assert isinstance(dialog, ReturnDialog)
    qtbot.keyClicks(dialog.scan.edit, a)
    qtbot.keyClick(dialog.scan.edit, Qt.Key.Key_Return)
    dialog.take_back()
    assert status.count == 1 and status.text() == "⚠ Overdue files: 1"
    status.clicked.emit()  # shows the overdue files in the register
    assert window.tabs.currentWidget() is window.feature_tabs["loans"]
    assert screen.filter_bar.view.currentData() == "overdue"
    assert [screen.model.row_at(r).archive_no for r in range(screen.model.rowCount())] == [b]


def test_ctrl_l_opens_the_lend_dialog_with_the_scan_field_ready(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow
) -> None:
    window = open_window(office.archivist)
    assert window.menu_actions["lock"].shortcut().toString() == "Ctrl+Alt+L"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = loans_screen(window).dialogs["lend"]
    assert isinstance(dialog, LendDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.scan.edit.hasFocus)
    dialog.close()


def test_the_loans_menu_offers_each_role_what_it_may_do(
    office: Office, open_window: OpenWindow
) -> None:
    archivist = open_window(office.archivist).menu_actions
    assert archivist["loan_lend"].isEnabled() and archivist["loan_return"].isEnabled()
    assert not archivist["loan_decide"].isEnabled()
    assert not archivist["loan_deputy"].isEnabled()
    director = open_window(office.director).menu_actions
    assert director["loan_decide"].isEnabled() and director["loan_deputy"].isEnabled()


def test_a_member_of_staff_is_told_who_lends_unless_named_deputy_R_ACC_5(
    qtbot: QtBot,
    services: Services,
    office: Office,
    open_window: OpenWindow,
    shown: list[str],
) -> None:
    window = open_window(office.staff)
    window.menu_actions["loan_lend"].trigger()
    assert "lend" not in loans_screen(window).dialogs
    assert len(shown) == 1 and "deputy archivist" in shown[0]

    gm = open_window(office.gm)
    gm.menu_actions["loan_deputy"].trigger()
    deputy = loans_screen(gm).dialogs["deputy"]
    assert isinstance(deputy, DeputyDialog)
    deputy.account.setCurrentIndex(deputy.account.findData("stan"))
    day = today(services).isoformat()
    for field in (deputy.starts, deputy.ends):
        field.edit.setText(day)
    qtbot.mouseClick(deputy.appoint_button, Qt.MouseButton.LeftButton)
    assert shown[-1] == f"Stan acts for the archivist from {day} to {day}."
    assert deputy.model.rowCount() == 1

    later = open_window(office.staff)
    later.menu_actions["loan_lend"].trigger()
    assert isinstance(loans_screen(later).dialogs["lend"], LendDialog)


def test_unconfirmed_returns_are_listed_until_each_is_back_in_place_R_LOAN_5(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow
) -> None:
    a, b = files(services, office.archivist)
    services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    services.loans.returns.take_back(office.archivist, [a, b])
    window = open_window(office.archivist)
    window.menu_actions["loan_unshelved"].trigger()
    dialog = loans_screen(window).dialogs["unshelved"]
    assert isinstance(dialog, UnshelvedDialog)
    assert dialog.panel.pending() == [a, b]
    assert dialog.panel.shelf_label.text() == "A-01-03"
    qtbot.mouseClick(dialog.panel.confirm_button, Qt.MouseButton.LeftButton)
    assert [i.archive_number for i in services.loans.register.awaiting_reshelving(office.gm)] == [b]
    dialog.refresh()
    assert dialog.panel.pending() == [b]


def test_the_director_may_waive_the_fine_with_a_reason_R_LOAN_7(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    window = open_window(office.director)
    window.menu_actions["loan_return"].trigger()
    dialog = loans_screen(window).dialogs["return"]
    assert isinstance(dialog, ReturnDialog)
    assert not dialog.files.isColumnHidden(6)
    dialog.scan.edit.setText(a)
    dialog.scan.submit()
    combo = dialog._combo(0)
    combo.setCurrentIndex(combo.findData(Condition.FOLDED.value))
    dialog._waive(0).setChecked(True)
    assert not dialog._fine(0).isEnabled() and dialog._fine(0).value() == 0
    dialog._reason(0).setText("old fold, noted when lent")
    dialog.take_back()
    assert shown == []
    (row,) = services.loans.register.page(office.gm, _all(), 0, 5)
    (item,) = services.loans.register.get(office.gm, row.loan).items
    assert (item.fine, item.waive_reason) == (None, "old fold, noted when lent")


def _all() -> object:
    from records_desk.services.loans.dto import LoanFilter, LoanView

    return LoanFilter(view=LoanView.ALL)


def test_the_loan_register_and_the_handover_record_print_from_the_menu_R_LOAN_1_R_ACC_5(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow, shown: list[str]
) -> None:
    from records_desk.ui.loans.print_dialogs import HandoverPrintDialog, RegisterPrintDialog

    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    window = open_window(office.archivist)
    window.menu_actions["loan_print_register"].trigger()
    register = loans_screen(window).dialogs["print_register"]
    assert isinstance(register, RegisterPrintDialog)
    register.show_preview()
    assert shown == [] and register.preview is not None and register.preview.isVisible()
    register.preview.close()

    window.menu_actions["loan_print_handover"].trigger()
    handover = loans_screen(window).dialogs["print_handover"]
    assert isinstance(handover, HandoverPrintDialog)
    handover.show_preview()  # no deputy named and nobody chosen
    assert shown == ["Name who takes over: no deputy archivist is named for today or later."]
    handover.successor.setCurrentIndex(handover.successor.findData("carl"))
    handover.show_preview()
    assert len(shown) == 1 and handover.preview is not None and handover.preview.isVisible()
    handover.preview.close()


def test_scanning_the_shelf_label_confirms_the_file_back_only_on_its_own_shelf_R_LOAN_5(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    services.loans.returns.take_back(office.archivist, [a])
    window = open_window(office.archivist)
    window.menu_actions["loan_unshelved"].trigger()
    dialog = loans_screen(window).dialogs["unshelved"]
    assert isinstance(dialog, UnshelvedDialog)
    panel = dialog.panel
    qtbot.keyClicks(panel.shelf_scan, "B-02-01")
    qtbot.keyClick(panel.shelf_scan, Qt.Key.Key_Return)
    assert dialog.isVisible() and shown == []  # said under the button, no pop-up
    assert "A-01-03" in panel.state_label.text() and "B-02-01" in panel.state_label.text()
    assert panel.pending() == [a]
    qtbot.keyClicks(panel.shelf_scan, "a-01-03")
    qtbot.keyClick(panel.shelf_scan, Qt.Key.Key_Return)
    assert panel.pending() == [] and panel.state_label.text() == "Every file is back in place."
    assert services.loans.register.awaiting_reshelving(office.gm) == []


def test_the_menus_approve_opens_the_loan_waiting_longest_R_LOAN_3(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow, clock: Clock
) -> None:
    from records_desk.domain.loans.lending import external_borrower
    from records_desk.ui.loans.decide_dialog import DecideDialog

    a, b = files(services, office.archivist)
    first = services.loans.lending.lend(
        office.archivist, [a], external_borrower("林律師", "大成"), "調查"
    )
    clock.advance(minutes=10)
    services.loans.lending.lend(
        office.archivist, [b], external_borrower("陳會計師", "勤業"), "查帳"
    )
    window = open_window(office.gm)
    window.menu_actions["loan_decide"].trigger()
    dialog = loans_screen(window).dialogs["decide"]
    assert isinstance(dialog, DecideDialog) and dialog.loan.number == first.number
    type_note = "請於室內閱覽"
    dialog.note.setText(type_note)
    dialog.refuse()
    assert services.loans.register.get(office.gm, first.number).decision_note == type_note


def _mnemonics(widget: object) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(widget, QWidget)
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [lb.text() for lb in widget.findChildren(QLabel) if lb.isVisibleTo(widget)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t and "&&" not in t]


def test_finding_8_the_reshelve_page_has_no_mnemonic_twice(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    window = open_window(office.archivist)
    window.menu_actions["loan_return"].trigger()
    dialog = loans_screen(window).dialogs["return"]
    assert isinstance(dialog, ReturnDialog)
    dialog.scan.edit.setText(a)
    dialog.scan.submit()
    dialog.take_back()
    assert dialog.pages.currentIndex() == 1  # the re-shelve page, 確認已歸位 and 關閉 both shown
    keys = _mnemonics(dialog)
    assert "c" in keys and len(keys) == len(set(keys)), keys
    dialog.close()


def test_finding_8_dropping_one_scanned_file_is_asked_in_the_singular(
    qtbot: QtBot,
    services: Services,
    office: Office,
    open_window: OpenWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import records_desk.ui.loans.lend_dialog as lend_module
    import records_desk.ui.loans.return_dialog as return_module

    asked: list[str] = []
    for module in (lend_module, return_module):
        monkeypatch.setattr(module, "ask", lambda _p, text, _yes: asked.append(text))
    a, b = files(services, office.archivist)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    window = open_window(office.archivist)
    window.menu_actions["loan_return"].trigger()
    back = loans_screen(window).dialogs["return"]
    assert isinstance(back, ReturnDialog)
    back.scan.edit.setText(a)
    back.scan.submit()
    back.reject()
    window.menu_actions["loan_lend"].trigger()
    lend = loans_screen(window).dialogs["lend"]
    assert isinstance(lend, LendDialog)
    lend.scan.edit.setText(b)
    lend.scan.submit()
    lend.reject()
    assert asked == [
        "Drop the file scanned and close without taking it back?",
        "Drop the file scanned and close without lending it?",
    ]
    assert not any("1 files" in text for text in asked)


def test_finding_6_the_status_bar_tells_an_approver_how_many_loans_await_approval(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow
) -> None:
    from records_desk.domain.loans.lending import external_borrower
    from records_desk.domain.loans.vocabulary import LoanKind

    a, b = files(services, office.archivist)
    visitor = external_borrower("林律師", "大成法律事務所", "A123456789", "02-2345-6789")
    for number in (a, b):
        services.loans.lending.lend(office.archivist, [number], visitor, "x", LoanKind.IN_ROOM)
    archivist = open_window(office.archivist).feature_status["loans"]
    assert isinstance(archivist, OverdueStatus)
    qtbot.waitUntil(lambda: archivist.count == 0)
    assert "await" not in archivist.text()  # the archivist does not approve
    window = open_window(office.director)
    status = window.feature_status["loans"]
    assert isinstance(status, OverdueStatus)
    qtbot.waitUntil(lambda: status.awaiting == 2)
    assert "Loans awaiting approval: 2" in status.text()
    status.clicked.emit()
    screen = loans_screen(window)
    assert screen.filter_bar.view.currentData() == "awaiting"
    services.loans.lending.refuse(office.director, screen.model.row_at(0).loan, "no")
    status.refresh()
    assert status.awaiting == 1 and "Loans awaiting approval: 1" in status.text()


def test_finding_6_the_menu_and_the_filter_say_awaiting_approval_alike() -> None:
    from pathlib import Path

    ts = (Path(__file__).parents[2] / "resources/i18n/loans_zh_TW.ts").read_text(encoding="utf-8")
    assert "同意或不同意借閱" not in ts and "審批借閱(&amp;A)…" in ts


def test_finding_5_the_deputy_dialog_ends_the_selected_period_early(
    qtbot: QtBot,
    services: Services,
    office: Office,
    ui_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import timedelta

    import records_desk.ui.loans.deputy_dialog as deputy_module

    told: list[str] = []
    monkeypatch.setattr(deputy_module.notify, "info", lambda _p, text: told.append(text))
    day = today(services)
    services.loans.deputies.appoint(office.director, "stan", day, day + timedelta(days=3))
    dialog = DeputyDialog(services, office.director, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.end_button.isEnabled()  # nothing selected
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.end_button.isEnabled()
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    (period,) = services.loans.deputies.periods(office.gm)
    assert period.ends_on == day - timedelta(days=1)
    assert told and "Stan" in told[0]
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert not dialog.end_button.isEnabled()  # over: nothing left to end
    dialog.close()
