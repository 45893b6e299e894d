"""`audit show` on the command line reads its summaries in the command line's language, as the
window's operation log does (issue 8 item 4); the stored text stays what it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.cli_runner import init_office, run

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_audit_show_reads_its_summaries_in_chinese_by_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    init_office(capsys, monkeypatch, db_path)
    code, out, err = run(capsys, "--db", str(db_path), "--user", "boss", "audit", "show")
    assert code == 0, err
    assert "signed in" not in out and "records office created" not in out
    lines = out.splitlines()
    assert lines and all(CJK.search(line) for line in lines), out


def test_audit_show_in_english_prints_the_stored_summaries(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    init_office(capsys, monkeypatch, db_path)
    code, out, err = run(capsys, "--db", str(db_path), "--user", "boss", "audit", "show")
    assert code == 0, err
    assert "records office created with its general manager" in out
    assert "signed in" in out
