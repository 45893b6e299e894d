"""`records-desk extract …` (R-BAK-5): a sales manager asks for the customer list, the general
manager approves, the export is made once on it; every refusal is one line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.paths import config_dir
from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, PASSWORD, cheap_settings, make_user
from tests.integration.cli_runner import init_office, run
from tests.unit.test_customer_import_service import good_file


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A database with a sales manager (mia)."""
    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        make_user(services, services.auth.login("boss", GM_PASSWORD), "mia", Role.SALES_MANAGER)
    finally:
        services.close()
    return db_path


def as_user(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    user: str,
    *args: str,
) -> tuple[int, str, str]:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD if user == "boss" else PASSWORD)
    return run(capsys, "--db", str(db), "--user", user, *args)


def refused(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert (code, out) == (2, ""), err
    assert len(err.strip().splitlines()) == 1 and err.startswith("records-desk: ")
    return err


def test_a_sales_manager_exports_once_on_an_approved_extract_request_R_BAK_5(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    boss = lambda *a: as_user(capsys, monkeypatch, office, "boss", *a)  # noqa: E731
    mia = lambda *a: as_user(capsys, monkeypatch, office, "mia", *a)  # noqa: E731
    assert boss("import", "customers", str(good_file(tmp_path / "g.xlsx", 4)))[0] == 0
    out_file = tmp_path / "list.xlsx"
    refused(mia("export", "customers", "-o", str(out_file)))

    code, out, err = mia("extract", "request", "--what", "customers", "--why", "年度回訪")
    assert code == 0, err
    refused(mia("extract", "approve", "1"))  # a sales manager approves nothing
    code, out, err = boss("extract", "approve", "1", "--note", "回訪用")
    assert code == 0, err
    assert mia("export", "customers", "-o", str(out_file))[0] == 0 and out_file.exists()
    refused(mia("export", "customers", "-o", str(tmp_path / "again.xlsx")))

    code, out, err = mia("extract", "list", "--json")
    [request] = json.loads(out)
    assert request["state"] == "used" and request["rows"] == 4
    assert (request["requested_by"], request["decided_by"]) == ("mia", "boss")
    assert request["why"] == "年度回訪" and request["what"] == "customers"
    code, out, _ = boss("audit", "show", "--limit", "5")
    assert "extract request 1, approved by boss" in out


def test_a_refusal_needs_its_note_and_ones_own_request_is_refused_R_BAK_5(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    boss = lambda *a: as_user(capsys, monkeypatch, office, "boss", *a)  # noqa: E731
    assert boss("extract", "request", "--what", "sms", "--why", "check")[0] == 0
    refused(boss("extract", "approve", "1"))
    with pytest.raises(SystemExit):  # argparse: a refusal says why (--note)
        boss("extract", "refuse", "1")
    capsys.readouterr()
    code, out, err = boss("extract", "list")
    assert code == 0 and "boss" in out
