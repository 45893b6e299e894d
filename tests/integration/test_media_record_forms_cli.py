"""`records-desk print media_disposal | media_repair | media_stocktake` (issue 13 §6, R-MED-6,
R-MED-7): filled from the records, saved and audited; every refusal one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.paths import config_dir
from records_desk.services.common.dto import AuditFilter
from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, PASSWORD, cheap_settings
from tests.integration.cli_runner import run
from tests.integration.test_media_cli import CHECK, media, ok, refused
from tests.integration.test_media_cli import office as office  # noqa: F401 - the fixture

Capsys = pytest.CaptureFixture[str]


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "".join(p.extract_text() or "" for p in pdf.pages)


def test_disposal_repair_and_stocktake_are_printed_and_refused_from_the_command_line(
    office: Path,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731

    def printed(*a: str) -> tuple[int, str, str]:
        monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
        return run(capsys, "--db", str(office), "--user", "ann", "print", *a)

    out = office.parent / "form.pdf"
    for _ in range(3):
        ok(m("register", "--type", "usb", "--department", "客戶部"))
    ok(m("classify", "USB-0002", "--classified"))
    ok(m("dispose", "USB-0002", "--method", "degauss+shred", "--witness", "stan",
         "--certificate", "保密-031"))  # fmt: skip
    ok(m("dispose", "USB-0003", "--method", "wipe+destroy", "--witness", "stan"))
    # refusals: not disposed (named with its state), unknown, no -o, repair of one medium
    err = refused(printed("media_disposal", "--media", "USB-0001", "USB-0002", "-o", str(out)))
    assert "USB-0001" in err and "已登記" in err  # its state, in the user's language
    refused(printed("media_disposal", "--media", "USB-0099", "-o", str(out)))
    refused(printed("media_disposal", "--media", "USB-0002"))
    refused(printed("media_repair", "--media", "USB-0001", "USB-0002", "-o", str(out)))
    refused(printed("media_repair", "--media", "USB-0001", "-o", str(out)))  # never repaired
    refused(printed("media_stocktake", "-o", str(out)))  # none closed
    assert not out.exists()

    ok(printed("media_disposal", "--media", "USB-0002", "usb-3", "-o", str(out)))
    text = pdf_text(out)
    assert "移動存儲介質報廢(銷毀)記錄" in text and "USB-0002" in text and "USB-0003" in text
    assert "保密-031" in text and "Stan" in text and "消磁及粉碎" in text

    ok(m("prepare", "USB-0001", "--label", "--encryption", "VeraCrypt 1.26",
         "--virus-check", CHECK))  # fmt: skip
    ok(media(capsys, monkeypatch, office, "boss", "repair-units", "資訊科"))
    ok(m("repair", "USB-0001", "--unit", "資訊科", "--backed-up", "--wiped"))
    ok(printed("media_repair", "--media", "USB-0001", "-o", str(out)))
    text = pdf_text(out)
    assert "移動存儲介質維修交接單" in text and "資訊科" in text and "維修中" in text

    ok(m("stocktake", "start"))
    ok(m("stocktake", "scan", "USB-0099"))
    refused(printed("media_stocktake", "--stocktake", "1", "-o", str(out)))  # still open
    ok(m("stocktake", "close", "--json"))
    ok(printed("media_stocktake", "-o", str(out)))
    text = pdf_text(out)
    assert "移動存儲介質盤點報告" in text and "USB-0099" in text and "全部介質" in text
    refused(printed("media_stocktake", "--stocktake", "7", "-o", str(out)))  # no such one

    services = build_services(open_database(office, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        saves = services.audit.page(gm, AuditFilter(action="form.save"), 0, 10)
        subjects = {(s.details["form"], s.details.get("subject_label")) for s in saves}
        assert {
            ("media_disposal", "USB-0002, USB-0003"),
            ("media_repair", "USB-0001"),
            ("media_stocktake", "ST-000001"),
        } <= subjects
    finally:
        services.close()
