"""The 借閱登記 tab as the archivist and the director use it (issue 11): lend by scanning folder
labels, take a file back torn with a fine, the overdue row highlighted (R-LOAN-8), an outside
borrower's loan awaiting approval until a director approves it (R-LOAN-3), and the loans
model's contract. Data is made through the services."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from records_desk.domain.loans.lending import external_borrower
from records_desk.domain.loans.vocabulary import Condition, ItemStatus, LoanStatus
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.loans.dto import LoanFilter, LoanView
from records_desk.ui.common.overdue import OVERDUE_ROW
from records_desk.ui.loans.decide_dialog import DecideDialog
from records_desk.ui.loans.lend_dialog import LendDialog
from records_desk.ui.loans.loan_model import OVERDUE_ROLE, LoanColumn, LoanTableModel
from records_desk.ui.loans.return_dialog import ReturnDialog
from records_desk.ui.loans.screen import LoansScreen
from records_desk.ui.loans.tab import LoansTab
from tests.conftest import Clock, cheap_settings
from tests.unit.customer_fixtures import Office, office
from tests.unit.loan_fixtures import files

__all__ = ["office"]  # the fixture, used by parameter name

OpenTab = Callable[[Principal], LoansScreen]


@pytest.fixture
def open_tab(qtbot: QtBot, services: Services) -> Iterator[OpenTab]:
    """The tab shown as the main window shows it; returns its screen once it has read the
    first rows (built after the tab is painted, read after its table is)."""
    opened: list[LoansTab] = []

    def open_as(principal: Principal) -> LoansScreen:
        tab = LoansTab(services, principal, cheap_settings())
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
            preview = tab.content.preview
            if preview is not None and Shiboken.isValid(preview):
                preview.close()
        tab.close()
    QApplication.processEvents()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The yes/no questions asked, each answered Yes."""
    asked: list[str] = []

    def ask(_parent: QWidget, text: str, on_yes: Callable[[], object]) -> None:
        asked.append(text)
        on_yes()

    for module in ("lend_dialog", "return_dialog"):
        monkeypatch.setattr(f"records_desk.ui.loans.{module}.ask", ask)
    return asked


def scan(qtbot: QtBot, dialog: LendDialog | ReturnDialog, text: str) -> None:
    """What a barcode scanner does: type the label's content, then Enter."""
    qtbot.keyClicks(dialog.scan.edit, text)
    qtbot.keyClick(dialog.scan.edit, Qt.Key.Key_Return)


def type_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type as the user does: Chinese arrives committed by the input method (QTest has no keys
    for it), ASCII as key presses."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(edit, event)


def statuses(tab: LoansScreen) -> dict[str, str]:
    model = tab.model
    return {
        model.index(r, LoanColumn.FILE).data(): model.index(r, LoanColumn.STATUS).data()
        for r in range(model.rowCount())
    }


def test_lending_two_files_by_scanning_their_archive_numbers_prints_the_slip_R_LOAN_1_9(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    a, b = files(services, office.archivist)
    tab = open_tab(office.archivist)
    dialog = tab.open_lend()
    assert isinstance(dialog, LendDialog)
    scan(qtbot, dialog, a)
    assert dialog.isVisible()  # Enter in the scan field never closes the dialog
    scan(qtbot, dialog, b.lower())  # a scanner in lower case, tidied
    scan(qtbot, dialog, a)  # the same label scanned twice
    assert dialog.numbers() == [a, b]
    assert "already on the list" in dialog.scan.message.text()
    scan(qtbot, dialog, "ZZ-9999-99999")
    assert dialog.numbers() == [a, b] and "ZZ-9999-99999" in dialog.scan.message.text()
    assert shown == []  # said next to the field, no pop-up
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("stan"))
    type_text(qtbot, dialog.purpose_edit, "合約核對")
    qtbot.mouseClick(dialog.lend_button, Qt.MouseButton.LeftButton)
    assert shown == [] and not dialog.isVisible()
    (row,) = {r.loan for r in services.loans.register.page(office.gm, LoanFilter(), 0, 10)}
    loan = services.loans.register.get(office.gm, row)
    assert loan.status is LoanStatus.OPEN and [i.archive_number for i in loan.items] == [a, b]
    assert statuses(tab) == {a: "out", b: "out"}
    assert tab.preview is not None and tab.preview.isVisible()  # the 借閱單, to sign
    assert tab.current is not None and tab.current.number == loan.number


