"""A new user's pass over the 移動存儲介質 tab (issue 13): the Borrower column and the detail's
Borrower, Custodian and Consent by gave accounts (sales4), where the loans tab and the printed
forms name the person. Seen in /tmp/nu/shots/media_director_en.png."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.media.media_model import MediaColumn
from records_desk.ui.media.screen import MediaScreen
from tests.conftest import PASSWORD
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window
from tests.unit.media_fixtures import issue, ready

__all__ = ["open_window"]  # the fixture


def test_the_media_borrower_is_named_not_given_as_an_account(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    open_window: OpenWindow,
) -> None:
    gm, archivist = principals[Role.GENERAL_MANAGER], principals[Role.ARCHIVIST]
    services.accounts.create(gm, "sales4", "黃業務", Role.CONSULTANT, "temporary-pw")
    services.auth.change_password("sales4", "temporary-pw", PASSWORD)
    number = ready(services, archivist).number
    services.media.inventory.apply(
        archivist, number, [issue("sales4", "sales-manager", date(2026, 12, 10))]
    )
    screen = feature_screen(qtbot, open_window(archivist), "media")
    assert isinstance(screen, MediaScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    model = screen.model
    assert model.data(model.index(0, MediaColumn.HOLDER)) == "黃業務"
    screen.select_medium(number)
    texts = [label.text() for label in screen.detail.findChildren(QLabel)]
    assert "黃業務 (sales4)" in texts
