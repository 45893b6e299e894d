"""`records-desk reception sign-in/walk-in/close/verify…`: the live day and its review from the
command line, with the services' rules and permissions (R-REC-2, R-REC-11, R-REC-13)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

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
    """A database with a reception clerk (cleo) and two consultants (amy, bob)."""
    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        make_user(services, gm, "cleo", Role.RECEPTION_CLERK)
        for name in ("amy", "bob"):
            make_user(services, gm, name, Role.CONSULTANT)
    finally:
        services.close()
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return db_path


def reception(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    return run(capsys, "--db", str(db), "--user", "cleo", "reception", *args)


def tamper(db: Path, sql: str) -> None:
    """Change the database behind the program's back: the trigger dropped first."""
    database = open_database(db, KeyStore(config_dir()))
    try:
        with database.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER reception_visit_closed_update"))
            conn.execute(text(sql))
    finally:
        database.dispose()


def test_walk_in_prints_who_why_and_who_was_skipped_R_REC_13(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert reception(capsys, monkeypatch, office, "sign-in", "amy", "bob")[0] == 0
    code, _, err = reception(capsys, monkeypatch, office, "away", "amy", "--reason", "unexcused")
    assert code == 0, err
    code, out, err = reception(capsys, monkeypatch, office, "walk-in", "王一", "--phone",
                               "0922000001", "--party", "2", "--json")  # fmt: skip
    assert code == 0, err
    got = json.loads(out)
    assert (got["row"], got["consultant"], got["reason"], got["counted"]) == (
        1, "bob", "rotation", True,
    )  # fmt: skip
    assert got["skipped"] == [{"consultant": "amy", "why": "away_unexcused"}]
    code, out, _ = reception(capsys, monkeypatch, office, "sheet", "--json")
    (row,) = json.loads(out)
    assert (row["visitor"], row["party"], row["consultant"]) == ("王一", 2, "bob")


def test_verify_exits_0_intact_then_1_after_a_row_is_changed_behind_its_back_R_REC_11(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reception(capsys, monkeypatch, office, "sign-in", "amy", "bob")
    reception(capsys, monkeypatch, office, "walk-in", "王一", "--phone", "0922000001")
    today = date.today().isoformat()
    code, out, err = reception(capsys, monkeypatch, office, "close")
    assert code == 0, err
    assert f"{today} reviewed: 1 rows" in out
    code, out, _ = reception(capsys, monkeypatch, office, "verify", today)
    assert code == 0 and len(out.splitlines()) == 1 and "intact" in out
    tamper(office, "UPDATE reception_visit SET visitor_name = '王二'")
    code, out, err = reception(capsys, monkeypatch, office, "verify", today)
    assert code == 1 and len(out.splitlines()) == 1 and "CHANGED" in out, err


def test_verify_exits_2_on_bad_input_in_one_line(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in ("not-a-date", date.today().isoformat()):  # unreadable; not reviewed
        code, out, err = reception(capsys, monkeypatch, office, "verify", day)
        assert code == 2 and out == "" and len(err.splitlines()) == 1, err
        assert err.startswith("records-desk: ")


def test_a_reviewed_day_refuses_a_walk_in_in_one_line_R_REC_11(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reception(capsys, monkeypatch, office, "sign-in", "amy")
    reception(capsys, monkeypatch, office, "close")
    code, _, err = reception(capsys, monkeypatch, office, "walk-in", "王一", "--phone", "09")
    assert code == 2 and len(err.splitlines()) == 1
    assert "reviewed by cleo" in err and "correction" in err


def test_status_names_who_is_next_and_enquiries_are_logged_R_REC_12(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reception(capsys, monkeypatch, office, "sign-in", "amy", "bob")
    reception(capsys, monkeypatch, office, "away", "amy", "--reason", "unexcused")
    code, out, err = reception(capsys, monkeypatch, office, "status", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["next"] == "bob" and [c["activity"] for c in shown["consultants"]] == [
        "away", "free",
    ]  # fmt: skip
    code, out, err = reception(capsys, monkeypatch, office, "enquiry", "林三", "--consultant",
                               "bob", "--phone", "0933000003", "--invited")  # fmt: skip
    assert code == 0 and out.strip() == "1", err
