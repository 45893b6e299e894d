"""Issue 15 findings on the command line: `records-desk demo --customers 0` printed
"已新增 0 份客戶檔案，費時 0.0 秒（；作廢 0 份…" (an empty list of grades, a time for nothing
done), and the reception demo's summary and its refusal of a negative --reception were English
whatever the language. Each is now one sentence through translate(), in the user's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import init_office, run

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def demo(db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    init_office(capsys, monkeypatch, db_path)
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)

    def run_demo(*args: str) -> tuple[int, str, str]:
        return run(capsys, "--db", str(db_path), "--user", "boss", "demo", *args)

    return run_demo


def test_demo_with_no_customers_says_none_were_added_without_an_empty_grade_list(
    demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    code, out, err = demo("--customers", "0")
    assert code == 0, err
    assert "（；" not in out and "費時 0.0 秒" not in out
    assert "未新增客戶檔案（--customers 0）" in out
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, err = demo("--customers", "0")
    assert code == 0, err
    assert "no customer files added (--customers 0)" in out and "(;" not in out


def test_demo_customer_grades_are_named_in_chinese_not_by_their_codes(
    demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    code, out, err = demo("--customers", "40")
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("已新增 40 份客戶檔案"))
    grades = line.split("（", 1)[1].split("；", 1)[0]
    assert "份" in grades and ", " not in grades and "qualified" not in grades, line


def test_reception_demo_summary_and_refusal_are_in_the_users_language(
    demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    code, out, err = demo("--customers", "0", "--reception", "2")
    assert code == 0, err
    line = out.strip().splitlines()[-1]
    assert CJK.search(line) and "added" not in line and "reception days" not in line, line
    code, _out, err = demo("--customers", "0", "--reception", "-1")
    assert code == 2 and "--reception 必須是 0 或以上" in err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, err = demo("--customers", "0", "--reception", "2")
    assert code == 0, err
    line = out.strip().splitlines()[-1]  # the days made above are there already
    assert line.startswith("added ") and " reception days (" in line, line
