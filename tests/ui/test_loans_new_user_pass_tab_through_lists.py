"""A new user's pass over the 借閱登記 tab (issue 11): Tab from the scan field into the list of
scanned files went from cell to cell for ever, never to the borrower, the condition of a file
or the dialog's buttons."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.loans.lend_dialog import LendDialog
from records_desk.ui.loans.return_dialog import ReturnDialog
from tests.ui.new_user_pass import OpenWindow, feature_screen, open_window, scan, tab_through
from tests.unit.customer_fixtures import Office, office
from tests.unit.loan_fixtures import files

__all__ = ["office", "open_window"]  # the fixtures


def test_tab_leaves_the_lend_dialogs_file_list_for_the_borrower(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow
) -> None:
    """Seen in /tmp/nu/shots/loans_walk_lend_zh_TW.png."""
    a, b = files(services, office.archivist)
    window = open_window(office.archivist)
    window.menu_actions["loan_lend"].trigger()
    dialog = feature_screen(qtbot, window, "loans").dialogs["lend"]  # type: ignore[attr-defined]
    assert isinstance(dialog, LendDialog)
    qtbot.waitUntil(dialog.isVisible)
    scan(qtbot, dialog.scan.edit, a)
    scan(qtbot, dialog.scan.edit, b)
    assert dialog.numbers() == [a, b]
    visited = tab_through(qtbot, dialog.scan.edit, 3)
    assert visited[0] is dialog.files
    assert visited[1] is not dialog.files
    dialog.close()


def test_tab_reaches_a_returned_files_condition_and_the_take_back_button(
    qtbot: QtBot, services: Services, office: Office, open_window: OpenWindow
) -> None:
    """Seen in /tmp/nu/shots/loans_walk_return_zh_TW.png."""
    (a,) = files(services, office.archivist, 1)
    services.loans.lending.lend(office.archivist, [a], "stan", "check")
    window = open_window(office.archivist)
    window.menu_actions["loan_return"].trigger()
    dialog = feature_screen(qtbot, window, "loans").dialogs["return"]  # type: ignore[attr-defined]
    assert isinstance(dialog, ReturnDialog)
    qtbot.waitUntil(dialog.isVisible)
    scan(qtbot, dialog.scan.edit, a)
    assert dialog.file_numbers() == [a]
    visited = tab_through(qtbot, dialog.scan.edit, 6)
    assert visited[:2] == [dialog.files, dialog.files.cellWidget(0, 3)]  # then its condition
    assert visited[2:5] == [dialog.remove_button, dialog.take_back_button, dialog.close_button]
    assert visited[5] is dialog.scan.edit  # round again
    dialog.close()
