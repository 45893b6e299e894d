"""One wording per error (records_desk/wording/): every error a user can cause has its
describer, used alike by the window, the command line and the Excel report, in the current
language — Traditional Chinese by default, English when chosen."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import records_desk.domain
import records_desk.exchange
import records_desk.services
from records_desk.domain.common.errors import (
    DateProblem,
    DomainError,
    OfficeDateInvalid,
    PasswordTooShort,
    PhoneInvalid,
    PhoneProblem,
)
from records_desk.wording import describe, set_language
from records_desk.wording.describe import has_describer
from records_desk.wording.language import command_line_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def every_domain_error() -> list[type[DomainError]]:
    for package in (records_desk.domain, records_desk.exchange, records_desk.services):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    found: list[type[DomainError]] = []
    pending = [DomainError]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub.__module__.startswith("records_desk."):
                found.append(sub)
            pending.append(sub)
    return found


def test_every_error_a_user_can_cause_has_its_describer() -> None:
    errors = every_domain_error()
    assert len(errors) > 40
    missing = sorted(f"{e.__module__}.{e.__name__}" for e in errors if not has_describer(e))
    assert missing == []


def test_the_describer_check_can_fail() -> None:
    class Unworded(DomainError):
        pass

    assert not has_describer(Unworded)
    assert describe(Unworded("plain")) == "plain"


@pytest.mark.parametrize(
    "error",
    [
        PasswordTooShort(length=5, minimum=10),
        PhoneInvalid(text="0912-34", problem=PhoneProblem.BAD_FORMAT),
        OfficeDateInvalid(text="2026/13/40", problem=DateProblem.NO_SUCH_DAY),
    ],
)
def test_an_error_is_worded_in_zh_tw_by_default_and_in_english_when_chosen(
    error: DomainError,
) -> None:
    chinese = describe(error)
    set_language("en")
    english = describe(error)
    assert CJK.search(chinese) and not CJK.search(english)
    assert english != str(error) or isinstance(error, PasswordTooShort)


def test_the_command_line_follows_the_saved_language_then_lang(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert command_line_language() == "en"
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert command_line_language() == "zh_TW"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert command_line_language() == "zh_TW"


def test_a_value_holding_a_marker_is_not_filled_in_again() -> None:
    from records_desk.wording.language import sub

    assert sub("%1 and %2", "50%2 off", "x") == "50%2 off and x"
    assert sub("%1%", 12) == "12%" and sub("%3 left", "a") == "%3 left"
