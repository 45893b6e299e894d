"""Issue 14 §4: the general manager prints the database key as a key-recovery sheet — its
groups and a QR code of them, the database's name and path and the date — only after typing
the password again, audited without the key, written 0600."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from records_desk.domain.backup.key_text import format_key, read_key
from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import InvalidCredentials, PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.store.models import Account, AuditEntry
from tests.conftest import GM_PASSWORD, make_user

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def entries(services: Services, after: int = 0) -> list[AuditEntry]:
    with services.ctx.uow.read() as uow:
        rows = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.seq > after)))
        uow.session.expunge_all()
        return rows


def head(services: Services) -> int:
    found = entries(services)
    return found[-1].seq if found else 0


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def key_pieces(key: str) -> set[str]:
    """Every 8 consecutive digits of the key, both cases: none may leak anywhere."""
    pieces = {key[i : i + 8] for i in range(64 - 8 + 1)}
    return pieces | {p.upper() for p in pieces}


@pytest.mark.sqlite_only(reason="a file office's path on the sheet")
def test_key_sheet_shows_the_title_the_database_and_the_key_in_groups(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    out = services.backup.key_sheet.print_sheet(gm, GM_PASSWORD, tmp_path / "key.pdf")
    text = pdf_text(out)
    key = services.database.key.hex
    assert "資料庫金鑰復原單" in text
    assert services.database.path.name in text
    for group in format_key(key).split(" "):
        assert group in text
    assert "總經理簽名" in text and "見證人簽名" in text
    assert "restore" in text and "--key-file" in text
    assert services.ctx.now().astimezone().date().isoformat() in text


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools (zbarimg) not installed")
def test_key_sheet_qr_code_reads_back_as_the_key(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    out = services.backup.key_sheet.print_sheet(gm, GM_PASSWORD, tmp_path / "key.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(out), str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    key = services.database.key.hex
    assert scanned == format_key(key)
    assert read_key(scanned) == key


def test_key_sheet_is_private_and_its_metadata_and_stamp_hold_no_key(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    out = services.backup.key_sheet.print_sheet(gm, GM_PASSWORD, tmp_path / "key.pdf")
    assert out.stat().st_mode & 0o777 == 0o600
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    key = services.database.key.hex
    assert not any(p in info for p in key_pieces(key))
    stamp = next(line for line in pdf_text(out).splitlines() if "稽核紀錄" in line)
    assert not any(p in stamp.replace(" ", "") for p in key_pieces(key))
    last = entries(services)[-1]
    assert f"#{last.seq} {last.hash[:12]}" in stamp  # the page names its own entry


def test_key_sheet_is_audited_without_the_key(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    before = head(services)
    out = services.backup.key_sheet.print_sheet(gm, GM_PASSWORD, tmp_path / "key.pdf")
    new = entries(services, before)
    assert [e.action for e in new] == [AuditAction.KEY_SHEET_PRINTED.value]
    assert new[0].account == gm.username
    assert str(out) in json.dumps(new[0].details, ensure_ascii=False)
    key = services.database.key.hex
    check = format_key(key).split(" ")[-1]
    for e in new:
        text = f"{e.summary} {json.dumps(e.details)} {e.entity_id}"
        assert not any(p in text for p in key_pieces(key))
        assert check not in text


@pytest.mark.parametrize("role", [Role.CUSTOMER_DIRECTOR, Role.ARCHIVIST])
def test_key_sheet_is_refused_to_anyone_but_the_general_manager(
    services: Services, gm: Principal, tmp_path: Path, role: Role
) -> None:
    other = make_user(services, gm, "someone", role)
    before = head(services)
    with pytest.raises(PermissionDenied):
        services.backup.key_sheet.print_sheet(other, "a-good-password", tmp_path / "key.pdf")
    assert not (tmp_path / "key.pdf").exists()
    assert [e.action for e in entries(services, before)] == [AuditAction.PERMISSION_DENIED.value]


def test_key_sheet_with_a_wrong_fresh_password_is_refused_and_audited_as_a_failed_sign_in(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    before = head(services)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InvalidCredentials) as caught:
        services.backup.key_sheet.print_sheet(gm, "not-the-password", folder / "key.pdf")
    assert caught.value.attempts_left is not None  # signed in: told how many are left
    assert not list(folder.iterdir())
    new = entries(services, before)
    assert [e.action for e in new] == [AuditAction.LOGIN_FAILED.value]
    assert new[0].summary == "key sheet: wrong password"
    with services.ctx.uow.read() as uow:
        account = uow.session.scalar(select(Account).where(Account.username == gm.username))
        assert account is not None and account.failed_logins == 1
