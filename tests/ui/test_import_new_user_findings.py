"""Findings 2, 3, 4 and 11 of a new user's first import (issue 10): the office's own list of
nine rows (a title line, then 姓名 beside 公司名稱, one row copied, bad dates, a bad phone …).

2. A duplicate inside the list is in the grouped problem list and the summary counts it; its
   value is the row's name and phone as typed, never the internal key.
3. Refused rows keep their name (from 姓名 when there is no company) and show their record
   type in the user's words.
4. The error report has a kind column (error / warning / column note), errors first.
11. The notes say every type needs a shelf location, only the refusal is red, and the count of
   warned rows includes the duplicate."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.customers.import_dialog import ImportDialog
from records_desk.ui.customers.import_preview import ImportPreviewModel
from tests.ui.test_customer_admin_import import finish
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]

TITLE = ["台北分公司 客戶名單 (2026年11月)"]
HEADERS = ["姓名", "公司名稱", "手機", "電子郵件", "地址", "客戶類別", "部門", "登記日期"]
ROWS: list[list[object]] = [
    ["陳志明", "宏達貿易有限公司", "0912-345-678", "chen@example.com", "台北市信義區松仁路100號",
     "成交銷售客戶資料", "業務一部", datetime(2026, 10, 3)],
    ["林淑芬", "", "0922 111 222", "lin.sf@example.com.tw", "新北市板橋區文化路一段20號",
     "售後維修客戶資料", "售後服務部", "2026/10/15"],
    ["黃家豪", "家豪企業社", "0933-222-333", "huang@example", "台中市西區公益路50號",
     "成交銷售客戶資料", "業務二部", "2026-02-30"],  # no such day; e-mail odd
    ["張怡君", "", "0912-34", "zhang@example.com", "高雄市前鎮區中山二路5號", "活動資料庫",
     "行銷部", "115/09/01"],  # phone too short
    ["陳志明", "宏達貿易有限公司", "0912-345-678", "chen@example.com", "台北市信義區松仁路100號",
     "成交銷售客戶資料", "業務一部", datetime(2026, 10, 3)],  # row 7: a copy of row 3
    ["李俊傑", "俊傑工作室", 912345678, "lee@example.com", "台南市東區大學路1號", "重點客戶資料",
     "大客戶部", "2026年11月2日"],
    ["王雅婷", "", "02-2345-6789", "", "", "成交客戶", "業務一部", "2026/11/20"],  # no such type
    ["吳冠宇", "", "0955-666-777", "wu@example.com", "桃園市中壢區中正路2號", "活動資料庫",
     "行銷部", "2027/01/05"],  # row 10: in the future
    ["劉宗翰", "", "0966-777-888", "liu@example.com", "新竹市東區光復路3號", "活動資料庫",
     "企劃部", "2026/11/01"],
]  # fmt: skip


def office_list(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客戶名單"
    for values in (TITLE, HEADERS, *ROWS):
        ws.append(values)
    wb.save(path)
    return path


@pytest.fixture
def checked(qtbot: QtBot, services: Services, office: Office, tmp_path: Path) -> ImportDialog:
    dialog = ImportDialog(services, office.archivist)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_file(str(office_list(tmp_path / "office_list.xlsx")))
    finish(qtbot, dialog.check())
    return dialog


def grouped(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_duplicate_inside_the_list_is_in_the_grouped_problems_and_counted(
    checked: ImportDialog,
) -> None:
    assert "Row 7: Probably the same customer as row 3 (the same name and phone)" in grouped(
        checked
    )
    assert "1 row is probably the same customer as an earlier row" in checked.notes.text()
    twin = next(w for w in checked.checked.warnings if w["row"] == 7)
    assert twin["value"] == "宏達貿易有限公司 0912-345-678"  # as the row has it
    assert "|" not in str(twin["value"]) and "+886" not in str(twin["value"])


def test_refused_rows_keep_their_name_and_record_type_in_the_users_words(
    checked: ImportDialog,
) -> None:
    model: ImportPreviewModel = checked.model
    names = [c.header for c in model.columns].index("Name")
    kinds = [c.header for c in model.columns].index("Record type")
    shown = {line.row: line for line in model.rows()}
    assert shown[9].invalid and shown[10].invalid
    assert model.columns[names].value(shown[9]) == "王雅婷"  # no company: the person
    assert model.columns[names].value(shown[10]) == "吳冠宇"
    assert model.columns[names].value(shown[5]) == "家豪企業社"  # the company
    assert model.columns[kinds].value(shown[10]) == model.columns[kinds].value(shown[11])
    assert model.columns[kinds].value(shown[10]) != "活動資料庫"  # English, as valid rows
    assert model.columns[kinds].value(shown[9]) == "成交客戶"  # no type: as typed


def test_the_error_report_has_a_kind_column_errors_first(
    checked: ImportDialog, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    checked.save_report(str(out))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Kind", "Row")
    kinds = [r[0] for r in rows[1:]]
    order = {"Error": 0, "Warning": 1, "Column note": 2}
    assert kinds == sorted(kinds, key=order.__getitem__)  # errors, warnings, column notes
    assert kinds.count("Error") == 3 and kinds.count("Warning") == 3
    assert "Column note" in kinds
    [twin] = [r for r in rows if r[1] == 7]
    assert twin[0] == "Warning" and twin[3] == "宏達貿易有限公司 0912-345-678"


def test_import_notes_say_every_type_needs_a_shelf_and_count_every_warned_row(
    checked: ImportDialog,
) -> None:
    notes = checked.notes.text()
    [shelf] = [line for line in notes.splitlines() if "Shelf location" in line]
    assert "Closed sales" in shelf and "Campaign" in shelf  # every type in the list needs it
    assert "6 files" in shelf  # the six rows that can be imported
    assert "2 rows have a value that fails its check" in notes
    assert "1 row is probably the same customer" in notes  # the duplicate counted too
    assert checked.notes.styleSheet() == ""  # information, not red
    assert "cannot" in checked.summary.text() and "Shelf" not in checked.summary.text()
