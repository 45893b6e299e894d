"""The command line: the same services as the GUI, the same permission matrix, lockout and audit.

    records-desk [--db PATH] [--user NAME] SUB-COMMAND ...

With no sub-command the GUI opens. Errors are one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from records_desk import __version__
from records_desk.paths import PASSWORD_ENV, default_db_path

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran and found a problem (e.g. a broken audit chain)
EXIT_ERROR = 2  # the command could not run (bad input, refused, locked)


@dataclass(frozen=True)
class GuiOptions:
    db_path: Path
    user: str | None
    self_test: bool
    quit_when_ready: bool


class CliError(Exception):
    """Printed as one line, exit EXIT_ERROR."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="records-desk", description="Records Desk")
    parser.add_argument("--version", action="version", version=f"records-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: user data folder)")
    parser.add_argument("--user", help="account to sign in as")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="SUB-COMMAND")

    init = sub.add_parser("init", help="create a database and its general manager")
    init.add_argument("--admin", required=True, help="user name of the general manager")
    init.add_argument("--name", default="", help="full name of the general manager")

    audit = sub.add_parser("audit", help="the operation log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="check the hash chain of the operation log")
    show = audit_sub.add_parser("show", help="print the newest entries")
    show.add_argument("--limit", type=int, default=50)

    accounts = sub.add_parser("accounts", help="list the accounts")
    accounts.add_argument("--all", action="store_true", help="include disabled accounts")
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: Path = args.db or default_db_path()
    if args.command is None:
        from records_desk.app import run_gui

        return run_gui(GuiOptions(db_path, args.user, args.self_test, args.quit_when_ready))
    from records_desk.app_logging import setup_logging

    setup_logging(console=False)
    try:
        return COMMANDS[args.command](args, db_path)
    except CliError as e:
        print(f"records-desk: {e}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as e:  # noqa: BLE001 - one line for the user, the trace goes to the log
        from records_desk.domain.errors import DomainError

        if not isinstance(e, DomainError | KeyError | OSError):
            logging.getLogger(__name__).exception("command %s failed", args.command)
        print(f"records-desk: {_describe(e)}", file=sys.stderr)
        return EXIT_ERROR


def _describe(e: Exception) -> str:
    from records_desk.store.engine import WrongKey
    from records_desk.store.keystore import KeyUnavailable

    if isinstance(e, WrongKey | KeyUnavailable):
        return str(e)
    text = str(e) or type(e).__name__
    return text


def _password(prompt: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def _open(db_path: Path, *, create: bool):  # type: ignore[no-untyped-def]
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    if not create and not db_path.exists():
        raise CliError(
            f"no database at {db_path} (create one with: records-desk init --admin NAME)"
        )
    if create and db_path.exists() and db_path.stat().st_size > 0:
        raise CliError(f"a database already exists at {db_path}")
    database = open_database(db_path, KeyStore(config_dir()))
    # The CLI uses the declared defaults (production argon2 cost).
    return build_services(database, Settings(MemoryBackend()))


def _signed_in(args: argparse.Namespace, db_path: Path):  # type: ignore[no-untyped-def]
    if not args.user:
        raise CliError("this command needs --user NAME before the sub-command")
    services = _open(db_path, create=False)
    principal = services.auth.login(args.user, _password(f"password for {args.user}: "))
    return services, principal


def cmd_init(args: argparse.Namespace, db_path: Path) -> int:
    password = _password(f"new password for {args.admin}: ")
    services = _open(db_path, create=True)
    try:
        services.auth.create_first_manager(args.admin, args.name, password)
    except Exception:
        services.close()
        # A half-made office is worse than none: remove the empty new file and its WAL.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise
    print(f"created {services.database.path} with general manager {args.admin}")
    print(
        f"database key kept in: {services.database.key.storage} ({services.database.key.location})"
    )
    services.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, db_path: Path) -> int:
    services, principal = _signed_in(args, db_path)
    try:
        if args.audit_command == "verify":
            report = services.audit.verify(principal)
            if report.intact:
                print(f"audit chain intact: {report.entries} entries")
                return EXIT_OK
            print(f"audit chain broken at sequence {report.broken_at}")
            return EXIT_FAILED
        from records_desk.services.dto import AuditFilter

        for r in services.audit.page(principal, AuditFilter(), 0, max(1, args.limit)):
            print(f"{r.seq:>7}  {r.at}  {r.account or '-':<16} {r.action:<30} {r.summary}")
        return EXIT_OK
    finally:
        services.close()


def cmd_accounts(args: argparse.Namespace, db_path: Path) -> int:
    services, principal = _signed_in(args, db_path)
    try:
        for a in services.accounts.list(principal):
            if a.active or args.all:
                state = "active" if a.active else "disabled"
                print(f"{a.username:<20} {a.role.value:<18} {state:<9} {a.full_name}")
        return EXIT_OK
    finally:
        services.close()


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "init": cmd_init,
    "audit": cmd_audit,
    "accounts": cmd_accounts,
}
