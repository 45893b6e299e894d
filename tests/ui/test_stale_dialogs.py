"""Issue 15 §3 at the desk: a dialog acts on what it showed; when another desk changed that
meanwhile (here: another call on the same office, as another desk's would be), the user is
told in a sentence and nothing is written — the approval dialog passes the loan's version, the
return dialog the loan each file was shown out on, the medium's step dialog its event count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from records_desk.domain.loans.vocabulary import ExternalBorrower, LoanStatus
from records_desk.domain.media.evidence import Return
from records_desk.domain.media.vocabulary import Action, MediumState
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.loans.decide_dialog import DecideDialog
from records_desk.ui.loans.return_dialog import ReturnDialog
from records_desk.ui.media.screen import MediaScreen
from records_desk.ui.media.step_dialog import StepDialog
from records_desk.ui.widgets.date_field import DateField
from tests.ui.test_loans_tab import OpenTab, open_tab, scan
from tests.ui.test_media_tab import _choose, _type
from tests.ui.test_media_tab import open_tab as open_media_tab
from tests.unit.customer_fixtures import Office, office
from tests.unit.loan_fixtures import files
from tests.unit.media_fixtures import CLEAN, issue, ready

__all__ = ["office", "open_media_tab", "open_tab"]  # fixtures, used by parameter name


def test_approving_a_loan_another_desk_refused_meanwhile_says_so_and_approves_nothing(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(
        office.archivist, [a], ExternalBorrower("林律師", "大成法律事務所"), "盡職調查"
    )
    director = open_tab(office.director)
    director.filter_bar.set_view("awaiting")
    director.table.setCurrentIndex(director.model.index(0, 0))
    decide = director.open_decide()
    assert isinstance(decide, DecideDialog)
    services.loans.lending.refuse(office.gm, loan.number, "不宜外借")  # the other desk
    qtbot.mouseClick(decide.approve_button, Qt.MouseButton.LeftButton)
    assert shown == [
        f"Loan {loan.number} was changed at another desk after it was shown here; nothing was "
        "done. Reload it and decide again."
    ]
    assert services.loans.register.get(office.gm, loan.number).status is LoanStatus.REFUSED
    # Not offered again: the dialog closed and the register reread (no longer awaiting).
    qtbot.waitUntil(lambda: not decide.isVisible())
    qtbot.waitUntil(lambda: director.model.rowCount() == 0)


def test_taking_back_a_file_another_desk_took_back_and_lent_again_says_so(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    (a,) = files(services, office.archivist, 1)
    first = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    dialog = open_tab(office.archivist).open_return()
    assert isinstance(dialog, ReturnDialog)
    scan(qtbot, dialog, a)
    services.loans.returns.take_back(office.gm, [a])  # the other desk, then a new loan
    second = services.loans.lending.lend(office.gm, [a], "carl", "check")
    qtbot.mouseClick(dialog.take_back_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert shown[0].startswith(f"{a} is no longer out on loan {first.number}")
    assert f"now out on loan {second.number}" in shown[0]
    assert services.loans.register.get(office.gm, first.number).status is LoanStatus.CLOSED
    assert services.loans.register.get(office.gm, second.number).status is LoanStatus.OPEN


def test_a_step_on_a_medium_another_desk_moved_on_meanwhile_says_so(
    qtbot: QtBot,
    services: Services,
    office: Office,
    open_media_tab: Callable[[Principal], MediaScreen],
    shown: list[str],
) -> None:
    medium = ready(services, office.archivist)
    screen = open_media_tab(office.archivist)
    screen.select_medium(medium.number)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.number == medium.number)
    screen.step_action(Action.ISSUE).trigger()
    step = screen.dialogs["step"]
    assert isinstance(step, StepDialog)
    inventory = services.media.inventory  # the other desk: issued and back, ready again
    inventory.apply(office.gm, medium.number, [issue("stan", "boss")])
    inventory.apply(office.gm, medium.number, [Return(), CLEAN])
    _choose(step.findChild(QComboBox, "issueTo"), "stan")
    _choose(step.findChild(QComboBox, "issueApprover"), "boss")
    _type(qtbot, step.findChild(DateField, "issueDue").edit, "2026-12-10")
    step.submit()
    assert shown == [
        f"Medium {medium.number} was changed at another desk after it was shown here; nothing "
        "was recorded. Reload it and try again."
    ]
    info = services.media.register.show(office.gm, medium.number)
    assert info.state is MediumState.READY and info.event_count == medium.event_count + 3
    # Not offered again: the dialog closed and the medium was read again.
    qtbot.waitUntil(lambda: not step.isVisible())
    qtbot.waitUntil(
        lambda: screen.current is not None and screen.current.event_count == info.event_count
    )
