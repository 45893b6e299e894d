"""The import service (issue 4 item 10): a preview that names every wrong row before anything is
written, duplicates against the database, quotas, and one all-or-nothing commit audited as a
batch (R-AUD-2). Files are real xlsx; data is checked through the services and the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from records_desk.domain.common.errors import OfficeDateInvalid, PermissionDenied, PhoneInvalid
from records_desk.domain.common.roles import Role
from records_desk.domain.customers.duplicates import DuplicateBasis
from records_desk.domain.customers.errors import QuotaExceeded
from records_desk.domain.customers.file_errors import ArchiveNumberTaken
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.customers.imports import ImportCancelled, ImportInvalid
from records_desk.store.customers import Customer, CustomerRevision, GradeChange
from records_desk.store.models import AuditEntry
from tests.conftest import make_user

HEADERS: list[object] = [
    "客戶名稱",
    "錄入資料類型",
    "手機",
    "身分證字號",
    "部門",
    "事件日期",
    "等級",
    "顧問",
    "存放位置",  # every file has a shelf (issue 10 §2): a good list says where
    "符合準入條件",  # R-GRD-1: a good list says the admitted types were checked (issue 10 §1)
]
_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def tw_id(n: int) -> str:
    letter = _LETTERS[n % 26]
    body = f"{1 + n % 2}{n % 10_000_000:07d}"
    code = _LETTERS.index(letter) + 10
    digits = [code // 10, code % 10, *map(int, body)]
    total = sum(w * d for w, d in zip((1, 9, 8, 7, 6, 5, 4, 3, 2, 1), digits, strict=True))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def row(n: int) -> list[object]:
    """A good row: sales customers graded 合格, campaign records ungraded."""
    sales = n % 3 != 0
    return [
        f"客戶{n:05d}",
        "成交銷售客戶資料" if sales else "活動資料庫",
        f"09{n:08d}",
        tw_id(n),
        f"業務{n % 2 + 1}部",
        f"2026/{1 + n % 10}/{1 + n % 27}",
        "合格" if sales else None,
        "boss" if sales else None,  # the general manager's user name: matched to the account
        f"A-{n % 40 + 1:02d}-{n % 6 + 1}",
        "是" if sales else None,
    ]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客戶"
    for values in rows:
        ws.append(list(values))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # typed as text, as an office file has it
    wb.save(path)
    return path


def good_file(path: Path, n: int) -> Path:
    return write_xlsx(path, [HEADERS, *(row(i) for i in range(n))])


def customers_on_file(services: Services) -> int:
    with services.ctx.uow.read() as uow:
        return int(uow.session.scalar(select(func.count(Customer.id))) or 0)


def audit_entries(services: Services) -> int:
    with services.ctx.uow.read() as uow:
        return int(uow.session.scalar(select(func.count(AuditEntry.seq))) or 0)


def test_a_good_file_imports_every_row_audited_as_one_batch_R_AUD_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    path = good_file(tmp_path / "list.xlsx", 60)
    preview = services.customers.imports.preview(gm, path)
    assert (preview.ok, preview.rows, preview.valid) == (True, 60, 60)
    done = services.customers.imports.commit(gm, preview)
    assert (done.rows, done.written) == (60, 60)
    assert customers_on_file(services) == 60
    with services.ctx.uow.read() as uow:  # every file has its first version (R-CUS-3)
        assert uow.session.scalar(select(func.count(CustomerRevision.id))) == 60
    [entry] = services.audit.page(gm, AuditFilter(action="customer.import"), 0, 10)
    assert entry.account == "boss"
    assert entry.details["file"] == "list.xlsx"
    assert entry.details["sheet"] == "客戶"
    assert (entry.details["rows"], entry.details["written"]) == (60, 60)
    assert entry.details["first_archive_number"] == done.first_archive_number
    assert entry.details["last_archive_number"] == done.last_archive_number
    assert services.audit.page(gm, AuditFilter(action="customer.register"), 0, 10) == []


def test_one_impossible_date_among_1000_rows_writes_nothing_and_names_that_row(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [row(i) for i in range(1000)]
    rows[613][5] = "2026/02/30"  # Excel row 615: header is row 1
    path = write_xlsx(tmp_path / "list.xlsx", [HEADERS, *rows])
    preview = services.customers.imports.preview(gm, path)
    assert not preview.ok
    assert [(e.row, e.column) for e in preview.errors] == [(615, "F")]
    assert isinstance(preview.errors[0].problem, OfficeDateInvalid)
    assert (preview.rows, preview.valid, preview.refused) == (1000, 999, 1)
    audited = audit_entries(services)
    with pytest.raises(ImportInvalid) as refused:
        services.customers.imports.commit(gm, preview)
    assert refused.value.error_rows == (615,)
    with pytest.raises(ImportInvalid):
        services.customers.imports.commit(gm, path)  # straight from the file: the same refusal
    assert customers_on_file(services) == 0
    assert audit_entries(services) == audited


def test_a_suspicious_phone_is_imported_with_a_warning_and_strict_makes_it_an_error(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [row(i) for i in range(20)]
    rows[13][2] = "12345"  # Excel row 15
    path = write_xlsx(tmp_path / "list.xlsx", [HEADERS, *rows])
    strict = services.customers.imports.preview(gm, path, strict=True)
    assert not strict.ok and strict.error_rows() == [15]
    with pytest.raises(ImportInvalid) as refused:
        services.customers.imports.commit(gm, strict)
    assert refused.value.error_rows == (15,) and customers_on_file(services) == 0
    preview = services.customers.imports.preview(gm, path)
    assert preview.ok and not preview.errors
    [warning] = preview.warnings
    assert (warning["row"], warning["column"], warning["value"]) == (15, "C", "12345")
    assert isinstance(preview.result.warnings[0].problem, PhoneInvalid)
    assert services.customers.imports.commit(gm, preview).written == 20
    with services.ctx.uow.read() as uow:
        phones = uow.session.scalars(select(Customer.phones).where(Customer.name == "客戶00013"))
        assert phones.one() == ["12345"]  # kept as typed, for data quality to list


def test_the_same_file_twice_reports_duplicates_against_the_database_R_DQ_1(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    path = good_file(tmp_path / "list.xlsx", 20)
    services.customers.imports.commit(gm, path)
    again = services.customers.imports.preview(gm, path)
    assert sorted({d.row for d in again.duplicates_in_db}) == list(range(2, 22))
    assert {d.basis for d in again.duplicates_in_db} == {DuplicateBasis.ID_NUMBER}


def test_archive_numbers_already_on_file_are_errors_of_their_rows_R_CUS_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [[*row(i), f"CS-2020-{i + 1:05d}"] for i in (1, 2)]
    path = write_xlsx(tmp_path / "old.xlsx", [[*HEADERS, "檔案編號"], *rows])
    services.customers.imports.commit(gm, path)
    again = services.customers.imports.preview(gm, path)
    assert [(e.row, e.column) for e in again.errors] == [(2, "K"), (3, "K")]
    assert all(isinstance(e.problem, ArchiveNumberTaken) for e in again.errors)
    assert again.valid == 0


def test_roc_dates_and_full_width_input_land_in_the_database(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["王小明", "成交銷售客戶資料", "０９１２－３４５－６７８", "Ａ１２３４５６７８９",
         "業務一部", "115/11/27", "合格", "王總"],
        ["李大華", "成交銷售客戶資料", "0922 333 444", tw_id(7), "業務一部",
         "民國115年11月20日", None, "ＢＯＳＳ"],
        ["  陳 美玲 ", "活動資料庫", 912000111, None, "行銷部", "２０２６／１１／０１", None, None],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "roc.xlsx", [HEADERS, *rows])
    preview = services.customers.imports.preview(gm, path)
    assert preview.ok, preview.errors
    services.customers.imports.commit(gm, preview)
    with services.ctx.uow.read() as uow:
        found = {c.name: c for c in uow.session.scalars(select(Customer).order_by(Customer.id))}
        assert found["王小明"].event_date == date(2026, 11, 27)
        assert found["王小明"].id_number == "A123456789"
        assert found["王小明"].phone_digits == ["0912345678"]
        assert found["李大華"].event_date == date(2026, 11, 20)
        assert found["陳 美玲"].phone_digits == ["0912000111"]
        assert found["陳 美玲"].event_date == date(2026, 11, 1)


def test_cancel_mid_import_leaves_the_database_unchanged(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chunks of 100 instead of 1,000: the same path through the code on a tenth of the rows.
    monkeypatch.setattr("records_desk.services.customers.imports.CHUNK", 100)
    preview = services.customers.imports.preview(gm, good_file(tmp_path / "list.xlsx", 250))
    before = (customers_on_file(services), audit_entries(services))
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        services.customers.imports.commit(
            gm,
            preview,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: any(done > 125 for done in seen),  # once writing has begun
        )
    # Files built (the first half), then the first 500-row chunk written inside the
    # transaction, then rolled back.
    assert seen == [50, 100, 125, 250]
    assert (customers_on_file(services), audit_entries(services)) == before
    services.customers.imports.commit(
        gm, preview
    )  # the numbers the rollback freed are issued again
    assert customers_on_file(services) == 250


def test_a_batch_over_the_vip_quota_is_named_and_refused_unless_overridden_R_GRD_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [row(i) for i in range(1, 9) if i % 3]  # 6 sales customers, 業務1部 and 業務2部
    for values in rows[:2]:
        values[4], values[6] = "業務九部", "VIP"  # 2 VIP of 2 in 業務九部
    path = write_xlsx(tmp_path / "vip.xlsx", [HEADERS, *rows])
    preview = services.customers.imports.preview(gm, path)
    assert preview.needs_override
    [breach] = preview.quota_breaches
    assert (breach.scope_name, breach.grade, breach.count_after, breach.total_after) == (
        "業務九部",
        Grade.VIP,
        2,
        2,
    )
    with pytest.raises(QuotaExceeded):
        services.customers.imports.commit(gm, preview)
    assert customers_on_file(services) == 0
    done = services.customers.imports.commit(gm, preview, override_reason="董事會核准的重點客戶")
    assert done.override_reason == "董事會核准的重點客戶"
    with services.ctx.uow.read() as uow:
        changes = [
            (c.to_grade, c.override_reason, c.breaches[0]["scope_name"])
            for c in uow.session.scalars(select(GradeChange))
        ]
    assert changes == [("vip", "董事會核准的重點客戶", "業務九部")] * 2
    [entry] = services.audit.page(gm, AuditFilter(action="customer.import"), 0, 10)
    assert entry.details["override_reason"] == "董事會核准的重點客戶"


def test_only_roles_that_import_may_preview_or_commit(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    staff = make_user(services, gm, "stan", Role.STAFF)
    path = good_file(tmp_path / "list.xlsx", 3)
    with pytest.raises(PermissionDenied):
        services.customers.imports.preview(staff, path)
    with pytest.raises(PermissionDenied):
        services.customers.imports.commit(staff, path)
    assert customers_on_file(services) == 0


def test_an_exported_list_reads_back_with_its_id_numbers_and_archive_numbers_R_CUS_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    from records_desk.services.customers.search import CustomerQuery

    services.customers.imports.commit(gm, good_file(tmp_path / "list.xlsx", 3))
    exported = tmp_path / "export.xlsx"
    services.customers.exports.export_customers(gm, CustomerQuery(), exported)
    again = services.customers.imports.preview(gm, exported)
    # every column the import needs is there: the only problems are the numbers on record
    assert again.rows == 3 and not again.result.file_errors and len(again.errors) == 3
    assert all(isinstance(e.problem, ArchiveNumberTaken) for e in again.errors)
    assert {d.basis for d in again.duplicates_in_db} <= {DuplicateBasis.ID_NUMBER}


def test_an_export_takes_its_name_only_after_its_audit_entry_R_AUD_2(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 9 finding 4: the file was written first and audited after, so a kill in between
    left an exported list the log did not know of (and a failed entry deleted an older file)."""
    from records_desk.services.common import journal
    from records_desk.services.customers import export as export_service
    from records_desk.services.customers.search import CustomerQuery

    services.customers.imports.commit(gm, good_file(tmp_path / "list.xlsx", 3))
    target = tmp_path / "export.xlsx"
    seen_at_audit: list[bool] = []
    real_append = journal.append

    def append(*args: Any, **kwargs: Any) -> Any:
        seen_at_audit.append(target.exists())
        return real_append(*args, **kwargs)

    monkeypatch.setattr(export_service.journal, "append", append)
    done = services.customers.exports.export_customers(gm, CustomerQuery(), target)
    assert seen_at_audit == [False] and target.exists() and done.rows == 3

    # An entry that cannot be written: no new file, the earlier one as it was, no leftovers.
    before = target.read_bytes()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(export_service.journal, "append", refuse)
    with pytest.raises(OSError):
        services.customers.exports.export_customers(gm, CustomerQuery(), target)
    with pytest.raises(OSError):
        services.customers.exports.export_sms_contacts(gm, CustomerQuery(), tmp_path / "sms.xlsx")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("*.xlsx*")) == ["export.xlsx", "list.xlsx"]
    assert not list(tmp_path.glob(".*.part"))
