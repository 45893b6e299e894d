"""Extract requests… (R-BAK-5) as the sales manager and the director use it: the manager asks
for the SMS list saying why, the director approves it with a note, the manager's list shows it
approved; a staff member sees no approve button and the service refuses them all the same;
a director's own request is refused with the rule's message."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from records_desk.domain.backup.extracts import ExtractState
from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Extract
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.backup.extracts_dialog import ExtractRequestsDialog
from records_desk.ui.backup.feature import FEATURE_UI
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]


def dialog(qtbot: QtBot, services: Services, who: Principal) -> ExtractRequestsDialog:
    shown = ExtractRequestsDialog(services, who, cheap_settings())
    qtbot.addWidget(shown)
    return shown


def test_a_manager_asks_and_the_director_approves_in_the_dialog_R_BAK_5(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    asking = dialog(qtbot, services, office.manager)
    assert not asking.approve_button.isVisibleTo(asking)
    asking.what.setCurrentIndex(asking.what.findData(Extract.SMS_LIST))
    asking.why.setText("春節問候")
    asking.ask_button.click()
    assert asking.request_ids() == [1] and "1" in shown[-1]

    deciding = dialog(qtbot, services, office.director)
    assert deciding.approve_button.isVisibleTo(deciding)
    deciding.table.selectRow(0)
    deciding.note.setText("限春節")
    deciding.approve_button.click()
    [request] = services.backup.extracts.list(office.manager)
    assert (request.state, request.decided_by, request.note) == (
        ExtractState.APPROVED,
        "dora",
        "限春節",
    )
    asking.reload()
    assert asking.table.item(0, 6).text() == "dora"


def test_a_director_cannot_approve_their_own_request_in_the_dialog_R_BAK_5(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    services.backup.extracts.request(office.director, Extract.CUSTOMER_LIST, "check")
    deciding = dialog(qtbot, services, office.director)
    deciding.table.selectRow(0)
    deciding.approve_button.click()
    assert "your own" in shown[-1]
    assert services.backup.extracts.list(office.gm)[0].state is ExtractState.PENDING


def test_staff_sees_only_their_own_requests_and_cannot_decide_R_BAK_5(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    services.backup.extracts.request(office.manager, Extract.SMS_LIST, "greetings")
    mine = services.backup.extracts.request(office.staff, Extract.SMS_LIST, "a list")
    staff = dialog(qtbot, services, office.staff)
    assert staff.request_ids() == [mine.id]
    assert not staff.refuse_button.isVisibleTo(staff)
    with pytest.raises(PermissionDenied):
        services.backup.extracts.approve(office.staff, 1)


def test_the_backups_menu_offers_the_extract_requests() -> None:
    assert "extract_requests" in FEATURE_UI.menu
    assert {a.name for a in FEATURE_UI.actions} >= {"extract_requests"}
