"""Issue 14 §4 from the command line: `records-desk --user U key sheet -o FILE.pdf` asks the
password again (RECORDS_DESK_CONFIRM_PASSWORD, never the sign-in's RECORDS_DESK_PASSWORD) and
writes the key-recovery sheet; anyone but the general manager is refused in one line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from records_desk.cli.backup_key import CONFIRM_PASSWORD_ENV
from tests.conftest import GM_PASSWORD, PASSWORD
from tests.integration.cli_runner import init_office, run


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.delenv(CONFIRM_PASSWORD_ENV, raising=False)
    init_office(capsys, monkeypatch, db_path)
    return db_path


def key_sheet(capsys: pytest.CaptureFixture[str], office: Path, user: str, out: Path):
    return run(capsys, "--db", str(office), "--user", user, "key", "sheet", "-o", str(out))


def test_key_sheet_command_writes_the_sheet_after_the_password_is_typed_again(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    monkeypatch.setenv(CONFIRM_PASSWORD_ENV, GM_PASSWORD)
    out = tmp_path / "key.pdf"
    code, printed, err = key_sheet(capsys, office, "boss", out)
    assert code == 0, err
    assert str(out) in printed
    assert out.stat().st_mode & 0o777 == 0o600
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "資料庫金鑰復原單" in text
    code, log, _ = run(
        capsys, "--db", str(office), "--user", "boss", "audit", "show", "--limit", "3"
    )
    assert code == 0 and "key.sheet_printed" in log


def test_key_sheet_command_never_takes_the_sign_in_password_as_the_fresh_one(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # RECORDS_DESK_PASSWORD is set (init_office), the confirmation variable is not, and
    # stdin is not a terminal under pytest: refused in one line, nothing written.
    code, printed, err = key_sheet(capsys, office, "boss", tmp_path / "key.pdf")
    assert code == 2 and printed == ""
    assert CONFIRM_PASSWORD_ENV in err and err.count("\n") == 1
    assert not (tmp_path / "key.pdf").exists()


def test_key_sheet_command_with_a_wrong_fresh_password_is_refused(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    monkeypatch.setenv(CONFIRM_PASSWORD_ENV, "not-the-password")
    code, _, err = key_sheet(capsys, office, "boss", tmp_path / "key.pdf")
    assert code == 2 and "Wrong user name or password" in err and "Traceback" not in err
    assert not (tmp_path / "key.pdf").exists()
    code, log, _ = run(
        capsys, "--db", str(office), "--user", "boss", "audit", "show", "--limit", "3"
    )
    assert "key sheet: wrong password" in log


def test_key_sheet_command_is_refused_to_the_customer_director(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    from records_desk.domain.common.roles import Role
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore
    from tests.conftest import cheap_settings

    services = build_services(open_database(office, KeyStore(config_dir())), cheap_settings())
    gm = services.auth.login("boss", GM_PASSWORD)
    services.accounts.create(gm, "dora", "Dora", Role.CUSTOMER_DIRECTOR, "temporary-pw")
    services.auth.change_password("dora", "temporary-pw", PASSWORD)
    services.close()
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv(CONFIRM_PASSWORD_ENV, PASSWORD)
    code, printed, err = key_sheet(capsys, office, "dora", tmp_path / "key.pdf")
    assert code == 2 and printed == "" and "may not do this" in err
    assert not (tmp_path / "key.pdf").exists()
