"""Wrong arguments on the command line (a missing option, a value that is no choice, an unknown
word) are told as every other refusal is: one line on stderr, in the command line's language,
exit 2 — not argparse's usage block above an English sentence. The line names the command and
says where its help is (`records-desk purge --help` still prints the usage in full).

argparse's own sentences are recognised by their form (Python's argparse, which the tests
exercise) and worded here; one this table does not know is shown as argparse wrote it.

The help is in the command line's language too (cli/helptext.py); the parser gives argparse's
own words in it."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any, NoReturn

from records_desk.cli.helptext import HelpFormatter, later
from records_desk.wording.language import command_line_language, set_language, sub, translate

EXIT_WRONG_ARGUMENTS = 2


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and whose help is in the command line's
    language (its sub-commands' parsers are too: argparse makes them of the parser's own
    class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = later.translate("CommandLine", "positional arguments")
        self._optionals.title = later.translate("CommandLine", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = later.translate("CommandLine", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        set_language(command_line_language())
        said = " ".join(worded(message).split())
        hint = sub(translate("CommandLine", "(see: %1 --help)"), self.prog)
        self.exit(EXIT_WRONG_ARGUMENTS, f"{self.prog}: {said} {hint}\n")


def worded(message: str) -> str:
    """MESSAGE (argparse's) in the command line's language."""
    argument = re.fullmatch(r"argument (?P<name>\S+): (?P<rest>.*)", message, re.DOTALL)
    if argument is not None:
        name, rest = argument["name"], argument["rest"]
        for pattern, say in _ABOUT_ONE:
            found = re.fullmatch(pattern, rest, re.DOTALL)
            if found is not None:
                return say(name, *found.groups())
        return sub(translate("CommandLine", "%1: %2"), name, rest)
    for pattern, say_all in _WHOLE:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found is not None:
            return say_all(*found.groups())
    return message


def _unquoted(value: str) -> str:
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] == "'" else value


_ABOUT_ONE: list[tuple[str, Callable[..., str]]] = [
    (
        r"invalid choice: (.*) \(choose from (.*)\)",
        lambda name, value, choices: sub(
            translate("CommandLine", "%1: %2 is not one of %3"),
            name,
            _unquoted(value),
            choices.replace("'", ""),
        ),
    ),
    (
        r"invalid \S+ value: (.*)",
        lambda name, value: sub(
            translate("CommandLine", "%1: %2 is not a valid value"), name, _unquoted(value)
        ),
    ),
    (
        r"expected one argument",
        lambda name: sub(translate("CommandLine", "%1 needs a value"), name),
    ),
    (
        r"expected (?:at least one|at most one|\d+) arguments?",
        lambda name: sub(translate("CommandLine", "%1 is given the wrong number of values"), name),
    ),
    (
        r"not allowed with argument (.*)",
        lambda name, other: sub(
            translate("CommandLine", "%1 cannot be given together with %2"), name, other
        ),
    ),
    (
        r"ignored explicit argument (.*)",
        lambda name, value: sub(
            translate("CommandLine", "%1 takes no value (%2 was given)"), name, _unquoted(value)
        ),
    ),
]

_WHOLE: list[tuple[str, Callable[..., str]]] = [
    (
        r"the following arguments are required: (.*)",
        lambda names: sub(translate("CommandLine", "missing: %1"), names),
    ),
    (
        r"one of the arguments (.*) is required",
        lambda names: sub(translate("CommandLine", "one of these is needed: %1"), names),
    ),
    (
        r"unrecognized arguments: (.*)",
        lambda words: sub(translate("CommandLine", "not understood: %1"), words),
    ),
    (
        r"ambiguous option: (\S+) could match (.*)",
        lambda option, matches: sub(
            translate("CommandLine", "%1 could be any of %2; write it out"), option, matches
        ),
    ),
]
