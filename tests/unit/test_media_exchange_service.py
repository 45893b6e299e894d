"""Issue 13 §7: the media inventory exported to Excel and an office's media list imported — the
same all-or-nothing preview and row-named errors as the customer import."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.media.errors import MediumNumberInvalid
from records_desk.domain.media.vocabulary import MediumState, MediumType
from records_desk.exchange.media.problems import (
    CustodianUnknown,
    DepartmentNew,
    FinalStateNotImported,
    MediaImportInvalid,
    MediaValueUnknown,
    MediumNumberTaken,
    SerialOnRecord,
    ValueRepeated,
)
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services, build_services
from records_desk.services.media.dto import MediaFilter
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.wording import describe
from tests.conftest import GM_PASSWORD, Clock, MemoryKeyring, Templates, cheap_settings
from tests.unit.media_fixtures import register

HEADERS = ["編號", "類型", "品牌", "型號", "序號", "容量", "密級", "部門", "保管人", "存放位置"]


def write_list(path: Path, rows: list[list[object]], headers: list[str] = HEADERS,
               title: str | None = "113年度移動存儲介質登記表") -> Path:  # fmt: skip
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def fresh(
    tmp_path: Path, db_templates: Templates, memory_keyring: MemoryKeyring, clock: Clock
) -> Iterator[tuple[Services, Principal]]:
    """A second office, empty but for its general manager."""
    path = tmp_path / "fresh" / "records.db"
    db_templates.get("empty").copy_to(path, memory_keyring)
    svc = build_services(open_database(path, KeyStore(tmp_path / "config")), cheap_settings(),
                         clock=clock)  # fmt: skip
    yield svc, svc.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    svc.close()


def same_facts(services: Services, gm: Principal) -> list[tuple[object, ...]]:
    inventory = services.media.register
    rows = inventory.page(gm, MediaFilter(), 0, 100)
    shown = [inventory.show(gm, r.number, with_events=False) for r in rows]
    return sorted(
        (
            m.number,
            m.media_type,
            m.brand,
            m.model,
            m.serial,
            m.capacity,
            m.classified,
            m.department,
            m.custodian,
            m.location,
        )  # fmt: skip
        for m in shown
    )


def test_an_exported_inventory_imports_into_a_fresh_office_as_the_same_media_R_MED_1(
    services: Services, principals: dict[Role, Principal], fresh: tuple[Services, Principal],
    tmp_path: Path,
) -> None:  # fmt: skip
    gm = principals[Role.GENERAL_MANAGER]
    register(services, gm, brand="SanDisk", model="Ultra", serial="SN-1", capacity="64GB",
             custodian="boss", location="A櫃")  # fmt: skip
    register(services, gm, MediumType.HDD, "財務部", classified=True, serial="WD-9")
    register(services, gm, MediumType.OPTICAL, "總經辦", brand="=cmd|' /C calc'!A0")
    out = tmp_path / "inventory.xlsx"
    done = services.media.exchange.export(gm, out)
    assert done.rows == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # like the customer exports
    assert [c.value for c in next(load_workbook(out).active.iter_rows(max_row=1))][:11] == [
        "編號", "類型", "品牌", "型號", "序號", "容量", "密級", "部門", "保管人", "存放位置", "狀態",
    ]  # fmt: skip
    other, other_gm = fresh
    imported = other.media.exchange.commit(other_gm, out)
    assert imported.imported == 3
    assert same_facts(other, other_gm) == same_facts(services, gm)
    first = other.media.register.show(other_gm, "USB-0001")
    assert first.state is MediumState.REGISTERED
    assert first.events[0].action == "imported"
    assert first.events[0].evidence["source"] == "inventory.xlsx"
    # R-MED-1: numbers are never given twice: the next one follows those kept.
    assert register(other, other_gm).number == "USB-0002"


def test_a_row_with_a_bad_number_names_its_row_and_column_and_nothing_is_written_R_MED_1(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "list.xlsx", [
        ["USB-0003", "USB", "", "", "A1", "", "非涉密", "客戶部", "", ""],
        ["XYZ-12", "隨身碟", "", "", "A2", "", "非涉密", "客戶部", "", ""],
        ["", "硬碟", "", "", "A3", "", "涉密", "財務部", "", ""],
    ])  # fmt: skip
    preview = services.media.exchange.preview(gm, path)
    assert (preview.rows, preview.valid, preview.refused) == (3, 2, 1)
    [error] = preview.errors
    assert (error.row, error.column, error.value) == (5, "A", "XYZ-12")  # two title rows
    assert isinstance(error.problem, MediumNumberInvalid)
    with pytest.raises(MediaImportInvalid):
        services.media.exchange.commit(gm, preview)
    assert services.media.register.count(gm, MediaFilter()) == 0
    assert not [e for e in services.audit.page(gm, AuditFilter(), 0, 20)
                if e.action == "media.import"]  # fmt: skip


def test_the_import_is_all_or_nothing_for_every_kind_of_error_R_MED_1(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    taken = register(services, gm, serial="ON-FILE").number
    path = write_list(tmp_path / "list.xlsx", [
        [taken, "USB", "", "", "", "", "非涉密", "客戶部", "", ""],
        ["", "USB", "", "", "ON-FILE", "", "非涉密", "客戶部", "", ""],
        ["", "USB", "", "", "TWICE", "", "非涉密", "客戶部", "", ""],
        ["", "USB", "", "", "twice", "", "非涉密", "客戶部", "", ""],
        ["", "手機", "", "", "", "", "非涉密", "客戶部", "", ""],
        ["", "USB", "", "", "", "", "普通", "客戶部", "", ""],
        ["", "USB", "", "", "", "", "涉密", "客戶部", "", ""],
    ])  # fmt: skip
    preview = services.media.exchange.preview(gm, path)
    found = {(e.row, e.column): type(e.problem) for e in preview.errors}
    assert found == {
        (4, "A"): MediumNumberTaken,
        (5, "E"): SerialOnRecord,
        (7, "E"): ValueRepeated,
        (8, "B"): MediaValueUnknown,
        (9, "G"): MediaValueUnknown,
    }
    assert preview.valid + preview.refused == preview.rows == 7
    assert all(describe(e.problem) for e in preview.errors)
    with pytest.raises(MediaImportInvalid):
        services.media.exchange.commit(gm, preview)
    assert services.media.register.count(gm, MediaFilter()) == 1


def test_warnings_do_not_stop_the_import_but_strict_makes_them_errors(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    register(services, gm)  # 客戶部 is on record
    path = write_list(tmp_path / "list.xlsx", [
        ["", "記憶卡", "", "", "", "", "否", "客戸部", "陳大文", ""],
        ["", "光碟", "", "", "", "", "是", "客戶部", "王總", ""],
    ])  # fmt: skip
    strict = services.media.exchange.preview(gm, path, strict=True)
    assert not strict.ok and strict.refused == 1
    preview = services.media.exchange.preview(gm, path)
    assert [type(w.problem) for w in preview.warnings] == [CustodianUnknown, DepartmentNew]
    assert [(w.row, w.column) for w in preview.warnings] == [(4, "I"), (4, "H")]
    done = services.media.exchange.commit(gm, preview)
    assert done.numbers == ("MC-0001", "CD-0001")
    disc = services.media.register.show(gm, "CD-0001")
    assert disc.classified and disc.custodian == "boss"  # matched by the full name 王總
    assert services.media.register.show(gm, "MC-0001").custodian is None


def test_a_disposed_medium_on_the_list_is_refused_R_MED_7(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "list.xlsx",
        [["TP-0004", "磁帶", "", "", "", "", "涉密", "資訊室", "已銷毀"]],
        headers=["編號", "類型", "品牌", "型號", "序號", "容量", "密級", "部門", "狀態"],
        title=None,
    )
    [error] = services.media.exchange.preview(gm, path).errors
    assert isinstance(error.problem, FinalStateNotImported) and error.column == "I"


def test_the_import_and_the_export_are_audited_with_counts_never_values_R_AUD_2(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "list.xlsx", [
        ["HD-0040", "硬碟", "", "", "S-SECRET", "", "涉密", "客戶部", "", ""],
        ["", "硬碟", "", "", "", "", "涉密", "客戶部", "", ""],
    ])  # fmt: skip
    dry = services.media.exchange.preview(gm, path)  # a dry run writes nothing
    assert dry.ok and services.media.register.count(gm, MediaFilter()) == 0
    services.media.exchange.commit(gm, dry)
    services.media.exchange.export(
        gm, tmp_path / "out.xlsx", MediaFilter(state=MediumState.REGISTERED)
    )
    entries = {e.action: e for e in services.audit.page(gm, AuditFilter(), 0, 10)}
    imported, exported = entries["media.import"], entries["media.export"]
    assert imported.details["rows"] == 2 and imported.details["numbers_kept"] == 1
    assert exported.details["rows"] == 2 and exported.details["filters"]["state"] == "registered"
    assert "S-SECRET" not in str(imported.details) + imported.summary
    assert services.media.register.show(gm, "HD-0041").number == "HD-0041"


def test_only_the_archivist_and_the_admins_export_the_inventory(
    services: Services, principals: dict[Role, Principal], tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        services.media.exchange.export(principals[Role.STAFF], tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()
    with pytest.raises(PermissionDenied):
        services.media.exchange.preview(principals[Role.CONSULTANT], tmp_path / "out.xlsx")
    services.media.exchange.export(principals[Role.ARCHIVIST], tmp_path / "out.xlsx")
