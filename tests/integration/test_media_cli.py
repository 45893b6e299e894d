"""`records-desk media …` (issue 13 §8): the inventory from the command line with the services'
rules and permissions; the JSON shapes are a contract; every refusal is one line, exit 2."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.paths import config_dir
from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, PASSWORD, cheap_settings, make_user
from tests.integration.cli_runner import init_office, run

DUE = (date.today() + timedelta(days=14)).isoformat()
CHECK = f"ClamAV {date.today().isoformat()} clean"


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A database with an archivist (ann), a sales manager (mia) and a staff member (stan)."""
    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        make_user(services, gm, "ann", Role.ARCHIVIST)
        make_user(services, gm, "mia", Role.SALES_MANAGER)
        make_user(services, gm, "stan", Role.STAFF)
    finally:
        services.close()
    return db_path


def media(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    user: str,
    *args: str,
) -> tuple[int, str, str]:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD if user == "boss" else PASSWORD)
    return run(capsys, "--db", str(db), "--user", user, "media", *args)


def ok(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert code == 0, err
    return out


def refused(result: tuple[int, str, str]) -> str:
    """A refusal: exit 2, nothing on stdout, one line on stderr, no traceback."""
    code, out, err = result
    assert (code, out) == (2, ""), err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("records-desk: ")
    return err


def test_register_prepare_issue_return_show_as_the_issue_spells_them_R_MED_1_R_MED_3(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    out = ok(m("register", "--type", "usb", "--serial", "SN1", "--brand", "Kingston",
               "--department", "客戶部", "--json"))  # fmt: skip
    assert json.loads(out) == {"number": "USB-0001", "state": "registered"}
    assert ok(m("register", "--type", "hdd", "--department", "客戶部")).strip() == "HD-0001"
    ok(m("prepare", "USB-0001", "--label"))
    ok(m("prepare", "usb-1", "--encryption", "VeraCrypt 1.26", "--virus-check", CHECK))
    ok(m("issue", "USB-0001", "--to", "stan", "--approved-by", "mia", "--due", DUE))
    shown = json.loads(ok(m("show", "USB-0001", "--json")))
    assert {"number", "state", "classified", "events"} <= set(shown)
    assert (shown["number"], shown["state"], shown["classified"]) == ("USB-0001", "issued", False)
    assert [e["action"] for e in shown["events"]] == [
        "register", "prepare_label", "prepare_encryption", "virus_check", "issue",
    ]  # fmt: skip
    assert shown["events"][-1]["evidence"]["approved_by"] == "mia"
    ok(m("return", "USB-0001", "--condition", "fine"))
    listed = json.loads(ok(m("list", "--state", "returned", "--json")))
    assert [r["number"] for r in listed] == ["USB-0001"]
    ok(m("check", "USB-0001", "--virus-check", CHECK))
    assert json.loads(ok(m("show", "USB-0001", "--json")))["state"] == "ready"


def test_repair_dispose_lost_classify_from_the_command_line_R_MED_4_R_MED_6_R_MED_7(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    for _ in range(3):
        ok(m("register", "--type", "usb", "--department", "客戶部"))
    ok(
        m(
            "prepare",
            "USB-0001",
            "--label",
            "--encryption",
            "VeraCrypt 1.26",
            "--virus-check",
            CHECK,
        )
    )
    ok(media(capsys, monkeypatch, office, "boss", "repair-units", "資訊科"))
    ok(m("repair", "USB-0001", "--unit", "資訊科", "--backed-up", "--wiped"))
    assert json.loads(ok(m("show", "USB-0001", "--json")))["state"] == "in_repair"
    ok(m("repaired", "USB-0001", "--virus-check", CHECK))
    ok(m("classify", "USB-0002", "--classified"))
    assert json.loads(ok(m("show", "USB-0002", "--json")))["classified"] is True
    ok(m("dispose", "USB-0002", "--method", "degauss+shred", "--witness", "stan",
         "--certificate", "保密-031"))  # fmt: skip
    ok(m("lost", "USB-0003", "--note", "left on a train"))
    states = {r["number"]: r["state"] for r in json.loads(ok(m("list", "--json")))}
    assert states == {"USB-0001": "ready", "USB-0002": "disposed", "USB-0003": "lost"}


def test_every_refusal_is_one_line_and_exit_2(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    ok(m("register", "--type", "usb", "--department", "客戶部"))
    ok(m("register", "--type", "usb", "--department", "客戶部", "--classified"))
    refusals = [
        m("issue", "USB-0001", "--to", "stan", "--approved-by", "mia", "--due", DUE),  # R-MED-2
        m("prepare", "USB-0001"),  # nothing said
        m("prepare", "USB-0001", "--encryption", "VeraCrypt"),  # no version
        m("prepare", "USB-0001", "--virus-check", "ClamAV yesterday-ish clean"),
        m("show", "USB-9"),  # no such medium
        m("show", "XYZ-1"),  # not a number
        m("repaired", "USB-0001"),  # not in repair
        m("dispose", "USB-0001", "--method", "sold", "--witness", "stan"),  # R-MED-7
        m("dispose", "USB-0002", "--method", "wipe+destroy", "--witness", "stan"),  # classified
        m("dispose", "USB-0001", "--method", "wipe+destroy", "--witness", "ann"),  # own witness
        m("classify", "USB-0002", "--classified"),  # R-MED-4: already
        m("stocktake", "scan", "USB-0001"),  # none open
        m("stocktake", "close", "--json"),
        media(
            capsys,
            monkeypatch,
            office,
            "stan",
            "register",
            "--type",
            "usb",
            "--department",
            "客戶部",
        ),  # fmt: skip
        m("backup", "USB-0001", "--category", "財務數據", "--content", "ledger"),  # R-MED-5
    ]
    for result in refusals:
        refused(result)
    ok(
        m(
            "prepare",
            "USB-0001",
            "--label",
            "--encryption",
            "VeraCrypt 1.26",
            "--virus-check",
            CHECK,
        )
    )
    refused(
        m("issue", "USB-0001", "--to", "stan", "--approved-by", "stan", "--due", DUE)
    )  # R-MED-3
    refused(m("issue", "USB-0001", "--to", "mia", "--approved-by", "stan", "--due", DUE))
    refused(m("issue", "USB-0001", "--to", "stan", "--approved-by", "mia", "--due", "2020-01-01"))
    ok(m("dispose", "USB-0001", "--method", "wipe+destroy", "--witness", "stan"))
    err = refused(m("issue", "USB-0001", "--to", "stan", "--approved-by", "mia", "--due", DUE))
    assert "USB-0001" in err  # R-MED-7: disposed, never issued again
    ok(m("stocktake", "start"))
    refused(m("stocktake", "start"))


def test_a_stocktake_from_the_command_line_reports_missing_unexpected_and_twice(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    for _ in range(3):
        ok(m("register", "--type", "usb", "--department", "客戶部"))
    ok(m("register", "--type", "tape", "--department", "業務部"))
    ok(m("stocktake", "start", "--department", "客戶部"))
    ok(m("stocktake", "scan", "USB-0001", "usb 2", "TP-0001"))
    ok(m("stocktake", "scan", "USB-0001"))
    report = json.loads(ok(m("stocktake", "close", "--json")))
    assert report == {
        "expected": 3,
        "found": 2,
        "missing": ["USB-0003"],
        "unexpected": ["TP-0001"],
        "twice": ["USB-0001"],
    }


def test_demo_media_adds_a_sample_inventory_from_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init_office(capsys, monkeypatch, db_path)
    db = ("--db", str(db_path), "--user", "boss")
    code, out, err = run(capsys, *db, "demo", "--customers", "10", "--media", "40")
    assert code == 0, err
    assert "已新增 40 件介質" in out  # in the office's language, as the other demo lines
    code, out, err = run(capsys, *db, "media", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 40
    code, out, err = run(capsys, *db, "demo", "--media", "-1")
    assert code == 2 and "--media 必須是 0 或以上" in err  # in the office's language


def test_labels_and_the_sign_out_slip_are_printed_from_the_records_R_MED_8(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pdfplumber

    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    ok(m("register", "--type", "usb", "--department", "客戶部", "--classified"))
    ok(m("register", "--type", "optical", "--department", "財務部"))
    folder = office.parent
    labels, slip = folder / "labels.pdf", folder / "slip.pdf"

    def printed(*a: str) -> tuple[int, str, str]:
        monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
        return run(capsys, "--db", str(office), "--user", "ann", "print", *a)

    ok(printed("media_label", "--media", "USB-0001", "cd-1", "-o", str(labels)))
    with pdfplumber.open(labels) as pdf:
        text = pdf.pages[0].extract_text()
    assert "USB-0001" in text and "CD-0001" in text and "涉密" in text and "光碟" in text
    refused(printed("media_slip", "--media", "USB-0001", "-o", str(slip)))  # never issued
    ok(
        m(
            "prepare",
            "USB-0001",
            "--label",
            "--encryption",
            "VeraCrypt 1.26",
            "--virus-check",
            CHECK,
        )
    )
    ok(m("issue", "USB-0001", "--to", "stan", "--approved-by", "mia", "--due", DUE,
         "--purpose", "年度審計資料"))  # fmt: skip
    ok(printed("media_slip", "--media", "USB-0001", "-o", str(slip)))
    with pdfplumber.open(slip) as pdf:
        text = "".join(p.extract_text() for p in pdf.pages)
    assert all(w in text for w in ("介質借用單", "USB-0001", "Stan", "Mia", "年度審計資料", DUE))
    services = build_services(open_database(office, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        from records_desk.services.common.dto import AuditFilter

        saved = services.audit.page(gm, AuditFilter(action="form.save"), 0, 1)[0]
        assert (saved.details["subject"], saved.details["subject_label"]) == ("medium", "USB-0001")
    finally:
        services.close()


def test_the_media_register_is_printed_from_the_inventory_or_a_part_of_it_R_MED_1(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pdfplumber

    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    ok(m("register", "--type", "usb", "--department", "客戶部", "--brand", "Kingston"))
    ok(m("register", "--type", "tape", "--department", "財務部", "--classified"))
    ok(m("dispose", "TP-0001", "--method", "degauss+shred", "--witness", "stan",
         "--certificate", "保密-031"))  # fmt: skip
    out = office.parent / "register.pdf"

    def printed(*a: str) -> str:
        monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
        ok(run(capsys, "--db", str(office), "--user", "ann", "print", "media_register", *a,
               "-o", str(out)))  # fmt: skip
        with pdfplumber.open(out) as pdf:
            return "".join(p.extract_text() for p in pdf.pages)

    everything = printed("--inventory")
    assert "移動存儲介質登記表" in everything and "USB-0001" in everything
    assert "TP-0001" in everything and "已銷毀" in everything and "Stan" in everything
    one = printed("--inventory", "--department", "客戶部")
    assert "USB-0001" in one and "TP-0001" not in one
    assert "TP-0001" not in printed("--inventory", "--media-state", "registered")


def test_repaired_without_its_check_waits_as_returned_until_checked_R_MED_6(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    m = lambda *a: media(capsys, monkeypatch, office, "ann", *a)  # noqa: E731
    ok(m("register", "--type", "usb", "--department", "客戶部"))
    ok(m("prepare", "USB-0001", "--label", "--encryption", "VeraCrypt 1.26",
         "--virus-check", CHECK))  # fmt: skip
    ok(media(capsys, monkeypatch, office, "boss", "repair-units", "資訊科"))
    ok(m("repair", "USB-0001", "--unit", "資訊科", "--backed-up", "--wiped"))
    ok(m("repaired", "USB-0001"))
    assert json.loads(ok(m("show", "USB-0001", "--json")))["state"] == "returned"
    refused(m("issue", "USB-0001", "--to", "stan", "--approved-by", "mia", "--due", DUE))
    ok(m("check", "USB-0001", "--virus-check", CHECK))
    assert json.loads(ok(m("show", "USB-0001", "--json")))["state"] == "ready"
