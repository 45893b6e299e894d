"""`records-desk demo --customers N --reception DAYS`: the reception feature adds its sample
days through the demo command's registration hook (features.py `Feature.demo`)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import init_office, run


def test_demo_reception_adds_sample_days_from_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init_office(capsys, monkeypatch, db_path)
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    db = ("--db", str(db_path), "--user", "boss")
    code, out, err = run(capsys, *db, "demo", "--customers", "20", "--reception", "3")
    assert code == 0, err
    assert "已新增 3 個接待日" in out  # the office's language, like the customer files' line
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    code, out, err = run(capsys, *db, "reception", "sheet", yesterday, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and {r["consultant"] for r in rows} <= {"sales1", "sales2", "sales3", "sales4"}
    code, out, err = run(capsys, *db, "reception", "verify", yesterday)
    assert code == 0, err
    code, _, err = run(capsys, *db, "demo", "--reception", "-1")
    assert code == 2 and "--reception 必須是 0 或以上" in err
