"""`records-desk print` (issue 3, item 6): a form to a PDF file from the command line. Bad input
is one line naming the file and the field, exit 2, and no file is left behind; a saved file is
in the operation log (R-AUD-1)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from records_desk.cli import main
from records_desk.printing import definitions
from records_desk.printing.definitions import list_forms
from tests.conftest import GM_PASSWORD
from tests.integration import test_packaging
from tests.integration.test_cli import run


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the command line's messages in English (LANG)."""
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, _, _ = run(capsys, "--db", str(db_path), "init", "--admin", "boss", "--name", "王總")
    assert code == 0
    return db_path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out


def printed(office: Path, *argv: str) -> list[str]:
    return ["--db", str(office), "--user", "boss", "print", *argv]


def write_json(folder: Path, data: Any, name: str = "data.json") -> Path:
    path = folder.parent / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_print_list_needs_no_sign_in(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "print", "--list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == len(list_forms())
    assert any(line.split()[:2] == ["loan_slip", "form"] and "借閱單" in line for line in lines)


def test_print_blank_writes_the_pdf_and_audits_the_save_R_AUD_1(
    office: Path,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = folder / "借閱單.pdf"
    code, stdout, err = run(capsys, *printed(office, "loan_slip", "--blank", "-o", str(out)))
    assert (code, err) == (0, "")
    assert stdout.strip() == f"wrote {out} (1 page)"
    content = out.read_bytes()
    assert content.startswith(b"%PDF") and content.rstrip().endswith(b"%%EOF")
    assert [p.name for p in folder.iterdir()] == ["借閱單.pdf"]  # no temp file left
    code, log, _ = run(capsys, "--db", str(office), "--user", "boss", "audit", "show")
    assert "form.save" in log and f"saved loan_slip as {out}" in log


def test_print_filled_from_json(
    office: Path,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from records_desk.printing.samples import sample_data

    data = write_json(folder, sample_data(definitions.load_form("loan_register"), 120))
    out = folder / "register.pdf"
    code, stdout, err = run(capsys, *printed(office, "loan_register", "--data", str(data), "-o", str(out)))  # fmt: skip
    assert code == 0 and err == ""
    pages = int(stdout.split("(")[1].split()[0])
    assert pages > 1 and out.exists()


SLIP_OK = {"header": {"loan_no": "L-1", "borrower_type": "內部", "borrower": "陳大文",
                      "place": "檔案室", "loan_time": "2026-11-27 10:00"}}  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "data", "expected"),
    [
        (["nosuch", "--blank"], None, "nosuch: unknown form"),
        (["loan_slip"], None, "print needs exactly one of --blank and --data"),
        (["loan_slip", "--blank", "--data", "{data}"], SLIP_OK, "print needs exactly one of --blank"),
        (["loan_slip", "--data", "{data}"], {"header": {"loan_no": "L-1"}}, "data.json: The data to print is wrong at header.borrower_type: must be filled in"),
        (["loan_slip", "--data", "{data}"], {**SLIP_OK, "extra": 1}, "data.json: The data to print is wrong at extra: not a header, rows or sections"),
        (
            ["loan_slip", "--data", "{data}"],
            {"header": {**SLIP_OK["header"], "loan_time": "2026-11-27"}},
            "data.json: The data to print is wrong at header.loan_time: not a date and time (YYYY-MM-DD HH:MM)",
        ),
        (
            ["loan_slip", "--data", "{data}"],
            {**SLIP_OK, "rows": [{"archive_no": "A"}, {"archive_no": "B", "extent": 3, "pages": 1}]},
            "data.json: The data to print is wrong at rows[1].pages: a field this form does not have",
        ),
        (["loan_slip", "--data", "{data}"], '{"header": {"loan_no": "L-1",,}}', "data.json: line 1 column 30: not valid JSON"),
        (["loan_slip", "--data", "{missing}"], None, "missing.json: cannot read: No such file"),
        (["loan_slip", "--blank", "--grid", "3x8"], None, "--grid, --offset and --start are for label sheets"),
    ],
    ids=["unknown-form", "neither", "both", "missing-field", "unknown-key", "wrong-type",
         "unknown-column", "json-syntax", "unreadable", "grid-on-a-form"],
)  # fmt: skip
def test_bad_input_is_refused_without_writing_a_file(
    argv: list[str],
    data: Any,
    expected: str,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Checked before signing in, so no database or password is needed to learn of it."""
    monkeypatch.chdir(folder.parent)
    if isinstance(data, str):
        (folder.parent / "data.json").write_text(data, encoding="utf-8")
    elif data is not None:
        write_json(folder, data)
    out = folder / "out.pdf"
    args = [a.replace("{data}", "data.json").replace("{missing}", "missing.json") for a in argv]
    code, stdout, err = run(capsys, "--user", "boss", "print", *args, "-o", str(out))
    assert code == 2 and stdout == ""
    assert err.startswith(f"records-desk: {expected}") and err.count("\n") == 1, err
    assert list(folder.iterdir()) == []


def test_a_broken_definition_is_named_by_file_and_field(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = folder.parent / "forms"
    forms.mkdir()
    (forms / "memo.toml").write_text(
        'id = "memo"\ntitle_zh = "備忘錄"\ntitle_en = "Memo"\npaper = "B5"\n', encoding="utf-8"
    )
    monkeypatch.setattr(definitions, "forms_dir", lambda: forms)
    code, _, err = run(capsys, "print", "memo", "--blank", "-o", str(folder / "memo.pdf"))
    assert code == 2 and err.startswith("records-desk: memo.toml: paper: must be one of")
    assert list(folder.iterdir()) == []


def test_an_unwritable_output_leaves_nothing_behind(
    office: Path,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")  # the office's default language, zh_TW
    out = folder / "no-such-folder" / "slip.pdf"
    code, _, err = run(capsys, *printed(office, "loan_slip", "--blank", "-o", str(out)))
    assert code == 2 and f"{out}：無法寫入" in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_label_sheet_and_calibration_page_from_the_command_line_R_MED_8(
    office: Path,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("records_desk.printing.labels")
    rows = [{"medium_no": f"M-{i:04d}", "classification": "非涉密"} for i in range(20)]
    data = write_json(folder, {"rows": rows})
    sheet, calibration = folder / "labels.pdf", folder / "calibration.pdf"
    argv = printed(
        office, "media_labels", "--data", str(data), "--grid", "2x7", "--offset", "1.5,-0.5"
    )
    code, stdout, err = run(capsys, *argv, "-o", str(sheet))
    assert (code, err) == (0, "") and "(2 pages)" in stdout  # 20 labels, 14 a sheet
    code, stdout, err = run(capsys, *printed(office, "--calibration", "-o", str(calibration)))
    assert (code, err) == (0, "") and calibration.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, *printed(office, "media_labels", "--blank", "--grid", "3by8", "-o", str(sheet)))  # fmt: skip
    assert code == 2 and "--grid 3by8: expected COLUMNSxROWS" in err


def test_print_from_a_console_script(
    office: Path,
    folder: Path,
) -> None:
    """`main` is what the records-desk console script runs; argv as the shell passes it."""
    out = folder / "sheet.pdf"
    assert main(printed(office, "visitor_sheet", "--blank", "-o", str(out))) == 0
    assert out.stat().st_size > 1000


spec = test_packaging.spec  # the fixture that runs build.spec with PyInstaller stood in for


def test_the_bundle_carries_every_form_where_forms_dir_looks(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`records-desk print --list` works frozen only if build.spec ships forms/."""
    recorder = request.getfixturevalue("spec")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    inside = definitions.forms_dir().relative_to(tmp_path).as_posix()
    bundled = test_packaging._bundled(recorder)
    forms = sorted((test_packaging.ROOT / "forms").glob("*.toml"))
    assert forms
    for form in forms:
        assert f"{inside}/{form.name}" in bundled
