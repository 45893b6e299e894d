"""Excel import of customer lists (issue 4 item 10) on real xlsx files: every row validated with
the domain (R-DQ-1 completeness and validity), duplicates within the file (R-DQ-1 uniqueness),
rows and columns named as Excel shows them, cancel, and the error report in zh_TW."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from records_desk.domain.common.errors import (
    DateProblem,
    OfficeDateInvalid,
    PhoneInvalid,
    PhoneProblem,
)
from records_desk.domain.common.identifiers import IdKind, is_valid_tw_national_id
from records_desk.domain.customers.duplicates import DuplicateBasis
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    ArchiveNumberInvalid,
    ArchiveNumberProblem,
)
from records_desk.domain.customers.vocabulary import AdmissionChecklist, Grade, RecordType
from records_desk.exchange.customers.cells import (
    ArchiveNumberRepeated,
    ChoiceUnknown,
    EmailInvalid,
    FieldRequired,
    GradeForUngradedType,
    IdNumberInvalid,
)
from records_desk.exchange.customers.columns import ColumnMapping, ImportField
from records_desk.exchange.customers.imports import (
    ColumnMissing,
    HeaderRowNotFound,
    SheetNotFound,
    WorkbookUnreadable,
    detect_columns,
    read_customers,
)
from records_desk.wording.customers.import_report import describe, write_error_report

TODAY = date(2026, 6, 1)
HEADERS = [
    "客戶名稱", "錄入資料類型", "電話", "統一編號/身分證字號", "部門", "顧問",
    "事件日期", "等級", "電子郵件", "聯絡人", "地址",
]  # fmt: skip
TYPES = ["成交銷售客戶資料", "售后維修客戶資料", "公司內部資料", "重點客戶資料", "活動資料庫"]
SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪"
GIVEN = "志明淑芬家豪怡君俊傑雅婷冠宇宗翰美玲建宏"
_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def tw_id(n: int) -> str:
    """A valid 身分證字號, different for every n below 10 million."""
    letter = _LETTERS[n % 26]
    body = f"{1 + n % 2}{n % 10_000_000:07d}"
    code = _LETTERS.index(letter) + 10
    digits = [code // 10, code % 10, *map(int, body)]
    total = sum(w * d for w, d in zip((1, 9, 8, 7, 6, 5, 4, 3, 2, 1), digits, strict=True))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def customer_row(n: int) -> list[object]:
    """Row n of a good file: every field any record type needs, dates in all office forms."""
    day = date(2025, 1 + n % 12, 1 + n % 28)
    dates: list[object] = [
        datetime(day.year, day.month, day.day),
        day.isoformat(),
        f"{day.year - 1911}/{day.month:02d}/{day.day:02d}",
        f"民國{day.year - 1911}年{day.month}月{day.day}日",
    ]
    name = SURNAMES[n % 15] + GIVEN[(n * 2) % 16 : (n * 2) % 16 + 2] + f"{n:04d}"
    return [
        name,
        TYPES[n % 5],
        f"09{n:08d}",
        tw_id(n),
        f"業務{n % 3 + 1}部",
        "林顧問",
        dates[n % 4],
        ["VIP", "優選", "合格", None][n % 4] if n % 5 in (0, 1, 3) else None,  # graded types
        f"c{n}@example.com.tw",
        "王聯絡",
        f"台北市信義區市府路{n % 300 + 1}號",
    ]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "客戶") -> Path:
    """An office file: what looks like a formula was typed as text."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    wb.save(path)
    return path


def good_file(path: Path, n: int = 1000) -> Path:
    return write_xlsx(path, [HEADERS, *(customer_row(i) for i in range(n))])


def test_the_generator_makes_valid_ids() -> None:
    assert all(is_valid_tw_national_id(tw_id(n)) for n in range(0, 5000, 7))


def test_a_good_file_gives_one_draft_per_row(tmp_path: Path) -> None:
    result = read_customers(good_file(tmp_path / "good.xlsx"), today=TODAY)
    assert result.ok and result.errors == [] and result.file_errors == []
    assert result.rows_read == result.valid == 1000
    assert result.header_row == 1 and result.sheet == "客戶"
    first = result.drafts[0]
    assert first.row == 2  # Excel's row number, the header being row 1
    assert first.record_type is RecordType.CLOSED_SALES and first.grade is Grade.VIP
    assert first.phones == ("0900000000",) and first.id_number == tw_id(0)
    assert [d.event_date for d in result.drafts[:4]] == [
        date(2025, 1, 1), date(2025, 2, 2), date(2025, 3, 3), date(2025, 4, 4)
    ]  # fmt: skip
    assert result.duplicates_in_file == []


