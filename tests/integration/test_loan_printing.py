"""The loan register on paper (issue 11 Build 7): the 借閱單 carries the loan number as a QR
code besides the Code128 (read back with zbarimg from the page image), and the overdue list per
borrower for reminders (R-LOAN-8), through the services and `print loan_overdue`. A media
label carries its number the same two ways (R-MED-8, issue 13 §6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.loans.errors import BorrowerInvalid
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services, build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, Clock, cheap_settings, make_user
from tests.integration.cli_runner import init_office, run
from tests.unit.customer_fixtures import register


def _barcodes(pdf: bytes, tmp_path: Path) -> list[tuple[str, str]]:
    if not shutil.which("zbarimg") or not shutil.which("pdftoppm"):
        pytest.skip("zbar-tools or poppler-utils missing")
    (tmp_path / "b.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(tmp_path / "b.pdf"),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    image = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", str(image)], capture_output=True, text=True)
    found = [line.split(":", 1) for line in out.stdout.splitlines()]
    return sorted((kind, value) for kind, value in found)


def test_the_loan_slip_carries_the_loan_number_as_qr_and_code128_R_LOAN_9(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    [f] = register(services, gm)
    loan = services.loans.lending.lend(gm, [f.archive_number], "boss", "contract check")
    printed = services.loans.forms.printed_slip(gm, loan.number)
    assert _barcodes(printed.pdf, tmp_path) == [
        ("CODE-128", loan.number),
        ("QR-Code", loan.number),
    ]


def test_the_overdue_list_names_each_borrowers_overdue_files_R_LOAN_8(
    services: Services, gm: Principal, clock: Clock
) -> None:
    ann = make_user(services, gm, "ann", Role.ARCHIVIST)
    make_user(services, gm, "stan", Role.STAFF)
    [a, b, c] = register(services, gm, 3)
    mine = services.loans.lending.lend(ann, [a.archive_number, b.archive_number], "boss", "x")
    theirs = services.loans.lending.lend(ann, [c.archive_number], "stan", "y")
    forms = services.loans.forms
    assert forms.overdue_data(gm)["rows"] == []  # due at closing today: not yet
    clock.advance(days=2)
    everyone = forms.overdue_data(ann)
    assert [(r["borrower"], r["loan_no"], r["archive_no"]) for r in everyone["rows"]] == [
        ("Stan", theirs.number, c.archive_number),
        ("王總", mine.number, a.archive_number),
        ("王總", mine.number, b.archive_number),
    ]  # by borrower, a reminder after another
    assert {r["days_overdue"] for r in everyone["rows"]} == {2}
    assert everyone["header"]["overdue_count"] == 3
    services.loans.returns.take_back(ann, [b.archive_number])
    one = forms.overdue_data(ann, "boss")
    assert [r["archive_no"] for r in one["rows"]] == [a.archive_number]
    assert one["header"]["borrower"] == "王總 (boss)"
    printed = forms.printed_overdue(ann, "boss")
    assert printed.pdf.startswith(b"%PDF") and printed.form_id == "loan_overdue"
    with pytest.raises(BorrowerInvalid):
        forms.overdue_data(ann, "nobody")


def test_print_loan_overdue_writes_the_list_and_audits_the_save(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    init_office(capsys, monkeypatch, db_path)
    out_pdf = tmp_path / "overdue.pdf"
    db = ("--db", str(db_path), "--user", "boss")
    code, out, err = run(capsys, *db, "print", "loan_overdue", "--borrower", "boss",
                         "-o", str(out_pdf))  # fmt: skip
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, *db, "print", "loan_overdue", "--borrower", "nobody",
                       "-o", str(tmp_path / "none.pdf"))  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "nobody" in err
    code, _, err = run(capsys, *db, "print", "loan_register", "--borrower", "boss",
                       "-o", str(tmp_path / "none.pdf"))  # fmt: skip
    assert code == 2 and "--borrower 只用於填寫 loan_overdue" in err
    assert not (tmp_path / "none.pdf").exists()
    from records_desk.paths import config_dir

    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        (saved,) = services.audit.page(gm, AuditFilter(action="form.save"), 0, 5)
        assert saved.account == "boss"
    finally:
        services.close()


def test_a_media_label_carries_the_number_as_code128_and_qr_R_MED_8(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    from tests.unit.media_fixtures import register as register_medium

    number = register_medium(services, gm).number
    printed = services.media.forms.printed_labels(gm, [number])
    assert _barcodes(printed.pdf, tmp_path) == [("CODE-128", number), ("QR-Code", number)]
