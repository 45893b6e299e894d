"""`records-desk loans lend/approve/refuse/return/list/deputy`: the register from the command
line, with the services' rules and permissions; each refusal is one line naming the rule's
reason, exit 2."""

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
from tests.unit.customer_fixtures import draft


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[str]]:
    """A database with three customer files, an archivist (ann) and a staff member (stan)."""
    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        make_user(services, gm, "ann", Role.ARCHIVIST)
        make_user(services, gm, "stan", Role.STAFF)
        numbers = [services.customers.files.register(gm, draft()).archive_number for _ in "abc"]
    finally:
        services.close()
    return db_path, numbers


def loans(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    user: str,
    *args: str,
) -> tuple[int, str, str]:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD if user == "boss" else PASSWORD)
    return run(capsys, "--db", str(db), "--user", user, "loans", *args)


def test_lend_prints_the_loan_number_and_list_shows_the_files_R_LOAN_1(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, b, _) = office
    code, out, err = loans(capsys, monkeypatch, db, "ann", "lend", a, b, "--borrower", "stan",
                           "--purpose", "contract check")  # fmt: skip
    assert code == 0, err
    number = out.strip()
    assert number.startswith(f"L-{date.today().year}-")
    code, out, _ = loans(capsys, monkeypatch, db, "stan", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["archive_no"] for r in rows] == [a, b]
    assert set(rows[0]) == {"loan", "archive_no", "borrower", "kind", "loaned", "due",
                            "returned", "status", "condition", "fine"}  # fmt: skip
    assert (rows[0]["loan"], rows[0]["borrower"], rows[0]["kind"], rows[0]["status"]) == (
        number,
        "Stan",
        "in_room",
        "open",
    )
    assert rows[0]["returned"] is None
    today, tomorrow = date.today(), date.today() + timedelta(days=1)
    # Closing time today; lent after closing, the end of the day (domain/loans/lending.py).
    assert rows[0]["due"][:16] in {f"{today}T17:30", f"{tomorrow}T00:00"}
    code, out, _ = loans(capsys, monkeypatch, db, "ann", "list", "--borrower", "stan")
    assert code == 0 and len(out.splitlines()) == 2 and "借出中" in out