def test_a_file_already_out_is_refused_at_the_scan_naming_the_loan_R_LOAN_4(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    tab = open_tab(office.archivist)
    dialog = tab.open_lend()
    assert isinstance(dialog, LendDialog)
    scan(qtbot, dialog, a)
    assert dialog.numbers() == []
    assert loan.number in dialog.scan.message.text() and "Stan" in dialog.scan.message.text()
    assert shown == []


def test_esc_asks_before_dropping_scanned_files(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, answers: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    tab = open_tab(office.archivist)
    dialog = tab.open_lend()
    assert isinstance(dialog, LendDialog)
    scan(qtbot, dialog, a)
    qtbot.keyClick(dialog.scan.edit, Qt.Key.Key_Escape)
    assert answers == ["Drop the file scanned and close without lending it?"]
    assert not dialog.isVisible()


def test_returning_a_torn_file_with_a_fine_of_300_then_reshelving_it_R_LOAN_5_7(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    a, b = files(services, office.archivist)
    services.loans.lending.lend(office.archivist, [a, b], "stan", "check")
    tab = open_tab(office.archivist)
    dialog = tab.open_return()
    assert isinstance(dialog, ReturnDialog)
    scan(qtbot, dialog, a)
    assert dialog.isVisible() and dialog.file_numbers() == [a]
    combo = dialog._combo(0)
    combo.setCurrentIndex(combo.findData(Condition.TORN.value))
    assert dialog._fine(0).isEnabled() and not dialog._waive(0).isEnabled()
    dialog._fine(0).setValue(300)
    type_text(qtbot, dialog._reason(0), "封面撕裂")
    qtbot.mouseClick(dialog.take_back_button, Qt.MouseButton.LeftButton)
    assert shown == []
    item = next(
        i
        for i in services.loans.register.get(
            office.gm, services.loans.register.page(office.gm, LoanFilter(), 0, 1)[0].loan
        ).items
        if i.archive_number == a
    )
    assert (item.condition, item.fine, item.fine_reason) == (Condition.TORN, 300, "封面撕裂")
    assert dialog.reshelve.shelf_label.text() == "A-01-03"  # in large type (R-LOAN-5)
    assert [i.archive_number for i in services.loans.register.awaiting_reshelving(office.gm)] == [a]
    qtbot.mouseClick(dialog.reshelve.confirm_button, Qt.MouseButton.LeftButton)
    assert services.loans.register.awaiting_reshelving(office.gm) == []
    assert dialog.reshelve.state_label.text() == "Every file is back in place."
    assert statuses(tab) == {b: "out"}  # the tab shows what is out


def test_damage_without_a_fine_is_refused_and_nothing_is_taken_back_R_LOAN_7(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    tab = open_tab(office.archivist)
    dialog = tab.open_return()
    assert isinstance(dialog, ReturnDialog)
    scan(qtbot, dialog, a)
    combo = dialog._combo(0)
    combo.setCurrentIndex(combo.findData(Condition.FOLDED.value))
    dialog.take_back()  # a fine of 100 proposed, but no reason given
    assert len(shown) == 1 and "reason" in shown[0]
    assert dialog.pages.currentIndex() == 0
    assert services.loans.register.count(office.gm, LoanFilter(view=LoanView.OPEN)) == 1


def test_the_overdue_row_is_highlighted_and_marked_without_colour_R_LOAN_8(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    late = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    clock.advance(days=1)
    services.loans.lending.lend(office.archivist, [b], "stan", "check")
    tab = open_tab(office.archivist)
    model = tab.model
    rows = {model.index(r, LoanColumn.FILE).data(): r for r in range(model.rowCount())}
    overdue, fresh = rows[a], rows[b]
    assert model.index(overdue, LoanColumn.STATUS).data() == "overdue"
    assert model.index(overdue, LoanColumn.LOAN).data() == f"⚠ {late.number}"
    assert model.index(overdue, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_ROW
    assert model.index(overdue, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(overdue, 0).data(OVERDUE_ROLE) is True
    assert model.index(fresh, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(fresh, LoanColumn.STATUS).data() == "out"
    tab.filter_bar.set_view("overdue")
    assert statuses(tab) == {a: "overdue"}


def test_the_overdue_view_lists_the_longest_overdue_first_to_remind_R_LOAN_8(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, clock: Clock
) -> None:
    from datetime import timedelta

    from records_desk.domain.loans.vocabulary import LoanKind
    from tests.unit.customer_fixtures import today

    a, b, c = files(services, office.archivist, 3)
    day = today(services)
    lend = services.loans.lending.lend
    lend(office.archivist, [a], "stan", "x", LoanKind.TAKE_OUT, day + timedelta(days=5))
    lend(office.archivist, [b], "carl", "x", LoanKind.TAKE_OUT, day + timedelta(days=2))
    lend(office.archivist, [c], "sam", "x", LoanKind.TAKE_OUT, day + timedelta(days=9))
    clock.advance(days=7)
    tab = open_tab(office.archivist)
    tab.filter_bar.set_view("overdue")
    assert [tab.model.row_at(r).archive_no for r in range(tab.model.rowCount())] == [b, a]
    tab.filter_bar.set_view("open")  # newest loan first again
    assert [tab.model.row_at(r).archive_no for r in range(tab.model.rowCount())] == [c, b, a]
    tab.model.sort(LoanColumn.BORROWER, Qt.SortOrder.AscendingOrder)  # the user's order stays
    tab.filter_bar.set_view("overdue")
    assert [tab.model.row_at(r).borrower for r in range(tab.model.rowCount())] == ["Carl", "Stan"]


def test_an_outside_borrowers_loan_awaits_approval_until_a_director_approves_it_R_LOAN_3(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    desk = open_tab(office.archivist)
    dialog = desk.open_lend()
    assert isinstance(dialog, LendDialog)
    scan(qtbot, dialog, a)
    dialog.external_radio.setChecked(True)
    assert dialog.approval_hint.isVisibleTo(dialog)
    type_text(qtbot, dialog.name_edit, "林律師")
    type_text(qtbot, dialog.org_edit, "大成法律事務所")
    type_text(qtbot, dialog.purpose_edit, "盡職調查")
    dialog.lend()
    assert shown == []
    desk.filter_bar.set_view("all")
    assert statuses(desk) == {a: "awaiting approval"}
    assert not desk.decide_action.isVisible()  # the archivist does not approve

    director = open_tab(office.director)
    director.filter_bar.set_view("awaiting")
    director.table.setCurrentIndex(director.model.index(0, 0))
    assert director.decide_action.isEnabled()
    decide = director.open_decide()
    assert isinstance(decide, DecideDialog)
    qtbot.mouseClick(decide.approve_button, Qt.MouseButton.LeftButton)
    assert shown == []
    loan = services.loans.register.get(office.gm, decide.loan.number)
    assert loan.status is LoanStatus.OPEN and loan.decided_by == "dora"
    desk.refresh()
    assert statuses(desk) == {a: "out"}


def test_loans_model_contract_while_paging_and_sorting(
    qtmodeltester, qtlog, services: Services, office: Office, clock: Clock
) -> None:
    numbers = files(services, office.archivist, 25)
    for i in range(0, 24, 2):
        services.loans.lending.lend(office.archivist, numbers[i : i + 2], "stan", "check")
        clock.advance(minutes=5)
    services.loans.lending.lend(
        office.archivist, [numbers[24]], external_borrower("林律師", "大成"), "調查"
    )
    services.loans.returns.take_back(office.archivist, [numbers[0]])
    register = services.loans.register
    model = LoanTableModel(
        lambda f: register.count(office.archivist, f),
        lambda f, offset, limit: register.page(office.archivist, f, offset, limit),
        page_size=10,
        first_page=5,
    )
    qtmodeltester.check(model)
    model.set_filter(LoanFilter(view=LoanView.ALL))
    assert model.rowCount() == 5 and model.total == 25
    model.fetchMore()
    assert model.rowCount() == 15
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25
    qtmodeltester.check(model)
    model.sort(LoanColumn.FILE, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    shown_order = [model.row_at(r).archive_no for r in range(model.rowCount())]
    assert shown_order == sorted(numbers)
    model.sort(LoanColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).status is ItemStatus.AWAITING_APPROVAL
    model.set_filter(LoanFilter(view=LoanView.ALL, text="林律"))
    assert [model.row_at(r).archive_no for r in range(model.rowCount())] == [numbers[24]]
    qtmodeltester.check(model)
    assert not [r for r in qtlog.records if "qt" in r.message.lower()]


def test_lending_with_no_borrower_picked_asks_for_the_borrower_and_keeps_the_scans(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    tab = open_tab(office.archivist)
    dialog = tab.open_lend()
    assert isinstance(dialog, LendDialog)
    scan(qtbot, dialog, a)
    type_text(qtbot, dialog.purpose_edit, "核對")
    dialog.lend()
    assert shown == ["Give the borrower's name."]
    assert dialog.isVisible() and dialog.numbers() == [a]
    assert services.loans.register.count(office.gm, LoanFilter(view=LoanView.ALL)) == 0


def test_a_borrowers_name_that_looks_like_markup_is_shown_as_typed(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab
) -> None:
    from PySide6.QtWidgets import QLabel

    (a,) = files(services, office.archivist, 1)
    odd = "<b>王</b> & Co"
    services.loans.lending.lend(office.archivist, [a], external_borrower(odd, "<i>大成</i>"), "x")
    tab = open_tab(office.archivist)
    tab.filter_bar.set_view("all")
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    texts = [label.text() for label in tab.detail.findChildren(QLabel)]
    assert f"{odd} (<i>大成</i>)" in texts
    shown_label = next(
        label for label in tab.detail.findChildren(QLabel) if label.text().startswith(odd)
    )
    assert shown_label.textFormat() == Qt.TextFormat.PlainText


def _texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_finding_3_full_names_show_and_the_approver_sees_due_date_phone_and_id(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab
) -> None:
    from datetime import timedelta

    from records_desk.domain.loans.vocabulary import LoanKind
    from tests.unit.customer_fixtures import today

    (a,) = files(services, office.archivist, 1)
    visitor = external_borrower("林律師", "大成法律事務所", "A123456789", "02-2345-6789")
    due = today(services) + timedelta(days=3)
    services.loans.lending.lend(
        office.archivist, [a], visitor, "due diligence", LoanKind.TAKE_OUT, due
    )
    director = open_tab(office.director)
    director.filter_bar.set_view("awaiting")
    director.table.setCurrentIndex(director.model.index(0, 0))
    assert "Ann" in _texts(director.detail) and "· ann" not in _texts(director.detail)
    decide = director.open_decide()
    assert isinstance(decide, DecideDialog)
    summary = decide.summary.text()
    assert "02-2345-6789" in summary and "A123456789" in summary
    assert due.isoformat() in summary
    assert "by Ann" in summary and "by ann" not in summary
    qtbot.mouseClick(decide.approve_button, Qt.MouseButton.LeftButton)
    director.filter_bar.set_view("all")
    director.table.setCurrentIndex(director.model.index(0, 0))
    qtbot.waitUntil(lambda: "Dora" in _texts(director.detail))
    assert "dora ·" not in _texts(director.detail)
    (period,) = [services.loans.deputies.appoint(office.director, "stan", due, due)]
    assert period.named_by_name == "Dora"
    assert services.loans.deputies.periods(office.gm)[0].named_by_name == "Dora"
