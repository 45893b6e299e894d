"""The media inventory's record forms (issue 13 §6, R-MED-6, R-MED-7, R-MED-8): the disposal
record, the repair hand-over record and the stocktake report are filled from the stored
events, rendered (pdftotext shows the title and the data) and refused, naming the medium and
its state, when there is nothing to record."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.media.evidence import Disposal, RepairBack, RepairSend
from records_desk.domain.media.vocabulary import DisposalMethod, MediumState
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.form_errors import (
    NeverSentForRepair,
    NoClosedStocktake,
    NotDisposed,
)
from records_desk.services.media.record_forms import MediaRecordFormService
from records_desk.wording import describe, set_language
from tests.unit.media_fixtures import CLEAN, TODAY, ready, register

ARCHIVIST = Role.ARCHIVIST


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.fixture
def forms(services: Services) -> MediaRecordFormService:
    return MediaRecordFormService(services)


def test_the_disposal_record_lists_each_disposed_medium_with_its_witness_R_MED_7(
    services: Services,
    principals: dict[Role, Principal],
    forms: MediaRecordFormService,
    tmp_path: Path,
) -> None:
    archivist = principals[ARCHIVIST]
    secret = ready(services, archivist, classified=True, serial="SN-77").number
    plain = register(services, archivist, department="財務部").number
    shred = Disposal(DisposalMethod.DEGAUSS_SHRED, TODAY, "staff", "保密-2026-031", True)
    services.media.inventory.apply(archivist, secret, [shred], note="壞軌")
    wipe = Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "staff")
    services.media.inventory.apply(archivist, plain, [wipe])
    printed = forms.printed_disposal(archivist, [secret, plain.lower()])
    text = text_of(printed.pdf, tmp_path)
    assert "移動存儲介質報廢(銷毀)記錄" in text
    for word in (
        secret,
        plain,
        "SN-77",
        "消磁及粉碎",
        "清除數據並銷毀",
        "保密部門",
        "保密-2026-031",
    ):
        assert word in text, word
    assert "Staff" in text and "Archivist" in text and TODAY.isoformat() in text
    assert "壞軌" in text and "監銷人" in text and "保密部門" in text
    assert printed.subject is not None and printed.subject.label == f"{secret}, {plain}"


def test_the_disposal_record_refuses_a_medium_not_disposed_naming_its_state_R_MED_7(
    services: Services, principals: dict[Role, Principal], forms: MediaRecordFormService
) -> None:
    archivist = principals[ARCHIVIST]
    number = ready(services, archivist).number
    with pytest.raises(NotDisposed) as refused:
        forms.printed_disposal(archivist, [number])
    assert (refused.value.number, refused.value.state) == (number, MediumState.READY)
    assert describe(refused.value) == f"{number} 為「可發放」，尚未銷毀：沒有報廢（銷毀）記錄。"
    set_language("en")
    assert describe(refused.value) == (
        f"{number} is ready to issue, not disposed of: it has no disposal record."
    )


def test_the_repair_record_shows_the_unit_backup_wipe_and_the_check_on_return_R_MED_6(
    services: Services,
    principals: dict[Role, Principal],
    forms: MediaRecordFormService,
    tmp_path: Path,
) -> None:
    archivist, gm = principals[ARCHIVIST], principals[Role.GENERAL_MANAGER]
    number = ready(services, archivist, serial="KX-1234", brand="Kingston").number
    with pytest.raises(NeverSentForRepair) as refused:
        forms.printed_repair(archivist, number)
    assert describe(refused.value) == f"{number}（可發放）從未送修：沒有維修交接單。"
    services.media.options.set_repair_units(gm, ["宏碁維修中心"])
    send = RepairSend("宏碁維修中心", backed_up=True, wiped=True, sent_on=TODAY)
    services.media.inventory.apply(archivist, number, [send], note="無法讀取")
    away = text_of(forms.printed_repair(archivist, number).pdf, tmp_path)
    assert "移動存儲介質維修交接單" in away and "宏碁維修中心" in away and "維修中" in away
    assert "KX-1234" in away and "無法讀取" in away and "是" in away
    services.media.inventory.apply(archivist, number, [RepairBack(TODAY, CLEAN)])
    back = forms.repair_data(archivist, number)["header"]
    assert back["returned_on"] == TODAY.isoformat() and back["accepted_by"] == "Archivist"
    assert back["virus_check"].startswith("ClamAV 1.4（病毒庫 2026-11-26）：無毒")
    assert (back["backed_up"], back["wiped"], back["prepared_by"]) == (True, True, "Archivist")
    text = text_of(forms.printed_repair(archivist, number).pdf, tmp_path)
    assert "ClamAV" in text and "可發放" in text


def test_the_stocktake_report_lists_missing_unexpected_twice_and_due(
    services: Services,
    principals: dict[Role, Principal],
    forms: MediaRecordFormService,
    tmp_path: Path,
) -> None:
    archivist = principals[ARCHIVIST]
    with pytest.raises(NoClosedStocktake):
        forms.printed_stocktake(archivist)
    found, missing = register(services, archivist).number, register(services, archivist).number
    other = register(services, archivist, department="財務部").number
    stocktakes = services.media.stocktakes
    opened = stocktakes.start(archivist, department="客戶部")
    with pytest.raises(NoClosedStocktake) as still_open:
        forms.printed_stocktake(archivist, opened.id)
    assert still_open.value.still_open
    stocktakes.scan(archivist, [found, found, other, "USB-9999"])
    stocktakes.close(archivist)
    data = forms.stocktake_data(archivist)
    header = data["header"]
    assert (header["expected"], header["found"], header["missing"]) == (2, 1, 1)
    assert (header["unexpected"], header["twice"], header["scope"]) == (2, 1, "部門：客戶部")
    kinds = [(r["category"], r["medium_no"]) for r in data["rows"]]
    assert kinds[:4] == [
        ("缺失", missing),
        ("帳外", other),
        ("帳外", "USB-9999"),
        ("重複掃描", found),
    ]
    assert ("待盤點", missing) in kinds and ("待盤點", found) not in kinds
    printed = forms.printed_stocktake(archivist, opened.id)
    text = text_of(printed.pdf, tmp_path)
    assert "移動存儲介質盤點報告" in text and "無此編號的介質" in text and "從未盤點" in text
    assert all(n in text for n in (found, missing, other, "USB-9999"))
    assert printed.subject is not None and printed.subject.label == f"ST-{opened.id:06d}"
