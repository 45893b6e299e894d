"""The Media menu's Excel entries (issue 13 §7): the import preview checks off the UI thread,
its counts add up, refused rows are listed with their cells and Import stays off while there
are any; a good list imports all its rows and the tab hears of it; the inventory is exported
from the menu. Message boxes are captured by `shown`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediaFilter
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.media.import_dialog import MediaImportDialog
from tests.ui.test_media_window import OpenWindow, media_screen, open_window
from tests.unit.media_fixtures import register
from tests.unit.test_media_exchange_service import write_list

__all__ = ["open_window"]


def finish(qtbot: QtBot, job: BackgroundJob | None) -> Any:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    return job


ROWS = [
    ["USB-0002", "隨身碟", "Kingston", "", "K-1", "32GB", "涉密", "客戶部", "", ""],
    ["BAD-1", "硬碟", "WD", "", "W-1", "", "非涉密", "財務部", "", ""],
    ["", "光碟", "", "", "", "", "否", "客戶部", "陳大文", ""],
]


def test_the_import_preview_counts_add_up_and_import_stays_off_while_a_row_is_refused_R_MED_1(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], tmp_path: Path,
    shown: list[str],
) -> None:  # fmt: skip
    archivist = principals[Role.ARCHIVIST]
    dialog = MediaImportDialog(services, archivist)
    qtbot.addWidget(dialog)
    dialog.show()
    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "list.xlsx", ROWS))))
    preview = dialog.checked
    assert (preview.rows, preview.valid, preview.refused) == (3, 2, 1)
    assert "3 rows read: 2 can be imported, 1 refused, 1 with a warning" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.report_button.isEnabled()
    assert dialog.model.rowCount() == 3
    refused = dialog.model.item(1)
    assert refused.draft is None and refused.row == 5
    assert refused.typed[next(iter(refused.typed))] == "BAD-1"  # its cells as typed
    assert refused.problems[0].startswith("A5: ")
    dialog.save_report(str(tmp_path / "report.xlsx"))
    assert load_workbook(tmp_path / "report.xlsx").active.max_row == 3  # header, error, warning
    dialog.only_problems.setChecked(True)
    assert dialog.model.rowCount() == 2
    assert services.media.register.count(archivist, MediaFilter()) == 0


def test_a_good_list_imports_every_row_from_the_media_menu_and_the_tab_shows_them(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal],
    open_window: OpenWindow, tmp_path: Path, shown: list[str],
) -> None:  # fmt: skip
    window = open_window(principals[Role.ARCHIVIST])
    window.tabs.setCurrentWidget(window.feature_tabs["media"])
    screen = media_screen(window)
    qtbot.waitUntil(lambda: screen.loaded)
    window.menu_actions["media_import"].trigger()
    dialog = window.dialogs["media_import"]
    assert isinstance(dialog, MediaImportDialog)
    good = [ROWS[0], ROWS[2]]
    finish(qtbot, dialog.choose_file(str(write_list(tmp_path / "good.xlsx", good))))
    assert dialog.import_button.isEnabled()
    finish(qtbot, dialog.start_import())
    assert shown and "2 media were imported" in shown[-1]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert not dialog.import_button.isEnabled()


def test_the_inventory_is_exported_from_the_media_menu(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal],
    open_window: OpenWindow, tmp_path: Path, shown: list[str],
) -> None:  # fmt: skip
    archivist = principals[Role.ARCHIVIST]
    register(services, archivist)
    register(services, archivist, serial="S-2")
    window = open_window(archivist)
    window.menu_actions["media_export"].trigger()
    exporting = window.controllers["media"].exporting  # type: ignore[attr-defined]
    out = tmp_path / "media.xlsx"
    finish(qtbot, exporting.export_to(str(out)))
    exporting.dialog.close()
    assert load_workbook(out).active.max_row == 3
    assert "2 media were exported" in shown[-1]


def test_staff_may_not_export_the_inventory(
    principals: dict[Role, Principal], open_window: OpenWindow
) -> None:
    window = open_window(principals[Role.STAFF])
    assert not window.menu_actions["media_export"].isEnabled()
