"""Issue 8 item 4 (one wording, in the user's language; the command line follows the app's
language setting or LANG): `records-desk --help` and every sub-command's `--help` were English
only — descriptions, option help and argparse's own "usage:", "positional arguments",
"options" and "show this help message and exit" — also for a zh_TW user, while the errors of
the same parsers were Chinese (cli/helptext.py). The option names, sub-command names and
metavars are a contract for scripts and stay the same in both languages."""

from __future__ import annotations

import argparse
import configparser
import re

import pytest

from records_desk import APP_ID
from records_desk.cli import _sub_commands, build_parser, main
from records_desk.cli.helptext import columns, shown, wrapped
from records_desk.paths import config_dir
from records_desk.wording import language
from records_desk.wording.language import set_language

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Three English words in a row: a sentence, not an option, a metavar or a form's id.
ENGLISH_SENTENCE = re.compile(r"\b[a-z]{2,}[ ,]+[a-z]{2,}[ ,]+[a-z]{2,}\b")
ARGPARSE_WORDS = ("usage:", "positional arguments", "options:", "show this help message")


def every_parser() -> list[argparse.ArgumentParser]:
    root = build_parser()
    return [root, *_sub_commands(root)]


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    out: str = capsys.readouterr().out
    return out


def below_usage(text: str) -> str:
    """The help without its usage block (the command's own words: records-desk loans lend)."""
    return text.split("\n\n", 1)[1]


def texts_of(parser: argparse.ArgumentParser) -> list[str]:
    """Every text the help of PARSER shows, as shown: its description, headings, the help of
    each option and of each sub-command."""
    texts = [parser.description or ""]
    texts += [group.title or "" for group in parser._action_groups]
    for action in parser._actions:
        texts.append(action.help or "")
        if isinstance(action, argparse._SubParsersAction):
            texts += [choice.help or "" for choice in action._choices_actions]
    return [shown(t) for t in texts if t and t != argparse.SUPPRESS]


def test_top_level_help_is_in_chinese_for_a_zh_tw_user(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    out = help_of(capsys)
    assert out.startswith("用法：records-desk ")
    assert "位置參數:" in out and "選項:" in out and "顯示此說明並結束" in out
    assert "借閱登記：借出及收回檔案" in out  # loans, as the window calls it
    assert not any(word in out for word in ARGPARSE_WORDS), out
    assert not ENGLISH_SENTENCE.search(below_usage(out)), out


def test_loans_lend_help_is_in_chinese_for_a_zh_tw_user(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    out = help_of(capsys, "loans", "lend")
    assert out.startswith("用法：records-desk loans lend ")
    assert "外單位借閱人" in out and "--borrower ACCOUNT" in out and "ARCHIVE_NO" in out
    assert not any(word in out for word in ARGPARSE_WORDS), out
    assert not ENGLISH_SENTENCE.search(below_usage(out)), out


def test_every_help_text_of_every_command_is_translated_into_zh_tw() -> None:
    set_language("zh_TW")
    english = sorted(
        f"{parser.prog}: {text!r}"
        for parser in every_parser()
        for text in texts_of(parser)
        if LATIN_WORD.search(text) and not CJK.search(text)
    )
    assert english == [], "\n".join(english)


def test_english_help_has_no_chinese(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    out = help_of(capsys, "loans", "lend")
    assert out.startswith("usage: records-desk loans lend ") and "show this help" in out
    set_language("en")
    chinese = sorted(parser.prog for parser in every_parser() if CJK.search(parser.format_help()))
    assert chinese == []


def save_app_language(language_code: str) -> None:
    """The [ui] language the window saves (settings.Options.LANGUAGE)."""
    saved = configparser.ConfigParser()
    saved["ui"] = {"language": language_code}
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{APP_ID}.ini").open("w", encoding="utf-8") as ini:
        saved.write(ini)


@pytest.mark.parametrize(
    ("saved", "lang", "usage"),
    [("zh_TW", "en_US.UTF-8", "用法："), ("en", "zh_TW.UTF-8", "usage: ")],
)
def test_the_help_follows_the_apps_language_setting_over_lang(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    saved: str,
    lang: str,
    usage: str,
) -> None:
    monkeypatch.setenv("LANG", lang)
    save_app_language(saved)
    out = help_of(capsys, "purge")
    assert out.startswith(f"{usage}records-desk purge")
    assert bool(CJK.search(out)) == (saved == "zh_TW")


def structure(parser: argparse.ArgumentParser) -> dict[str, object]:
    """What scripts call: every command's sub-command names, option strings, metavars, choices."""
    found: dict[str, object] = {}
    for each in [parser, *_sub_commands(parser)]:
        found[each.prog] = sorted(
            repr((a.option_strings, a.dest, a.metavar, a.choices and list(a.choices), a.nargs))
            for a in each._actions
        )
    return found


def test_option_and_command_names_are_the_same_in_both_languages() -> None:
    set_language("zh_TW")
    chinese = build_parser()
    set_language("en")
    english = build_parser()
    assert structure(chinese) == structure(english)
    assert len(structure(english)) > 60  # every command, each with its options
    options = {
        o for each in _sub_commands(english) for a in each._actions for o in a.option_strings
    }
    assert {"--borrower", "--external", "--dry-run", "--office-key", "--help"} <= options


def test_building_the_parsers_reads_no_translations() -> None:
    """Translated when shown: a command that prints no words does not pay for reading them."""
    set_language("zh_TW")
    language.catalogue.cache_clear()
    parser = build_parser()
    assert language.catalogue.cache_info().currsize == 0
    assert "選項" in parser.format_help()


def test_chinese_help_is_wrapped_by_its_width_on_screen(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    monkeypatch.setenv("COLUMNS", "60")
    out = help_of(capsys, "customers", "import")
    assert "讀取 xlsx 客戶清單" in out
    too_wide = [line for line in out.splitlines() if columns(line) > 60]
    assert too_wide == []
    assert wrapped("甲乙丙丁，戊己", 6) == ["甲乙丙", "丁，戊", "己"]  # no line starts with ，
    assert wrapped("取自 RECORDS_DESK_PASSWORD 或", 10) == ["取自", "RECORDS_DESK_PASSWORD", "或"]


def test_the_english_help_is_laid_out_as_argparse_lays_it_out() -> None:
    set_language("en")
    purge = next(p for p in every_parser() if p.prog == "records-desk purge")
    ours = purge.format_help()
    purge.formatter_class = argparse.HelpFormatter
    assert ours == purge.format_help()
