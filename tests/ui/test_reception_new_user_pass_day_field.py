"""A new user's pass over the 接待輪序 tab (issue 12): in English the day field of the visitor
sheet read "yyyy-mm-dd, or ···", its hint cut. Seen in
/tmp/nu/shots/reception_archivist_en.png."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.ui.reception.screen import ReceptionScreen
from tests.ui.new_user_pass import OpenWindow, feature_screen, language, open_window

__all__ = ["language", "open_window"]  # the fixtures


def test_the_visitor_sheets_day_field_shows_its_hint_whole(
    qtbot: QtBot, principals: dict[Role, Principal], open_window: OpenWindow, language: str
) -> None:
    screen = feature_screen(qtbot, open_window(principals[Role.ARCHIVIST]), "reception")
    assert isinstance(screen, ReceptionScreen)
    edit = screen.sheet_day.edit
    edit.clear()
    hint = edit.placeholderText()
    assert hint
    room = edit.width() - 2 * edit.style().pixelMetric(
        edit.style().PixelMetric.PM_DefaultFrameWidth
    )
    assert edit.fontMetrics().horizontalAdvance(hint) + 4 <= room, language
