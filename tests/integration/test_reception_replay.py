"""`records-desk reception replay DAY.json [--json]` (issue 12, cli/reception.py): reads only
the file — no database, no sign-in — and explains each assignment; a bad file or an event that
makes no sense is one line naming the event's position and time, exit 2. The worked examples
in docs/reception-replay.md are what the program prints for them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.integration.cli_runner import run

DOC = Path(__file__).resolve().parents[2] / "docs" / "reception-replay.md"


def doc_block(marker: str) -> str:
    found = re.search(
        rf"<!-- replay: {re.escape(marker)} -->\n```\w+\n(.*?)\n```", DOC.read_text("utf-8"), re.S
    )
    assert found, marker
    return found.group(1)


def day_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "day.json"
    path.write_text(text, encoding="utf-8")
    return path


def replay(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, str, str]:
    missing_db = path.parent / "no-such-folder" / "records.db"
    return run(capsys, "--db", str(missing_db), "reception", "replay", str(path), *extra)


def test_replay_reads_only_the_file_and_explains_each_assignment_as_documented_R_REC_13(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = day_file(tmp_path, doc_block("worked example"))
    code, out, err = replay(capsys, path)
    assert (code, err) == (0, "")
    assert out.rstrip("\n") == doc_block("worked example, plain")
    assert not (tmp_path / "no-such-folder").exists()


def test_replay_json_is_the_documented_list_one_item_per_assignment_in_time_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = day_file(tmp_path, doc_block("worked example"))
    code, out, err = replay(capsys, path, "--json")
    assert (code, err) == (0, "")
    items = json.loads(out)
    assert items == json.loads(doc_block("worked example, json"))
    assert all(
        list(i) == ["t", "visitor", "consultant", "reason", "counted", "skipped"] for i in items
    )
    assert [i["t"] for i in items] == sorted(i["t"] for i in items)
    assert {i["reason"] for i in items} == {
        "rotation",
        "priority_return",
        "kept_turn",
        "designated",
        "returning_owner",
        "courtesy",
        "reassigned",
    }


def test_replay_speaks_english_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    code, out, _ = replay(capsys, day_file(tmp_path, doc_block("worked example")))
    assert code == 0
    assert out.rstrip("\n") == doc_block("worked example, English")


def test_the_issue_example_stops_at_event_5_naming_its_position_and_time_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = replay(capsys, day_file(tmp_path, doc_block("issue example")))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.strip() == doc_block("issue example, stderr").splitlines()[1]
    assert "第 5 個事件（09:20）" in err


EVENTS_OK = '[{"t": "09:00", "type": "sign_in", "consultant": "A"}'


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("{not json", "不是 JSON 格式（第 1 行，第 2 欄）"),
        ("[]", "當日檔案：必須是 JSON 物件"),
        ('{"date": "2026-11-27"}', "當日檔案：缺少「events」"),
        ('{"date": "2026-13-01", "events": []}', "「2026-13-01」不是日期"),
        (
            '{"date": "2026-11-27", "events": ' + EVENTS_OK + ', {"t": "9:5", "type": "back"}]}',
            "第 2 個事件（9:5）：「9:5」不是時間",
        ),
        (
            '{"date": "2026-11-27", "events": ' + EVENTS_OK + ', {"t": "09:05", "type": "nap"}]}',
            "第 2 個事件（09:05）：「nap」不是事件類型",
        ),
        (
            '{"date": "2026-11-27", "events": ' + EVENTS_OK + ', {"t": "09:05", "type": "away", '
            '"consultant": "A", "reason": "lunch"}]}',
            "第 2 個事件（09:05）：「reason」的值不被允許",
        ),
        (
            '{"date": "2026-11-27", "events": '
            + EVENTS_OK
            + ', {"t": "09:05", "type": "walk_in"}]}',
            "第 2 個事件（09:05）：缺少「visitor」",
        ),
        (
            '{"date": "2026-11-27", "events": ' + EVENTS_OK + ', {"type": "back"}]}',
            "第 2 個事件：缺少「t」",
        ),
        (
            '{"date": "2026-11-27", "registrations": [{"visitor": {"name": "x"}}], "events": []}',
            "第 1 筆登記：缺少「consultant」",
        ),
        (
            '{"date": "2026-11-27", "events": ' + EVENTS_OK + ', {"t": "08:59", "type": "back", '
            '"consultant": "A"}]}',
            "第 2 個事件（08:59）：時間早於前一個事件",
        ),
        (
            '{"date": "2026-11-27", "events": ' + EVENTS_OK + ', {"t": "09:05", "type": "back", '
            '"consultant": "A"}]}',
            "第 2 個事件（09:05）：A 回到崗位，但先前並未離開",
        ),
    ],
)
def test_a_bad_day_file_is_one_line_naming_the_event_position_and_time_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, said: str
) -> None:
    code, out, err = replay(capsys, day_file(tmp_path, text))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("records-desk: ")
    assert said in err


def test_a_missing_day_file_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = replay(capsys, tmp_path / "absent.json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "無法讀取" in err
