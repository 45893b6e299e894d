"""Copies of files on loan in the 借閱登記 tab (R-LOAN-6): the archivist ticks the loan's files,
says which pages, and consents; the consent shows in the loan's detail panel and the audit
log. A request beyond the loan's files, or on a loan that is no longer out, is refused and
nothing is recorded. Data is made through the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidgetItem
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.loans.copy_dialog import CopyDialog
from records_desk.ui.loans.screen import LoansScreen
from tests.ui.test_loans_tab import OpenTab, open_tab
from tests.unit.customer_fixtures import Office, audit_trail, office
from tests.unit.loan_fixtures import files

__all__ = ["office", "open_tab"]  # the fixtures, used by parameter name


def copy_dialog(tab: LoansScreen, number: str) -> CopyDialog:
    tab.select_loan(number)
    assert tab.current is not None and tab.current.number == number
    assert tab.copy_action.isVisible() and tab.copy_action.isEnabled()
    dialog = tab.open_copy()
    assert isinstance(dialog, CopyDialog)
    return dialog


def offered(dialog: CopyDialog) -> list[str]:
    return [
        dialog.files.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.files.count())
    ]


def test_a_copy_request_names_files_and_pages_with_the_archivists_consent_R_LOAN_6(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    a, b, other = files(services, office.archivist, 3)
    loan = services.loans.lending.lend(office.archivist, [a, b], "stan", "contract check")
    services.loans.lending.lend(office.archivist, [other], "stan", "another")
    tab = open_tab(office.archivist)
    dialog = copy_dialog(tab, loan.number)
    assert offered(dialog) == [a, b]  # the loan's own files only: nothing beyond it
    dialog.files.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(dialog.scope, "pages 3-5")
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    assert shown == [] and not dialog.isVisible()
    assert tab.current is not None
    (copy,) = tab.current.copies
    assert (copy.archive_numbers, copy.scope) == ((a,), "pages 3-5")
    assert copy.consented_by == office.archivist.username
    box = tab.detail.findChild(QGroupBox, "loanCopies")
    assert box is not None and box.isVisible()
    (line,) = [w.text() for w in box.findChildren(QLabel, "loanCopy")]
    assert a in line and "pages 3-5" in line and b not in line
    (entry,) = audit_trail(services, office.gm, "loan.copy")
    assert entry.entity_id == loan.number and entry.details["files"] == [a]


def test_a_copy_request_beyond_the_loans_files_is_refused_in_the_window_R_LOAN_6(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    a, other = files(services, office.archivist, 2)
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "contract check")
    tab = open_tab(office.archivist)
    dialog = copy_dialog(tab, loan.number)
    stale = QListWidgetItem(other)  # a file of no loan here, as a stale list would hold
    stale.setData(Qt.ItemDataRole.UserRole, other)
    stale.setFlags(stale.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    stale.setCheckState(Qt.CheckState.Checked)
    dialog.files.addItem(stale)
    qtbot.keyClicks(dialog.scope, "page 1")
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    assert shown == [f"{other} is not on loan {loan.number}: no copies beyond what was lent."]
    assert dialog.isVisible() and audit_trail(services, office.gm, "loan.copy") == []


def test_copies_are_asked_for_ticked_files_of_a_loan_that_is_out_R_LOAN_6(
    qtbot: QtBot,
    services: Services,
    office: Office,
    open_tab: OpenTab,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "contract check")
    tab = open_tab(office.archivist)
    dialog = copy_dialog(tab, loan.number)
    dialog.files.item(0).setCheckState(Qt.CheckState.Unchecked)
    told: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.loans.copy_dialog.notify.info", lambda _p, t: told.append(t)
    )
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    assert told == ["Tick the files to be copied."] and dialog.isVisible()
    dialog.files.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.scope, "page 1")
    services.loans.returns.take_back(office.archivist, [a])  # back at another desk meanwhile
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    assert shown == [f"Loan {loan.number} is not out: no copies."]
    assert audit_trail(services, office.gm, "loan.copy") == []
    dialog.close()
    tab.refresh()
    tab.select_loan(loan.number)
    assert tab.current is None and not tab.copy_action.isEnabled()  # closed: not listed


def test_staff_are_not_offered_copies_R_LOAN_6(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "contract check")
    tab = open_tab(office.staff)
    assert not tab.copy_action.isVisible()