def test_one_impossible_date_among_1000_rows_is_named_by_row_column_and_value(
    tmp_path: Path,
) -> None:
    rows = [customer_row(i) for i in range(1000)]
    rows[636][6] = "2025-02-30"  # the 637th customer: Excel row 638
    result = read_customers(write_xlsx(tmp_path / "one-bad.xlsx", [HEADERS, *rows]), today=TODAY)
    assert not result.ok
    assert result.rows_read == 1000 and result.valid == 999 and result.refused == 1
    [error] = result.errors
    assert (error.row, error.column, error.value) == (638, "G", "2025-02-30")
    assert isinstance(error.problem, OfficeDateInvalid)
    assert 638 not in {d.row for d in result.drafts}


def test_a_suspicious_phone_is_a_warning_imported_as_typed_not_an_error(tmp_path: Path) -> None:
    rows = [customer_row(i) for i in range(1000)]
    rows[636][2] = "0912-34"  # the 637th customer: Excel row 638
    result = read_customers(write_xlsx(tmp_path / "one-odd.xlsx", [HEADERS, *rows]), today=TODAY)
    assert result.ok and result.valid == 1000 and not result.errors
    [warning] = result.warnings
    assert (warning.row, warning.column, warning.value) == (638, "C", "0912-34")
    assert isinstance(warning.problem, PhoneInvalid)
    assert describe(warning.problem) == "「0912-34」不是有效的電話號碼（位數或開頭不符）"
    assert next(d for d in result.drafts if d.row == 638).phones == ("0912-34",)


def test_the_same_rows_twice_in_one_file_are_reported_as_duplicates_R_DQ_1(
    tmp_path: Path,
) -> None:
    rows = [customer_row(i) for i in range(50)]
    result = read_customers(
        write_xlsx(tmp_path / "twice.xlsx", [HEADERS, *rows, *rows]), today=TODAY
    )
    assert result.valid == 100  # each row is valid on its own; the service decides
    pairs = [(d.first_row, d.row) for d in result.duplicates_in_file]
    assert pairs == [(i + 2, i + 52) for i in range(50)]
    assert {d.key[0] for d in result.duplicates_in_file} == {DuplicateBasis.ID_NUMBER}


def test_name_and_phone_duplicates_match_across_spelling_and_number_format(
    tmp_path: Path,
) -> None:
    rows = [
        ["臺灣電力公司", "活動", "0912-345-678", None, None, None, "2026-01-05"],
        ["台灣電力 公司", "活動", 912345678, None, None, None, "2026-01-06"],
    ]
    result = read_customers(write_xlsx(tmp_path / "d.xlsx", [HEADERS[:7], *rows]), today=TODAY)
    [duplicate] = result.duplicates_in_file
    assert (duplicate.first_row, duplicate.row) == (2, 3)
    assert duplicate.key[0] is DuplicateBasis.NAME_AND_PHONE


def test_roc_dates_and_full_width_input_parse(tmp_path: Path) -> None:
    rows = [
        ["ＡＢＣ有限公司", "活動資料庫", "０９１２－３４５－６７８", None, None, None, "115/01/05"],
        ["林小姐", "活動", "0912345679", None, None, None, "民國115年1月5日"],
        ["陳先生", "Campaign", "0912345670", None, None, None, "民國１１５年１月５日"],
        ["黃先生", "campaign", "0912345671", None, None, None, "１１５／０１／０５"],
        ["張小姐", "活動", "0912345672", "Ａ１２３４５６７８９", None, None, "2026/1/5"],
    ]
    result = read_customers(write_xlsx(tmp_path / "roc.xlsx", [HEADERS[:7], *rows]), today=TODAY)
    assert result.errors == [] and result.valid == 5
    assert {d.event_date for d in result.drafts} == {date(2026, 1, 5)}
    assert result.drafts[0].name == "ABC有限公司"
    assert result.drafts[0].phones == ("0912-345-678",)
    assert result.drafts[4].id_number == "A123456789"


