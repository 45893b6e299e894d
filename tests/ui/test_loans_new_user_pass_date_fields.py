"""A new user's pass over the 借閱登記 tab (issue 11): Tab into a date filter and it never left —
every Tab landed in the same date field (ui/widgets/date_field.py, used by every date field).
Seen in /tmp/nu/shots/loans_archivist_zh_TW.png."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.ui.loans.screen import LoansScreen
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window, tab_through
from tests.unit.customer_fixtures import Office, office

__all__ = ["office", "open_window"]  # the fixtures


def test_tab_moves_on_from_the_registered_from_date_filter(
    qtbot: QtBot, office: Office, open_window: OpenWindow
) -> None:
    screen = feature_screen(qtbot, open_window(office.archivist), "loans")
    assert isinstance(screen, LoansScreen)
    bar = screen.filter_bar
    visited = tab_through(qtbot, bar.file, 3)
    assert visited[0] is bar.date_from.edit
    assert visited[1] is bar.date_to.edit
    assert visited[2] is not bar.date_to.edit
