"""A new user's pass over the 移動存儲介質 tab (issue 13): Issue pressed with nothing filled in
said "The date is empty" — which date? — and, the date filled, "There is no account named ."
for the empty Borrower. Each refusal now names its field. Seen in
/tmp/nu/shots/media_issue_refused_en.png."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.media.screen import MediaScreen
from records_desk.ui.media.step_dialog import StepDialog
from records_desk.ui.widgets.date_field import DateField
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window
from tests.unit.media_fixtures import ready

__all__ = ["open_window"]  # the fixture


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.error", lambda _p, text, title="": said.append(text)
    )
    return said


def test_an_issue_refused_says_which_field_is_missing(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
    told: list[str],
) -> None:
    archivist = principals[Role.ARCHIVIST]
    number = ready(services, archivist).number
    screen = feature_screen(qtbot, open_window(archivist), "media")
    assert isinstance(screen, MediaScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.select_medium(number)
    screen.step_actions["issueMedium"].trigger()
    dialog = screen.dialogs["step"]
    assert isinstance(dialog, StepDialog)
    borrower = dialog.findChild(QComboBox, "issueTo")
    due = dialog.findChild(DateField, "issueDue")
    assert borrower is not None and due is not None
    dialog.submit()
    assert told == ["Borrower: Choose someone from the list."]
    borrower.setCurrentIndex(borrower.findData("staff"))
    approver = dialog.findChild(QComboBox, "issueApprover")
    assert approver is not None
    approver.setCurrentIndex(approver.findData("sales-manager"))
    dialog.submit()
    assert told[-1] == "Due back: The date is empty"
    assert dialog.isVisible()
    dialog.close()
