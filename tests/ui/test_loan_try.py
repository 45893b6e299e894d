"""What a new user tripped on in the 借閱登記 tab (offscreen at 1366x768, both languages):
the deputy dialog offered the general manager first, whom it then refused; the kind of loan
was cut short in English with no way to read it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.loans.vocabulary import LoanKind
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.loans.deputy_dialog import DeputyDialog
from records_desk.ui.loans.loan_model import LoanColumn
from tests.ui.test_loans_tab import OpenTab, open_tab
from tests.unit.customer_fixtures import Office, office
from tests.unit.loan_fixtures import files

__all__ = ["office", "open_tab"]  # the fixtures, used by parameter name


def test_the_deputy_dialog_offers_only_accounts_that_may_be_named_R_ACC_5(
    qtbot: QtBot, services: Services, office: Office, ui_settings: Settings
) -> None:
    dialog = DeputyDialog(services, office.director, ui_settings)
    qtbot.addWidget(dialog)
    offered = [dialog.account.itemData(i) for i in range(dialog.account.count())]
    named_already = {office.gm.username, office.director.username, office.archivist.username}
    assert offered and not named_already & set(offered)
    assert office.staff.username in offered and office.consultant.username in offered
    assert [c.username for c in services.loans.deputies.candidates(office.gm)] == offered


def test_the_kind_of_loan_reads_in_full_in_its_tooltip(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check", LoanKind.IN_ROOM)
    tab = open_tab(office.archivist)
    kind = tab.model.index(0, LoanColumn.KIND)
    assert kind.data() == "in-room reading"
    assert kind.data(Qt.ItemDataRole.ToolTipRole) == "in-room reading"


def test_the_kind_of_an_overdue_in_room_loan_is_not_cut_at_1366_px(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    from PySide6.QtGui import QFontMetrics

    from records_desk.ui.loans.loan_model import OVERDUE_ROLE

    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check", LoanKind.IN_ROOM)
    tab = open_tab(office.archivist)
    kind = tab.model.index(0, LoanColumn.KIND)
    font = kind.data(Qt.ItemDataRole.FontRole) or tab.table.font()
    font.setBold(True)  # as an overdue row shows it
    assert kind.data(OVERDUE_ROLE) is not None
    needed = QFontMetrics(font).horizontalAdvance(kind.data()) + 12  # the cell's margins
    assert tab.table.columnWidth(LoanColumn.KIND) >= needed