def test_a_file_already_out_is_refused_naming_the_loan_and_borrower_exit_2_R_LOAN_4(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, _, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    _, out, _ = loans(capsys, monkeypatch, db, "ann", "lend", a, "--borrower", "stan",
                      "--purpose", "check")  # fmt: skip
    code, out2, err = loans(capsys, monkeypatch, db, "ann", "lend", a, "--borrower", "boss",
                            "--purpose", "check")  # fmt: skip
    assert code == 2 and out2 == ""
    assert err.count("\n") == 1 and err.startswith("records-desk: ")
    assert a in err and out.strip() in err and "Stan" in err and "already out" in err


def test_an_external_loan_awaits_approval_and_its_refusals_exit_2_R_LOAN_3(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, _, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    due = (date.today() + timedelta(days=7)).isoformat()
    code, out, err = loans(capsys, monkeypatch, db, "ann", "lend", a, "--external", "林律師",
                           "--org", "大成法律事務所", "--phone", "02-2345-6789", "--purpose",
                           "due diligence", "--take-out", "--due", due, "--json")  # fmt: skip
    assert code == 0, err
    lent = json.loads(out)
    assert lent["status"] == "awaiting_approval" and lent["due"].startswith(due)
    code, _, err = loans(capsys, monkeypatch, db, "ann", "return", a)
    assert code == 2 and "awaits approval" in err and lent["loan"] in err
    code, _, err = loans(capsys, monkeypatch, db, "ann", "approve", lent["loan"])
    assert code == 2 and "approve a loan to an outside borrower" in err
    code, out, err = loans(capsys, monkeypatch, db, "boss", "approve", lent["loan"],
                           "--note", "signed")  # fmt: skip
    assert code == 0, err
    assert lent["loan"] in out
    code, out, _ = loans(capsys, monkeypatch, db, "stan", "list", "--awaiting", "--json")
    assert json.loads(out) == []
    code, _, err = loans(capsys, monkeypatch, db, "boss", "refuse", lent["loan"], "--note", "x")
    assert code == 2 and "not awaiting approval" in err


def test_lend_refuses_a_take_out_without_due_and_an_external_without_org_exit_2_R_LOAN_2(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, _, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _, err = loans(capsys, monkeypatch, db, "ann", "lend", a, "--borrower", "stan",
                         "--purpose", "audit", "--take-out")  # fmt: skip
    assert code == 2 and "due date" in err
    code, _, err = loans(capsys, monkeypatch, db, "ann", "lend", a, "--external", "林律師",
                         "--purpose", "audit")  # fmt: skip
    assert code == 2 and "--org" in err


def test_return_with_a_fine_outside_100_to_500_is_refused_exit_2_R_LOAN_7(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, b, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    loans(capsys, monkeypatch, db, "ann", "lend", a, b, "--borrower", "stan", "--purpose", "x")
    code, _, err = loans(capsys, monkeypatch, db, "ann", "return", a, "--condition", "torn",
                         "--fine", "600", "--fine-reason", "torn")  # fmt: skip
    assert code == 2 and "100–500" in err and "600" in err
    code, _, err = loans(capsys, monkeypatch, db, "ann", "return", a, "--condition", "torn")
    assert code == 2 and "fine" in err
    code, out, err = loans(capsys, monkeypatch, db, "ann", "return", a, "--condition", "torn",
                           "--fine", "300", "--fine-reason", "page 3 torn", "--json")  # fmt: skip
    assert code == 0, err
    (back,) = json.loads(out)
    assert (back["fine"], back["shelf"], back["loan_closed"]) == (300, "A-01-03", False)
    code, _, err = loans(capsys, monkeypatch, db, "ann", "return", b, "--condition", "folded",
                         "--waive-reason", "old")  # fmt: skip
    assert code == 2 and "waive" in err
    code, out, err = loans(capsys, monkeypatch, db, "boss", "return", b, "--condition",
                           "folded", "--waive-reason", "old damage")  # fmt: skip
    assert code == 0 and "A-01-03" in out, err
    code, out, _ = loans(capsys, monkeypatch, db, "stan", "list", "--all", "--json")
    assert {r["status"] for r in json.loads(out)} == {"returned"}


def test_deputy_names_an_account_for_a_period_R_ACC_5(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, _, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    today = date.today()
    code, _, err = loans(capsys, monkeypatch, db, "stan", "lend", a, "--borrower", "ann",
                         "--purpose", "x")  # fmt: skip
    assert code == 2
    code, _, err = loans(capsys, monkeypatch, db, "ann", "deputy", "stan", "--from",
                         today.isoformat(), "--to", today.isoformat())  # fmt: skip
    assert code == 2
    code, out, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--from",
                           today.isoformat(), "--to", (today + timedelta(days=3)).isoformat())  # fmt: skip
    assert code == 0 and "stan" in out, err
    code, out, err = loans(capsys, monkeypatch, db, "stan", "lend", a, "--borrower", "ann",
                           "--purpose", "x")  # fmt: skip
    assert code == 0, err
    code, _, err = loans(capsys, monkeypatch, db, "boss", "deputy", "ann", "--from",
                         today.isoformat(), "--to", "2020-01-01")  # fmt: skip
    assert code == 2 and err.count("\n") == 1


def test_print_loan_slip_writes_the_slip_and_audits_the_save_R_LOAN_9(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db, (a, _, _) = office
    _, out, _ = loans(capsys, monkeypatch, db, "ann", "lend", a, "--borrower", "stan",
                      "--purpose", "check")  # fmt: skip
    number = out.strip()
    pdf = tmp_path / "slip.pdf"
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", str(db), "--user", "ann", "print", "loan_slip",
                         "--loan", number, "-o", str(pdf))  # fmt: skip
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--db", str(db), "--user", "ann", "print", "loan_slip",
                       "--loan", "L-1999-000001", "-o", str(tmp_path / "none.pdf"))  # fmt: skip
    assert code == 2 and "L-1999-000001" in err and not (tmp_path / "none.pdf").exists()
    services = build_services(open_database(db, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        from records_desk.services.common.dto import AuditFilter

        (saved,) = services.audit.page(gm, AuditFilter(action="form.save"), 0, 5)
        assert (saved.entity_type, saved.account) == ("loan", "ann")
    finally:
        services.close()


def test_print_loan_register_and_handover_R_LOAN_1_R_ACC_5(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db, (a, _, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    loans(capsys, monkeypatch, db, "ann", "lend", a, "--borrower", "stan", "--purpose", "x")
    today = date.today().isoformat()
    code, _, err = run(capsys, "--db", str(db), "--user", "ann", "print", "loan_register",
                       "--from", today, "--to", today, "-o", str(tmp_path / "reg.pdf"))  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "reg.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--db", str(db), "--user", "ann", "print", "handover",
                       "-o", str(tmp_path / "hand.pdf"))  # fmt: skip
    assert code == 2 and "takes over" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", str(db), "--user", "ann", "print", "handover",
                       "--received-by", "stan", "-o", str(tmp_path / "hand.pdf"))  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "hand.pdf").read_bytes().startswith(b"%PDF")


def test_finding_8_loans_list_speaks_the_users_language_and_json_adds_condition_and_fine(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, b, _) = office
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    code, _, err = loans(capsys, monkeypatch, db, "ann", "lend", a, b, "--borrower", "stan",
                         "--purpose", "check")  # fmt: skip
    assert code == 0, err
    code, _, err = loans(capsys, monkeypatch, db, "ann", "return", a, "--condition", "torn",
                         "--fine", "300", "--fine-reason", "page 3 torn")  # fmt: skip
    assert code == 0, err
    code, out, _ = loans(capsys, monkeypatch, db, "stan", "list", "--all")
    assert code == 0
    for raw in ("in_room", "IN_ROOM", "OPEN", "RETURNED", "torn"):
        assert raw not in out
    assert "室內查閱" in out and "已歸還" in out and "借出中" in out and "撕破" in out
    assert "300" in out
    code, out, _ = loans(capsys, monkeypatch, db, "stan", "list", "--all", "--json")
    rows = {r["archive_no"]: r for r in json.loads(out)}
    assert (rows[a]["condition"], rows[a]["fine"]) == ("torn", 300)
    assert (rows[b]["condition"], rows[b]["fine"]) == (None, None)
    assert rows[a]["kind"] == "in_room" and rows[a]["status"] == "returned"  # never renamed
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, out, _ = loans(capsys, monkeypatch, db, "stan", "list", "--all")
    assert "in-room reading" in out and "returned" in out and "torn" in out
