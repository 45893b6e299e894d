"""Finding 10 of the new-user try (2026-12-05): the command line mixed languages — in zh_TW
(the default) `init`, `accounts password`, `print` and `accounts list` still spoke English,
`accounts password --help` did not name RECORDS_DESK_NEW_PASSWORD, and `print --list | head`
ended with "records-desk: [Errno 32] Broken pipe"."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import run

ENGLISH_WORDS = re.compile(r"\b(wrote|created|password|changed|general manager|page|key|active)\b")


def test_init_print_and_password_speak_the_users_language(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, out, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 0, err
    assert f"已建立 {db_path}，總經理帳號：boss" in out and "資料庫金鑰存放於" in out
    pdf = tmp_path / "slip.pdf"
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "--user",
        "boss",
        "print",
        "loan_slip",
        "--blank",
        "-o",
        str(pdf),
    )
    assert (code, err, out) == (0, "", f"已寫入 {pdf}（1 頁）\n")
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "boss", "accounts")
    assert code == 0 and "使用中" in out
    monkeypatch.setenv("RECORDS_DESK_NEW_PASSWORD", "a-brand-new-password")
    code, out, err = run(capsys, "--db", str(db_path), "--user", "boss", "accounts", "password")
    assert (code, out, err) == (0, "boss 的密碼已變更\n", "")
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", "a-brand-new-password")
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "boss", "audit", "verify")
    assert code == 0 and out.startswith("操作日誌雜湊鏈完整")
    for line in out.splitlines():
        assert not ENGLISH_WORDS.search(line.replace(str(db_path), "")), line


def test_accounts_password_help_names_the_new_password_variable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from records_desk.cli import main

    with pytest.raises(SystemExit) as done:
        main(["accounts", "password", "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "RECORDS_DESK_NEW_PASSWORD" in out and "RECORDS_DESK_PASSWORD" in out


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`records-desk print --list | head -1`: the reader closes the pipe before the list is
    written; the command ends with exit 0 and says nothing."""
    env = {
        **os.environ,
        "RECORDS_DESK_CONFIG_DIR": str(tmp_path / "cfg"),
        "RECORDS_DESK_LOG_DIR": str(tmp_path / "log"),
    }
    for _ in range(3):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before anything is written
        done = subprocess.run(
            [sys.executable, "-m", "records_desk", "print", "--list"],
            stdout=write,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
            timeout=60,
        )
        os.close(write)
        assert (done.returncode, done.stderr) == (0, "")


def test_print_usage_errors_speak_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "print", "loan_slip", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err == "records-desk: 列印需要 --blank 或 --data 檔案.json 其中之一\n"
    code, _, err = run(capsys, "print", "loan_slip", "--blank", "--grid", "3x8", "-o", "x.pdf")
    assert code == 2 and "只適用於標籤紙" in err
