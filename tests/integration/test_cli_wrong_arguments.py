"""Wrong arguments on the command line are refused as every other bad input is: exit 2 and one
line on stderr, in the command line's language, naming the command and where its help is —
not argparse's usage block above an English sentence (cli/arguments.py)."""

from __future__ import annotations

import re

import pytest

from records_desk.cli import main
from records_desk.cli.arguments import worded
from records_desk.wording.language import set_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    out, err = capsys.readouterr()
    assert exited.value.code == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert "usage:" not in err
    return err.strip()


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (("purge",), "--older-than"),  # a required option missing
        (("media", "register", "--type", "zzz"), "zzz"),  # a value that is no choice
        (("backup", "--to"), "--to"),  # an option without its value
        (("--bogus",), "--bogus"),  # a word nobody knows
        (("customers", "nosuchverb"), "nosuchverb"),  # a verb that is none
        (
            ("loans", "lend", "A-1", "--borrower", "x", "--external", "y", "--purpose", "p"),
            "--external",
        ),  # fmt: skip
    ],
)
def test_wrong_arguments_are_one_line_in_chinese_exit_2(
    capsys: pytest.CaptureFixture[str],
    chinese: None,
    argv: tuple[str, ...],
    named: str,
) -> None:
    err = refused(capsys, *argv)
    assert named in err  # what is wrong, and where
    assert CJK.search(err), err  # in the office's language
    assert "--help" in err and err.startswith("records-desk")


def test_wrong_arguments_name_the_command_and_its_help_in_english(
    capsys: pytest.CaptureFixture[str], english: None
) -> None:
    err = refused(capsys, "purge")
    assert err == "records-desk purge: missing: --older-than (see: records-desk purge --help)"
    assert not CJK.search(err)


def test_help_still_prints_the_usage_in_full(
    capsys: pytest.CaptureFixture[str], english: None
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["purge", "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("usage: records-desk purge")


def test_a_sentence_argparse_has_that_the_table_does_not_know_is_shown_as_written() -> None:
    set_language("zh_TW")
    try:
        assert worded("something argparse may say one day") == (
            "something argparse may say one day"
        )
        assert worded("argument --x: our own reason") == "--x：our own reason"
    finally:
        set_language("zh_TW")
