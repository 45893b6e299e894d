"""Issue 10 (what a new user noticed on the command line): the import's frame was English
around Chinese problems in zh_TW ("row 3 column F: 「2026/13/45」沒有這一天", "6 rows, 5 valid,
1 refused, 0 written", "warning: …"); one file was "1 files"; an ID of no known shape "is no
ID number"; messages showed rule codes such as "(R-GRD-1)". Now the frame follows the language
like the problems, one is singular, the wording says "is not a valid ID number", and no
message carries a rule code (the docs and the JSON keep them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from records_desk.domain.common.identifiers import IdNumberCheckFailed
from records_desk.wording import describe, set_language
from tests.integration.cli_runner import init_office, run
from tests.unit.test_customer_import_service import HEADERS, row, write_xlsx

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    init_office(capsys, monkeypatch, db_path, "--name", "王總")
    return db_path


def cli(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--user", "boss", *argv)


def a_list_with_an_error_and_a_warning(tmp_path: Path) -> Path:
    rows = [row(i) for i in range(6)]
    rows[1][5] = "2026/13/45"  # Excel row 3, column F: no day
    rows[2][2] = "123"  # row 4, column C: a phone that is none (a warning)
    return write_xlsx(tmp_path / "list.xlsx", [HEADERS, *rows])


def test_the_import_summary_is_framed_in_the_users_language(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = a_list_with_an_error_and_a_warning(tmp_path)
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    code, out, err = cli(capsys, office, "import", "customers", str(path))
    assert code == 2
    assert out.splitlines() == [
        "第 3 列 F 欄：2026/13/45 — 「2026/13/45」沒有這一天",
        "共 6 列：有效 5 列，不能匯入 1 列，已寫入 0 列",
    ]
    assert err.splitlines()[0].startswith("注意：第 4 列 C 欄：123 — 「123」")
    assert not re.search(r"\b(row|rows|valid|refused|written|warning)\b", out + err)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, err = cli(capsys, office, "import", "customers", str(path))
    assert out.splitlines() == [
        "row 3 column F: 2026/13/45 — “2026/13/45” is not a valid date: there is no such day",
        "6 rows: 5 valid, 1 refused, 0 written",
    ]
    assert err.splitlines()[0].startswith("warning: row 4 column C: 123 — “123”")


def test_one_file_and_one_row_are_said_in_the_singular(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    path = write_xlsx(tmp_path / "one.xlsx", [HEADERS, row(1)])
    code, out, _ = cli(capsys, office, "import", "customers", str(path))
    assert code == 0 and out.splitlines()[-1] == "1 row: 1 valid, 0 refused, 1 written"
    target = tmp_path / "out.xlsx"
    code, out, _ = cli(capsys, office, "customers", "export", "-o", str(target))
    assert code == 0 and out.strip() == f"wrote {target}: 1 customer file"
    assert "1 files" not in out


def test_an_id_of_no_known_shape_is_not_a_valid_id_number() -> None:
    set_language("en")
    text = describe(IdNumberCheckFailed("12345", None))
    assert text.startswith("“12345” is not a valid ID number (a letter and 9 digits)")
    assert "is no ID number" not in text


def test_no_message_shows_a_rule_code() -> None:
    """Every worded message, English and Chinese: a code such as (R-GRD-1) is for the docs."""
    code = re.compile(r"R-[A-Z]+-\d")
    found = []
    for ts in sorted(I18N.glob("*_zh_TW.ts")):
        text = ts.read_text(encoding="utf-8")
        for source, translation in re.findall(
            r"<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?"
            r"<translation[^>]*>([^<]*)</translation>",
            text,
        ):
            if code.search(source) or code.search(translation):
                found.append((ts.name, source, translation))
    assert found == []