def test_numbers_stored_as_text_and_phones_stored_as_numbers(tmp_path: Path) -> None:
    rows = [
        ["甲公司", "成交銷售", 912345678.0, 22099131, "一部", "林", "20260105"],
        ["乙公司", "成交銷售", 912345679, "22099131 ", "一部", "林", 20260105],
        ["丙公司", "成交銷售", "912345670", 4595257, "一部", "林", 46027],
        ["丁先生", "成交銷售", 223456789, "A123456789", "一部", "林", datetime(2026, 1, 5)],
    ]
    result = read_customers(write_xlsx(tmp_path / "num.xlsx", [HEADERS[:7], *rows]), today=TODAY)
    assert result.errors == []
    phones = [d.phones for d in result.drafts]
    assert phones == [("0912345678",), ("0912345679",), ("0912345670",), ("0223456789",)]
    assert [d.id_number for d in result.drafts] == [
        "22099131",
        "22099131",
        "04595257",
        "A123456789",
    ]
    assert {d.event_date for d in result.drafts} == {date(2026, 1, 5)}


def test_empty_rows_title_rows_and_extra_sheets_are_ignored(tmp_path: Path) -> None:
    wb = Workbook()
    cover = wb.active
    cover.title = "說明"
    cover.append(["本檔為 2026 年客戶名單，請勿修改欄位名稱"])
    ws = wb.create_sheet("名單")
    ws.append(["2026 年度客戶名單"])  # a title row above the headers
    ws.append([])
    ws.append(HEADERS)  # row 3
    ws.append(customer_row(0))  # row 4
    ws.append([None] * 11)  # row 5: empty cells
    ws.append(["  ", "", None])  # row 6: blanks only
    bad = customer_row(1)
    bad[6] = "2026-13-01"
    ws.append(bad)  # row 7
    wb.create_sheet("統計").append(["客戶名稱", "電話", "合計"])
    wb.save(tmp_path / "messy.xlsx")
    result = read_customers(tmp_path / "messy.xlsx", today=TODAY)
    assert result.sheet == "名單" and result.header_row == 3
    assert result.rows_read == 2 and [d.row for d in result.drafts] == [4]
    [error] = result.errors
    assert (error.row, error.column, error.value) == (7, "G", "2026-13-01")
    assert isinstance(error.problem, OfficeDateInvalid)


