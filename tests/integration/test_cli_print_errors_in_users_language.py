"""Issue 9 (error contract) upkeep: the option checks of the forms printed from the database
(loans, media, the reception day's sheets, the fairness report) and of `print --data FILE.json`
and the label layout spoke English whatever the user's language. Each is now one line, exit 2,
in the command line's language, worded once (cli/print_checks.py); option names and form ids
stay as typed. All are refused before signing in: no database is needed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.cli_runner import run

CJK = re.compile(r"[\u4e00-\u9fff]")
# What may stay in Latin letters in a Chinese message: what the user types or reads on paper.
TYPED = re.compile(r"--?[\w-]+|\S*_\S*|\b[A-Z][A-Z0-9_.|-]*\b|\S+\.(?:pdf|json)\b|\d+x\d+")
SENTENCE = re.compile(r"\b[a-zA-Z]{2,}\s+[a-zA-Z]{2,}\b")

# (id, argv after `print`, the option or form the message must name)
WRONG = [
    ("loans-blank", ["loan_slip", "--loan", "L-1", "--blank", "-o", "{out}"], "--blank"),
    ("loans-no-output", ["loan_slip", "--loan", "L-1"], "-o"),
    ("loans-wrong-form", ["loan_register", "--loan", "L-1", "-o", "{out}"], "--loan"),
    ("loans-borrower", ["loan_slip", "--borrower", "amy", "-o", "{out}"], "--borrower"),
    ("loans-register-dates", ["loan_register", "--from", "2026-01-01", "-o", "{out}"], "--to"),
    ("media-wrong-form", ["loan_slip", "--media", "M-1", "-o", "{out}"], "--media"),
    ("media-data", ["media_slip", "--media", "M-1", "--data", "d.json", "-o", "{out}"], "--data"),
    ("media-no-output", ["media_slip", "--media", "M-1"], "-o"),
    ("media-one-medium", ["media_slip", "--media", "M-1", "M-2", "-o", "{out}"], "media_slip"),
    ("media-inventory", ["media_slip", "--inventory", "-o", "{out}"], "--inventory"),
    (
        "media-inventory-media",
        ["media_register", "--inventory", "--media", "M-1", "-o", "{out}"],
        "--media",
    ),
    (
        "media-stocktake",
        ["media_stocktake", "--stocktake", "3", "--media", "M-1", "-o", "{out}"],
        "--media",
    ),
    (
        "media-stocktake-data",
        ["media_stocktake", "--stocktake", "3", "--data", "d.json", "-o", "{out}"],
        "--data",
    ),
    ("day-wrong-form", ["loan_slip", "--day", "2026-01-05", "-o", "{out}"], "--day"),
    ("day-no-output", ["visitor_sheet", "--day", "2026-01-05"], "-o"),
    (
        "day-calibration",
        ["visitor_sheet", "--day", "2026-01-05", "--calibration", "-o", "{out}"],
        "--calibration",
    ),
    ("fairness-no-period", ["fairness_report", "-o", "{out}"], "--period"),
    ("fairness-no-output", ["fairness_report", "--period", "2026-01"], "-o"),
    ("json-syntax", ["loan_slip", "--data", "{bad}", "-o", "{out}"], "bad.json"),
    ("json-field", ["loan_slip", "--data", "{field}", "-o", "{out}"], "header.borrower_type"),
    ("label-offset", ["media_labels", "--blank", "--offset", "30,0", "-o", "{out}"], "--offset"),
    (
        "label-start",
        ["media_labels", "--blank", "--grid", "3x8", "--start", "9,1", "-o", "{out}"],
        "--start",
    ),
    ("label-too-small", ["media_labels", "--blank", "--grid", "20x40", "-o", "{out}"], "20×40"),
]


def refused(capsys: pytest.CaptureFixture[str], folder: Path, argv: list[str]) -> str:
    (folder / "bad.json").write_text('{"header": {"loan_no": "L-1",,}}', encoding="utf-8")
    (folder / "field.json").write_text('{"header": {"loan_no": "L-1"}}', encoding="utf-8")
    (folder / "d.json").write_text("{}", encoding="utf-8")
    names = {"{out}": str(folder / "out.pdf"), "{bad}": "bad.json", "{field}": "field.json"}
    code, out, err = run(capsys, "--user", "boss", "print", *(names.get(a, a) for a in argv))
    assert (code, out) == (2, ""), err
    assert err.startswith("records-desk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert not (folder / "out.pdf").exists()
    return err.removeprefix("records-desk: ").strip()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("argv", "named"), [w[1:] for w in WRONG], ids=[w[0] for w in WRONG])
def test_print_option_errors_are_one_line_in_the_users_language(
    argv: list[str],
    named: str,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")  # the office's default language, zh_TW
    err = refused(capsys, folder, argv)
    assert named in err, err
    assert CJK.search(err), err
    assert not SENTENCE.search(TYPED.sub(" ", err)), err  # no English sentence left
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    err = refused(capsys, folder, argv)
    assert named in err and not CJK.search(err), err


def test_the_shared_print_checks_are_worded_once(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same mistake reads the same whichever feature's form it is made with."""
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    no_output = {
        refused(capsys, folder, argv)
        for argv in (
            ["loan_slip", "--loan", "L-1"],
            ["media_slip", "--media", "M-1"],
            ["visitor_sheet", "--day", "2026-01-05"],
            ["fairness_report", "--period", "2026-01"],
            ["blacklist", "--entries", "all"],
        )
    }
    assert no_output == {"print needs -o OUT.pdf"}
    not_blank = {
        refused(capsys, folder, [*argv, "--calibration", "-o", "{out}"])
        for argv in (
            ["loan_slip", "--loan", "L-1"],
            ["media_slip", "--media", "M-1"],
            ["visitor_sheet", "--day", "2026-01-05"],
            ["fairness_report", "--period", "2026-01"],
        )
    }
    assert not_blank == {
        "a form filled from the database takes no --list, --blank, --data or --calibration"
    }
    assert refused(capsys, folder, ["loan_slip", "--day", "2026-01-05", "-o", "{out}"]) == (
        "--day fills visitor_sheet, phone_enquiry_sheet, not loan_slip"
    )


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["loans", "deputy", "amy", "--from", "2026-13-01", "--to", "2026-12-31"], "--from"),
        (["reception", "follow-up", "7", "--on", "2026-02-30", "--level", "A"], "--on"),
    ],
    ids=["loans-deputy-from", "reception-follow-up-on"],
)
def test_a_date_that_is_no_date_is_refused_naming_its_option(
    argv: list[str],
    named: str,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every command reads a date given to an option the one way (cli/print_checks.py
    option_day): one line, exit 2, naming the option and the date as typed."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, err = run(capsys, "--user", "boss", *argv)
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert named in err and argv[argv.index(named) + 1] in err and CJK.search(err), err
