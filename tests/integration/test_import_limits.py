"""The import's size limits (issue 9, finding 8: "an imported 10,000,000-character name …; a
1,048,575-row file took 48 s, 1.06 GB and printed 1,048,577 lines"): a too-long cell is an
error of its row and column and is never stored; a file over the row limit is refused with one
message, before its rows are read; at most 1,000 problems are listed and the rest counted, in
the text output and in --json (a key added, none renamed)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from records_desk.domain.customers.limits import LimitedText, TextTooLong, TooManyItems
from records_desk.exchange.common.sheet_size import largest_sheet_rows, sheet_names
from records_desk.exchange.customers import imports as ximports
from records_desk.exchange.customers.imports import TooManyRows, read_customers
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from tests.integration.test_cli_import_export import cli, office
from tests.unit.test_customer_import_service import (
    HEADERS,
    customers_on_file,
    good_file,
    row,
    write_xlsx,
)

__all__ = ["office"]  # the fixture

TEN_MILLION = 10_000_000
PLACEHOLDER = "LONG-NAME-HERE"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the command line's language (no saved one)


def with_cell_text(path: Path, text: str) -> Path:
    """The file with the cell holding PLACEHOLDER holding `text` instead: openpyxl cuts a
    string at Excel's 32,767 characters when it writes, other programs do not."""
    out = path.with_name("long-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data.replace(PLACEHOLDER.encode(), text.encode()))
    return out


def test_ten_million_character_name_is_refused_at_import(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    long_name = "名" * TEN_MILLION
    path = write_xlsx(tmp_path / "long.xlsx", [HEADERS, row(1), [PLACEHOLDER, *row(2)[1:]]])
    path = with_cell_text(path, long_name)
    preview = services.customers.imports.preview(gm, path)
    [error] = preview.errors
    assert (error.row, error.column) == (3, "A")
    assert isinstance(error.problem, TextTooLong)
    assert (error.problem.length, error.problem.limit) == (TEN_MILLION, 100)
    assert len(error.value) <= 51  # the report repeats the start of the cell, not all of it
    assert preview.valid == 1 and not preview.ok
    with pytest.raises(Exception):  # noqa: B017 - ImportInvalid: nothing written
        services.customers.imports.commit(gm, preview)
    assert customers_on_file(services) == 0


def test_a_too_long_cell_is_worded_with_its_length_and_limit_in_json(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = row(1)
    bad[0] = "名" * 101
    path = write_xlsx(tmp_path / "long.xlsx", [HEADERS, bad])
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--json")
    outcome = json.loads(out)
    assert code == 2 and list(outcome)[:4] == ["rows", "valid", "written", "errors"]
    [error] = outcome["errors"]
    assert (error["row"], error["column"]) == (2, "A")
    assert "too long (101 characters, at most 100)" in error["problem"]


def test_too_many_phones_or_product_lines_are_errors_of_their_row(tmp_path: Path) -> None:
    phones = "、".join(f"09{n:08d}" for n in range(11))
    headers = [*HEADERS, "產品線"]
    path = write_xlsx(
        tmp_path / "lists.xlsx",
        [headers, [*row(1)[:2], phones, *row(1)[3:], None],
         [*row(2), "、".join(f"線{n}" for n in range(21))]],
    )  # fmt: skip
    result = read_customers(path)
    problems = {(e.row, type(e.problem), e.problem.field) for e in result.errors}  # type: ignore[union-attr]
    assert problems == {
        (2, TooManyItems, LimitedText.PHONE),
        (3, TooManyItems, LimitedText.PRODUCT_LINE),
    }


def test_import_over_the_row_limit_is_refused_with_one_message(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = good_file(tmp_path / "big.xlsx", 60)
    code, out, err = cli(capsys, office, "import", "customers", str(path), "--max-rows", "40")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("records-desk: ")
    assert "more than 40 rows" in err
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--max-rows", "40",
                       "--json")  # fmt: skip
    outcome = json.loads(out)
    assert code == 2 and outcome["valid"] == 0 and outcome["written"] == 0
    assert len(outcome["errors"]) == 1 and outcome["errors"][0]["row"] is None
    code, _, _ = cli(capsys, office, "import", "customers", str(path), "--max-rows", "60",
                     "--dry-run")  # fmt: skip
    assert code == 0  # 60 rows are within a limit of 60


@pytest.mark.parametrize("rows", [41, 45, 200])
def test_the_row_limit_holds_whether_or_not_the_sheet_shows_it_before_reading(
    tmp_path: Path, rows: int
) -> None:
    """41 and 45 rows (within the header search's allowance) are refused as the 41st row is
    read; 200 before the workbook is opened. Either way: one problem, no drafts, no rows."""
    path = good_file(tmp_path / "big.xlsx", rows)
    result = read_customers(path, max_rows=40)
    assert result.file_errors == [TooManyRows(str(path), 40)]
    assert (result.drafts, result.errors, result.rows_read) == ([], [], 0)
    assert len(read_customers(path, max_rows=rows).drafts) == rows


def test_the_row_limit_is_checked_before_the_workbook_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = good_file(tmp_path / "big.xlsx", 200)

    def no_opening(*_: object) -> None:
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(ximports, "open_workbook", no_opening)
    assert isinstance(read_customers(path, max_rows=40).file_errors[0], TooManyRows)
    monkeypatch.setattr(ximports, "MAX_ROWS", 100)  # the default limit
    assert isinstance(read_customers(path).file_errors[0], TooManyRows)
    assert isinstance(ximports.detect_columns(path).file_errors[0], TooManyRows)


def test_rows_are_counted_from_the_sheet_xml_formatted_empty_rows_left_out(
    tmp_path: Path,
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "客戶"
    for n in range(1, 6):
        ws.cell(n, 1, f"名{n}")
    for n in range(6, 50):
        ws.cell(n, 1).number_format = "0.00"  # styled, empty: not a row of data
    other = wb.create_sheet("其他")
    for n in range(1, 30):
        other.cell(n, 2, n)
    wb.save(tmp_path / "f.xlsx")
    assert largest_sheet_rows(tmp_path / "f.xlsx", lambda name: name == "客戶", 100) == 5
    assert largest_sheet_rows(tmp_path / "f.xlsx", None, 100) == 29
    assert largest_sheet_rows(tmp_path / "f.xlsx", None, 10) == 11  # stops past the limit
    assert sheet_names(tmp_path / "f.xlsx") == ["客戶", "其他"]
    (tmp_path / "not.xlsx").write_bytes(b"not a zip")
    assert largest_sheet_rows(tmp_path / "not.xlsx", None, 10) is None
    assert sheet_names(tmp_path / "not.xlsx") == []


def test_import_lists_at_most_1000_problems_and_counts_the_rest(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    headers = [*HEADERS, "電子郵件"]
    rows = [[*row(n), f"not-an-address-{n}"] for n in range(1200)]
    path = write_xlsx(tmp_path / "bad.xlsx", [headers, *rows])
    # A bad e-mail is a warning (issue 10); --strict makes it an error.
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--strict")
    lines = out.splitlines()
    assert code == 2
    assert sum(line.startswith("row ") for line in lines) == 1000
    assert "… and 200 more problems" in lines
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--json", "--strict")
    outcome = json.loads(out)
    assert list(outcome)[:5] == ["rows", "valid", "written", "errors", "errors_not_listed"]
    assert (len(outcome["errors"]), outcome["errors_not_listed"]) == (1000, 200)
    assert outcome["errors"][0]["row"] == 2 and outcome["errors"][-1]["row"] == 1001
