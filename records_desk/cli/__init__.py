"""The command line: the same services as the GUI, the same permission matrix, lockout and audit.

    records-desk [--db PATH|postgresql://USER@HOST[:PORT]/DB] [--user NAME] NOUN VERB ...

With no sub-command the GUI opens. Errors are one line on stderr and a non-zero exit code
(cli/common.py ExitCode), wrong arguments too (cli/arguments.py). The commands every office has are cli/admin.py and cli/forms.py (not print.py: a
submodule named print would shadow the builtin inside this package);
each feature adds its own through its `register(subparsers)` (records_desk/features.py).
`--db`, `--user` and `--office-key` are accepted before or after the sub-command. `--db` names a
database file or a server address (issue 15: a records office on PostgreSQL, several desks);
`--office-key FILE` gives a new desk the office key of a server office once (the key-recovery
sheet's groups in a text file)."""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from records_desk import __version__
from records_desk.cli.arguments import CommandParser
from records_desk.cli.helptext import later
from records_desk.paths import default_db_path

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def office_location(text: str) -> Path | str:
    """`--db`: a server address kept as typed (a Path would fold its //), else a file path.
    (The address is read in full when opened: store/backends.py, imported only then.)"""
    if text.lower().startswith(SERVER_SCHEMES):
        return text
    return Path(text)


@dataclass(frozen=True)
class GuiOptions:
    db_path: Path
    user: str | None
    self_test: bool
    quit_when_ready: bool
    # Print ready_ms= once the first dialog (sign-in) is on screen, and quit (bench/startup.py).
    quit_at_login: bool = False
    # --db postgresql://…: the records office on a server (db_path is then the default file,
    # unused); --office-key FILE with it.
    server: str | None = None
    office_key_file: Path | None = None

    @property
    def unattended(self) -> bool:
        """Started by a benchmark or a test: nobody there to read a message box."""
        return self.quit_when_ready or self.quit_at_login


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action="version",
        version=f"records-desk {__version__}",
        help=later.translate("CommandLine", "show program's version number and exit"),
    )
    _session_options(parser, None)
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-at-login", action="store_true", help=argparse.SUPPRESS)


def gui_options(argv: list[str]) -> GuiOptions | None:
    """The window's options when `argv` names no command, else None. The window opens
    without building the command parser, which imports every command module (start-up time:
    bench/startup.py)."""
    if "-h" in argv or "--help" in argv:
        return None
    parser = CommandParser(prog="records-desk", add_help=False)
    _global_options(parser)
    args, rest = parser.parse_known_args(argv)
    if rest:
        return None
    return _gui(args)


def _gui(args: argparse.Namespace) -> GuiOptions:
    server = args.db if isinstance(args.db, str) else None
    return GuiOptions(
        default_db_path() if server or args.db is None else args.db,
        args.user,
        args.self_test,
        args.quit_when_ready,
        args.quit_at_login,
        server,
        args.office_key,
    )


def build_parser() -> argparse.ArgumentParser:
    from records_desk.cli import admin, forms
    from records_desk.features import features

    parser = CommandParser(
        prog="records-desk", description=later.translate("CommandHelp", "Records Desk")
    )
    _global_options(parser)
    # Its parsers are CommandParsers; the commands' register() take any ArgumentParser's.
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="SUB-COMMAND"),
    )
    admin.register(sub)
    forms.register(sub)
    for feature in features():
        if feature.cli:
            importlib.import_module(feature.cli).register(sub)
    for child in _sub_commands(parser):
        _accept_session_options(child)
    return parser


def _session_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        type=office_location,
        default=default,
        help=later.translate(
            "CommandHelp",
            "database file (default: user data folder), or a server: "
            "postgresql://USER@HOST[:PORT]/DBNAME",
        ),
    )
    parser.add_argument(
        "--user", default=default, help=later.translate("CommandHelp", "account to sign in as")
    )
    parser.add_argument(
        "--office-key",
        type=Path,
        default=default,
        metavar="FILE",
        help=later.translate(
            "CommandHelp",
            "the office key of a server office, from its key-recovery sheet (once per desk)",
        ),
    )


def _sub_commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser below `parser`, each once (aliases share one)."""
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.append(child)
                found.extend(_sub_commands(child))
    return found


def _accept_session_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: given after the sub-command they set the value, absent they leave the one
    # given before it alone.
    if not any("--db" in a.option_strings for a in parser._actions):
        _session_options(parser, argparse.SUPPRESS)


def main(argv: list[str]) -> int:
    gui = gui_options(argv)
    if gui is not None:
        from records_desk.app import run_gui

        return run_gui(gui)
    from records_desk.wording.language import command_line_language, set_language

    set_language(command_line_language())  # before the help or an error can be shown
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: Path | str = args.db or default_db_path()
    if args.command is None:  # only options that need no command, e.g. --self-test --user
        from records_desk.app import run_gui

        return run_gui(_gui(args))
    from records_desk.app_logging import setup_logging
    from records_desk.cli.common import CliError, ExitCode

    setup_logging(console=False)
    from records_desk.private_files import use_private_temp

    use_private_temp()  # removed at exit; what a killed command left, by the next start
    try:
        code = int(args.handler(args, db_path))
        sys.stdout.flush()  # a closed pipe is met here, not at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except CliError as e:
        print(f"records-desk: {e}", file=sys.stderr)
        return ExitCode.ERROR
    except Exception as e:  # noqa: BLE001 - one line for the user, the trace goes to the log
        import logging

        from records_desk.domain.common.errors import (
            CannotOpenDatabase,
            DomainError,
            KeyUnavailable,
            NewerDatabase,
            WrongKey,
        )

        expected = DomainError | CannotOpenDatabase | WrongKey | KeyUnavailable | NewerDatabase
        if isinstance(e, expected | KeyError | OSError):
            # Told to the user in one line; the log keeps what happened, not a traceback.
            logging.getLogger(__name__).info(
                "command %s refused: %s", args.command, type(e).__name__
            )
        else:
            logging.getLogger(__name__).exception("command %s failed", args.command)
        print(f"records-desk: {_describe(e)}", file=sys.stderr)
        return ExitCode.ERROR


def _reader_went_away() -> int:
    """`records-desk print --list | head`: the reader took what it wanted and closed the pipe.
    Nothing is wrong, so nothing is said; the rest of the output goes nowhere, also at exit
    (Python's flush of stdout would otherwise complain)."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return 0


def _describe(e: Exception) -> str:
    """An error a user can cause in the command line's language (wording/), one line."""
    from records_desk.wording import describe

    return " ".join(describe(e).split())
