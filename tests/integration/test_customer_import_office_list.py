"""Issue 10 §1, "an office's old list must import", on real xlsx files through the services:
a missing field is never a refusal (the gap is a data-quality problem, R-DQ-1 completeness),
an impossible value is an error that writes nothing, a suspicious one a warning; headers are
found below a title and under their everyday names; a missing column is one column problem;
the preview's counts add up; a phone in a number cell keeps its 0."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from records_desk.domain.customers.errors import ImportInvalid
from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.exchange.customers.columns import ImportField
from records_desk.exchange.customers.imports import read_customers
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.store.customers import Customer

# The list a new office brought (issue 10): no consultant, contact person, ID or "event date".
OFFICE_HEADERS = ["姓名", "公司名稱", "手機", "電子郵件", "地址", "客戶類別", "部門", "登記日期"]
TYPES = ["成交銷售", "重點客戶", "售後維修", "活動", "公司內部"]
TODAY = date(2026, 6, 1)


def office_row(n: int) -> list[object]:
    return [
        f"陳淑卿{n:03d}",
        f"大同貿易{n:03d}" if n % 2 else None,
        f"09{n:08d}",
        f"c{n}@example.com.tw",
        f"台北市信義區市府路{n + 1}號",
        TYPES[n % 5],
        f"業務{n % 2 + 1}部",
        datetime(2024, 1 + n % 12, 1 + n % 28),
    ]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_a_list_with_only_the_eight_office_columns_imports_every_row_gaps_in_data_quality(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "名單.xlsx", [OFFICE_HEADERS, *(office_row(n) for n in range(30))])
    preview = services.customers.imports.preview(gm, path)
    assert preview.ok and not preview.errors and not preview.result.file_errors
    assert (preview.rows, preview.valid, preview.refused) == (30, 30, 0)
    missing = {p.field for p in preview.result.missing_columns}
    assert missing == {
        ImportField.CONSULTANT, ImportField.ID_NUMBER, ImportField.SHELF_LOCATION,
        ImportField.ADMISSION,  # R-GRD-1: not recorded, never taken as met (issue 10 §1)
    }  # fmt: skip
    assert len(preview.column_problems) == 4  # each missing column once, not once per row
    first, second = preview.result.drafts[:2]
    assert first.event_date == date(2024, 1, 1)  # 登記日期 is the event date
    # 姓名 beside 公司名稱: the company is the customer, the person its contact; a row without
    # a company is the person's own file. Nothing of either column is lost.
    assert (first.name, first.contact_person) == ("陳淑卿000", None)
    assert (second.name, second.contact_person) == ("大同貿易001", "陳淑卿001")
    assert preview.result.mapping is not None and preview.result.mapping.repeated == ()
    assert services.customers.imports.commit(gm, preview).written == 30
    with services.ctx.uow.read() as uow:
        assert uow.session.scalar(select(func.count(Customer.id))) == 30
    gaps = {
        (p.customer.name, p.field)
        for p in services.customers.quality.problems(gm)
        if p.dimension is Dimension.COMPLETENESS
    }
    assert ("陳淑卿000", "id_number") in gaps and ("陳淑卿000", "consultant") in gaps  # 成交銷售
    assert ("大同貿易001", "id_number") in gaps  # 重點客戶
    assert ("大同貿易001", "contact_person") not in gaps


def test_one_impossible_date_among_1000_rows_writes_nothing_and_names_that_row(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [office_row(n) for n in range(1000)]
    rows[499][7] = "2024/02/30"  # Excel row 501
    path = write_xlsx(tmp_path / "名單.xlsx", [OFFICE_HEADERS, *rows])
    preview = services.customers.imports.preview(gm, path)
    assert not preview.ok
    assert [(e.row, e.column, e.value) for e in preview.errors] == [(501, "H", "2024/02/30")]
    assert (preview.rows, preview.valid, preview.refused) == (1000, 999, 1)
    with pytest.raises(ImportInvalid) as refused:
        services.customers.imports.commit(gm, preview)
    assert refused.value.error_rows == (501,)
    with services.ctx.uow.read() as uow:
        assert uow.session.scalar(select(func.count(Customer.id))) == 0


def test_a_title_row_and_blank_rows_above_the_header_import(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["115年度客戶名冊"],
        [],
        ["製表：檔案室", None, None, "2026/5/1"],
        OFFICE_HEADERS,
        *(office_row(n) for n in range(5)),
    ]
    result = read_customers(write_xlsx(tmp_path / "t.xlsx", rows), today=TODAY)
    assert result.header_row == 4 and result.ok
    assert [d.row for d in result.drafts] == [5, 6, 7, 8, 9]  # Excel's row numbers


def test_a_phone_in_a_number_cell_reads_with_its_zero(tmp_path: Path) -> None:
    row = office_row(0)
    row[2] = 912345678  # 0912345678 typed into a cell formatted as a number
    result = read_customers(write_xlsx(tmp_path / "n.xlsx", [OFFICE_HEADERS, row]), today=TODAY)
    assert result.ok and not result.warnings
    assert result.drafts[0].phones == ("0912345678",)


def test_event_date_headers_and_everyday_synonyms_name_their_fields(tmp_path: Path) -> None:
    for header in ("登記日期", "建檔日期", "日期", "來訪日期", "Date", "到訪日期"):
        headers = ["客戶名稱", "客戶類別", header]
        row = ["甲", "活動", "2024/3/4"]
        result = read_customers(write_xlsx(tmp_path / "s.xlsx", [headers, row]), today=TODAY)
        assert result.drafts[0].event_date == date(2024, 3, 4), header


def test_a_missing_column_is_reported_once_and_preview_counts_add_up(tmp_path: Path) -> None:
    rows = [["客戶名稱", "客戶類別", "電話"]]
    rows += [[f"客{n}", "活動", "0912345678"] for n in range(10)]
    rows += [["乙", "團購", "0912345678"], [None, "活動", "0912345678"]]  # two refused
    result = read_customers(write_xlsx(tmp_path / "m.xlsx", rows), today=TODAY)
    [missing] = [m for m in result.missing_columns if m.field is not ImportField.SHELF_LOCATION]
    assert (missing.field, missing.record_type, missing.first_row) == (
        ImportField.EVENT_DATE,
        RecordType.CAMPAIGN,
        2,
    )
    assert result.rows_read == result.valid + result.refused == 12
    assert result.error_rows == [12, 13]


def test_a_list_placed_right_of_column_a_is_named_by_excel_rows_and_columns(
    tmp_path: Path,
) -> None:
    # Read with python-calamine (issue 10 §3), whose rows start at the used range.
    wb = Workbook()
    ws = wb.active
    ws["C3"], ws["D3"], ws["E3"] = "客戶名稱", "客戶類別", "電話"
    ws["C4"], ws["D4"], ws["E4"] = "甲", "活動", "12-3"
    ws["C5"], ws["D5"], ws["E5"] = "乙", "活動", 912345678
    wb.save(tmp_path / "offset.xlsx")
    result = read_customers(tmp_path / "offset.xlsx", today=TODAY)
    assert result.header_row == 3 and [d.row for d in result.drafts] == [4, 5]
    assert [(w.row, w.column, w.value) for w in result.warnings] == [(4, "E", "12-3")]
    assert result.drafts[1].phones == ("0912345678",)
