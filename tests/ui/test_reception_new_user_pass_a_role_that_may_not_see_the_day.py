"""A new user's pass over the 接待輪序 tab (issue 12): the archivist clicked the tab and was met
by "Your role may not do this (view the reception day). The attempt was recorded." — a refused
attempt in the operation log for a look at a tab — under a sheet that said "No visitor yet
today. Press F2 …"; Registrations and Refresh stayed enabled and were refused again. Seen in
/tmp/nu/shots/reception_archivist_zh_TW.png."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.ui.reception.screen import ReceptionScreen
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window

__all__ = ["open_window"]  # the fixture


def logged(services: Services, gm: Principal) -> int:
    return services.audit.count(gm, AuditFilter())


def test_the_archivist_sees_the_reception_tab_say_whose_it_is_without_a_refusal(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
    shown: list[str],
) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    before = logged(services, gm)
    screen = feature_screen(qtbot, open_window(principals[Role.ARCHIVIST]), "reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.wait(200)
    assert shown == []
    assert logged(services, gm) == before  # no refused attempt recorded
    assert not screen.registrations_action.isEnabled()
    assert not screen.refresh_action.isEnabled()
    assert "your role does not" in screen.table.placeholder
    assert not screen.next_up.isVisible() and not screen.chips.isVisible()
