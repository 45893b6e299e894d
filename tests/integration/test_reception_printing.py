"""The day's 客戶來訪登記表 and 來電登記表 printed from the stored day (R-REC-11, R-REC-12): every
row with who received the visitor and how, and once the day is reviewed its reviewer, row
count and hash; a saved sheet is audited with the day as its subject."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import AwayReason, Visitor
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD, PASSWORD, Clock, make_user
from tests.integration.cli_runner import init_office, run
from tests.unit.reception_desk_fixtures import consultants, signed_in

DAY = date(2026, 11, 27)


def pdf_text(pdf: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\f".join(page.extract_text() or "" for page in doc.pages)


@pytest.fixture
def day(services: Services, principals: dict[Role, Principal], clock: Clock) -> Principal:
    consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob")
    clerk = principals[Role.RECEPTION_CLERK]
    signed_in(services, clerk, "amy", "bob")
    services.reception.day.away(clerk, "amy", AwayReason.UNEXCUSED)
    clock.advance(minutes=10)
    services.reception.day.walk_in(clerk, Visitor("王一", "0922000001"))
    services.reception.sheet.log_enquiry(clerk, Visitor("林三", "0933000003"), "bob", "三房")
    return clerk


def test_the_visitor_sheet_shows_each_row_and_once_reviewed_its_count_and_hash_R_REC_11(
    services: Services, day: Principal
) -> None:
    forms = services.reception.forms
    data = forms.visitor_sheet_data(day, DAY)
    (row,) = data["rows"]
    assert (row["seq"], row["visitor"], row["assigned_by"], row["visitor_type"]) == (
        1, "王一", "輪序", "新客戶",
    )  # fmt: skip
    assert "略過：Amy（無故離崗）" in row["notes"]
    assert "digest" not in data["header"]  # not reviewed yet
    closing = services.reception.sheet.close(day)
    services.reception.sheet.correct_visit(day, DAY, 1, party_size=2)
    printed = forms.printed_visitor_sheet(day, DAY)
    text = pdf_text(printed.pdf)
    assert closing.digest[:16] in text.replace("\n", "") and "審核行數" in text
    data = forms.visitor_sheet_data(day, DAY)
    assert data["header"]["row_count"] == 1 and data["rows"][1]["corrects"] == 1
    assert printed.subject is not None and printed.subject.label == "2026-11-27"


def test_the_phone_enquiry_sheet_lists_the_days_calls_R_REC_12(
    services: Services, day: Principal
) -> None:
    data = services.reception.forms.phone_sheet_data(day, DAY)
    (row,) = data["rows"]
    assert (row["caller"], row["enquiry"], row["consultant"]) == ("林三", "三房", "Bob")
    assert "林三" in pdf_text(services.reception.forms.printed_phone_sheet(day, DAY).pdf)


def test_printing_a_day_from_the_command_line_is_audited_R_REC_11(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore
    from tests.conftest import cheap_settings

    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        make_user(services, gm, "cleo", Role.RECEPTION_CLERK)
        make_user(services, gm, "amy", Role.CONSULTANT)
    finally:
        services.close()
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    db = ("--db", str(db_path), "--user", "cleo")
    assert run(capsys, *db, "reception", "sign-in", "amy")[0] == 0
    assert run(capsys, *db, "reception", "walk-in", "王一", "--phone", "0922000001")[0] == 0
    assert run(capsys, *db, "reception", "close")[0] == 0
    today = date.today().isoformat()
    out = tmp_path / "sheet.pdf"
    code, _, err = run(capsys, *db, "print", "visitor_sheet", "--day", today, "-o", str(out))
    assert code == 0, err
    assert "王一" in pdf_text(out.read_bytes())
    code, _, err = run(capsys, *db, "print", "loan_slip", "--day", today, "-o", str(out))
    assert code == 2 and "--day" in err and "visitor_sheet" in err and "loan_slip" in err
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        (entry,) = services.audit.page(gm, AuditFilter(action="form.save"), 0, 1)
        assert entry.details["form"] == "visitor_sheet" and entry.entity_type == "reception_day"
    finally:
        services.close()
