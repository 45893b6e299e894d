"""The key-recovery sheet from the command line (issue 14 §4):

records-desk [--db PATH] --user U key sheet -o FILE.pdf

The general manager signs in (RECORDS_DESK_PASSWORD or the prompt) and is then asked for the
password again before the sheet is written (0600). Exit 0 when written, 2 with one line when
refused.

Decisions:
- The second password comes from RECORDS_DESK_CONFIRM_PASSWORD when that is set (tests, and
  whoever scripts this knowingly), else from the terminal; never from RECORDS_DESK_PASSWORD,
  so a scheduled script that holds the sign-in password cannot print the key, and without a
  terminal nor the variable the command is refused.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    SubParsers,
    command,
    signed_in,
    verbs,
)
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

CONFIRM_PASSWORD_ENV = "RECORDS_DESK_CONFIRM_PASSWORD"


def register(sub_parsers: SubParsers) -> None:
    key = sub_parsers.add_parser(
        "key", help=later.translate("CommandHelp", "the database key on paper (general manager)")
    )
    key_verbs = verbs(key, "key")
    sheet = command(
        key_verbs,
        "sheet",
        cmd_key_sheet,
        help=later.translate("CommandHelp", "save the key-recovery sheet"),
    )
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def confirm_password(username: str) -> str:
    """The password typed again (see Decisions)."""
    env = os.environ.get(CONFIRM_PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        text = translate(
            "BackupCommands",
            "the key sheet asks for the password again: set %1 or run in a terminal",
        )
        raise CliError(sub(text, CONFIRM_PASSWORD_ENV))
    prompt = translate("BackupCommands", "password for %1 again, to print the database key: ")
    return getpass.getpass(sub(prompt, username))


def cmd_key_sheet(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.common.permissions import Action, is_allowed

    with signed_in(args, db_path) as (services, principal):
        if is_allowed(principal.role, Action.KEY_SHEET):
            password = confirm_password(principal.username)
        else:
            password = ""  # refused (and audited) by the service without asking
        out = services.backup.key_sheet.print_sheet(principal, password, args.output.expanduser())
    print(sub(translate("BackupCommands", "wrote the key-recovery sheet %1: lock it away"), out))
    return ExitCode.OK
