"""Excel in and out through the services and the command line (issue 4 items 11 and 13):
exit codes and the --json shape of `import customers`, formula-like values exported as text,
exports audited with their row count (R-AUD-2), the holiday SMS list without blacklisted or
void customers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.services.customers.search import CustomerQuery
from tests.integration.cli_runner import init_office, run
from tests.unit.test_customer_import_service import HEADERS, good_file, row, write_xlsx


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    init_office(capsys, monkeypatch, db_path, "--name", "王總")
    return db_path


def cli(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--user", "boss", *argv)


def test_import_json_names_the_invalid_row_and_exits_2_writing_nothing(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [row(i) for i in range(40)]
    rows[4][5] = "2026/13/45"  # Excel row 6, column F: no date
    path = write_xlsx(tmp_path / "bad.xlsx", [HEADERS, *rows])
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--json")
    assert code == 2
    outcome = json.loads(out)
    assert list(outcome)[:4] == ["rows", "valid", "written", "errors"]
    assert (outcome["rows"], outcome["valid"], outcome["written"]) == (40, 39, 0)
    assert outcome["refused"] == 1 and outcome["warnings"] == []
    [error] = outcome["errors"]
    assert list(error) == ["row", "column", "value", "problem"]
    assert (error["row"], error["column"], error["value"]) == (6, "F", "2026/13/45")
    assert "2026/13/45" in error["problem"]
    code, out, _ = cli(capsys, office, "audit", "show")
    assert "customer.import" not in out


def test_import_json_lists_warnings_imports_them_and_strict_refuses_them(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [row(i) for i in range(40)]
    rows[4][2] = "123"  # Excel row 6, column C: no phone, but kept as typed
    path = write_xlsx(tmp_path / "odd.xlsx", [HEADERS, *rows])
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--json", "--strict")
    outcome = json.loads(out)
    assert code == 2 and outcome["written"] == 0 and outcome["warnings"] == []
    assert [(e["row"], e["column"], e["value"]) for e in outcome["errors"]] == [(6, "C", "123")]
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--json")
    outcome = json.loads(out)
    assert code == 0 and (outcome["written"], outcome["errors"]) == (40, [])
    [warning] = outcome["warnings"]
    assert list(warning) == ["row", "column", "value", "problem"]
    assert (warning["row"], warning["column"], warning["value"]) == (6, "C", "123")


def test_import_dry_run_exits_0_and_writes_nothing_then_import_writes_every_row(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = good_file(tmp_path / "good.xlsx", 25)
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--dry-run", "--json")
    assert code == 0
    nothing_else = {"refused": 0, "warnings": [], "column_problems": []}
    assert json.loads(out) == {"rows": 25, "valid": 25, "written": 0, "errors": []} | nothing_else
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--json")
    assert code == 0
    assert json.loads(out) == {"rows": 25, "valid": 25, "written": 25, "errors": []} | nothing_else
    code, out, _ = cli(capsys, office, "import", "customers", str(path), "--dry-run", "--json")
    again = json.loads(out)  # the same list again: every row named as a likely duplicate
    assert (code, again["valid"], again["errors"]) == (0, 25, [])
    assert sorted(d["row"] for d in again["duplicates"]) == list(range(2, 27))
    assert sorted(w["row"] for w in again["warnings"]) == list(range(2, 27))  # warned
    report = tmp_path / "report.xlsx"
    code, out, err = cli(capsys, office, "import", "customers", str(path), "--dry-run",
                         "--report", str(report))  # fmt: skip
    assert code == 0 and "有 25 列看來與已建檔的檔案相同" in err
    problems = [r[4] for r in load_workbook(report).active.iter_rows(min_row=2, values_only=True)]
    assert len(problems) == 25 and all("已建檔" in p for p in problems)


def test_import_of_a_missing_file_is_one_line_and_exit_2(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = cli(capsys, office, "import", "customers", str(tmp_path / "none.xlsx"))
    assert code == 2 and err.count("\n") == 1
    assert (
        f"{tmp_path / 'none.xlsx'}：沒有這個檔案" in err
    )  # the command line speaks zh_TW by default


def test_export_customers_from_the_cli_is_audited_with_its_row_count_R_AUD_2(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli(capsys, office, "import", "customers", str(good_file(tmp_path / "g.xlsx", 12)))
    out_file = tmp_path / "out.xlsx"
    code, out, _ = cli(capsys, office, "export", "customers", "-o", str(out_file),
                       "--query", "客戶0000")  # fmt: skip
    assert code == 0 and "10 份客戶檔案" in out  # 客戶00000 … 客戶00009
    assert load_workbook(out_file).active.max_row == 11
    code, out, _ = cli(capsys, office, "audit", "show", "--limit", "3")
    assert "exported 10 customer files to out.xlsx" in out


# --- through the service ------------------------------------------------------------------


def internal(name: str, phones: tuple[str, ...] = ()) -> CustomerDraft:
    return CustomerDraft(record_type=RecordType.INTERNAL, name=name, department="總部",
                         phones=phones)  # fmt: skip


def test_a_formula_like_value_is_exported_as_text_not_a_formula(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    services.customers.files.register(gm, internal('=HYPERLINK("x")'))
    out = tmp_path / "out.xlsx"
    done = services.customers.exports.export_customers(gm, CustomerQuery(), out)
    assert done.rows == 1
    cell = load_workbook(out).active["B2"]
    assert cell.value == '=HYPERLINK("x")'
    assert cell.data_type == "s"  # a string, never a formula


def test_the_export_keeps_the_view_filters_and_is_audited_with_row_count_R_AUD_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    for name in ("行政部", "會計部", "行政處"):
        services.customers.files.register(gm, internal(name))
    done = services.customers.exports.export_customers(
        gm, CustomerQuery(text="行政"), tmp_path / "o.xlsx"
    )
    assert done.rows == 2
    [entry] = services.audit.page(gm, AuditFilter(action="customer.export"), 0, 5)
    assert entry.details["rows"] == 2
    assert entry.details["filters"]["text"] == "行政"
    assert entry.account == "boss"


def test_sms_list_leaves_out_blacklisted_and_void_customers_R_GRD_5(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    kept = services.customers.files.register(gm, internal("留下", ("0912-345-678",)))
    listed = services.customers.files.register(gm, internal("黑名單", ("0922-345-678",)))
    voided = services.customers.files.register(gm, internal("作廢", ("0932-345-678",)))
    services.customers.blacklist.add(gm, listed.id, BlacklistScope.COMPANY, None, "多次拖欠貨款")
    services.customers.files.void(gm, voided.id, "重複建檔")
    out = tmp_path / "sms.xlsx"
    done = services.customers.exports.export_sms_contacts(gm, [kept.id, listed.id, voided.id], out)
    assert (done.written, done.blacklisted, done.void) == (1, 1, 1)
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert rows == [("留下", "0912345678")]
    [entry] = services.audit.page(gm, AuditFilter(action="customer.export_sms"), 0, 5)
    assert entry.details["rows"] == 1


def test_a_cancelled_export_leaves_no_file_and_no_audit_entry(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    from records_desk.services.customers.export import ExportCancelled

    for name in ("行政部", "會計部", "行政處"):
        services.customers.files.register(gm, internal(name))
    out = tmp_path / "out.xlsx"
    seen: list[tuple[int, int | None]] = []
    with pytest.raises(ExportCancelled):
        services.customers.exports.export_customers(
            gm,
            CustomerQuery(),
            out,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: True,
        )
    assert seen == [(1, 3)]  # asked after the first row, then it stopped
    assert [f.name for f in tmp_path.iterdir() if f.is_file()] == []  # no half-written file
    assert services.audit.page(gm, AuditFilter(action="customer.export"), 0, 5) == []
