"""Issue 15 finding: the key-recovery sheet of an office on a PostgreSQL server labelled the
server's address "Database file / 資料庫檔名". Each office now prints a sheet that says what
it is: a file office its file and full path, a server office "Server database / 伺服器資料庫"
with its readable address (never a password) and how a new desk joins with the office key."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.store.database import ServerDatabase
from tests.conftest import GM_PASSWORD

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def shown(name: str, flat: str) -> bool:
    """NAME on the page: each piece of it, since a long path or address wraps in its cell."""
    return all(piece in flat for piece in re.split(r"[/?=@]", name) if piece)


def test_key_sheet_names_a_server_office_as_a_server_database_with_its_address(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    out = services.backup.key_sheet.print_sheet(gm, GM_PASSWORD, tmp_path / "key.pdf")
    text = pdf_text(out)
    flat = "".join(text.split())
    database = services.database
    if isinstance(database, ServerDatabase):
        assert "伺服器資料庫" in text and "Server database" in text
        assert "伺服器位址" in text and "Server address" in text
        assert shown(database.name, flat) and "%2F" not in text
        assert "資料庫檔名" not in text and "Database file" not in text
        assert "完整路徑" not in text and "Full path" not in text
        assert "--office-key" in text and "--key-file" not in text
        if database.password:
            assert database.password not in text
    else:
        assert "資料庫檔名" in text and "Database file" in text
        assert shown(str(database.path), flat)
        assert "伺服器" not in text
        assert "--key-file" in text
