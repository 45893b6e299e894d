"""Issue 10 (what a new user noticed): `forms print 附件1` found no form — the regulation calls
its forms 附件1 … 附件5, the program appraisal_form … visit_report. Both names are accepted
now, and an unknown name is refused in one line that names the valid ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.cli.forms import ANNEXES, form_id_of
from tests.conftest import GM_PASSWORD
from tests.integration.test_cli import run


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, _, _ = run(capsys, "--db", str(db_path), "init", "--admin", "boss", "--name", "王總")
    assert code == 0
    return db_path


def test_the_annex_names_and_their_spellings_name_the_forms() -> None:
    assert ANNEXES == {
        "1": "appraisal_form",
        "2": "periodic_review",
        "3": "blacklist",
        "4": "customer_survey",
        "5": "visit_report",
    }
    for name in ("附件1", "附件 1", "附件１", "附件一", "annex1", "Annex 1", "ANNEX1"):
        assert form_id_of(name) == "appraisal_form", name
    assert form_id_of("附件五") == "visit_report"
    assert form_id_of("loan_slip") == "loan_slip"  # ids stay ids
    assert form_id_of("附件9") == "附件9"  # no such annex: refused by name later


@pytest.mark.parametrize("annex", ["附件1", "附件2", "附件3", "附件4", "附件5"])
def test_forms_print_finds_a_form_by_its_regulation_name(
    annex: str, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{annex}.pdf"
    code, stdout, err = run(
        capsys, "--db", str(office), "--user", "boss", "forms", "print", annex, "--blank",
        "-o", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "") and out.read_bytes().startswith(b"%PDF")
    code, log, _ = run(capsys, "--db", str(office), "--user", "boss", "audit", "show")
    assert f"saved {ANNEXES[annex[-1]]} as {out}" in log


def test_an_unknown_form_is_one_line_naming_the_valid_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "forms", "print", "附件9", "--blank", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("records-desk: 「附件9」：沒有這個表單；可列印的表單：")
    assert "appraisal_form（附件1 銷售客戶審核評價表）" in err
    assert "visit_report（附件5 銷售客戶拜訪總結報告）" in err
    assert "loan_slip（借閱單）" in err


def test_the_forms_list_shows_the_annex_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "forms", "list")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("periodic_review "))
    assert "附件2 銷售客戶階段評價表" in line
