"""`records-desk demo --customers N --loans M` (issue 11 Build 9): the loans feature adds its
sample history through the demo command's registration hook (features.py `Feature.demo`),
without the customer feature importing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import init_office, run


def test_demo_loans_adds_sample_loan_history_from_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init_office(capsys, monkeypatch, db_path)
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    db = ("--db", str(db_path), "--user", "boss")
    code, out, err = run(capsys, *db, "demo", "--customers", "120", "--loans", "400")
    assert code == 0, err
    assert "已新增 400 筆借閱" in out  # the office's language, like the customer files' line
    code, out, err = run(capsys, *db, "loans", "list", "--all", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len({r["loan"] for r in rows}) == 400
    assert {"open", "returned"} <= {r["status"] for r in rows}
    code, out, err = run(capsys, *db, "demo", "--loans", "-1")
    assert code == 2 and "--loans 必須是 0 或以上" in err  # in the office's language
