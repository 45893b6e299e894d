"""`media export` and `media import` (issue 13 §7): exit codes and the --json shape mirror
`customers import`; refusals are one line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.integration.cli_runner import run
from tests.integration.test_cli_import_export import office
from tests.unit.test_media_exchange_service import write_list

__all__ = ["office"]  # the fixture


def cli(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--user", "boss", *argv)


GOOD = [
    ["USB-0007", "隨身碟", "SanDisk", "", "S1", "64GB", "涉密", "客戶部", "", "A櫃"],
    ["", "光碟", "", "", "", "", "非涉密", "客戶部", "", ""],
]


def test_media_import_json_names_the_bad_row_exits_2_and_writes_nothing_R_MED_1(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [*GOOD, ["USB-7", "tape", "", "", "", "", "非涉密", "客戶部", "", ""]]
    path = write_list(tmp_path / "list.xlsx", rows)
    code, out, _ = cli(capsys, office, "media", "import", str(path), "--json")
    assert code == 2
    outcome = json.loads(out)
    assert list(outcome) == ["rows", "valid", "imported", "refused", "errors", "warnings"]
    assert (outcome["rows"], outcome["valid"], outcome["imported"], outcome["refused"]) == (
        3, 2, 0, 1,
    )  # fmt: skip
    [first, second] = outcome["errors"]  # USB-7 is USB-0007 again, and not a tape's number
    assert list(first) == ["row", "column", "value", "problem"]
    assert (first["row"], first["column"], first["value"]) == (6, "A", "USB-7")
    assert "USB-0007" in first["problem"] + second["problem"]
    code, out, _ = cli(capsys, office, "media", "list", "--json")
    assert json.loads(out) == []


def test_media_import_dry_run_writes_nothing_then_imports_and_exports_them(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_list(tmp_path / "list.xlsx", GOOD)
    code, out, _ = cli(capsys, office, "media", "import", str(path), "--dry-run")
    assert code == 0
    assert json.loads(cli(capsys, office, "media", "list", "--json")[1]) == []
    code, out, _ = cli(capsys, office, "media", "import", str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] == 2
    code, out, _ = cli(capsys, office, "media", "list", "--json")
    assert [m["number"] for m in json.loads(out)] == ["CD-0001", "USB-0007"]
    output = tmp_path / "out.xlsx"
    code, out, _ = cli(capsys, office, "media", "export", "-o", str(output), "--classified",
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["rows"] == 1
    sheet = load_workbook(output).active
    assert [c.value for c in sheet[2]][:3] == ["USB-0007", "USB隨身碟", "SanDisk"]
    # The same list again: every row is on record now (number, serial): refused, exit 2.
    report = tmp_path / "report.xlsx"
    code, out, _ = cli(capsys, office, "media", "import", str(path), "--report", str(report))
    assert code == 2 and report.exists()


def test_media_import_refusals_are_one_line_exit_2(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = cli(capsys, office, "media", "import", str(tmp_path / "none.xlsx"))
    assert code == 2 and err.count("\n") == 1 and err.startswith("records-desk: ")
    empty = write_list(tmp_path / "empty.xlsx", [])
    code, _, err = cli(capsys, office, "media", "import", str(empty))
    assert code == 2 and err.count("\n") == 1 and err.startswith("records-desk: ")


def test_media_import_strict_makes_warnings_errors(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_list(tmp_path / "list.xlsx", [["", "硬碟", "", "", "", "", "是", "財務部",
                                                 "nobody", ""]])  # fmt: skip
    code, out, _ = cli(capsys, office, "media", "import", str(path), "--json", "--strict")
    assert code == 2
    outcome = json.loads(out)
    assert outcome["warnings"] == [] and outcome["errors"][0]["column"] == "I"
    code, out, _ = cli(capsys, office, "media", "import", str(path), "--json")
    outcome = json.loads(out)
    assert code == 0 and outcome["imported"] == 1 and outcome["warnings"][0]["row"] == 4