def test_a_named_sheet_is_read_and_an_unknown_one_reported(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(HEADERS)
    wb.active.append(customer_row(0))
    other = wb.create_sheet("二月")
    other.append(HEADERS)
    for i in range(1, 4):
        other.append(customer_row(i))
    wb.save(tmp_path / "sheets.xlsx")
    assert read_customers(tmp_path / "sheets.xlsx", sheet="二月", today=TODAY).valid == 3
    missing = read_customers(tmp_path / "sheets.xlsx", sheet="三月", today=TODAY)
    [problem] = missing.file_errors
    assert isinstance(problem, SheetNotFound) and problem.available == ("Sheet", "二月")
    assert "三月" in describe(problem) and not missing.ok


def test_cancel_mid_import_returns_a_cancelled_result_without_drafts(tmp_path: Path) -> None:
    path = good_file(tmp_path / "good.xlsx", 1000)
    calls: list[tuple[int, int | None]] = []
    result = read_customers(
        path, progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: bool(calls), today=TODAY,
    )  # fmt: skip
    assert result.cancelled and not result.ok
    assert result.drafts == []  # nothing that could be committed
    assert calls == [(500, 1000)]  # stopped at the first check, half-way


def test_progress_every_500_rows_with_an_estimate(tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    result = read_customers(
        good_file(tmp_path / "good.xlsx", 1200),
        progress=lambda done, total: calls.append((done, total)),
        today=TODAY,
    )
    assert calls == [(500, 1200), (1000, 1200), (1200, 1200)] and not result.cancelled


def test_english_and_full_width_headers_on_a_real_file(tmp_path: Path) -> None:
    headers = ["Ｃｕｓｔｏｍｅｒ", "Record Type", "Mobile", "ID", "Dept.", "Consultant", "Date"]
    rows = [
        headers,
        ["Acme Ltd", "closed_sales", "0912345678", "22099131", "S1", "Lin", "2026/1/5"],
    ]
    result = read_customers(write_xlsx(tmp_path / "en.xlsx", rows), today=TODAY)
    assert result.errors == [] and result.valid == 1
    assert result.mapping is not None and result.mapping.unknown == ()


def test_a_missing_field_is_never_a_refusal_only_a_name_and_a_record_type_are_needed(
    tmp_path: Path,
) -> None:
    rows = [
        ["修理客", "售后維修客戶資料", None, None, "維修部", None, "2026-01-05"],  # no phone
        ["內部", "公司內部資料", None, None, None, None, None],  # no department
        [None, "活動", "0912345678", None, None, None, "2026-01-05"],  # no name
        ["某人", None, "0912345678", None, None, None, "2026-01-05"],  # no record type
        ["某人", "團購", "0912345678", None, None, None, "2026-01-05"],  # unknown type
    ]
    result = read_customers(write_xlsx(tmp_path / "req.xlsx", [HEADERS[:7], *rows]), today=TODAY)
    found = [(e.row, e.column, type(e.problem).__name__) for e in result.errors]
    assert found == [
        (4, "A", "FieldRequired"),
        (5, "B", "FieldRequired"),
        (6, "B", "ChoiceUnknown"),
    ]
    assert [d.row for d in result.drafts] == [2, 3]  # imported with their gaps (R-DQ-1)
    assert result.valid + result.refused == result.rows_read == 5


def test_ids_and_emails_failing_their_check_warn_and_future_dates_are_errors_R_DQ_1(
    tmp_path: Path,
) -> None:
    row = customer_row(0)
    row[3], row[6], row[8] = "A123456788", "2026-06-02", "someone@"
    result = read_customers(write_xlsx(tmp_path / "v.xlsx", [HEADERS, row]), today=TODAY)
    [error] = result.errors
    assert error.column == "G" and isinstance(error.problem, OfficeDateInvalid)
    assert "不在允許的日期範圍內（1900-01-01 至" in describe(error.problem)
    warnings = {w.column: w.problem for w in result.warnings}
    assert isinstance(warnings["D"], IdNumberInvalid)
    assert describe(warnings["I"]) == "「someone@」不是有效的電子郵件地址"
    assert list(warnings) == ["D", "I"]  # in column order


def test_admission_checklist_when_the_file_says_R_GRD_1(tmp_path: Path) -> None:
    headers = [*HEADERS, "符合準入條件"]
    yes, no, campaign = customer_row(0) + ["是"], customer_row(5) + ["否"], customer_row(4) + ["否"]
    result = read_customers(
        write_xlsx(tmp_path / "a.xlsx", [headers, yes, no, campaign]), today=TODAY
    )
    [error] = result.errors
    assert error.row == 3 and error.column == "L" and isinstance(error.problem, AdmissionIncomplete)
    assert result.drafts[0].admission == AdmissionChecklist.all_met()
    assert result.drafts[1].record_type is RecordType.CAMPAIGN  # no admission for campaigns


def test_columns_beyond_z_are_named_with_two_letters(tmp_path: Path) -> None:
    headers = [f"欄{i}" for i in range(26)] + ["客戶名稱", "類型", "電話", "日期"]
    rows = [headers, [None] * 26 + ["甲", "活動", "12345", "2026-01-05"]]
    result = read_customers(write_xlsx(tmp_path / "wide.xlsx", rows), today=TODAY)
    [error] = result.warnings
    assert (error.row, error.column, error.value) == (2, "AC", "12345")
    assert result.mapping is not None and len(result.mapping.unknown) == 26


def test_a_missing_column_is_one_column_problem_and_unreadable_files_are_file_errors(
    tmp_path: Path,
) -> None:
    no_type = read_customers(
        write_xlsx(tmp_path / "t.xlsx", [["客戶名稱", "電話"], ["甲", "0912345678"]]), today=TODAY
    )
    assert [(p.field, p.record_type) for p in no_type.file_errors] == [
        (ImportField.RECORD_TYPE, None)
    ]
    assert no_type.rows_read == 0 and not no_type.ok
    defaulted = read_customers(
        tmp_path / "t.xlsx", default_record_type=RecordType.CAMPAIGN, today=TODAY
    )
    assert defaulted.ok and not defaulted.file_errors and defaulted.valid == 1
    [missing, shelf] = defaulted.missing_columns  # every file has a shelf (issue 10 §2)
    assert shelf.field is ImportField.SHELF_LOCATION
    assert isinstance(missing, ColumnMissing) and missing.field is ImportField.EVENT_DATE
    assert describe(missing) == (
        "找不到「事件日期」欄位：活動資料庫必須填寫，照樣匯入並列入資料品質清單"
    )
    per_type = read_customers(
        write_xlsx(
            tmp_path / "p.xlsx", [HEADERS[:2], ["甲", "內部"], ["乙", "活動"], ["丙", "活動"]]
        ),
        today=TODAY,
    )
    assert per_type.ok and not per_type.file_errors
    assert {(p.field, p.record_type, p.first_row) for p in per_type.missing_columns} == {
        (ImportField.DEPARTMENT, RecordType.INTERNAL, 2),
        (ImportField.PHONE, RecordType.CAMPAIGN, 3),
        (ImportField.EVENT_DATE, RecordType.CAMPAIGN, 3),
        (ImportField.SHELF_LOCATION, RecordType.INTERNAL, 2),  # needed by both types
    }  # each once, though two rows need them
    assert per_type.valid == 3
    headless = read_customers(write_xlsx(tmp_path / "h.xlsx", [["a", "b"], [1, 2]]), today=TODAY)
    assert isinstance(headless.file_errors[0], HeaderRowNotFound)
    (tmp_path / "fake.xlsx").write_text("not a workbook")
    [unreadable] = read_customers(tmp_path / "fake.xlsx").file_errors
    assert isinstance(unreadable, WorkbookUnreadable)
    assert isinstance(read_customers(tmp_path / "absent.xlsx").file_errors[0], WorkbookUnreadable)


def test_the_adjusted_mapping_is_used(tmp_path: Path) -> None:
    rows = [
        ["全名", "代號", "種類", "聯絡方式", "日子"],
        ["甲", "A123456789", "活動", "0912345678", "2026-01-05"],
    ]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    detected = detect_columns(path)
    assert isinstance(detected.file_errors[0], HeaderRowNotFound)
    mapping = ColumnMapping.auto(rows[0]).override(
        {"A": ImportField.NAME, "B": ImportField.ID_NUMBER, "C": ImportField.RECORD_TYPE,
         "D": ImportField.PHONE, "E": ImportField.EVENT_DATE}
    )  # fmt: skip
    result = read_customers(path, mapping=mapping, today=TODAY)
    assert result.ok and result.drafts[0].id_number == "A123456789"


def test_the_error_report_is_an_xlsx_with_row_column_value_problem(tmp_path: Path) -> None:
    rows = [customer_row(i) for i in range(3)]
    rows[1][2] = '=HYPERLINK("http://x")'
    rows[2][7] = "金牌"
    rows.append(rows[0])
    result = read_customers(write_xlsx(tmp_path / "r.xlsx", [HEADERS, *rows]), today=TODAY)
    out = tmp_path / "report.xlsx"
    written = write_error_report(
        result.errors, out, file_errors=[ColumnMissing(ImportField.CONSULTANT)],
        duplicates=result.duplicates_in_file, warnings=result.warnings,
    )  # fmt: skip
    assert written == 4
    ws = load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["類別", "列", "欄", "內容", "問題"]
    assert values[1] == ["錯誤", None, None, None, "找不到「置業顧問」欄位（每一列都必須填寫）"]
    assert values[2][:4] == ["錯誤", 4, "H", "金牌"]  # errors first
    assert values[2][4] == "「金牌」不是可用的客戶等級（可填：VIP、優選、合格）"
    assert values[3][:4] == ["注意", 3, "C", '=HYPERLINK("http://x")']  # then warnings
    assert ws["D4"].data_type == "s"  # the file's formula stays text in the report
    assert values[4][:2] == ["注意", 5]
    assert values[4][4] == "可能與第 2 列是同一位客戶（統一編號/身分證字號相同）"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E5"
    assert ws.column_dimensions["E"].width > ws.column_dimensions["B"].width
    assert isinstance(result.errors[0].problem, ChoiceUnknown)


@pytest.mark.parametrize("value", [True, 1.5, "abc"])
def test_odd_cell_values_in_a_date_column_are_errors_not_crashes(
    tmp_path: Path, value: object
) -> None:
    row = ["甲", "活動", "0912345678", None, None, None, value]
    result = read_customers(write_xlsx(tmp_path / "o.xlsx", [HEADERS[:7], row]), today=TODAY)
    [error] = result.errors
    assert error.column == "G" and isinstance(error.problem, OfficeDateInvalid)


def test_old_archive_numbers_are_kept_and_may_not_repeat_R_CUS_2(tmp_path: Path) -> None:
    headers = [*HEADERS[:7], "檔案編號", "存放位置"]
    rows = [
        [*customer_row(4)[:7], "ｃｐ-2025-00042", "A櫃 3層"],
        [*customer_row(9)[:7], "舊檔 1998-17", None],  # a legacy number: kept as typed
        [*customer_row(14)[:7], "CP-2025-00042", None],  # the first row's number again
        [*customer_row(19)[:7], "CP-2025-00000", None],  # the office's format, never issued
    ]
    result = read_customers(write_xlsx(tmp_path / "a.xlsx", [headers, *rows]), today=TODAY)
    assert [(d.archive_number, d.shelf_location) for d in result.drafts] == [
        ("CP-2025-00042", "A櫃 3層"),
        ("舊檔 1998-17", None),
    ]
    assert [(e.row, e.column) for e in result.errors] == [(4, "H"), (5, "H")]
    assert describe(result.errors[0].problem) == (
        "檔案編號「CP-2025-00042」已用於第 2 列，編號不可重複"
    )
    assert describe(result.errors[1].problem) == "「CP-2025-00000」的序號不正確（00001 至 99999）"


def test_a_wrong_recorded_sheet_size_does_not_cut_the_import_short(tmp_path: Path) -> None:
    # Some report writers record the used range as A1:A1; read-only openpyxl trusted it,
    # calamine counts the rows it finds (so the estimate is right).
    good = good_file(tmp_path / "good.xlsx", 600)
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(lying, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            target.writestr(item, data)
    calls: list[tuple[int, int | None]] = []
    result = read_customers(lying, progress=lambda *call: calls.append(call), today=TODAY)
    assert result.ok and result.valid == 600 and result.rows_estimate == 600
    assert calls == [(500, 600), (600, 600)]


def test_internal_and_campaign_records_take_no_grade_R_GRD_2(tmp_path: Path) -> None:
    campaign = customer_row(4)
    campaign[7] = "合格"
    result = read_customers(write_xlsx(tmp_path / "g.xlsx", [HEADERS, campaign]), today=TODAY)
    [error] = result.errors
    assert (error.row, error.column, error.value) == (2, "H", "合格")
    assert describe(error.problem) == "活動資料庫不分等級，等級請留空"


def every_problem() -> list[object]:
    """One of each problem an import reports, with every kind each can have."""
    return [
        *(PhoneInvalid("x", kind) for kind in PhoneProblem),
        *(OfficeDateInvalid("x", kind) for kind in DateProblem),
        *(IdNumberInvalid("x", kind) for kind in (*IdKind, None)),
        *(ArchiveNumberInvalid("x", kind) for kind in ArchiveNumberProblem),
        *(ChoiceUnknown(f, "x") for f in (ImportField.RECORD_TYPE, ImportField.GRADE,
                                          ImportField.PROSPECT_LEVEL, ImportField.ADMISSION)),
        *(FieldRequired(f, t) for f in ImportField for t in (None, RecordType.CAMPAIGN)),
        *(ColumnMissing(f, t, 5) for f in ImportField for t in (None, RecordType.INTERNAL)),
        EmailInvalid("x"),
        AdmissionIncomplete(("legal_capacity", "cooperation")),
        ArchiveNumberRepeated("CS-2026-00001", 3),
        GradeForUngradedType(RecordType.INTERNAL, "VIP"),
        HeaderRowNotFound("客戶", 10),
        SheetNotFound("三月", ("一月", "二月")),
        WorkbookUnreadable("/tmp/a.xlsx", "BadZipFile"),
    ]  # fmt: skip


def test_every_problem_is_worded_in_traditional_chinese() -> None:
    for problem in every_problem():
        wording = describe(problem)  # type: ignore[arg-type]
        assert wording != str(problem) and re.search(r"[\u4e00-\u9fff]", wording), problem


def test_the_record_types_and_grades_the_window_shows_in_english_are_read_back(
    tmp_path: Path,
) -> None:
    """A list typed by someone using the English window names types and grades as it shows
    them; an unknown one is told with the choices in the user's language (R-CUS-1, R-GRD-2)."""
    from records_desk.domain.customers.vocabulary import RecordType
    from records_desk.wording import set_language
    from records_desk.wording.customers.terms import record_type_name

    set_language("en")
    rows = [
        [record_type_name(t), t.value] for t in RecordType
    ]  # every English name the window shows
    from records_desk.exchange.customers.cells import RECORD_TYPE_WORDS, choice
    from records_desk.exchange.customers.columns import ImportField

    for name, value in rows:
        assert choice(ImportField.RECORD_TYPE, name, RECORD_TYPE_WORDS) == RecordType(value)
    unknown = read_customers(
        write_xlsx(tmp_path / "en.xlsx", [HEADERS[:7], ["某人", "Group buy", "0912345678",
                                                         None, "A", None, "2026-01-05"]]),
        today=TODAY,
    )  # fmt: skip
    text = describe(unknown.errors[0].problem)
    assert text.startswith("“Group buy” is not a Record type (one of: Closed sales, ")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)
