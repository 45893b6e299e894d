"""`records-desk reception deal/disputes/decide/fairness` and `print fairness_report`: commission
disputes and the fairness report from the command line, with the services' rules and
permissions (R-REC-7, R-REC-8, R-REC-10, R-REC-13); refusals are one line, exit 2."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.paths import config_dir
from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, PASSWORD, cheap_settings, make_user
from tests.integration.cli_runner import init_office, run


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A clerk (cleo), a sales manager (mona), consultants amy and bob; 王一 walked in today
    and went to amy by rotation."""
    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        make_user(services, gm, "cleo", Role.RECEPTION_CLERK)
        make_user(services, gm, "mona", Role.SALES_MANAGER)
        for name in ("amy", "bob"):
            make_user(services, gm, name, Role.CONSULTANT)
    finally:
        services.close()
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli(capsys, monkeypatch, db_path, "cleo", "sign-in", "amy", "bob")[0] == 0
    code, out, err = cli(capsys, monkeypatch, db_path, "cleo", "walk-in", "王一", "--phone",
                         "0922000001", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["consultant"] == "amy", err
    return db_path


def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    user: str,
    *args: str,
) -> tuple[int, str, str]:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    return run(capsys, "--db", str(db), "--user", user, "reception", *args)


def today() -> str:
    return date.today().isoformat()


def test_deal_designated_mid_visit_proposes_55_45_and_manager_confirms_R_REC_7(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli(capsys, monkeypatch, office, "cleo", "deal", "王一", "--phone",
                         "0922000001", "--date", today(), "--consultant", "bob",
                         "--designated", "bob", "--json")  # fmt: skip
    assert code == 0, err
    deal = json.loads(out)
    assert deal["proposal"] == [
        {"consultant": "amy", "percent": 55}, {"consultant": "bob", "percent": 45},
    ]  # fmt: skip
    assert (deal["rule"], deal["clause"], deal["open"]) == ("R-REC-7", "四2", True)
    assert deal["visits"][0]["row"] == f"{today()}#1"
    code, out, _ = cli(capsys, monkeypatch, office, "mona", "disputes")
    assert code == 0 and "R-REC-7" in out and f"{today()}#1" in out
    code, out, err = cli(capsys, monkeypatch, office, "mona", "decide", str(deal["id"]),
                         "--confirm", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["decisions"][0]["as_proposed"] is True
    code, out, _ = cli(capsys, monkeypatch, office, "mona", "disputes", "--json")
    assert json.loads(out) == []


def test_deal_on_the_spot_before_recognition_is_all_the_new_ones_R_REC_8(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli(capsys, monkeypatch, office, "amy", "deal", "王一", "--phone",
                         "0922000001", "--date", today(), "--consultant", "amy",
                         "--original", "bob", "--recognised-on", today(), "--deal-first",
                         "--json")  # fmt: skip
    assert code == 0, err
    deal = json.loads(out)
    assert deal["proposal"][0] == {"consultant": "amy", "percent": 100}
    assert deal["clause"] == "二6B"


def test_referral_not_announced_goes_by_rotation_R_REC_10(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli(capsys, monkeypatch, office, "cleo", "deal", "王一", "--phone",
                         "0922000001", "--date", today(), "--consultant", "amy",
                         "--referred-by", "bob")  # fmt: skip
    assert code == 0, err
    assert "R-REC-10 五7C" in out and "amy 100 %" in out


def test_refusals_are_one_line_exit_2_R_REC_7(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli(capsys, monkeypatch, office, "cleo", "deal", "王一", "--phone",
                         "0922000001", "--date", today(), "--consultant", "bob",
                         "--designated", "bob", "--json")  # fmt: skip
    deal_id = str(json.loads(out)["id"])
    refused = [
        ("cleo", "decide", deal_id, "--confirm"),  # the clerk does not decide
        ("mona", "decide", deal_id, "--split", "amy=40", "bob=60"),  # no reason
        ("mona", "decide", deal_id, "--split", "amy=40", "bob=50", "--reason", "x"),
        ("mona", "decide", deal_id, "--split", "amy:40"),
        ("mona", "decide", "999", "--confirm"),
        ("amy", "deal", "王一", "--phone", "0922000001", "--date", today(),
         "--consultant", "bob"),  # another consultant's deal
        ("mona", "fairness", "--month", "2026-13"),
    ]  # fmt: skip
    for user, *args in refused:
        code, out, err = cli(capsys, monkeypatch, office, user, *args)
        assert code == 2, (args, out, err)
        assert err.startswith("records-desk: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
    assert cli(capsys, monkeypatch, office, "mona", "decide", deal_id, "--split", "amy=40",
               "bob=60", "--reason", "bob 出力較多")[0] == 0  # fmt: skip
    code, _, err = cli(capsys, monkeypatch, office, "mona", "decide", deal_id, "--confirm")
    assert code == 2 and "final" in err  # a decision cannot be edited


def test_fairness_day_and_month_count_turns_per_consultant_R_REC_13(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(capsys, monkeypatch, office, "cleo", "walk-in", "陳二")[0] == 0
    assert cli(capsys, monkeypatch, office, "cleo", "away", "amy", "--reason", "unexcused")[0] == 0
    assert cli(capsys, monkeypatch, office, "cleo", "visit-end", "bob")[0] == 0
    assert cli(capsys, monkeypatch, office, "cleo", "walk-in", "林三")[0] == 0
    code, out, err = cli(capsys, monkeypatch, office, "amy", "fairness", "--day", today(),
                         "--json")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    rows = {r["consultant"]: r for r in report["consultants"]}
    assert report["visitors"] == 3 and report["days"] == 1
    assert (rows["amy"]["turns"], rows["bob"]["turns"]) == (1, 2)
    assert rows["amy"]["forfeits"] == 1
    month = today()[:7]
    code, out, _ = cli(capsys, monkeypatch, office, "amy", "fairness", "--month", month, "--json")
    assert json.loads(out)["consultants"] == report["consultants"]


def test_print_fairness_report_writes_a_pdf_and_audits_the_save_R_REC_13(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    out_pdf = tmp_path / "fairness.pdf"
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", str(office), "--user", "mona", "print",
                         "fairness_report", "--period", today()[:7], "-o", str(out_pdf))  # fmt: skip
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF")
    out_pdf.unlink()
    code, _, err = run(capsys, "--db", str(office), "--user", "mona", "print",
                       "fairness_report", "--day", today(), "-o", str(out_pdf))  # fmt: skip
    assert code == 0 and out_pdf.read_bytes().startswith(b"%PDF"), err
    code, _, err = run(capsys, "--db", str(office), "--user", "mona", "print",
                       "fairness_report", "-o", str(out_pdf))  # fmt: skip
    assert code == 2 and "--period" in err
